import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard as PassportAuthGuard } from '@nestjs/passport';
import { can, ErrorCode, type Permission } from '@cqo/contracts';
import { ApiException } from '../errors/api.exception';
import { PERMISSION_KEY, PUBLIC_KEY } from './auth.decorators';
import { authenticationResult, JWT_STRATEGY, type AuthenticatedUser } from './jwt.strategy';
import type { RequestUser } from './request-user';

interface AuthRequest {
  headers: Record<string, string | string[] | undefined>;
  user?: RequestUser;
}

/**
 * Global guard. Every route is either `@Public()` or declares one permission; a route with
 * neither is refused (fail closed). The bearer token goes through passport's JwtStrategy, which
 * re-reads the user, so a disabled account or a changed role takes effect at once. A public
 * route reads a valid token when there is one and ignores a bad one.
 */
@Injectable()
export class AuthGuard extends PassportAuthGuard(JWT_STRATEGY) implements CanActivate {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    const request = context.switchToHttp().getRequest<AuthRequest>();

    if (isPublic) {
      if (bearerToken(request.headers['authorization'])) {
        await (super.canActivate(context) as Promise<boolean>).catch(() => (request.user = undefined));
      }
      return true;
    }
    await super.canActivate(context);
    const user = request.user as RequestUser;
    if (!permission || !can(user.roles, permission)) {
      throw new ApiException(ErrorCode.FORBIDDEN, 'You do not have permission to do this.');
    }
    return true;
  }

  override handleRequest<TUser = AuthenticatedUser>(err: unknown, user: unknown, info: unknown): TUser {
    return authenticationResult(err, user as AuthenticatedUser | false, info) as TUser;
  }
}

export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}
