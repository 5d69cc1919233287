import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every mail the product sends. Without SMTP it stays here as the outbox admins read. */
@Entity('mail_messages')
export class MailMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  to!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  /** 'outbox' (no SMTP configured), 'sent' or 'failed'. */
  @Column({ type: 'varchar', length: 16 })
  status!: 'outbox' | 'sent' | 'failed';

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Index('ix_mail_messages_created')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
