/**
 * Local parts of role, department and enterprise mailboxes. The source requires the CQO's own
 * mailbox (电子邮箱为企业首席质量官本人邮箱，不得填写企业或者部门邮箱). One list, used everywhere.
 */
export const ROLE_MAILBOXES: ReadonlySet<string> = new Set([
  'info',
  'admin',
  'administrator',
  'office',
  'service',
  'services',
  'support',
  'help',
  'helpdesk',
  'hr',
  'jobs',
  'job',
  'career',
  'careers',
  'recruit',
  'recruitment',
  'zhaopin',
  'quality',
  'qa',
  'qc',
  'qm',
  'sales',
  'sale',
  'contact',
  'contactus',
  'marketing',
  'market',
  'finance',
  'account',
  'accounts',
  'accounting',
  'caiwu',
  'kefu',
  'zhiliang',
  'bangongshi',
  'zongban',
  'renshi',
  'xiaoshou',
  'shichang',
  'webmaster',
  'postmaster',
  'hostmaster',
  'noreply',
  'no-reply',
  'mail',
  'email',
  'enquiry',
  'enquiries',
  'inquiry',
  'business',
  'biz',
  'pr',
  'media',
  'press',
  'legal',
  'purchase',
  'purchasing',
  'caigou',
  'it',
  'tech',
  'team',
  'hello',
  'general',
  'reception',
  'frontdesk',
  'ceo',
  'manager',
  'public',
  'gongguan',
  'dangban',
  'jishu',
  'gongsi',
  'company',
  'corp',
  'group',
  'dept',
  'department',
]);

const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** A syntactically valid address whose local part is not a role or department mailbox. */
export function checkPersonalEmail(email: string): { ok: boolean; code?: string } {
  const v = typeof email === 'string' ? email.trim() : '';
  if (v.length > 254 || !EMAIL.test(v) || v.includes('..')) return { ok: false, code: 'EMAIL_INVALID' };
  const local = v.slice(0, v.lastIndexOf('@')).toLowerCase();
  // Judge the stem: "info+cqo" → "info", "hr01" → "hr"; "quality.dept" is a role when every part is.
  const stem = local.replace(/\+.*$/, '').replace(/[._-]?\d+$/, '');
  const parts = stem.split(/[._-]+/).filter(Boolean);
  if (ROLE_MAILBOXES.has(stem) || (parts.length > 0 && parts.every((part) => ROLE_MAILBOXES.has(part)))) {
    return { ok: false, code: 'EMAIL_ROLE_MAILBOX' };
  }
  return { ok: true };
}

/** Mainland mobile number: 11 digits starting 13–19, optionally written with +86 / 0086 and spaces or dashes. */
export function validateMobile(cn: string): { ok: boolean; code?: string; normalized?: string } {
  const v = typeof cn === 'string' ? cn.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '') : '';
  return /^1[3-9]\d{9}$/.test(v) ? { ok: true, normalized: v } : { ok: false, code: 'MOBILE_INVALID' };
}
