import type { NotificationPreferences } from '@cqo/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A user's choices per notification kind; users without a row have the defaults. */
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'jsonb' })
  preferences!: Partial<NotificationPreferences>;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
