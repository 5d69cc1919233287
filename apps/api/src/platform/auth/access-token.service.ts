import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { SecretsService } from '../config/secrets.service';
import type { AccessTokenPayload } from './request-user';

/** Issues short-lived HS256 access tokens (JwtStrategy verifies them). */
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

  /** The HMAC key, for signing here and for verifying in the passport-jwt strategy. */
  get key(): string {
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
}
