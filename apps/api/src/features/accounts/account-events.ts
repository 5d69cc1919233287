/** Accounts were deleted: every feature forgets what it kept of these users. */
export interface AccountsRemoved {
  userIds: string[];
}

declare module '../../platform/events/domain-events' {
  interface DomainEvents {
    'accounts.removed': AccountsRemoved;
  }
}
