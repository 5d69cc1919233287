import { Module } from '@nestjs/common';
import { AnnouncementsModule } from '../announcements/announcements.module';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { DemoContentService } from './demo-content.service';

@Module({
  imports: [AnnouncementsModule, OpportunitiesModule],
  providers: [DemoContentService],
  exports: [DemoContentService],
})
export class DemoModule {}
