import type { CaseMethod, CaseResult, CaseStatus } from '@cqo/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** What a case says; the working copy lives in the columns, the published version in `published`. */
export interface CaseVersion {
  title: string;
  summary: string;
  body: string;
  bodyHtml: string;
  industryCode: string;
  methods: CaseMethod[];
  tags: string[];
  results: CaseResult[];
  enterpriseName: string;
  year: number | null;
}

/**
 * A case study (质量案例). The columns are the working copy its author edits and staff review; once
 * published, a copy of what readers see is kept in `published`, so an edit of a published case goes
 * back to review while readers keep the published version.
 */
@Entity('cases')
@Index('ix_cases_listing', ['publishedAt'])
@Index('ix_cases_author', ['authorId'])
@Index('ix_cases_status', ['status'])
export class QualityCase {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: CaseStatus;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 1000 })
  summary!: string;

  /** Markdown as the author wrote it. */
  @Column({ type: 'text' })
  body!: string;

  /** Rendered and sanitised once, on save. */
  @Column({ type: 'text' })
  bodyHtml!: string;

  @Column({ type: 'varchar', length: 4 })
  industryCode!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  methods!: CaseMethod[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  tags!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  results!: CaseResult[];

  @Column({ type: 'varchar', length: 200 })
  enterpriseName!: string;

  @Column({ type: 'smallint', nullable: true })
  year!: number | null;

  /** What readers see; null until first published. */
  @Column({ type: 'jsonb', nullable: true })
  published!: CaseVersion | null;

  /** First publication: the library's order. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  featured!: boolean;

  @Column({ type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** The working copy as a version (what publishing copies into `published`). */
export function workingVersion(c: QualityCase): CaseVersion {
  return {
    title: c.title,
    summary: c.summary,
    body: c.body,
    bodyHtml: c.bodyHtml,
    industryCode: c.industryCode,
    methods: c.methods,
    tags: c.tags,
    results: c.results,
    enterpriseName: c.enterpriseName,
    year: c.year,
  };
}
