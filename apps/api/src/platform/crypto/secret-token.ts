import { createHash, randomBytes } from 'node:crypto';

/**
 * Secrets handed to a person or a program once (refresh tokens, reset links, calendar addresses):
 * 256 random bits, URL-safe. Only their SHA-256 is stored, so a leaked database reveals none.
 */
export const newSecretToken = () => randomBytes(32).toString('base64url');

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** What `newSecretToken` makes: 43 URL-safe base64 characters. */
export const SECRET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
