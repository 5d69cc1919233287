import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../platform/events/event-bus.service';
import { MemberProfilesService } from './member-profiles.service';

/** An approved filing writes (or refreshes) its member's directory profile. */
@Injectable()
export class DirectoryFilingReactions implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly profiles: MemberProfilesService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe('filing.decided', 'directory.sync-profile', async (decided, manager) => {
      if (decided.approved && decided.ownerId)
        await this.profiles.syncFromFiling(decided.ownerId, decided.approved, manager);
    });
  }
}
