import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import passport from 'passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { ErrorCode } from '@cqo/contracts';
import { ApiException } from '../errors/api.exception';
import { AccessTokenService } from './access-token.service';
import type { RequestUser, VerifiedAccessToken } from './request-user';
import { UserDirectory } from './user-directory';

export const JWT_STRATEGY = 'jwt';

/** What a verified access token yields: the active user behind it, and what it carried. */
export interface AuthenticatedUser extends RequestUser {
  token: VerifiedAccessToken;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Access tokens through passport-jwt: an HS256 bearer token, signature and expiry checked; then
 * the shape (an expiry is required, the subject must be a user id) and the user, re-read (from a
 * 5-second cache evicted on every change) so that disabling a user or a password change takes
 * effect at once. HTTP requests (AuthGuard) and socket.io handshakes (authenticateAccessToken)
 * both go through this one strategy.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  constructor(
    tokens: AccessTokenService,
    private readonly users: UserDirectory,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // The key as a KeyObject, made once: see AccessTokenService.
      secretOrKeyProvider: (_request: unknown, _raw: unknown, done: (err: null, key: string) => void) =>
        done(null, tokens.key),
      algorithms: ['HS256'],
    });
  }

  async validate(payload: Partial<VerifiedAccessToken>): Promise<AuthenticatedUser> {
    if (typeof payload.exp !== 'number' || !UUID.test(String(payload.sub)) || !Number.isInteger(payload.tv))
      throw invalidToken();
    const user = await this.users.findActive(payload.sub as string, payload.tv as number);
    if (!user) throw new ApiException(ErrorCode.TOKEN_INVALID, 'The session has ended; sign in again.');
    return { ...user, token: payload as VerifiedAccessToken };
  }
}

const invalidToken = () => new ApiException(ErrorCode.TOKEN_INVALID, 'The access token is invalid.');

/**
 * passport's verdict as our error: what the strategy threw (an ApiException) as it is; a missing
 * token, an expired one and any other failure each with its own code.
 */
export function authenticationResult(
  err: unknown,
  user: AuthenticatedUser | false,
  info: unknown,
): AuthenticatedUser {
  if (err) throw err;
  if (user) return user;
  const reason = info as { name?: string; message?: string } | undefined;
  if (reason?.name === 'TokenExpiredError')
    throw new ApiException(ErrorCode.TOKEN_EXPIRED, 'The access token has expired.');
  if (reason?.message === 'No auth token')
    throw new ApiException(ErrorCode.UNAUTHENTICATED, 'Sign in first.');
  throw invalidToken();
}

/** The same strategy for a token that did not come in an HTTP request (the socket.io handshake). */
export function authenticateAccessToken(token: string): Promise<AuthenticatedUser> {
  const request = { headers: { authorization: `Bearer ${token}` } };
  return new Promise((resolve, reject) => {
    const run = passport.authenticate(
      JWT_STRATEGY,
      { session: false },
      (err: unknown, user: AuthenticatedUser | false, info: unknown) => {
        try {
          resolve(authenticationResult(err, user, info));
        } catch (error) {
          reject(error as Error);
        }
      },
    ) as (req: unknown, res: unknown, next: (err?: unknown) => void) => void;
    run(request, {}, (err) => reject(err as Error));
  });
}
