import { Injectable } from '@nestjs/common';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppConfig } from '../../../platform/config/app-config';
import { RateLimits } from '../../../platform/rate-limit/rate-limits.service';

/**
 * Sign-ups and password-reset requests per e-mail address and per client IP: each sends mail or
 * makes an account, so a script could otherwise flood a mailbox or the user table. Over either
 * limit: 429 with Retry-After. Sign-ups and resets count separately.
 */
@Injectable()
export class AccountRequestLimits {
  private readonly signUp: [RateLimiterAbstract, RateLimiterAbstract];
  private readonly reset: [RateLimiterAbstract, RateLimiterAbstract];

  constructor(
    config: AppConfig,
    private readonly limits: RateLimits,
  ) {
    const windowSeconds = config.ACCOUNT_REQUEST_WINDOW_SECONDS;
    const pair = (name: string): [RateLimiterAbstract, RateLimiterAbstract] => [
      limits.create({ name: `${name}_address`, points: config.ACCOUNT_REQUESTS_PER_ADDRESS, windowSeconds }),
      limits.create({ name: `${name}_ip`, points: config.ACCOUNT_REQUESTS_PER_IP, windowSeconds }),
    ];
    this.signUp = pair('signup');
    this.reset = pair('reset');
  }

  admitSignUp(email: string, ip: string): Promise<void> {
    return this.admit(this.signUp, email, ip, 'Too many sign-ups from here.');
  }

  admitReset(email: string, ip: string): Promise<void> {
    return this.admit(this.reset, email, ip, 'Too many password-reset requests.');
  }

  private admit(
    [byAddress, byIp]: [RateLimiterAbstract, RateLimiterAbstract],
    email: string,
    ip: string,
    message: string,
  ): Promise<void> {
    return this.limits.consume(
      [
        [byAddress, email.trim().toLowerCase()],
        [byIp, ip],
      ],
      message,
    );
  }
}
