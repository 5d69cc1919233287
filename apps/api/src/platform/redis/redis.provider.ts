import { Global, Injectable, Module, type OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';

/** One shared Redis connection when `REDIS_URL` is set; `client` is undefined otherwise. */
@Injectable()
export class RedisConnection implements OnModuleDestroy {
  readonly client?: Redis;

  constructor(config: AppConfig) {
    if (config.REDIS_URL) {
      this.client = new Redis(config.REDIS_URL, {
        enableOfflineQueue: true,
        maxRetriesPerRequest: 2,
        lazyConnect: false,
      });
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.client?.quit().catch(() => undefined);
  }
}

@Global()
@Module({ providers: [RedisConnection], exports: [RedisConnection] })
export class RedisModule {}
