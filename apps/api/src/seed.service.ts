import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from './platform/config/app-config';
import { InitialAdminService } from './features/accounts';
import { DemoContentService } from './features/demo';

/**
 * Idempotent seed, run after every start (cheap when already done) and by `npm run db:seed`:
 * the first admin, then demo content on an install's first start when DEMO_CONTENT is on. It lives at the app's level because it
 * calls features (the platform imports none).
 */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    private readonly admin: InitialAdminService,
    private readonly config: AppConfig,
    private readonly demo: DemoContentService,
  ) {}

  async run(): Promise<void> {
    await this.admin.ensureAdmin();
    if (!this.config.DEMO_CONTENT) return;
    await this.demo.ensure();
    this.logger.debug('Demo content is up to date');
  }
}
