import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../platform/events/event-bus.service';
import type { FilingDecided } from '../filings';
import { Permission } from '@cqo/contracts';
import { UsersService } from '../accounts';
import { NotificationsService } from './notifications.service';

/** Notification titles are written in Chinese, like every other notice of the alliance. */
const DECISION_TEXT = {
  approve: '已通过',
  return: '已退回修改',
  reject: '未通过',
} as const;

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
              title: `首席质量官备案${DECISION_TEXT[decided.decision]}`,
              body: decisionBody(decided),
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
          title: submitted.resubmitted ? '备案已修改并重新提交，待审核' : '新的首席质量官备案待审核',
          body: submitted.enterpriseName,
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
              title: '您的首席质量官备案已由新的备案接替',
              body: superseded.enterpriseName,
              link: '/filing',
            },
            manager,
          )
        : Promise.resolve(),
    );
  }
}

/** What the applicant reads (in the app and by e-mail): the enterprise, the comment, the fields to fix. */
function decisionBody(decided: FilingDecided): string {
  const fields = Object.entries(decided.fieldComments ?? {}).map(
    ([field, comment]) => `- ${field}: ${comment}`,
  );
  return [
    decided.enterpriseName,
    decided.comment ? `审核意见 / Comment: ${decided.comment}` : null,
    ...(fields.length ? ['需要修改的字段 / Fields to fix:', ...fields] : []),
  ]
    .filter(Boolean)
    .join('\n');
}
