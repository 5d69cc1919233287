import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One sensitive read or write: who did what to whom, when and why. Append-only. */
@Entity('audit_entries')
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_audit_entries_actor')
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** e.g. `user.roles.change`, `user.disable`, `filing.reveal`. */
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 32 })
  subjectType!: string;

  @Index('ix_audit_entries_subject')
  @Column({ type: 'varchar', length: 64, nullable: true })
  subjectId!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  meta!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Index('ix_audit_entries_created')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
