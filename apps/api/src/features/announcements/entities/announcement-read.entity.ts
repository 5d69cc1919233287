import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A member opened an announcement (read receipts for staff). */
@Entity('announcement_reads')
export class AnnouncementRead {
  @PrimaryColumn({ type: 'uuid' })
  announcementId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  readAt!: Date;
}
