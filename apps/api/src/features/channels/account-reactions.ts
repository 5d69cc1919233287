import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { EventBus } from '../../platform/events/event-bus.service';
import { ChannelMember } from './entities/channel-member.entity';
import { ChannelMessage } from './entities/channel-message.entity';
import { DirectPreferenceRow } from './entities/direct-preference.entity';
import { MessageReactionRow } from './entities/message-reaction.entity';
import { MessageSearch } from './search-source';

/** A removed account leaves its channels; its messages, reactions and settings go with it, and leave the search. */
@Injectable()
export class ChannelAccountReactions implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly search: MessageSearch,
  ) {}

  onModuleInit(): void {
    this.events.subscribe('accounts.removed', 'channels.forget-accounts', async ({ userIds }, manager) => {
      const gone = (
        await manager.find(ChannelMessage, { select: { id: true }, where: { authorId: In(userIds) } })
      ).map((m) => m.id);
      await manager.delete(MessageReactionRow, { userId: In(userIds) });
      await manager.delete(DirectPreferenceRow, { userId: In(userIds) });
      await manager.delete(ChannelMember, { userId: In(userIds) });
      if (!gone.length) return;
      await manager.delete(MessageReactionRow, { messageId: In(gone) });
      await manager.delete(ChannelMessage, { id: In(gone) });
      // The index learns of them through the outbox, in this same transaction.
      await this.search.changed(gone, manager);
    });
  }
}
