import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { InitialAdminService } from '../../features/accounts/services/initial-admin.service';
import { DemoContentService } from '../../features/demo/demo-content.service';

/**
 * Idempotent seed, run after every start (cheap when already done) and by `npm run db:seed`:
 * the first admin, then demo content when SEED_DEMO is on. Features add their demo data here.
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
    if (!this.config.SEED_DEMO) return;
    await this.demo.ensure();
    this.logger.debug('Demo content is up to date');
  }
}
