import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { EventBus } from '../../platform/events/event-bus.service';
import { RealtimeService } from '../../platform/realtime/realtime.service';
import { inAudience } from '../directory';
import { channelRoom } from './channel-access';
import { ChannelMember } from './entities/channel-member.entity';
import { Channel } from './entities/channel.entity';

/**
 * An approved member joins, at once, the open industry and district channels whose segment fits
 * their enterprise (the one targeting rule): the people of their trade and their district are
 * there on their first visit.
 */
@Injectable()
export class ChannelFilingReactions implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly realtime: RealtimeService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe('filing.decided', 'channels.join-fitting', async (decided, manager) => {
      const facts = decided.approved;
      const userId = decided.ownerId;
      if (!facts || !userId) return;
      const candidates = await manager.find(Channel, {
        where: { kind: In(['industry', 'region']), visibility: 'open', archived: false },
      });
      const fitting = candidates.filter(
        (c) =>
          c.audience.type === 'segment' &&
          inAudience(
            c.audience,
            {
              industryCode: facts.industryCode,
              regionCode: facts.regionCode,
              enterpriseSize: facts.enterpriseSize,
            },
            true,
          ),
      );
      if (!fitting.length) return;
      await manager
        .createQueryBuilder()
        .insert()
        .into(ChannelMember)
        .values(fitting.map((c) => ({ channelId: c.id, userId, lastReadSeq: c.lastSeq })))
        .orIgnore()
        .execute();
      // Their sockets join the rooms once this has committed.
      return () => fitting.forEach((c) => this.realtime.join(userId, channelRoom(c.id)));
    });
  }
}
