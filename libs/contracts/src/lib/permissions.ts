/**
 * One permission map for the whole product: API guards enforce it, the web client
 * uses it to show or hide actions. A route declares exactly one permission (or is public).
 */
export const ROLES = ['applicant', 'member', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const Permission = {
  /** Any signed-in account: own profile, own sessions, own password. */
  AccountSelf: 'account:self',
  /** Alliance member areas (directory, channels, consultations …). */
  MemberArea: 'member:area',
  /**
   * A member's own enterprise: what is matched to it, tracking, their card. Staff read the member
   * areas but have no enterprise of their own to match.
   */
  MemberOwn: 'member:own',
  // What bureau staff divide between them; the staff role holds all five, a narrower role may
  // hold a few.
  /** Review filings (queue, decisions, reveal of personal numbers, paper imports). */
  FilingsReview: 'filings:review',
  /** Write, publish and take down announcements and opportunities. */
  ContentPublish: 'content:publish',
  /** Moderate channels and comments. */
  ContentModerate: 'content:moderate',
  /** Export personal data in bulk (the talent-pool table with ID numbers and mobiles). */
  PersonalDataExport: 'personal-data:export',
  /** Read the statistics (the dashboard). */
  StatisticsRead: 'statistics:read',
  /** Installation admin: users and roles, settings, audit log, mail outbox. */
  UsersManage: 'users:manage',
  AuditRead: 'audit:read',
  OutboxRead: 'outbox:read',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

const SELF: Permission[] = [Permission.AccountSelf];
const STAFF: Permission[] = [
  ...SELF,
  Permission.MemberArea,
  Permission.FilingsReview,
  Permission.ContentPublish,
  Permission.ContentModerate,
  Permission.PersonalDataExport,
  Permission.StatisticsRead,
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  applicant: SELF,
  member: [...SELF, Permission.MemberArea, Permission.MemberOwn],
  staff: STAFF,
  // admin can do all that staff can, and run the installation.
  admin: [...STAFF, Permission.UsersManage, Permission.AuditRead, Permission.OutboxRead],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const set = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role] ?? []) set.add(p);
  return set;
}

export function can(roles: readonly Role[] | undefined | null, permission: Permission): boolean {
  return !!roles && permissionsOf(roles).has(permission);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
