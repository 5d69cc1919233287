import { HttpStatus, Injectable } from '@nestjs/common';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
  type RateLimiterRes,
} from 'rate-limiter-flexible';
import { ErrorCode } from '@cqo/contracts';
import { AppConfig } from '../../../platform/config/app-config';
import { ApiException } from '../../../platform/errors/api.exception';
import { RedisConnection } from '../../../platform/redis/redis.provider';

/**
 * Limits failed sign-ins per account and per client IP. A block lasts one window and then
 * lifts by itself; a successful sign-in clears the account's count. So an attacker can slow
 * an account down for a while but never lock its owner out for good.
 * Counters live in Redis when configured (shared by all API processes), else in memory.
 */
@Injectable()
export class LoginThrottleService {
  private readonly byAccount: RateLimiterAbstract;
  private readonly byIp: RateLimiterAbstract;

  constructor(config: AppConfig, redis: RedisConnection) {
    const common = { duration: config.LOGIN_WINDOW_SECONDS, blockDuration: config.LOGIN_WINDOW_SECONDS };
    const make = (keyPrefix: string, points: number) =>
      redis.client
        ? new RateLimiterRedis({
            storeClient: redis.client,
            keyPrefix,
            points,
            ...common,
            insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, ...common }),
          })
        : new RateLimiterMemory({ keyPrefix, points, ...common });
    this.byAccount = make('login_fail_account', config.LOGIN_MAX_FAILURES_PER_ACCOUNT);
    this.byIp = make('login_fail_ip', config.LOGIN_MAX_FAILURES_PER_IP);
  }

  /** Throws 429 with Retry-After when the account or the IP is blocked. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.byAccount.get(email), this.byIp.get(ip)]);
    const blocked = [
      { res: account, limit: this.byAccount.points },
      { res: address, limit: this.byIp.points },
    ].filter((x) => x.res && x.res.consumedPoints >= x.limit);
    if (blocked.length) this.reject(Math.max(...blocked.map((b) => (b.res as RateLimiterRes).msBeforeNext)));
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.byAccount.penalty(email, 1), this.byIp.penalty(ip, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(email);
  }

  private reject(msBeforeNext: number): never {
    const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
    throw new ApiException(
      HttpStatus.TOO_MANY_REQUESTS,
      ErrorCode.TOO_MANY_REQUESTS,
      `Too many failed sign-ins. Try again in ${seconds} seconds.`,
      undefined,
      { 'retry-after': String(seconds) },
    );
  }
}
