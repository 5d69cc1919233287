import { Injectable } from '@nestjs/common';
import { can, Permission, type SearchKind, type SearchPage, type SearchSuggestions } from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import { SearchReaderTokens } from '../../platform/search/reader-tokens';
import { SearchIndex, type SearchReader } from '../../platform/search/search-index';
import { MemberProfilesService } from '../directory';
import type { SearchQueryDto } from './search.dto';

/** Where the web client shows a document of each kind. */
const PAGES: Record<SearchKind, (id: string) => string> = {
  case: (id) => `/cases/${id}`,
  announcement: (id) => `/announcements/${id}`,
  opportunity: (id) => `/opportunities/${id}`,
  member: (id) => `/directory/${id}`,
  message: (id) => `/channels/messages/${id}`,
  consultation: (id) => `/consultations/${id}`,
};

/** One search over everything the reader may see; who they are decides what the index shows them. */
@Injectable()
export class SearchService {
  constructor(
    private readonly index: SearchIndex,
    private readonly profiles: MemberProfilesService,
    private readonly belongings: SearchReaderTokens,
  ) {}

  async search(user: RequestUser | null, query: SearchQueryDto): Promise<SearchPage> {
    const result = await this.index.search(
      {
        q: query.q,
        kind: query.kind,
        method: query.method,
        industry: query.industry,
        year: query.year,
        page: query.page,
        pageSize: query.pageSize,
      },
      await this.reader(user),
    );
    return { ...result, items: result.items.map((i) => ({ ...i, url: PAGES[i.kind](i.id) })) };
  }

  async suggest(user: RequestUser | null, q: string): Promise<SearchSuggestions> {
    const found = await this.index.suggest(q, await this.reader(user), 8);
    return { items: found.map((s) => ({ ...s, url: PAGES[s.kind](s.id) })) };
  }

  /**
   * The reader as the index sees them: everyone holds `public`; members and staff `members`;
   * staff `staff`; a signed-in user their own `user:<id>` and those of what they belong to
   * (`channel:<id>`); a member's enterprise decides segments.
   */
  private async reader(user: RequestUser | null): Promise<SearchReader> {
    if (!user) return { tokens: ['public'] };
    const tokens = ['public', `user:${user.id}`, ...(await this.belongings.of(user.id))];
    const staff = can(user.roles, Permission.FilingsReview) || can(user.roles, Permission.ContentPublish);
    if (staff || can(user.roles, Permission.MemberArea)) tokens.push('members');
    if (staff) tokens.push('staff');
    const profile = can(user.roles, Permission.MemberOwn) ? await this.profiles.findByUser(user.id) : null;
    return {
      tokens,
      enterprise: profile
        ? { size: profile.enterpriseSize, industryCode: profile.industryCode, regionCode: profile.regionCode }
        : null,
    };
  }
}
