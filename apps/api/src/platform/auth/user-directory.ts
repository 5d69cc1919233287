import type { RequestUser } from './request-user';

/**
 * What the auth platform needs from the accounts feature: the active user behind a token.
 * Accounts provides the implementation, so the platform does not depend on the feature.
 */
export abstract class UserDirectory {
  abstract findActive(id: string, tokenVersion: number): Promise<RequestUser | null>;
}
