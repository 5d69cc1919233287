import type {
  ConsultationAudience,
  ConsultationKind,
  ConsultationStatus,
  SurveyQuestion,
} from '@cqo/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A draft standard or policy put out for comment, with its survey. */
@Entity('consultations')
@Index('ix_consultations_status', ['status', 'closesOn'])
export class Consultation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 60 })
  standardCode!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: ConsultationKind;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  draftingOrganisation!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  contact!: string;

  /** Days in Asia/Shanghai. */
  @Column({ type: 'date' })
  opensOn!: string;

  @Column({ type: 'date' })
  closesOn!: string;

  @Column({ type: 'jsonb' })
  audience!: ConsultationAudience;

  @Column({ type: 'boolean', default: false })
  publicReading!: boolean;

  @Column({ type: 'boolean', default: true })
  commentsVisible!: boolean;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: ConsultationStatus;

  @Column({ type: 'text', default: '' })
  draftText!: string;

  @Column({ type: 'text', default: '' })
  preamble!: string;

  /** The questions in order; replaced whole while no response exists. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  survey!: SurveyQuestion[];

  @Column({ type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  concludedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  resultsPublishedAt!: Date | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
