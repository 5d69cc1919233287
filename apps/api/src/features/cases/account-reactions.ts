import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { EventBus } from '../../platform/events/event-bus.service';
import { CasesService } from './cases.service';
import { CaseComment } from './entities/case-comment.entity';
import { CaseMark } from './entities/case-mark.entity';
import { QualityCase } from './entities/case.entity';

/** A removed account's cases go with it, and so do its likes, bookmarks, views and comments. */
@Injectable()
export class CaseAccountReactions implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly cases: CasesService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe('accounts.removed', 'cases.forget-accounts', async ({ userIds }, manager) => {
      const own = await manager.find(QualityCase, { select: { id: true }, where: { authorId: In(userIds) } });
      await this.cases.remove(
        own.map((c) => c.id),
        manager,
      );
      await manager.delete(CaseMark, { userId: In(userIds) });
      await manager.delete(CaseComment, { authorId: In(userIds) });
    });
  }
}
