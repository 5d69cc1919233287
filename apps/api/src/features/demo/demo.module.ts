import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts';
import { AnnouncementsModule } from '../announcements';
import { OpportunitiesModule } from '../opportunities';
import { DemoContentService } from './demo-content.service';

@Module({
  imports: [AccountsModule, AnnouncementsModule, OpportunitiesModule],
  providers: [DemoContentService],
  exports: [DemoContentService],
})
export class DemoModule {}
