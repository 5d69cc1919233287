import type { NotificationKind, NotificationMessage } from '@cqo/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One in-app notification for one user. */
@Entity('notifications')
@Index('ix_notifications_user_created', ['userId', 'createdAt'])
@Index('ix_notifications_user_unread', ['userId'], { where: 'read_at IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: NotificationKind;

  /** What it says, as a key and parameters: worded in each reader's language when shown or mailed. */
  @Column({ type: 'jsonb' })
  message!: NotificationMessage;

  @Column({ type: 'varchar', length: 300, nullable: true })
  link!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** Shown in the app (false: kept only to be mailed in the user's daily digest). */
  @Column({ type: 'boolean', default: true })
  inApp!: boolean;

  /** Waiting for the user's daily digest e-mail. */
  @Index('ix_notifications_digest', { where: 'digest_pending' })
  @Column({ type: 'boolean', default: false })
  digestPending!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
