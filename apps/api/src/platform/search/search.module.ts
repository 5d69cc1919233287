import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SearchDocumentRow } from './entities/search-document.entity';
import { PostgresSearchIndex } from './postgres-search-index';
import { SearchIndex } from './search-index';
import { SearchIndexer } from './search-indexer';

/** The search port, answered by the PostgreSQL adapter (the default, embedded and server alike). */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([SearchDocumentRow])],
  providers: [PostgresSearchIndex, { provide: SearchIndex, useExisting: PostgresSearchIndex }, SearchIndexer],
  exports: [SearchIndex, SearchIndexer],
})
export class SearchModule {}
