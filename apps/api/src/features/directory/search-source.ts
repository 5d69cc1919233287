import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SearchDocument } from '../../platform/search/search-index';
import { keysInOrder, SearchIndexer } from '../../platform/search/search-indexer';
import { MemberProfile } from './entities/member-profile.entity';
import { MEMBER_JOIN } from './member-join';

/**
 * Members in the search, for members: listed profiles only, and of what a member may hide only
 * the fields they show to every member — a field kept for staff or for nobody is never indexed,
 * so nobody finds a member by it.
 */
@Injectable()
export class MemberSearch implements OnModuleInit {
  constructor(private readonly indexer: SearchIndexer) {}

  onModuleInit(): void {
    this.indexer.register({
      kind: 'member',
      load: (ids, manager) => this.load(ids, manager),
      ids: keysInOrder(MemberProfile, 'userId'),
    });
  }

  /** In the transaction that changed them; the worker indexes them after it commits. */
  changed(userIds: string[], manager: EntityManager): Promise<void> {
    return this.indexer.queue('member', userIds, manager);
  }

  soon(): void {
    this.indexer.soon();
  }

  private async load(ids: string[], manager: EntityManager): Promise<SearchDocument[]> {
    // Listed, and an active member (as the directory shows them: a disabled account is not found).
    const found = await manager
      .getRepository(MemberProfile)
      .createQueryBuilder('p')
      .innerJoin('users', 'u', MEMBER_JOIN)
      .where('p.userId IN (:...ids)', { ids })
      .andWhere('p.listed')
      .getMany();
    return found.map((p) => {
      const shown = (field: 'position' | 'bio') => (p.privacy[field] === 'members' ? p[field] : null);
      return {
        kind: 'member',
        id: p.userId,
        title: p.name,
        names: [p.name, p.enterpriseName].filter((n): n is string => !!n),
        summary: [p.enterpriseName, shown('position')].filter(Boolean).join(' · ') || null,
        body: [shown('bio'), p.topics.join(' ')].filter(Boolean).join('\n') || null,
        visibility: ['members'],
        industryCode: p.industryCode,
        publishedAt: p.updatedAt,
      };
    });
  }
}
