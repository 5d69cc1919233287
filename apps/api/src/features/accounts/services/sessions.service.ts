import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, Repository } from 'typeorm';
import { ErrorCode } from '@cqo/contracts';
import { AppConfig } from '../../../platform/config/app-config';
import {
  hashToken,
  newSecretToken,
  openWithToken,
  sealWithToken,
} from '../../../platform/crypto/secret-token';
import { ApiException } from '../../../platform/errors/api.exception';
import { RefreshToken } from '../entities/refresh-token.entity';
import { User } from '../entities/user.entity';

/** How long after a rotation the old refresh token still answers with its successor. */
export const REFRESH_GRACE_MS = 10_000;

/** A refresh token just issued, and the session (token family) it belongs to. */
export interface IssuedSession {
  token: string;
  familyId: string;
}

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
  async start(userId: string, meta: ClientMeta): Promise<IssuedSession> {
    const familyId = randomUUID();
    return { token: await this.issue(this.tokens, userId, familyId, meta), familyId };
  }

  /**
   * Exchanges a refresh token for a new one. Returns the user, the new raw token and the session.
   * A token rotated within the last REFRESH_GRACE_MS answers with the same successor (two tabs
   * refreshing at once both stay signed in); presented later, it is reuse and ends the session.
   */
  async rotate(rawToken: string, meta: ClientMeta): Promise<{ user: User } & IssuedSession> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(RefreshToken);
      const current = await repo
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.tokenHash = :hash', { hash: hashToken(rawToken) })
        .getOne();
      if (!current) return { error: ErrorCode.REFRESH_TOKEN_INVALID } as const;
      const user = await manager.getRepository(User).findOne({ where: { id: current.userId } });
      if (!user || user.disabledAt) {
        await repo.update({ familyId: current.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
        return { error: ErrorCode.ACCOUNT_DISABLED } as const;
      }
      if (current.rotatedAt && !current.revokedAt) {
        const successor = await this.successorInGrace(repo, current, rawToken);
        if (successor) return { user, token: successor, familyId: current.familyId };
      }
      if (current.rotatedAt || current.revokedAt) {
        await repo.update({ familyId: current.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
        return { error: ErrorCode.REFRESH_TOKEN_REUSED } as const;
      }
      if (current.expiresAt.getTime() <= Date.now())
        return { error: ErrorCode.REFRESH_TOKEN_INVALID } as const;
      const token = await this.issue(repo, user.id, current.familyId, meta);
      await repo.update(
        { id: current.id },
        { rotatedAt: new Date(), successorSealed: sealWithToken(rawToken, token) },
      );
      return { user, token, familyId: current.familyId };
    });
    if ('error' in outcome && outcome.error) {
      const messages: Partial<Record<ErrorCode, string>> = {
        [ErrorCode.REFRESH_TOKEN_INVALID]: 'The session has expired; sign in again.',
        [ErrorCode.REFRESH_TOKEN_REUSED]:
          'This session was used from somewhere else and has been ended for safety; sign in again.',
        [ErrorCode.ACCOUNT_DISABLED]: 'This account is disabled.',
      };
      throw new ApiException(outcome.error, messages[outcome.error] ?? 'Sign in again.');
    }
    return outcome;
  }

  /**
   * The live successor of a token rotated moments ago, following a quick chain of rotations (tabs
   * refreshing one after another); undefined once the grace window has passed or the chain ended.
   */
  private async successorInGrace(
    repo: Repository<RefreshToken>,
    rotated: RefreshToken,
    rawToken: string,
  ): Promise<string | undefined> {
    let token = rotated;
    let raw = rawToken;
    for (let hop = 0; hop < 5; hop++) {
      if (!token.rotatedAt || Date.now() - token.rotatedAt.getTime() > REFRESH_GRACE_MS) return undefined;
      const next = token.successorSealed ? openWithToken(raw, token.successorSealed) : undefined;
      if (!next) return undefined;
      const successor = await repo.findOne({ where: { tokenHash: hashToken(next) } });
      if (!successor || successor.revokedAt) return undefined;
      if (!successor.rotatedAt) return next;
      token = successor;
      raw = next;
    }
    return undefined;
  }

  /**
   * Ends the session the token belongs to (its whole family) and answers its id, so that its
   * sockets can be closed too. Unknown tokens are ignored.
   */
  async end(rawToken: string): Promise<string | undefined> {
    const current = await this.tokens.findOne({ where: { tokenHash: hashToken(rawToken) } });
    if (!current) return undefined;
    await this.tokens.update({ familyId: current.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return current.familyId;
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
