import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A member's secret calendar address: calendar apps subscribe to a URL and cannot send a sign-in
 * token, so the URL itself is the credential. Only its SHA-256 is kept; one per member, replaced
 * when they make a new one.
 */
@Entity('calendar_feeds')
export class CalendarFeed {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Index('ux_calendar_feeds_token', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When a calendar app last fetched it (written at most once an hour). */
  @Column({ type: 'timestamptz', nullable: true })
  lastReadAt!: Date | null;
}
