import { LRUCache } from 'lru-cache';
import type { DataSource, EntityManager } from 'typeorm';

/** How long a kept answer may serve (it is checked against every write before each use anyway). */
const KEEP_MS = 30 * 60_000;
/** Notes older than this are pruned: only a transaction running longer than KEEP_MS could miss one. */
const PRUNE_AFTER = '1 hour';
const PRUNE_EVERY_MS = 60_000;

/**
 * Answers kept with the database snapshot they were read in, used again only while nothing that
 * changes them has been committed since (migration StatisticsChanges: a note per statement, with
 * its transaction id, and `pg_visible_in_snapshot`). So an answer is never older than the last
 * write, whichever API process made it, and a busy dashboard reads the tables once per write.
 */
export class SnapshotCache<T> {
  private readonly kept = new LRUCache<string, { snapshot: string; value: Promise<T> }>({
    max: 200,
    ttl: KEEP_MS,
  });
  private prunedAt = 0;

  constructor(private readonly dataSource: DataSource) {}

  async get(key: string, compute: (manager: EntityManager) => Promise<T>): Promise<T> {
    this.prune();
    // One snapshot for the check and for the figures, so they describe the same moment. Begun in
    // one statement: the embedded database shares its one connection with other requests, and a
    // separate SET TRANSACTION could find their queries before it.
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const value = await this.read(key, compute, runner.manager);
      await runner.query('COMMIT');
      return await value;
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** The kept answer if still right (ready or being counted), else a count begun in this snapshot. */
  private async read(
    key: string,
    compute: (manager: EntityManager) => Promise<T>,
    manager: EntityManager,
  ): Promise<Promise<T>> {
    const kept = this.kept.get(key);
    if (kept) {
      const [{ changed }]: { changed: boolean }[] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM statistics_changes
                         WHERE NOT pg_visible_in_snapshot(xid, $1::pg_snapshot)) AS changed`,
        [kept.snapshot],
      );
      // Readers arriving together after a write share one count, as long as its snapshot saw
      // every write they can see.
      if (!changed) return kept.value;
    }
    const [{ snapshot }]: { snapshot: string }[] = await manager.query(
      'SELECT pg_current_snapshot()::text AS snapshot',
    );
    const value = compute(manager);
    this.kept.set(key, { snapshot, value });
    value.catch(() => {
      if (this.kept.get(key)?.value === value) this.kept.delete(key);
    });
    // Counted before the transaction ends: the caller awaits it inside.
    await value.catch(() => undefined);
    return value;
  }

  private prune(): void {
    if (Date.now() - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = Date.now();
    void this.dataSource
      .query(`DELETE FROM statistics_changes WHERE at < now() - interval '${PRUNE_AFTER}'`)
      .catch(() => undefined);
  }
}
