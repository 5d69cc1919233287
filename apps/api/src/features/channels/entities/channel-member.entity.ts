import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** Who is in a channel, and how far they have read. */
@Entity('channel_members')
@Index('ix_channel_members_user', ['userId'])
export class ChannelMember {
  @PrimaryColumn({ type: 'uuid' })
  channelId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  /** The number of the last message this member has read. */
  @Column({ type: 'integer', default: 0 })
  lastReadSeq!: number;

  /** The member muted the channel (no badge); mentions still reach them. */
  @Column({ type: 'boolean', default: false })
  muted!: boolean;

  /** A moderator muted the member here: they read but cannot write until then. */
  @Column({ type: 'timestamptz', nullable: true })
  silencedUntil!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt!: Date;
}
