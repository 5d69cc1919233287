import type { Actor, RouteCase } from './permissions';

const SIGNED_IN: Actor[] = ['applicant', 'member', 'staff', 'admin'];
const MEMBERS: Actor[] = ['member', 'staff', 'admin'];
const STAFF: Actor[] = ['staff', 'admin'];
const ADMIN: Actor[] = ['admin'];
const SOMEONE = '00000000-0000-4000-8000-000000000000';

/**
 * Who may call each non-public route. `route-permissions.api.spec.ts` fails when a route of the
 * app is missing here, and checks every row: 401 signed out, 403 for the roles not listed.
 * Ownership (someone else's object → 404) is tested in each feature's own spec.
 */
export const ROUTE_MATRIX: RouteCase[] = [
  // accounts
  { method: 'GET', path: '/api/auth/me', allowed: SIGNED_IN },
  { method: 'PATCH', path: '/api/auth/me', body: { language: 'en' }, allowed: SIGNED_IN },
  { method: 'POST', path: '/api/auth/password', body: {}, allowed: SIGNED_IN },
  { method: 'GET', path: '/api/me/data-export', allowed: SIGNED_IN },
  { method: 'GET', path: '/api/admin/users', allowed: ADMIN },
  { method: 'GET', path: '/api/admin/search', allowed: ADMIN },
  { method: 'GET', path: `/api/admin/users/${SOMEONE}`, allowed: ADMIN },
  { method: 'PATCH', path: `/api/admin/users/${SOMEONE}`, body: {}, allowed: ADMIN },
  { method: 'GET', path: '/api/admin/outbox', allowed: ADMIN },
  { method: 'GET', path: '/api/admin/audit', allowed: ADMIN },
  // filings
  { method: 'POST', path: '/api/filings', body: { enterprise: 42 }, allowed: SIGNED_IN },
  { method: 'GET', path: '/api/filings', allowed: SIGNED_IN },
  { method: 'GET', path: '/api/filings/waiting', allowed: STAFF },
  { method: 'GET', path: `/api/filings/${SOMEONE}`, allowed: SIGNED_IN },
  { method: 'PATCH', path: `/api/filings/${SOMEONE}`, body: {}, allowed: SIGNED_IN },
  { method: 'POST', path: `/api/filings/${SOMEONE}/submit`, allowed: SIGNED_IN },
  { method: 'POST', path: `/api/filings/${SOMEONE}/withdraw`, allowed: SIGNED_IN },
  { method: 'GET', path: `/api/filings/${SOMEONE}/registration-form.docx`, allowed: SIGNED_IN },
  { method: 'POST', path: `/api/filings/${SOMEONE}/attachments?kind=photo`, allowed: SIGNED_IN },
  { method: 'GET', path: `/api/filings/${SOMEONE}/attachments/${SOMEONE}`, allowed: SIGNED_IN },
  { method: 'DELETE', path: `/api/filings/${SOMEONE}/attachments/${SOMEONE}`, allowed: SIGNED_IN },
  { method: 'POST', path: `/api/filings/${SOMEONE}/review`, body: {}, allowed: STAFF },
  { method: 'POST', path: `/api/filings/${SOMEONE}/reveal`, body: {}, allowed: STAFF },
  { method: 'GET', path: '/api/talent-pool/export.xlsx', allowed: STAFF },
  { method: 'POST', path: '/api/talent-pool/import', allowed: STAFF },
  // notifications
  { method: 'GET', path: '/api/notifications', allowed: SIGNED_IN },
  { method: 'POST', path: '/api/notifications/read', body: { all: true }, allowed: SIGNED_IN },
  { method: 'GET', path: '/api/notifications/preferences', allowed: SIGNED_IN },
  { method: 'PUT', path: '/api/notifications/preferences', body: {}, allowed: SIGNED_IN },
  // directory
  { method: 'GET', path: '/api/directory', allowed: MEMBERS },
  { method: 'GET', path: `/api/directory/${SOMEONE}`, allowed: MEMBERS },
  { method: 'GET', path: '/api/me/profile', allowed: MEMBERS },
  { method: 'PUT', path: '/api/me/profile', body: {}, allowed: MEMBERS },
  { method: 'PUT', path: '/api/me/privacy', body: {}, allowed: MEMBERS },
  // announcements
  { method: 'POST', path: '/api/announcements', body: {}, allowed: STAFF },
  { method: 'PATCH', path: `/api/announcements/${SOMEONE}`, body: {}, allowed: STAFF },
  { method: 'POST', path: `/api/announcements/${SOMEONE}/publish`, body: {}, allowed: STAFF },
  { method: 'POST', path: `/api/announcements/${SOMEONE}/unpublish`, allowed: STAFF },
  { method: 'GET', path: `/api/announcements/${SOMEONE}/reads`, allowed: STAFF },
  { method: 'POST', path: `/api/announcements/${SOMEONE}/remind`, allowed: STAFF },
  { method: 'POST', path: `/api/announcements/${SOMEONE}/attachments`, allowed: STAFF },
  { method: 'DELETE', path: `/api/announcements/${SOMEONE}/attachments/${SOMEONE}`, allowed: STAFF },
  // opportunities
  { method: 'POST', path: '/api/opportunities', body: {}, allowed: STAFF },
  { method: 'PUT', path: `/api/opportunities/${SOMEONE}`, body: {}, allowed: STAFF },
  { method: 'GET', path: '/api/opportunities/matched', allowed: MEMBERS },
  { method: 'GET', path: '/api/opportunities/deadlines.ics', allowed: MEMBERS },
  { method: 'GET', path: '/api/opportunities/calendar-feed', allowed: MEMBERS },
  { method: 'POST', path: '/api/opportunities/calendar-feed', allowed: MEMBERS },
  { method: 'DELETE', path: '/api/opportunities/calendar-feed', allowed: MEMBERS },
  { method: 'PUT', path: `/api/opportunities/${SOMEONE}/tracking`, body: {}, allowed: MEMBERS },
  { method: 'GET', path: `/api/opportunities/${SOMEONE}/funnel`, allowed: STAFF },
  { method: 'POST', path: `/api/opportunities/${SOMEONE}/attachments`, allowed: STAFF },
  { method: 'DELETE', path: `/api/opportunities/${SOMEONE}/attachments/${SOMEONE}`, allowed: STAFF },
  // case library
  { method: 'POST', path: '/api/cases', body: {}, allowed: MEMBERS },
  { method: 'PATCH', path: `/api/cases/${SOMEONE}`, body: {}, allowed: MEMBERS },
  { method: 'DELETE', path: `/api/cases/${SOMEONE}`, allowed: MEMBERS },
  { method: 'POST', path: `/api/cases/${SOMEONE}/submit`, allowed: MEMBERS },
  { method: 'POST', path: `/api/cases/${SOMEONE}/review`, body: {}, allowed: STAFF },
  { method: 'POST', path: `/api/cases/${SOMEONE}/publish`, allowed: STAFF },
  { method: 'PUT', path: `/api/cases/${SOMEONE}/featured`, body: {}, allowed: STAFF },
  { method: 'PUT', path: `/api/cases/${SOMEONE}/like`, allowed: MEMBERS },
  { method: 'DELETE', path: `/api/cases/${SOMEONE}/like`, allowed: MEMBERS },
  { method: 'PUT', path: `/api/cases/${SOMEONE}/bookmark`, allowed: MEMBERS },
  { method: 'DELETE', path: `/api/cases/${SOMEONE}/bookmark`, allowed: MEMBERS },
  { method: 'GET', path: `/api/cases/${SOMEONE}/comments`, allowed: MEMBERS },
  { method: 'POST', path: `/api/cases/${SOMEONE}/comments`, body: {}, allowed: MEMBERS },
  { method: 'DELETE', path: `/api/cases/${SOMEONE}/comments/${SOMEONE}`, allowed: MEMBERS },
  { method: 'POST', path: `/api/cases/${SOMEONE}/attachments`, allowed: MEMBERS },
  { method: 'DELETE', path: `/api/cases/${SOMEONE}/attachments/${SOMEONE}`, allowed: MEMBERS },
  // channels
  { method: 'POST', path: '/api/channels', body: {}, allowed: STAFF },
  { method: 'GET', path: '/api/channels', allowed: MEMBERS },
  { method: 'POST', path: `/api/channels/${SOMEONE}/join`, allowed: MEMBERS },
  { method: 'POST', path: `/api/channels/${SOMEONE}/leave`, allowed: MEMBERS },
  { method: 'POST', path: `/api/channels/${SOMEONE}/messages`, body: {}, allowed: MEMBERS },
  { method: 'GET', path: `/api/channels/${SOMEONE}/messages`, allowed: MEMBERS },
  { method: 'POST', path: `/api/channels/${SOMEONE}/read`, body: {}, allowed: MEMBERS },
  { method: 'POST', path: `/api/direct/${SOMEONE}`, allowed: MEMBERS },
  { method: 'POST', path: `/api/messages/${SOMEONE}/report`, body: {}, allowed: MEMBERS },
  { method: 'GET', path: '/api/moderation/reports', allowed: STAFF },
  { method: 'POST', path: `/api/messages/${SOMEONE}/hide`, body: {}, allowed: STAFF },
];
