import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { DataSource, EntitySubscriberInterface, UpdateEvent } from 'typeorm';
import { RedisConnection } from '../../../platform/redis/redis.provider';
import { User } from '../entities/user.entity';

const CHANNEL = 'cqo:user-changed';
/** Stands for every user when an update did not say which. */
const ALL = '*';

/**
 * The users behind access tokens, cached for a few seconds: every API request checks its user
 * (disabled? roles? token version?), and that look-up was half the database round trips of a
 * typical page. A change to a user evicts it here as soon as it commits, and in every other API
 * process through Redis; without Redis there is only one process.
 */
@Injectable()
export class ActiveUserCache implements EntitySubscriberInterface<User>, OnModuleDestroy {
  static readonly TTL_MS = 5_000;
  private readonly logger = new Logger(ActiveUserCache.name);
  private readonly users = new LRUCache<string, User>({ max: 10_000, ttl: ActiveUserCache.TTL_MS });
  /** Users changed inside a transaction not yet committed (evicted again once it is). */
  private readonly pending = new Set<string>();
  private readonly subscriber?: Redis;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly redis: RedisConnection,
  ) {
    dataSource.subscribers.push(this);
    if (redis.client) {
      this.subscriber = redis.client.duplicate();
      this.subscriber.on('message', (_channel, id: string) => this.drop(id));
      this.subscriber.on('error', (error) => this.logger.warn({ err: error }, 'user-change subscription'));
      void this.subscriber.subscribe(CHANNEL).catch(() => undefined);
    }
  }

  async get(id: string, load: () => Promise<User | null>): Promise<User | null> {
    const cached = this.users.get(id);
    if (cached) return cached;
    const user = await load();
    if (user) this.users.set(id, user);
    return user;
  }

  /**
   * A user row changed (id unknown: some rows). Evicted now, here and in the other processes,
   * and again when the surrounding transaction commits, so a read racing the commit cannot
   * keep the old row.
   */
  changed(id: string | undefined, inTransaction: boolean): void {
    this.evict(id ?? ALL);
    if (inTransaction) this.pending.add(id ?? ALL);
  }

  listenTo(): typeof User {
    return User;
  }

  afterUpdate(event: UpdateEvent<User>): void {
    const id = (event.entity as Partial<User> | undefined)?.id ?? event.databaseEntity?.id;
    this.changed(id, event.queryRunner.isTransactionActive);
  }

  afterTransactionCommit(): void {
    for (const id of this.pending) this.evict(id);
    this.pending.clear();
  }

  private evict(id: string): void {
    this.drop(id);
    void this.redis.client?.publish(CHANNEL, id).catch(() => undefined);
  }

  private drop(id: string): void {
    if (id === ALL) this.users.clear();
    else this.users.delete(id);
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscriber?.quit().catch(() => undefined);
  }
}
