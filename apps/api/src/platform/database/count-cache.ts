import { LRUCache } from 'lru-cache';
import type { DataSource, EntitySubscriberInterface, ObjectLiteral } from 'typeorm';

/**
 * Totals of filtered lists, kept a few seconds per filter: counting every matching row is the
 * dearest part of a page (the page itself stops after twenty), and readers page through the same
 * filter. Any write to the entity through this process clears it; another API process's writes
 * show within the TTL.
 */
export class CountCache<T extends ObjectLiteral> implements EntitySubscriberInterface<T> {
  private readonly counts: LRUCache<string, number>;

  constructor(
    dataSource: DataSource,
    private readonly entity: new () => T,
    ttlMs = 5_000,
  ) {
    this.counts = new LRUCache<string, number>({ max: 1000, ttl: ttlMs });
    dataSource.subscribers.push(this as EntitySubscriberInterface<unknown>);
  }

  async get(key: string, count: () => Promise<number>): Promise<number> {
    const cached = this.counts.get(key);
    if (cached !== undefined) return cached;
    const value = await count();
    this.counts.set(key, value);
    return value;
  }

  listenTo(): new () => T {
    return this.entity;
  }
  afterInsert(): void {
    this.counts.clear();
  }
  afterUpdate(): void {
    this.counts.clear();
  }
  afterRemove(): void {
    this.counts.clear();
  }
}
