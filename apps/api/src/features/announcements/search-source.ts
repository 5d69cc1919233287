import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { markdownToText } from '../../platform/markdown/markdown';
import type { SearchDocument } from '../../platform/search/search-index';
import { keysInOrder, SearchIndexer } from '../../platform/search/search-indexer';
import { searchSegmentOf } from '../directory';
import { Announcement } from './entities/announcement.entity';

/**
 * Announcements in the search: published ones only, seen by their audience — everyone, members,
 * or the members whose enterprise fits the segment (the one targeting rule, applied in the index).
 */
@Injectable()
export class AnnouncementSearch implements OnModuleInit {
  constructor(private readonly indexer: SearchIndexer) {}

  onModuleInit(): void {
    this.indexer.register({
      kind: 'announcement',
      load: (ids, manager) => this.load(ids, manager),
      ids: keysInOrder(Announcement, 'id'),
    });
  }

  /** In the transaction that changed them; the worker indexes them after it commits. */
  changed(ids: string[], manager: EntityManager): Promise<void> {
    return this.indexer.queue('announcement', ids, manager);
  }

  soon(): void {
    this.indexer.soon();
  }

  private async load(ids: string[], manager: EntityManager): Promise<SearchDocument[]> {
    const found = await manager.find(Announcement, { where: { id: In(ids), status: 'published' } });
    return found.map((a) => {
      const audience = a.audience;
      return {
        kind: 'announcement',
        id: a.id,
        title: a.title,
        body: markdownToText(a.body),
        visibility: audience.type === 'public' ? ['public'] : ['members'],
        segment: searchSegmentOf(audience),
        year: a.publishedAt?.getUTCFullYear() ?? null,
        publishedAt: a.publishedAt ?? a.updatedAt,
      };
    });
  }
}
