import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, Not, type EntityManager } from 'typeorm';
import type { SearchDocument } from '../../platform/search/search-index';
import { keysInOrder, SearchIndexer } from '../../platform/search/search-indexer';
import { searchSegmentOf } from '../directory';
import { ConsultationClause } from './entities/consultation-clause.entity';
import { Consultation } from './entities/consultation.entity';

/** The body indexed: the first clauses of a very long draft are enough to be found by. */
const BODY_MAX = 60_000;

/**
 * Consultations in the search once they have opened: the title and standard code, then the
 * description and the clauses (numbers, titles, text). Seen by their audience (all members or a
 * segment), and by everyone when staff allow public reading.
 */
@Injectable()
export class ConsultationSearch implements OnModuleInit {
  constructor(private readonly indexer: SearchIndexer) {}

  onModuleInit(): void {
    this.indexer.register({
      kind: 'consultation',
      load: (ids, manager) => this.load(ids, manager),
      ids: keysInOrder(Consultation, 'id'),
    });
  }

  /** In the transaction that changed them; the worker indexes them after it commits. */
  changed(ids: string[], manager: EntityManager): Promise<void> {
    return this.indexer.queue('consultation', ids, manager);
  }

  soon(): void {
    this.indexer.soon();
  }

  private async load(ids: string[], manager: EntityManager): Promise<SearchDocument[]> {
    const found = await manager.find(Consultation, {
      where: { id: In(ids), status: Not(In(['draft', 'scheduled'])) },
    });
    const docs: SearchDocument[] = [];
    for (const c of found) {
      const clauses = await manager.find(ConsultationClause, {
        where: { consultationId: c.id },
        order: { position: 'ASC' },
      });
      const text = clauses.map((k) => `${k.number} ${k.title}\n${k.text}`).join('\n');
      docs.push({
        kind: 'consultation',
        id: c.id,
        title: `${c.title} ${c.standardCode}`,
        summary: c.description,
        body: text.slice(0, BODY_MAX),
        names: [c.draftingOrganisation].filter(Boolean),
        visibility: c.publicReading ? ['public'] : ['members'],
        // Readable by everyone: no segment narrows it.
        segment: c.publicReading ? null : searchSegmentOf(c.audience),
        year: c.openedAt?.getUTCFullYear() ?? null,
        publishedAt: c.openedAt ?? c.updatedAt,
      });
    }
    return docs;
  }
}
