import type { EnterpriseSize } from '@cqo/rules';
import type { PrivacySettings } from '@cqo/contracts';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A member's page in the directory. The enterprise part is copied from their approved filing
 * when it is approved; the rest (bio, topics, how to reach them) the member writes.
 */
@Entity('member_profiles')
@Index('ix_member_profiles_search', { synchronize: false })
@Index('ix_member_profiles_bigrams', { synchronize: false })
// The directory's order, carrying every column a search filters on (DirectorySearchIndexes):
// pages are read in name order from the index alone and stop after the page.
@Index('ix_member_profiles_directory', { synchronize: false })
export class MemberProfile {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'uuid', nullable: true })
  filingId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  enterpriseName!: string | null;

  @Index('ix_member_profiles_industry')
  @Column({ type: 'varchar', length: 4, nullable: true })
  industryCode!: string | null;

  @Index('ix_member_profiles_region')
  @Column({ type: 'varchar', length: 6, nullable: true })
  regionCode!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  enterpriseSize!: EnterpriseSize | null;

  @Column({ type: 'smallint', nullable: true })
  qualityYears!: number | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  position!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  bio!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics!: string[];

  @Column({ type: 'jsonb' })
  privacy!: PrivacySettings;

  /** Listed in the directory (a copy of privacy.hidden, negated, for the index). */
  @Column({ type: 'boolean', default: true })
  listed!: boolean;

  /** Name, enterprise and topics, lower-cased, for the `%…%` search (trigram index). */
  @Column({ type: 'text', default: '', select: false })
  searchText!: string;

  /** The two-character pieces of the search text, for two-character searches; kept by PostgreSQL. */
  @Column({
    type: 'text',
    array: true,
    generatedType: 'STORED',
    asExpression: 'search_bigrams(search_text)',
    select: false,
    insert: false,
    update: false,
  })
  searchBigrams!: string[];

  @BeforeInsert()
  @BeforeUpdate()
  protected keepSearchText(): void {
    this.searchText = [this.name, this.enterpriseName, ...(this.topics ?? [])]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
  }

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
