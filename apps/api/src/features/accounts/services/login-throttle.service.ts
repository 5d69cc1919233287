import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppConfig } from '../../../platform/config/app-config';
import { RateLimits } from '../../../platform/rate-limit/rate-limits.service';

/** How long a sign-in from an IP past its limit waits before its password is checked. */
export const SUSPECT_IP_DELAY_MS = 1000;

/**
 * Limits password guessing without letting one person lock out others.
 * - Per account: every attempt takes a point before the password is checked (one atomic step, so
 *   40 parallel guesses get no more than the limit checked); a success gives them all back. Past
 *   the limit the account answers 429 for one window, then lifts by itself.
 * - Per IP: counts the accounts that failed from it (repeated typos on one's own account count
 *   once), and past its limit only slows that IP's sign-ins: behind a shared NAT (an enterprise
 *   park, a government office) a colleague with the right password still gets in.
 */
@Injectable()
export class LoginThrottleService {
  private readonly byAccount: RateLimiterAbstract;
  private readonly byPair: RateLimiterAbstract;
  private readonly byIp: RateLimiterAbstract;

  constructor(
    config: AppConfig,
    private readonly limits: RateLimits,
  ) {
    const windowSeconds = config.LOGIN_WINDOW_SECONDS;
    this.byAccount = limits.create({
      name: 'login_account',
      points: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      windowSeconds,
    });
    // Only a counter (never over): its first failure per window is what counts towards the IP.
    this.byPair = limits.create({ name: 'login_pair', points: 1_000_000, windowSeconds });
    this.byIp = limits.create({ name: 'login_ip', points: config.LOGIN_MAX_FAILURES_PER_IP, windowSeconds });
  }

  /** Before the password check: 429 when the account is over its limit; a wait for a suspect IP. */
  async admit(email: string, ip: string): Promise<void> {
    await this.limits.consume([[this.byAccount, email]], 'Too many failed sign-ins.');
    const fromIp = await this.byIp.get(ip);
    if (fromIp && fromIp.consumedPoints >= this.byIp.points) await sleep(SUSPECT_IP_DELAY_MS);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const pair = await this.byPair.penalty(`${ip} ${email}`, 1);
    if (pair.consumedPoints === 1) await this.byIp.penalty(ip, 1);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(email);
  }
}
