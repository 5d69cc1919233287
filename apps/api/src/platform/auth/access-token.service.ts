import { HttpStatus, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ErrorCode } from '@cqo/contracts';
import { AppConfig } from '../config/app-config';
import { SecretsService } from '../config/secrets.service';
import { ApiException } from '../errors/api.exception';
import type { AccessTokenPayload } from './request-user';

/** Issues and verifies short-lived HS256 access tokens. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly secrets: SecretsService,
    private readonly config: AppConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.ACCESS_TOKEN_TTL;
  }

  sign(payload: AccessTokenPayload): string {
    return this.jwt.sign(payload, {
      secret: this.secrets.jwtSecret,
      expiresIn: this.ttlSeconds,
      algorithm: 'HS256',
    });
  }

  verify(token: string): AccessTokenPayload {
    try {
      const payload = this.jwt.verify<AccessTokenPayload & { exp: number }>(token, {
        secret: this.secrets.jwtSecret,
        algorithms: ['HS256'],
      });
      if (typeof payload.sub !== 'string' || typeof payload.tv !== 'number') throw new Error('bad payload');
      return payload;
    } catch (error) {
      if ((error as Error).name === 'TokenExpiredError') {
        throw new ApiException(
          HttpStatus.UNAUTHORIZED,
          ErrorCode.TOKEN_EXPIRED,
          'The access token has expired.',
        );
      }
      throw new ApiException(
        HttpStatus.UNAUTHORIZED,
        ErrorCode.TOKEN_INVALID,
        'The access token is invalid.',
      );
    }
  }
}
