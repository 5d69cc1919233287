import type { UploadContentType } from '@cqo/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One uploaded file. The bytes live in `DATA_DIR/files/<id>` under this random id; the
 * user's file name is kept only to offer it back on download.
 */
@Entity('stored_files')
@Index('ix_stored_files_subject', ['subjectType', 'subjectId'])
export class StoredFile {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  /** The feature the file belongs to ('filing', 'announcement', …) and the row it is attached to. */
  @Column({ type: 'varchar', length: 32 })
  subjectType!: string;

  @Column({ type: 'uuid' })
  subjectId!: string;

  /** What the file is within its subject (e.g. 'photo'). */
  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  /** Detected from the bytes, never taken from the client. */
  @Column({ type: 'varchar', length: 100 })
  contentType!: UploadContentType;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
