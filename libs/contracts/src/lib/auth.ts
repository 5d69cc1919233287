import type { MessageLang } from './notification-messages';
import type { Role } from './permissions';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
export const DISPLAY_NAME_MAX_LENGTH = 60;
export const EMAIL_MAX_LENGTH = 254;

export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  /** The language chosen in the web; the user's e-mails are written in it. */
  language: MessageLang;
  createdAt: string;
}

export interface RegisterRequest {
  email: string;
  password: string;
  displayName: string;
  /** The language the sign-up page was shown in (zh-CN when absent). */
  language?: MessageLang;
}

/** `PATCH /api/auth/me`: what a user changes of their own account. */
export interface UpdateMeRequest {
  language: MessageLang;
}
export interface RegisterResponse {
  user: AuthUser;
}

export interface LoginRequest {
  email: string;
  password: string;
}
export interface LoginResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: AuthUser;
}
export type RefreshResponse = LoginResponse;

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}
export interface PasswordResetRequest {
  email: string;
}
export interface PasswordResetConfirm {
  token: string;
  newPassword: string;
}

export interface AdminUser extends AuthUser {
  disabled: boolean;
  lastLoginAt: string | null;
}
export interface AdminUserList {
  items: AdminUser[];
  total: number;
  page: number;
  pageSize: number;
}
export interface UpdateUserRequest {
  roles?: Role[];
  disabled?: boolean;
}

/** What became of a mail: only logged (no SMTP configured), sent, or refused by the SMTP server. */
export const MAIL_STATUSES = ['outbox', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  status: MailStatus;
}

export interface HealthResponse {
  status: 'ok' | 'error';
  database: 'up' | 'down';
  version: string;
}
