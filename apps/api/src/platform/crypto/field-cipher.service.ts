import { Global, Injectable, Module } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { SecretsService } from '../config/secrets.service';

/**
 * Personal data at rest (ID numbers, mobiles): AES-256-GCM ciphertext, plus a keyed hash
 * (HMAC-SHA256 under a key derived from the same secret) for uniqueness and look-up without
 * decrypting. Format of a ciphertext: `v1.<iv>.<tag>.<data>` in base64url.
 */
@Injectable()
export class FieldCipher {
  private encKey?: Buffer;
  private macKey?: Buffer;

  constructor(private readonly secrets: SecretsService) {}

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys().enc, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [
      'v1',
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      data.toString('base64url'),
    ].join('.');
  }

  decrypt(token: string): string {
    const [version, iv, tag, data] = token.split('.');
    if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('Unknown ciphertext format');
    const decipher = createDecipheriv('aes-256-gcm', this.keys().enc, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  }

  /** Deterministic keyed hash of a normalised value, for unique indexes and equality look-ups. */
  hash(value: string): string {
    return createHmac('sha256', this.keys().mac).update(value).digest('hex');
  }

  private keys(): { enc: Buffer; mac: Buffer } {
    if (!this.encKey || !this.macKey) {
      const root = this.secrets.dataKey;
      if (root.length !== 32) throw new Error('The data encryption key must be 32 bytes');
      this.encKey = Buffer.from(hkdfSync('sha256', root, Buffer.alloc(0), 'cqo field encryption v1', 32));
      this.macKey = Buffer.from(hkdfSync('sha256', root, Buffer.alloc(0), 'cqo field lookup hash v1', 32));
    }
    return { enc: this.encKey, mac: this.macKey };
  }
}

/** `440402199001011234` → `440402********1234`; other documents keep their first 2 and last 2 characters. */
export function maskIdNumber(value: string): string {
  if (value.length === 18) return value.slice(0, 6) + '********' + value.slice(-4);
  if (value.length <= 4) return '*'.repeat(value.length);
  return value.slice(0, 2) + '*'.repeat(value.length - 4) + value.slice(-2);
}

/** `13800138000` → `138****8000`. */
export function maskMobile(value: string): string {
  return value.length === 11
    ? value.slice(0, 3) + '****' + value.slice(-4)
    : value.replace(/\d(?=\d{4})/g, '*');
}

@Global()
@Module({ providers: [FieldCipher], exports: [FieldCipher] })
export class CryptoModule {}
