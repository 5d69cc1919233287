import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard as PassportAuthGuard, PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import { ErrorCode } from '@cqo/contracts';
import { ApiException } from '../../platform/errors/api.exception';
import { createValidationPipe, RejectUnstorableInputPipe } from '../../platform/errors/validation';
import { LoginDto } from './dto/auth.dto';
import type { User } from './entities/user.entity';
import { clientMeta } from './refresh-cookie';
import { AuthService } from './services/auth.service';

const LOCAL_STRATEGY = 'local';

/** E-mail and password through passport-local; the checks themselves are AuthService's. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, LOCAL_STRATEGY) {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false });
  }

  validate(request: FastifyRequest, email: string, password: string): Promise<User> {
    return this.auth.verifyCredentials(email, password, clientMeta(request));
  }
}

const unstorable = new RejectUnstorableInputPipe();
const validation = createValidationPipe();

/**
 * Sign-in. Guards run before pipes, so this guard validates the body itself first, with the same
 * pipes as every other route: bad input gets its per-field codes before any credential is
 * checked, and the strategy sees only a well-formed, normalised e-mail and password.
 */
@Injectable()
export class SignInGuard extends PassportAuthGuard(LOCAL_STRATEGY) {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const metadata = { type: 'body' as const, metatype: LoginDto, data: '' };
    request.body = await validation.transform(unstorable.transform(request.body ?? {}, metadata), metadata);
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser = User>(err: unknown, user: unknown): TUser {
    if (err) throw err;
    if (!user) throw new ApiException(ErrorCode.INVALID_CREDENTIALS, 'The e-mail or password is wrong.');
    return user as TUser;
  }
}
