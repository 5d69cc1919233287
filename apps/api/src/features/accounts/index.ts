/**
 * The accounts feature's public face: what other features may use. Everything else in this folder
 * is private to it (lint refuses imports past this file).
 */
export { AccountsModule } from './accounts.module';
export { UsersService, activeMemberSql, type UserContact } from './services/users.service';
export { InitialAdminService } from './services/initial-admin.service';
export { toAuthUser } from './user.mapper';
export type { AccountsRemoved, AccountStandingChanged } from './account-events';
export { PasswordHasher } from './services/password-hasher.service';
