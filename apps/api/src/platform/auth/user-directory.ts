import type { RequestUser } from './request-user';

/**
 * What the platform needs from the accounts feature: the active user behind a token, and the
 * names of accounts (the audit log shows people, not ids). Accounts provides the implementation,
 * so the platform does not depend on the feature.
 */
export abstract class UserDirectory {
  abstract findActive(id: string, tokenVersion: number): Promise<RequestUser | null>;
  abstract displayNames(ids: string[]): Promise<Map<string, string>>;
}
