import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission, type SearchStatus, type SearchSuggestions } from '@cqo/contracts';
import { CurrentUser, Public, RequirePermission } from '../../platform/auth/auth.decorators';
import type { RequestUser } from '../../platform/auth/request-user';
import { SearchIndexer } from '../../platform/search/search-indexer';
import { SearchPageDto, SearchQueryDto, SuggestQueryDto } from './search.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller()
export class SearchController {
  constructor(
    private readonly search: SearchService,
    private readonly indexer: SearchIndexer,
  ) {}

  @Get('search')
  @Public()
  @ApiOperation({
    summary:
      'One search over announcements, opportunities, members (and cases, messages, consultations as they land): only what this reader may see, ranked, with highlighted snippets and facets',
  })
  @ApiOkResponse({ type: SearchPageDto })
  find(@CurrentUser() user: RequestUser | undefined, @Query() query: SearchQueryDto): Promise<SearchPageDto> {
    return this.search.search(user ?? null, query);
  }

  @Get('search/suggest')
  @Public()
  @ApiOperation({ summary: 'Titles and names as they are typed (characters or pinyin), for this reader' })
  suggest(
    @CurrentUser() user: RequestUser | undefined,
    @Query() query: SuggestQueryDto,
  ): Promise<SearchSuggestions> {
    return this.search.suggest(user ?? null, query.q);
  }

  @Get('admin/search')
  @RequirePermission(Permission.AuditRead)
  @ApiOperation({
    summary: 'Admins: documents per kind in the index, and updates still waiting to be indexed',
  })
  status(): Promise<SearchStatus> {
    return this.indexer.status();
  }
}
