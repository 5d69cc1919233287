import { OpportunitySearch } from './search-source';
import { OpportunityAccountReactions } from './account-reactions';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts';
import { DirectoryModule } from '../directory';
import { NotificationsModule } from '../notifications';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarFeed } from './entities/calendar-feed.entity';
import { OpportunityReminder } from './entities/opportunity-reminder.entity';
import { OpportunityTracking } from './entities/opportunity-tracking.entity';
import { Opportunity } from './entities/opportunity.entity';
import { OpportunitiesController } from './opportunities.controller';
import { OpportunitiesService } from './opportunities.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Opportunity, OpportunityTracking, OpportunityReminder, CalendarFeed]),
    AccountsModule,
    DirectoryModule,
    NotificationsModule,
  ],
  controllers: [OpportunitiesController],
  providers: [OpportunitiesService, CalendarFeedsService, OpportunityAccountReactions, OpportunitySearch],
  exports: [OpportunitiesService],
})
export class OpportunitiesModule {}
