import type { MessageAttachment } from '@cqo/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One message. `(channelId, seq)` is unique and gap-free in commit order; `(channelId, authorId,
 * clientId)` is unique, so a sender's retry finds the message it already stored.
 */
@Entity('channel_messages')
@Index('ux_channel_messages_seq', ['channelId', 'seq'], { unique: true })
@Index('ux_channel_messages_client', ['channelId', 'authorId', 'clientId'], { unique: true })
@Index('ix_channel_messages_parent', ['parentId'])
export class ChannelMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  channelId!: string;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'varchar', length: 64 })
  clientId!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  bodyHtml!: string;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  /** Members of the channel the message mentions (counted as mentions until they read it). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentions!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Hidden by a moderator (the body is kept for staff and the audit). */
  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  /** A tombstone: deleted by its author or a moderator; the body is emptied. */
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  pinnedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  pinnedBy!: string | null;

  /** Replies in this message's thread (kept on the parent, so the channel view needs no count query). */
  @Column({ type: 'integer', default: 0 })
  replyCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastReplyAt!: Date | null;

  /** Files sent with it (uploaded to the channel first), as the reader needs them to show. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments!: MessageAttachment[];
}
