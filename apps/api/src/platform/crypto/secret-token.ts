import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Secrets handed to a person or a program once (refresh tokens, reset links, calendar addresses):
 * 256 random bits, URL-safe. Only their SHA-256 is stored, so a leaked database reveals none.
 */
export const newSecretToken = () => randomBytes(32).toString('base64url');

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** What `newSecretToken` makes: 43 URL-safe base64 characters. */
export const SECRET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Seals `plain` under a key derived from another secret token (AES-256-GCM): only whoever holds
 * that token can open it, so the database alone reveals nothing. Used to hand a rotated refresh
 * token's successor to a second tab that presents the old token a moment later.
 */
export function sealWithToken(token: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(token), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** Opens what `sealWithToken` sealed with the same token; undefined when it cannot. */
export function openWithToken(token: string, sealed: string): string | undefined {
  try {
    const bytes = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', keyOf(token), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

const keyOf = (token: string) => createHash('sha256').update(`successor-key:${token}`).digest();
