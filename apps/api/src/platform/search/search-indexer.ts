import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  MoreThan,
  type DataSource,
  type EntityManager,
  type EntityTarget,
  type FindOptionsWhere,
  type ObjectLiteral,
} from 'typeorm';
import { JobsService } from '../jobs/jobs.service';
import { SearchIndex, type SearchDocument, type SearchKind } from './search-index';

declare module '../jobs/job-payloads' {
  interface JobPayloads {
    /** Bring these documents of one kind up to date in the index (written with the change). */
    'search.index': { kind: SearchKind; ids: string[] };
    /** Rebuild a kind whose index is empty while it has data (checked again when it runs). */
    'search.rebuild': { kind: SearchKind };
  }
}

/**
 * Where the documents of one kind come from: the feature that owns them says what each looks like
 * in the index (and who may see it). `load` answers the documents among `ids` that should be
 * found; an id it leaves out is removed from the index (deleted, unpublished, unlisted).
 */
export interface SearchSource {
  kind: SearchKind;
  load(ids: string[], manager: EntityManager): Promise<SearchDocument[]>;
  /** Every id of this kind, in pages (a reindex), after `after` in id order. */
  ids(after: string, limit: number, manager: EntityManager): Promise<string[]>;
}

const REINDEX_PAGE = 500;

/** A source's `ids` for a table keyed by one uuid column: every key after `after`, in order. */
export function keysInOrder<E extends ObjectLiteral>(
  entity: EntityTarget<E>,
  key: keyof E & string,
): SearchSource['ids'] {
  return async (after, limit, manager) =>
    (
      await manager.find(entity, {
        select: { [key]: true } as never,
        where: (after ? { [key]: MoreThan(after) } : {}) as FindOptionsWhere<E>,
        order: { [key]: 'ASC' } as never,
        take: limit,
      })
    ).map((row) => String(row[key]));
}

/**
 * Keeps the index in step with the data, never losing an update: a change queues its documents in
 * its own transaction (the jobs table is the outbox), the worker indexes them after the commit, and
 * a job a crash left behind runs at the next start. `reindex` rebuilds a kind, or everything.
 */
@Injectable()
export class SearchIndexer implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(SearchIndexer.name);
  private readonly sources = new Map<SearchKind, SearchSource>();

  constructor(
    private readonly index: SearchIndex,
    private readonly jobs: JobsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.jobs.register('search.index', (job, manager) => this.refresh(job.kind, job.ids, manager));
    this.jobs.register('search.rebuild', async (job) => {
      if (await this.needsRebuild(job.kind)) await this.reindex(job.kind);
    });
  }

  /**
   * A kind with data but nothing in the index (an install from before search, or an index
   * emptied by hand) is rebuilt by the worker after start (the start does not wait for it); a
   * change queued before a crash is in the jobs table and runs with the worker too.
   */
  async onApplicationBootstrap(): Promise<void> {
    const indexed = await this.index.counts();
    for (const source of this.sources.values()) {
      // A check that fails (a table a pending migration will create, when generating it) must
      // not stop the start: the worker's own check runs again with the job.
      await this.needsRebuild(source.kind, indexed)
        .then((needed) =>
          needed
            ? this.jobs.enqueue(
                'search.rebuild',
                { kind: source.kind },
                { dedupeKey: `search.rebuild:${source.kind}` },
              )
            : undefined,
        )
        .catch((error: unknown) =>
          this.logger.error({ err: error, kind: source.kind }, 'Could not check or queue a rebuild'),
        );
    }
    this.jobs.kick();
  }

  /** `indexed`: documents per kind, when the caller has them already. */
  private async needsRebuild(kind: SearchKind, indexed?: Record<string, number>): Promise<boolean> {
    const source = this.sources.get(kind);
    if (!source || (indexed ?? (await this.index.counts()))[kind]) return false;
    return (await source.ids('', 1, this.dataSource.manager)).length > 0;
  }

  /** A feature says where its documents come from (in its own onModuleInit). */
  register(source: SearchSource): void {
    if (this.sources.has(source.kind)) throw new Error(`${source.kind} already has a search source`);
    this.sources.set(source.kind, source);
  }

  /** Inside the changing transaction; call `soon()` after it commits. */
  async queue(kind: SearchKind, ids: string[], manager: EntityManager): Promise<void> {
    if (ids.length) await this.jobs.enqueue('search.index', { kind, ids: [...new Set(ids)] }, { manager });
  }

  /** After a commit: index what was queued within moments. */
  soon(): void {
    this.jobs.kick();
  }

  /** Loads the documents and writes them to the index; what no longer qualifies leaves it. */
  async refresh(kind: SearchKind, ids: string[], manager: EntityManager): Promise<void> {
    const source = this.sources.get(kind);
    if (!source) return;
    const documents = await source.load(ids, manager);
    const kept = new Set(documents.map((d) => d.id));
    await this.index.upsert(documents, manager);
    await this.index.remove(
      kind,
      ids.filter((id) => !kept.has(id)),
      manager,
    );
  }

  /** Rebuilds the index of one kind or of all (`npm run search:reindex`); answers documents per kind. */
  async reindex(only?: SearchKind): Promise<Record<string, number>> {
    const done: Record<string, number> = {};
    for (const source of this.sources.values()) {
      if (only && source.kind !== only) continue;
      const started = Date.now();
      await this.index.clear(source.kind);
      let after = '';
      let count = 0;
      for (;;) {
        const ids = await source.ids(after, REINDEX_PAGE, this.dataSource.manager);
        if (!ids.length) break;
        const documents = await source.load(ids, this.dataSource.manager);
        await this.index.upsert(documents);
        count += documents.length;
        after = ids[ids.length - 1];
      }
      await this.index.settle();
      done[source.kind] = count;
      this.logger.log(`Reindexed ${count} ${source.kind} documents in ${Date.now() - started} ms`);
    }
    return done;
  }

  /** For admins: documents per kind, and the updates still waiting to be indexed. */
  async status(): Promise<{
    documents: Record<string, number>;
    waiting: number;
    oldestWaitingSince: string | null;
  }> {
    const [pending] = (await this.dataSource.query(
      `SELECT count(*)::int AS waiting, min(created_at) AS oldest FROM jobs
        WHERE kind = 'search.index' AND done_at IS NULL AND NOT failed`,
    )) as { waiting: number; oldest: Date | null }[];
    return {
      documents: await this.index.counts(),
      waiting: pending.waiting,
      oldestWaitingSince: pending.oldest ? new Date(pending.oldest).toISOString() : null,
    };
  }
}
