import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, IsNull, type EntityManager } from 'typeorm';
import { markdownToText } from '../../platform/markdown/markdown';
import { SearchReaderTokens } from '../../platform/search/reader-tokens';
import type { SearchDocument } from '../../platform/search/search-index';
import { keysInOrder, SearchIndexer } from '../../platform/search/search-indexer';
import { channelSearchToken } from './channel-access';
import { ChannelsService } from './channels.service';
import { ChannelMessage } from './entities/channel-message.entity';

/** How much of a message names it in the results. */
const TITLE_CHARS = 60;

/**
 * Messages in the search, for the members of their channel only (`channel:<id>`, a token each
 * member holds while they are in it); a hidden message leaves the index.
 */
@Injectable()
export class MessageSearch implements OnModuleInit {
  constructor(
    private readonly indexer: SearchIndexer,
    private readonly readerTokens: SearchReaderTokens,
    private readonly channels: ChannelsService,
  ) {}

  onModuleInit(): void {
    this.indexer.register({
      kind: 'message',
      load: (ids, manager) => this.load(ids, manager),
      ids: keysInOrder(ChannelMessage, 'id'),
    });
    this.readerTokens.add(async (userId) =>
      (await this.channels.channelIdsOf(userId)).map(channelSearchToken),
    );
  }

  /** In the transaction that changed them; the worker indexes them after it commits. */
  changed(ids: string[], manager: EntityManager): Promise<void> {
    return this.indexer.queue('message', ids, manager);
  }

  soon(): void {
    this.indexer.soon();
  }

  private async load(ids: string[], manager: EntityManager): Promise<SearchDocument[]> {
    const rows = await manager.find(ChannelMessage, { where: { id: In(ids), hiddenAt: IsNull() } });
    return rows.map((m) => {
      const text = markdownToText(m.body);
      const title = [...text.replace(/\s+/g, ' ')].slice(0, TITLE_CHARS).join('');
      return {
        kind: 'message',
        id: m.id,
        title: title.length < text.length ? `${title}…` : title,
        body: text,
        visibility: [channelSearchToken(m.channelId)],
        publishedAt: m.createdAt,
      };
    });
  }
}
