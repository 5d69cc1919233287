import type { Disposition } from '@cqo/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A member's comment on a clause (or on the whole text) and, after closing, its disposition. */
@Entity('consultation_comments')
@Index('ix_consultation_comments_clause', ['consultationId', 'clauseId'])
@Index('ix_consultation_comments_author', ['consultationId', 'authorId'])
export class ConsultationComment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  consultationId!: string;

  /** Null: on the whole text. */
  @Column({ type: 'uuid', nullable: true })
  clauseId!: string | null;

  @Column({ type: 'uuid' })
  authorId!: string;

  /** 提出单位, as it was when the comment was made. */
  @Column({ type: 'varchar', length: 200 })
  enterpriseName!: string;

  @Column({ type: 'text' })
  proposedChange!: string;

  @Column({ type: 'text', default: '' })
  reason!: string;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  decision!: Disposition | null;

  @Column({ type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
