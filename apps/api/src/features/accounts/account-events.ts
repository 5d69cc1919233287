/** Accounts were deleted: every feature forgets what it kept of these users. */
export interface AccountsRemoved {
  userIds: string[];
}

/**
 * An account's standing changed: disabled or enabled, or its roles (a member is one no more, or
 * again). Features that show active members (the search) look at them again.
 */
export interface AccountStandingChanged {
  userId: string;
}

declare module '../../platform/events/domain-events' {
  interface DomainEvents {
    'accounts.removed': AccountsRemoved;
    'accounts.standing-changed': AccountStandingChanged;
  }
}
