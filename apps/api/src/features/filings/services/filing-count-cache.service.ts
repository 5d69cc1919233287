import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import type { DataSource, EntitySubscriberInterface } from 'typeorm';
import { Filing } from '../entities/filing.entity';

/**
 * Totals of filtered filing lists (the review queue, the talent pool). Counting is the dearest
 * part of a page (every matching row, where the page itself stops after twenty), and staff page
 * through the same filter. Any write to a filing through this process clears the cache; another
 * API process's writes show within `TTL_MS`.
 */
@Injectable()
export class FilingCountCache implements EntitySubscriberInterface<Filing> {
  static readonly TTL_MS = 5_000;
  private readonly counts = new LRUCache<string, number>({ max: 1000, ttl: FilingCountCache.TTL_MS });

  constructor(@InjectDataSource() dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  async get(key: string, count: () => Promise<number>): Promise<number> {
    const cached = this.counts.get(key);
    if (cached !== undefined) return cached;
    const value = await count();
    this.counts.set(key, value);
    return value;
  }

  listenTo(): typeof Filing {
    return Filing;
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
