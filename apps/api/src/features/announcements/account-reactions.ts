import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { EventBus } from '../../platform/events/event-bus.service';
import { AnnouncementRead } from './entities/announcement-read.entity';

/** A removed account's read receipts go with it (the read counts follow). */
@Injectable()
export class AnnouncementAccountReactions implements OnModuleInit {
  constructor(private readonly events: EventBus) {}

  onModuleInit(): void {
    this.events.subscribe(
      'accounts.removed',
      'announcements.forget-accounts',
      async ({ userIds }, manager) => {
        await manager.delete(AnnouncementRead, { userId: In(userIds) });
      },
    );
  }
}
