import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { EventBus } from '../../platform/events/event-bus.service';
import { CalendarFeed } from './entities/calendar-feed.entity';
import { OpportunityTracking } from './entities/opportunity-tracking.entity';

/** A removed account's tracking and calendar feed go with it (the funnel counts them no more). */
@Injectable()
export class OpportunityAccountReactions implements OnModuleInit {
  constructor(private readonly events: EventBus) {}

  onModuleInit(): void {
    this.events.subscribe(
      'accounts.removed',
      'opportunities.forget-accounts',
      async ({ userIds }, manager) => {
        await manager.delete(OpportunityTracking, { userId: In(userIds) });
        await manager.delete(CalendarFeed, { userId: In(userIds) });
      },
    );
  }
}
