import type { AnnouncementKind, AnnouncementStatus, Audience } from '@cqo/contracts';
import {
  BeforeInsert,
  BeforeUpdate,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A policy, regulation, standard, notice or training announcement from the bureau. */
@Entity('announcements')
@Index('ix_announcements_list', ['status', 'pinned', 'publishedAt'])
export class Announcement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: AnnouncementKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Markdown as the author wrote it. */
  @Column({ type: 'text' })
  body!: string;

  /** Rendered and sanitised once, on save. */
  @Column({ type: 'text' })
  bodyHtml!: string;

  @Column({ type: 'jsonb' })
  audience!: Audience;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: AnnouncementStatus;

  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  publishAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text', default: '' })
  searchText!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @BeforeInsert()
  @BeforeUpdate()
  protected keepSearchText(): void {
    this.searchText = `${this.title} ${this.body}`.toLowerCase();
  }
}
