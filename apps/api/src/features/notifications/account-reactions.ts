import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { EventBus } from '../../platform/events/event-bus.service';
import { NotificationPreference } from './entities/notification-preference.entity';
import { Notification } from './entities/notification.entity';

/** A removed account's notifications and choices go with it. */
@Injectable()
export class NotificationAccountReactions implements OnModuleInit {
  constructor(private readonly events: EventBus) {}

  onModuleInit(): void {
    this.events.subscribe(
      'accounts.removed',
      'notifications.forget-accounts',
      async ({ userIds }, manager) => {
        await manager.delete(Notification, { userId: In(userIds) });
        await manager.delete(NotificationPreference, { userId: In(userIds) });
      },
    );
  }
}
