import type { FilingEvent as FilingEventDto, FilingStatus } from '@cqo/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every state change of a filing: who, when, what, and the comment. Append-only. */
@Entity('filing_events')
export class FilingEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_filing_events_filing')
  @Column({ type: 'uuid' })
  filingId!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  actorName!: string | null;

  @Column({ type: 'varchar', length: 16 })
  action!: FilingEventDto['action'];

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus!: FilingStatus | null;

  @Column({ type: 'varchar', length: 16 })
  toStatus!: FilingStatus;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  fieldComments!: Record<string, string> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
