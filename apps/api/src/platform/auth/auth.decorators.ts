import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Permission } from '@cqo/contracts';
import type { RequestUser } from './request-user';

export const PUBLIC_KEY = 'cqo:public';
export const PERMISSION_KEY = 'cqo:permission';

/** Open to visitors. A valid token, when sent, still identifies the caller. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The one permission a route needs; also documents the route's auth in OpenAPI. */
export const RequirePermission = (permission: Permission) =>
  applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in, or the access token is expired or invalid.' }),
    ApiForbiddenResponse({ description: `Needs the permission "${permission}".` }),
  );

/** The signed-in user (undefined on a public route called without a token). */
export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): RequestUser | undefined => {
    return ctx.switchToHttp().getRequest<{ user?: RequestUser }>().user;
  },
);
