import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { EventBus } from '../../platform/events/event-bus.service';
import { MemberProfile } from './entities/member-profile.entity';
import { MemberSearch } from './search-source';

/** A removed account leaves the directory; one whose standing changed is looked at again by the search. */
@Injectable()
export class DirectoryAccountReactions implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly search: MemberSearch,
  ) {}

  onModuleInit(): void {
    this.events.subscribe('accounts.removed', 'directory.forget-accounts', async ({ userIds }, manager) => {
      await manager.delete(MemberProfile, { userId: In(userIds) });
      await this.search.changed(userIds, manager);
    });
    // Disabled, enabled, or no longer a member: the search shows only active members.
    this.events.subscribe('accounts.standing-changed', 'directory.member-standing', ({ userId }, manager) =>
      this.search.changed([userId], manager),
    );
  }
}
