import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, Not, IsNull, type EntityManager } from 'typeorm';
import { markdownToText } from '../../platform/markdown/markdown';
import type { SearchDocument } from '../../platform/search/search-index';
import { keysInOrder, SearchIndexer } from '../../platform/search/search-indexer';
import { QualityCase } from './entities/case.entity';

/**
 * Published cases in the search, as readers see them (the published version, never a pending
 * edit). Whole cases are for members and staff: visitors read only titles and summaries, which
 * the library lists to them without the index, so nothing of a body ever reaches them here.
 */
@Injectable()
export class CaseSearch implements OnModuleInit {
  constructor(private readonly indexer: SearchIndexer) {}

  onModuleInit(): void {
    this.indexer.register({
      kind: 'case',
      load: (ids, manager) => this.load(ids, manager),
      ids: keysInOrder(QualityCase, 'id'),
    });
  }

  /** In the transaction that changed them; the worker indexes them after it commits. */
  changed(ids: string[], manager: EntityManager): Promise<void> {
    return this.indexer.queue('case', ids, manager);
  }

  soon(): void {
    this.indexer.soon();
  }

  private async load(ids: string[], manager: EntityManager): Promise<SearchDocument[]> {
    const found = await manager.find(QualityCase, { where: { id: In(ids), published: Not(IsNull()) } });
    return found.map((c) => {
      const v = c.published!;
      return {
        kind: 'case',
        id: c.id,
        title: v.title,
        summary: v.summary,
        body: [markdownToText(v.body), ...v.results.map((r) => `${r.metric} ${r.before} → ${r.after}`)].join(
          '\n',
        ),
        // Found by their enterprise, methods and tags as by the title (with pinyin).
        names: [v.enterpriseName, ...v.methods, ...v.tags],
        visibility: ['members'],
        methods: v.methods,
        industryCode: v.industryCode,
        year: v.year,
        publishedAt: c.publishedAt ?? c.updatedAt,
      };
    });
  }
}
