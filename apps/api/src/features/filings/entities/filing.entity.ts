import type { EligibilityOutcome, EnterpriseSize } from '@cqo/rules';
import type { FilingCqo, FilingEnterprise, FilingStatus } from '@cqo/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** What is stored sealed (encrypted as one JSON blob): the personal numbers of the form. */
export interface SealedFields {
  idNumber?: string | null;
  mobile?: string | null;
  legalRepresentativeMobile?: string | null;
  qualityLeadMobile?: string | null;
}

/**
 * One CQO filing (备案). The form lives in `enterprise` / `cqo` (jsonb) without its personal
 * numbers, which are in `sealed` (AES-256-GCM) with a keyed hash and a mask beside them. The
 * columns after that are copies of form fields the staff queue filters and sorts on.
 */
@Entity('filings')
// Covering indexes and the trigram index are written by hand in migration FilingListIndexes
// (INCLUDE, DESC NULLS LAST and operator classes are beyond the decorators); TypeORM leaves them be.
@Index('ix_filings_queue_list', { synchronize: false })
@Index('ix_filings_queue_order', { synchronize: false })
@Index('ix_filings_pool', { synchronize: false })
@Index('ix_filings_search', { synchronize: false })
@Index('ix_filings_facets', { synchronize: false })
@Index('uq_filings_current_credit_code', ['creditCode'], { unique: true, where: 'is_current' })
// One open filing per applicant, whatever races past the service's check.
@Index('uq_filings_open_per_owner', ['ownerId'], {
  unique: true,
  where: "status IN ('draft', 'submitted', 'returned')",
})
export class Filing {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The applicant; null for a CQO imported from a paper filing (no account behind it). */
  @Index('ix_filings_owner')
  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  /** 'online' (filed in the platform) or 'import' (brought in from the paper talent-pool table). */
  @Column({ type: 'varchar', length: 16, default: 'online' })
  source!: 'online' | 'import';

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: FilingStatus;

  /** The approved filing that is its enterprise's CQO now. */
  @Column({ type: 'boolean', default: false })
  isCurrent!: boolean;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  enterprise!: FilingEnterprise;

  /** The CQO part of the form, without idNumber and mobile (they are sealed). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  cqo!: FilingCqo;

  @Column({ type: 'text', nullable: true })
  sealed!: string | null;

  @Index('ix_filings_id_number_hash')
  @Column({ type: 'char', length: 64, nullable: true })
  idNumberHash!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  idNumberMasked!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  mobileMasked!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  enterpriseName!: string | null;

  @Column({ type: 'varchar', length: 18, nullable: true })
  creditCode!: string | null;

  @Index('ix_filings_industry')
  @Column({ type: 'varchar', length: 4, nullable: true })
  industryCode!: string | null;

  @Index('ix_filings_region')
  @Column({ type: 'varchar', length: 6, nullable: true })
  regionCode!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  enterpriseSize!: EnterpriseSize | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  eligibilityOutcome!: EligibilityOutcome | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  cqoName!: string | null;

  @Column({ type: 'date', nullable: true })
  appointedOn!: string | null;

  /** What the queue and the talent pool search: names and credit code, lower-cased, kept by PostgreSQL. */
  @Column({
    type: 'text',
    generatedType: 'STORED',
    asExpression: `lower(coalesce(enterprise_name, '') || ' ' || coalesce(cqo_name, '') || ' ' || coalesce(credit_code, ''))`,
    select: false,
    insert: false,
    update: false,
    nullable: true,
  })
  searchText!: string | null;

  /** Comments per field from the last "return", for the applicant to fix. */
  @Column({ type: 'jsonb', nullable: true })
  fieldComments!: Record<string, string> | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
