import { HttpStatus, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { ErrorCode } from '@cqo/contracts';
import { AppConfig } from '../config/app-config';
import { SecretsService } from '../config/secrets.service';
import { ApiException } from '../errors/api.exception';
import type { AccessTokenPayload, VerifiedAccessToken } from './request-user';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** Issues and verifies short-lived HS256 access tokens. */
@Injectable()
export class AccessTokenService {
  /**
   * The HMAC key as a KeyObject, made once. Given a string, jsonwebtoken first tries (and fails)
   * to parse it as a PEM public key on every call — a fifth of the API's CPU under load.
   */
  private keyObject?: KeyObject;

  constructor(
    private readonly jwt: JwtService,
    private readonly secrets: SecretsService,
    private readonly config: AppConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.ACCESS_TOKEN_TTL;
  }

  private get key(): string {
    this.keyObject ??= createSecretKey(Buffer.from(this.secrets.jwtSecret, 'utf8'));
    // @nestjs/jwt types the secret as string | Buffer; jsonwebtoken itself takes a KeyObject.
    return this.keyObject as unknown as string;
  }

  sign(payload: AccessTokenPayload): string {
    return this.jwt.sign(payload, {
      secret: this.key,
      expiresIn: this.ttlSeconds,
      algorithm: 'HS256',
    });
  }

  verify(token: string): VerifiedAccessToken {
    try {
      const payload = this.jwt.verify<VerifiedAccessToken>(token, {
        secret: this.key,
        algorithms: ['HS256'],
      });
      // A token without an expiry would never end; a subject that is no user id is no user.
      if (typeof payload.exp !== 'number' || !isUuid(payload.sub) || !Number.isInteger(payload.tv))
        throw new Error('bad payload');
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
