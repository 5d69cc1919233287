import { HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { can, ErrorCode, type Permission } from '@cqo/contracts';
import { ApiException } from '../errors/api.exception';
import { AccessTokenService } from './access-token.service';
import { PERMISSION_KEY, PUBLIC_KEY } from './auth.decorators';
import { UserDirectory } from './user-directory';
import type { RequestUser } from './request-user';

interface AuthRequest {
  headers: Record<string, string | string[] | undefined>;
  user?: RequestUser;
}

/**
 * Global guard. Every route is either `@Public()` or declares one permission; a route with
 * neither is refused (fail closed). The user is re-read on every request so that a disabled
 * account or a changed role takes effect at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly users: UserDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    const request = context.switchToHttp().getRequest<AuthRequest>();
    const token = bearerToken(request.headers['authorization']);

    if (isPublic) {
      if (token) request.user = await this.tryResolve(token);
      return true;
    }
    if (!token) throw new ApiException(HttpStatus.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, 'Sign in first.');
    const user = await this.resolve(token);
    request.user = user;
    if (!permission || !can(user.roles, permission)) {
      throw new ApiException(
        HttpStatus.FORBIDDEN,
        ErrorCode.FORBIDDEN,
        'You do not have permission to do this.',
      );
    }
    return true;
  }

  async resolve(token: string): Promise<RequestUser> {
    const payload = this.tokens.verify(token);
    const user = await this.users.findActive(payload.sub, payload.tv);
    if (!user)
      throw new ApiException(
        HttpStatus.UNAUTHORIZED,
        ErrorCode.TOKEN_INVALID,
        'The session has ended; sign in again.',
      );
    return user;
  }

  private async tryResolve(token: string): Promise<RequestUser | undefined> {
    try {
      return await this.resolve(token);
    } catch {
      return undefined;
    }
  }
}

export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}
