import type { Audience, ChannelKind, ChannelVisibility } from '@cqo/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A discussion channel. `lastSeq` is the number of its latest message: a message takes the next
 * one while it holds this row's lock, so numbers are given in the order messages commit.
 */
@Entity('channels')
export class Channel {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: ChannelKind;

  @Column({ type: 'jsonb' })
  audience!: Audience;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  visibility!: ChannelVisibility;

  @Column({ type: 'boolean', default: false })
  archived!: boolean;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'integer', default: 0 })
  lastSeq!: number;

  /** A direct conversation: its two people's ids in order, so a pair has one conversation. */
  @Index('ux_channels_direct', { unique: true })
  @Column({ type: 'varchar', length: 80, nullable: true })
  directKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
