import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory';
import { FilingsModule } from '../filings';
import { DashboardController } from './dashboard.controller';
import { ActivityService } from './activity.service';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [DirectoryModule, FilingsModule],
  controllers: [DashboardController],
  providers: [DashboardService, ActivityService],
})
export class DashboardModule {}
