import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Background work kept in the database, so a restart loses nothing: a worker in any API process
 * claims a due job (`FOR UPDATE SKIP LOCKED`), runs it, and marks it done or retries it later.
 */
@Entity('jobs')
@Index('ix_jobs_due', ['runAt'], { where: 'done_at IS NULL' })
@Index('uq_jobs_pending_key', ['dedupeKey'], { unique: true, where: 'done_at IS NULL' })
export class Job {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload!: Record<string, unknown>;

  /** At most one pending job per key (a schedule, a reminder already queued). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  dedupeKey!: string | null;

  @Column({ type: 'timestamptz' })
  runAt!: Date;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  failed!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
