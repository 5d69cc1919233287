/** Every action the audit log records (the web client has words for each, in both languages). */
export const AUDIT_ACTIONS = [
  'filing.approve',
  'filing.return',
  'filing.reject',
  'filing.reveal.idNumber',
  'filing.reveal.mobile',
  'filing.attachment',
  'filing.registration-form',
  'talent-pool.export',
  'talent-pool.import',
  'user.roles.change',
  'user.disable',
  'user.enable',
  'message.hide',
  'message.delete',
  'channel.invite',
  'channel.silence',
  'channel.unsilence',
  'channel.archive',
  'channel.unarchive',
  'consultation.comment-table',
  'consultation.responses-export',
  'consultation.disposition',
  'dashboard.export',
  'audit.export',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One entry of the audit log as staff read it: who (by name), what, on which record, why. */
export interface AuditEntry {
  id: string;
  actorId: string | null;
  /** The actor's account name; null for the system. */
  actorName: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  /** A person's name when the subject is an account. */
  subjectName: string | null;
  reason: string | null;
  meta: Record<string, unknown>;
  createdAt: string;
}
