import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, Repository } from 'typeorm';
import { ErrorCode } from '@cqo/contracts';
import { AppConfig } from '../../../platform/config/app-config';
import { ApiException } from '../../../platform/errors/api.exception';
import { JobsService } from '../../../platform/jobs/jobs.service';
import { MailService } from '../../../platform/mail/mail.service';
import { AccountRequestLimits } from './account-request-limits.service';
import { PasswordReset } from '../entities/password-reset.entity';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher.service';
import { hashToken, newSecretToken } from '../../../platform/crypto/secret-token';
import { UsersService } from './users.service';

const RESET_TTL_MS = 60 * 60 * 1000;
const RESET_MAIL_JOB = 'accounts.password-reset-mail';

declare module '../../../platform/jobs/job-payloads' {
  interface JobPayloads {
    /** A reset link for this address, if it has an active account. */
    'accounts.password-reset-mail': { email: string };
  }
}

/** Password reset by an e-mailed, single-use, one-hour token. */
@Injectable()
export class PasswordResetService implements OnModuleInit {
  constructor(
    @InjectRepository(PasswordReset) private readonly resets: Repository<PasswordReset>,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly hasher: PasswordHasher,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly limits: AccountRequestLimits,
  ) {}

  onModuleInit(): void {
    this.jobs.register(RESET_MAIL_JOB, (payload) => this.sendLink(payload.email));
  }

  /**
   * Always the same answer and the same work in the request (a limit check and a queued job), so
   * neither the answer nor its timing reveals which e-mails have accounts.
   */
  async request(email: string, ip: string): Promise<void> {
    await this.limits.admitReset(email, ip);
    await this.jobs.enqueue(RESET_MAIL_JOB, { email });
  }

  /** The queued half: a token and its mail for an active account, nothing for any other address. */
  private async sendLink(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || user.disabledAt) return;
    const token = newSecretToken();
    await this.resets.insert({
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + RESET_TTL_MS),
    });
    const link = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/reset-password?token=${token}`;
    await this.mail.send({
      to: user.email,
      subject: '重设密码 / Reset your password — 珠海市企业首席质量官联盟',
      text:
        `${user.displayName}，您好：\n\n请在一小时内打开下面的链接重设密码：\n${link}\n\n如果不是您本人操作，请忽略本邮件。\n\n` +
        `Hello ${user.displayName},\n\nOpen this link within one hour to choose a new password:\n${link}\n\nIf you did not ask for this, ignore this mail.`,
    });
  }

  async confirm(token: string, newPassword: string): Promise<void> {
    const reset = await this.resets.findOne({
      where: { tokenHash: hashToken(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    });
    if (!reset) {
      throw new ApiException(ErrorCode.RESET_TOKEN_INVALID, 'This reset link is invalid, used or expired.', [
        { field: 'token', code: ErrorCode.RESET_TOKEN_INVALID },
      ]);
    }
    // Claim the token first: a concurrent second use finds it used and fails.
    const claimed = await this.resets.update({ id: reset.id, usedAt: IsNull() }, { usedAt: new Date() });
    if (!claimed.affected)
      throw new ApiException(ErrorCode.RESET_TOKEN_INVALID, 'This reset link was already used.');
    await this.auth.setPassword(reset.userId, await this.hasher.hash(newPassword));
  }
}
