import type { OpportunityCriteria } from '@cqo/rules';
import type { IssuerLevel, OpportunityKind } from '@cqo/contracts';
import {
  BeforeInsert,
  BeforeUpdate,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A subsidy, quality award, training or benchmarking visit on the board. */
@Entity('opportunities')
export class Opportunity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: OpportunityKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  bodyHtml!: string;

  @Column({ type: 'varchar', length: 16 })
  issuer!: IssuerLevel;

  @Column({ type: 'varchar', length: 100, nullable: true })
  issuerName!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  benefit!: string | null;

  @Index('ix_opportunities_deadline')
  @Column({ type: 'timestamptz' })
  deadline!: Date;

  @Column({ type: 'text', nullable: true })
  howToApply!: string | null;

  @Column({ type: 'jsonb' })
  criteria!: OpportunityCriteria;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'text', default: '' })
  searchText!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @BeforeInsert()
  @BeforeUpdate()
  protected keepSearchText(): void {
    this.searchText = [this.title, this.issuerName, this.benefit, this.body]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
  }
}
