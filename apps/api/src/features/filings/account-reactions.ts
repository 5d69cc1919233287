import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { EventBus } from '../../platform/events/event-bus.service';
import { FilesService } from '../../platform/files/files.service';
import { FilingEvent } from './entities/filing-event.entity';
import { Filing } from './entities/filing.entity';
import { FILING_FILES } from './filing-files';

/** Removed accounts take their filings with them: the history, the documents, the talent-pool entry. */
@Injectable()
export class FilingAccountReactions implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly files: FilesService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe('accounts.removed', 'filings.forget-accounts', async ({ userIds }, manager) => {
      const filings = await manager.find(Filing, { select: { id: true }, where: { ownerId: In(userIds) } });
      const ids = filings.map((f) => f.id);
      if (!ids.length) return;
      await manager.delete(FilingEvent, { filingId: In(ids) });
      await manager.delete(Filing, { id: In(ids) });
      await this.files.removeAllFor(FILING_FILES, ids, manager);
    });
  }
}
