import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { SearchDocumentRow } from './entities/search-document.entity';
import { MeilisearchSearchIndex } from './meilisearch-search-index';
import { PostgresSearchIndex } from './postgres-search-index';
import { SearchIndex } from './search-index';
import { SearchIndexer } from './search-indexer';
import { SearchReaderTokens } from './reader-tokens';

/**
 * The search port, answered by the PostgreSQL adapter (the default, embedded and server alike), or
 * by Meilisearch when `MEILI_URL` is set.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([SearchDocumentRow])],
  providers: [
    PostgresSearchIndex,
    {
      provide: SearchIndex,
      inject: [AppConfig, PostgresSearchIndex],
      useFactory: (config: AppConfig, postgres: PostgresSearchIndex): SearchIndex =>
        config.MEILI_URL
          ? new MeilisearchSearchIndex({
              url: config.MEILI_URL,
              apiKey: config.MEILI_MASTER_KEY,
              index: config.MEILI_INDEX,
            })
          : postgres,
    },
    SearchIndexer,
    SearchReaderTokens,
  ],
  exports: [SearchIndex, SearchIndexer, SearchReaderTokens],
})
export class SearchModule {}
