import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../platform/events/event-bus.service';
import { UsersService } from './services/users.service';

/** An approved filing makes its applicant a member of the alliance (no longer an applicant). */
@Injectable()
export class AccountsFilingReactions implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe('filing.decided', 'accounts.make-member', async (decided, manager) => {
      if (decided.decision === 'approve' && decided.ownerId)
        await this.users.makeMember(decided.ownerId, manager);
    });
  }
}
