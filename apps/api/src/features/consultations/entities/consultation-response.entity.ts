import type { SurveyAnswer } from '@cqo/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A member's survey response: one per member, a draft until submitted, with the enterprise's
 * name as it was (the raw-responses export).
 */
@Entity('consultation_responses')
@Index('ix_consultation_responses_submitted', ['consultationId', 'submittedAt'])
export class ConsultationResponse {
  @PrimaryColumn({ type: 'uuid' })
  consultationId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'jsonb' })
  answers!: SurveyAnswer[];

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'varchar', length: 200, default: '' })
  enterpriseName!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
