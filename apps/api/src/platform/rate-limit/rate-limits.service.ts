import { Global, Injectable, Module } from '@nestjs/common';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { ErrorCode } from '@cqo/contracts';
import { ApiException } from '../errors/api.exception';
import { RedisConnection } from '../redis/redis.provider';

export interface LimitOptions {
  /** Distinguishes this limiter's keys from every other's. */
  name: string;
  /** How many within the window. */
  points: number;
  /** The window, in seconds. */
  windowSeconds: number;
  /** How long a key stays refused once over, in seconds (default: the window). */
  blockSeconds?: number;
}

/**
 * Counters for abuse limits, in Redis when configured (shared by every API process, with an
 * in-memory stand-in while Redis is away) and in memory otherwise. `consume` counts and checks in
 * one atomic step, so parallel requests cannot all pass a limit they reach together.
 */
@Injectable()
export class RateLimits {
  constructor(private readonly redis: RedisConnection) {}

  create(options: LimitOptions): RateLimiterAbstract {
    const common = {
      keyPrefix: `limit_${options.name}`,
      points: options.points,
      duration: options.windowSeconds,
      blockDuration: options.blockSeconds ?? options.windowSeconds,
    };
    return this.redis.client
      ? new RateLimiterRedis({
          storeClient: this.redis.client,
          ...common,
          insuranceLimiter: new RateLimiterMemory(common),
        })
      : new RateLimiterMemory(common);
  }

  /**
   * Takes one point from each key's limiter; throws 429 with Retry-After (the longest wait) when
   * any is over. A refused request still counts, so hammering does not shorten the wait.
   */
  async consume(checks: [RateLimiterAbstract, string][], message: string): Promise<void> {
    const results = await Promise.allSettled(checks.map(([limiter, key]) => limiter.consume(key)));
    const refused = results
      .map((r) => (r.status === 'rejected' ? r.reason : undefined))
      .filter((reason): reason is RateLimiterRes | Error => reason !== undefined);
    const error = refused.find((r) => !(r instanceof RateLimiterRes));
    if (error) throw error;
    if (refused.length)
      throw tooManyRequests(Math.max(...refused.map((r) => (r as RateLimiterRes).msBeforeNext)), message);
  }
}

/** 429 with the seconds to wait, in the body's message and in Retry-After. */
export function tooManyRequests(msBeforeNext: number, message: string): ApiException {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new ApiException(
    ErrorCode.TOO_MANY_REQUESTS,
    `${message} Try again in ${seconds} seconds.`,
    undefined,
    { 'retry-after': String(seconds) },
  );
}

@Global()
@Module({ providers: [RateLimits], exports: [RateLimits] })
export class RateLimitModule {}
