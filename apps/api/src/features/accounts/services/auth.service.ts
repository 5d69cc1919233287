import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode, type LoginResponse } from '@cqo/contracts';
import { AccessTokenService } from '../../../platform/auth/access-token.service';
import { ApiException } from '../../../platform/errors/api.exception';
import { RealtimeService } from '../../../platform/realtime/realtime.service';
import { User } from '../entities/user.entity';
import { toAuthUser } from '../user.mapper';
import type { RegisterDto } from '../dto/auth.dto';
import { AccountRequestLimits } from './account-request-limits.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher.service';
import { SessionsService, type ClientMeta, type IssuedSession } from './sessions.service';
import { UsersService } from './users.service';

export interface SignedIn {
  response: LoginResponse;
  refreshToken: string;
}

/** Sign-up, sign-in, refresh, sign-out and password change. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly tokens: AccessTokenService,
    private readonly throttle: LoginThrottleService,
    private readonly requests: AccountRequestLimits,
    private readonly realtime: RealtimeService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async register(dto: RegisterDto, ip: string): Promise<User> {
    await this.requests.admitSignUp(dto.email, ip);
    const passwordHash = await this.hasher.hash(dto.password);
    return this.users.create({
      email: dto.email,
      displayName: dto.displayName,
      passwordHash,
      language: dto.language,
    });
  }

  /**
   * The credential check behind passport-local: limits first (a point per attempt, taken before
   * the password is checked), then the password, then whether the account may sign in.
   */
  async verifyCredentials(email: string, password: string, meta: ClientMeta): Promise<User> {
    const ip = meta.ip ?? 'unknown';
    await this.throttle.admit(email, ip);
    const user = await this.users.findByEmail(email);
    const ok = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !ok) {
      await this.throttle.recordFailure(email, ip);
      throw new ApiException(ErrorCode.INVALID_CREDENTIALS, 'The e-mail or password is wrong.');
    }
    // Told only after the right password, so the answer does not reveal which accounts exist.
    if (user.disabledAt) throw new ApiException(ErrorCode.ACCOUNT_DISABLED, 'This account is disabled.');
    await this.throttle.recordSuccess(email);
    return user;
  }

  /** A new session for a user whose credentials were checked. */
  async startSession(user: User, meta: ClientMeta): Promise<SignedIn> {
    await this.users.markSignedIn(user.id);
    return this.signIn(user, await this.sessions.start(user.id, meta));
  }

  async refresh(refreshToken: string, meta: ClientMeta): Promise<SignedIn> {
    const { user, ...session } = await this.sessions.rotate(refreshToken, meta);
    return this.signIn(user, session);
  }

  /** Ends this session, and closes the sockets that were opened with its access tokens. */
  async logout(refreshToken: string | undefined): Promise<void> {
    const sessionId = refreshToken ? await this.sessions.end(refreshToken) : undefined;
    if (sessionId) this.realtime.endSession(sessionId, 'signed-out');
  }

  /** Changes the password, ends every other session and signs this client in afresh. */
  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    meta: ClientMeta,
  ): Promise<SignedIn> {
    const user = await this.users.getById(userId);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new ApiException(ErrorCode.PASSWORD_WRONG, 'The current password is wrong.', [
        { field: 'currentPassword', code: ErrorCode.PASSWORD_WRONG },
      ]);
    }
    const updated = await this.setPassword(user.id, await this.hasher.hash(newPassword));
    return this.signIn(updated, await this.sessions.start(user.id, meta));
  }

  /**
   * Stores a new password hash, invalidates access tokens and ends all sessions, in one
   * transaction; then closes the user's sockets (a client that still may refresh reconnects).
   */
  async setPassword(userId: string, passwordHash: string): Promise<User> {
    const user = await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(User)
        .createQueryBuilder()
        .update()
        .set({ passwordHash, tokenVersion: () => 'token_version + 1' })
        .where('id = :userId', { userId })
        .execute();
      await this.sessions.endAll(userId, manager);
      return manager.getRepository(User).findOneOrFail({ where: { id: userId } });
    });
    this.realtime.endSessions(userId, 'password-changed');
    return user;
  }

  signIn(user: User, session: IssuedSession): SignedIn {
    const accessToken = this.tokens.sign({ sub: user.id, tv: user.tokenVersion, sid: session.familyId });
    return {
      response: { accessToken, expiresIn: this.tokens.ttlSeconds, user: toAuthUser(user) },
      refreshToken: session.token,
    };
  }
}
