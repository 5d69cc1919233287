import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { markdownToText } from '../../platform/markdown/markdown';
import type { SearchDocument } from '../../platform/search/search-index';
import { keysInOrder, SearchIndexer } from '../../platform/search/search-indexer';
import { Opportunity } from './entities/opportunity.entity';

/** Opportunities in the search: the board is public, closed ones included (they say so). */
@Injectable()
export class OpportunitySearch implements OnModuleInit {
  constructor(private readonly indexer: SearchIndexer) {}

  onModuleInit(): void {
    this.indexer.register({
      kind: 'opportunity',
      load: (ids, manager) => this.load(ids, manager),
      ids: keysInOrder(Opportunity, 'id'),
    });
  }

  /** In the transaction that changed them; the worker indexes them after it commits. */
  changed(ids: string[], manager: EntityManager): Promise<void> {
    return this.indexer.queue('opportunity', ids, manager);
  }

  soon(): void {
    this.indexer.soon();
  }

  private async load(ids: string[], manager: EntityManager): Promise<SearchDocument[]> {
    const found = await manager.find(Opportunity, { where: { id: In(ids) } });
    return found.map((o) => ({
      kind: 'opportunity',
      id: o.id,
      title: o.title,
      summary: [o.issuerName, o.benefit].filter(Boolean).join(' · ') || null,
      body: [markdownToText(o.body), o.howToApply].filter(Boolean).join('\n'),
      visibility: ['public'],
      year: o.deadline.getUTCFullYear(),
      publishedAt: o.createdAt,
    }));
  }
}
