import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../platform/events/event-bus.service';
import { Permission } from '@cqo/contracts';
import { UsersService } from '../accounts';
import { NotificationsService } from './notifications.service';

/**
 * Tells applicants of the decisions on their filings, and staff of filings that wait for them, in
 * the app and by e-mail as each chose.
 */
@Injectable()
export class FilingNotices implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe('filing.decided', 'notifications.filing-decided', (decided, manager) =>
      decided.ownerId
        ? this.notifications.stage(
            [decided.ownerId],
            {
              kind: 'filing',
              message: {
                key: 'filing.decided',
                params: {
                  decision: decided.decision,
                  enterprise: decided.enterpriseName,
                  comment: decided.comment ?? null,
                  fieldComments: decided.fieldComments ?? null,
                },
              },
              link: '/filing',
            },
            manager,
          )
        : Promise.resolve(),
    );
    // Whoever reviews filings hears that one waits (with their own preferences for filing notices).
    this.events.subscribe('filing.submitted', 'notifications.filing-submitted', async (submitted, manager) =>
      this.notifications.stage(
        await this.users.withPermission(Permission.FilingsReview, manager),
        {
          kind: 'filing',
          message: {
            key: 'filing.submitted',
            params: { enterprise: submitted.enterpriseName, resubmitted: submitted.resubmitted },
          },
          link: `/review/${submitted.filingId}`,
        },
        manager,
      ),
    );
    this.events.subscribe('filing.superseded', 'notifications.filing-superseded', (superseded, manager) =>
      superseded.ownerId && superseded.ownerId !== superseded.newOwnerId
        ? this.notifications.stage(
            [superseded.ownerId],
            {
              kind: 'filing',
              message: { key: 'filing.superseded', params: { enterprise: superseded.enterpriseName } },
              link: '/filing',
            },
            manager,
          )
        : Promise.resolve(),
    );
  }
}
