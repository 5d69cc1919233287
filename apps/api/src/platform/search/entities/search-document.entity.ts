import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One searchable document of the PostgreSQL adapter. `terms` holds the analysed words, pairs,
 * characters and pinyin (analysis.ts), weighted A title and names, B summary, C body; the GIN
 * indexes on terms and visibility and the trigram index on the folded title (suggestions) are
 * written in migration SearchDocuments (operator classes are beyond the decorators).
 */
@Entity('search_documents')
@Index('ix_search_documents_terms', { synchronize: false })
@Index('ix_search_documents_visibility', { synchronize: false })
@Index('ix_search_documents_title_trgm', { synchronize: false })
@Index('ix_search_documents_recent', { synchronize: false })
@Index('ix_search_documents_title_terms', { synchronize: false })
export class SearchDocumentRow {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind!: string;

  @PrimaryColumn({ type: 'uuid' })
  refId!: string;

  @Column({ type: 'text' })
  title!: string;

  /** The title folded (NFKC, lower case, Simplified): suggestions and the exact-phrase bonus. */
  @Column({ type: 'text' })
  foldedTitle!: string;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  /** Summary and body folded, for the exact-phrase bonus. */
  @Column({ type: 'text' })
  foldedText!: string;

  @Column({ type: 'tsvector', select: false })
  terms!: string;

  /** Title and names only, without weights: what suggestions match (GIN, no recheck). */
  @Column({ type: 'tsvector', select: false })
  titleTerms!: string;

  @Column({ type: 'text', array: true })
  visibility!: string[];

  /** A segment narrows `members`; empty lists mean any. `segmented` false: no segment at all. */
  @Column({ type: 'boolean', default: false })
  segmented!: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  segmentSizes!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  segmentIndustries!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  segmentRegions!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  methods!: string[];

  @Column({ type: 'varchar', length: 1, nullable: true })
  industrySection!: string | null;

  @Column({ type: 'smallint', nullable: true })
  year!: number | null;

  @Column({ type: 'timestamptz' })
  publishedAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  indexedAt!: Date;
}
