import type { AdminUser, AuthUser } from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import type { User } from './entities/user.entity';

export function toAuthUser(user: User): AuthUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    language: user.language,
    createdAt: user.createdAt.toISOString(),
  };
}

export function toAdminUser(user: User): AdminUser {
  return {
    ...toAuthUser(user),
    disabled: !!user.disabledAt,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  };
}

export function toRequestUser(user: User): RequestUser {
  return { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles };
}
