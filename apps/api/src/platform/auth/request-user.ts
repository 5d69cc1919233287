import type { Role } from '@cqo/contracts';

/** What the auth guard attaches to a request after checking the access token. */
export interface RequestUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
}

export interface AccessTokenPayload {
  sub: string;
  /** The user's token version when the token was issued. */
  tv: number;
  /** The session (refresh-token family) the token was issued for: its sockets close with it. */
  sid?: string;
}

/** A verified access token: what was signed, and when it ends (seconds since the epoch). */
export type VerifiedAccessToken = AccessTokenPayload & { exp: number };
