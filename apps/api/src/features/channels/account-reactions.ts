import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { EventBus } from '../../platform/events/event-bus.service';
import { ChannelMember } from './entities/channel-member.entity';
import { ChannelMessage } from './entities/channel-message.entity';

/** A removed account leaves its channels, and its messages go with it. */
@Injectable()
export class ChannelAccountReactions implements OnModuleInit {
  constructor(private readonly events: EventBus) {}

  onModuleInit(): void {
    this.events.subscribe('accounts.removed', 'channels.forget-accounts', async ({ userIds }, manager) => {
      await manager.delete(ChannelMember, { userId: In(userIds) });
      await manager.delete(ChannelMessage, { authorId: In(userIds) });
    });
  }
}
