import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, Repository } from 'typeorm';
import { ErrorCode } from '@cqo/contracts';
import { AppConfig } from '../../../platform/config/app-config';
import { hashToken, newSecretToken } from '../../../platform/crypto/secret-token';
import { ApiException } from '../../../platform/errors/api.exception';
import { RefreshToken } from '../entities/refresh-token.entity';
import { User } from '../entities/user.entity';

export interface ClientMeta {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Refresh-token sessions. Each refresh rotates the token; presenting a token that was already
 * rotated or revoked means it was stolen or replayed, so its whole family is revoked.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.REFRESH_TOKEN_TTL_DAYS * 86400;
  }

  /** Starts a session (a new family) and returns the raw token for the cookie. */
  async start(userId: string, meta: ClientMeta): Promise<string> {
    return this.issue(this.tokens, userId, randomUUID(), meta);
  }

  /** Exchanges a refresh token for a new one. Returns the user and the new raw token. */
  async rotate(rawToken: string, meta: ClientMeta): Promise<{ user: User; token: string }> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(RefreshToken);
      const current = await repo
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.tokenHash = :hash', { hash: hashToken(rawToken) })
        .getOne();
      if (!current) return { error: ErrorCode.REFRESH_TOKEN_INVALID } as const;
      if (current.rotatedAt || current.revokedAt) {
        await repo.update({ familyId: current.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
        return { error: ErrorCode.REFRESH_TOKEN_REUSED } as const;
      }
      if (current.expiresAt.getTime() <= Date.now())
        return { error: ErrorCode.REFRESH_TOKEN_INVALID } as const;
      const user = await manager.getRepository(User).findOne({ where: { id: current.userId } });
      if (!user || user.disabledAt) {
        await repo.update({ familyId: current.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
        return { error: ErrorCode.ACCOUNT_DISABLED } as const;
      }
      await repo.update({ id: current.id }, { rotatedAt: new Date() });
      const token = await this.issue(repo, user.id, current.familyId, meta);
      return { user, token };
    });
    if ('error' in outcome) {
      const messages: Record<string, string> = {
        [ErrorCode.REFRESH_TOKEN_INVALID]: 'The session has expired; sign in again.',
        [ErrorCode.REFRESH_TOKEN_REUSED]:
          'This session was used from somewhere else and has been ended for safety; sign in again.',
        [ErrorCode.ACCOUNT_DISABLED]: 'This account is disabled.',
      };
      const code = String(outcome.error);
      throw new ApiException(HttpStatus.UNAUTHORIZED, code, messages[code] ?? 'Sign in again.');
    }
    return outcome;
  }

  /** Ends the session the token belongs to (its whole family). Unknown tokens are ignored. */
  async end(rawToken: string): Promise<void> {
    const current = await this.tokens.findOne({ where: { tokenHash: hashToken(rawToken) } });
    if (current)
      await this.tokens.update(
        { familyId: current.familyId, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
  }

  /** Ends every session of a user (password change, reset, disable). */
  async endAll(userId: string, manager = this.dataSource.manager): Promise<void> {
    await manager
      .getRepository(RefreshToken)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async issue(
    repo: Repository<RefreshToken>,
    userId: string,
    familyId: string,
    meta: ClientMeta,
  ): Promise<string> {
    const token = newSecretToken();
    await repo.insert({
      userId,
      familyId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + this.ttlSeconds * 1000),
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      ip: meta.ip,
    });
    return token;
  }
}
