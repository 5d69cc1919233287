import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AppConfig } from '../../../platform/config/app-config';
import { PasswordHasher } from './password-hasher.service';
import { UsersService } from './users.service';

export const DEFAULT_ADMIN_EMAIL = 'admin@cqo.local';

/**
 * First start: an empty database gets an admin from ADMIN_EMAIL / ADMIN_PASSWORD. Without a
 * configured password one is generated and printed once; only its hash is stored.
 */
@Injectable()
export class InitialAdminService {
  private readonly logger = new Logger('FirstStart');

  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly config: AppConfig,
  ) {}

  async ensureAdmin(): Promise<{ created: boolean; email: string }> {
    if ((await this.users.countAdmins()) > 0) return { created: false, email: '' };
    const email = (this.config.ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL).toLowerCase();
    const existing = await this.users.findByEmail(email);
    if (existing) return { created: false, email };
    const password = this.config.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
    await this.users.create({
      email,
      displayName: '联盟管理员',
      passwordHash: await this.hasher.hash(password),
      roles: ['staff', 'admin'],
    });
    if (this.config.ADMIN_PASSWORD) {
      this.logger.log(`Admin account created: ${email} (password from ADMIN_PASSWORD)`);
    } else {
      // Printed once, to the console as well as the log, so a newcomer sees it after `npm start`.
      const banner = [
        '',
        '==================================================================',
        '  首次启动 · First start: staff/admin account created',
        `  E-mail:   ${email}`,
        `  Password: ${password}`,
        '  Shown only this once — sign in and change it (账户 → 修改密码).',
        '==================================================================',
        '',
      ].join('\n');
      process.stdout.write(banner + '\n');
    }
    return { created: true, email };
  }
}
