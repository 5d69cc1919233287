import { directoryFilterSql } from './directory-filter';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { CountCache } from '../../platform/database/count-cache';
import {
  DEFAULT_PRIVACY,
  ErrorCode,
  type Audience,
  type DirectoryEntry,
  type MyProfile,
  type PrivacySettings,
  type ProfileUpdate,
} from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import { ApiException } from '../../platform/errors/api.exception';
import type { DirectoryQuery } from './dto/directory.dto';
import { MemberProfile } from './entities/member-profile.entity';
import { MemberSearch } from './search-source';
import { toEntry, type ProfileFields } from './visibility';
import { audienceSql } from './audience';
import { activeMemberSql } from '../accounts';
import { MEMBER_JOIN } from './member-join';
import type { ApprovedFacts } from '../filings';

const notFound = () => new ApiException(ErrorCode.MEMBER_NOT_FOUND, 'No such member.');

/** Member profiles: written from approved filings and by the members, read through the directory. */
@Injectable()
export class MemberProfilesService {
  /** Directory totals per filter, for a few seconds (see CountCache). */
  private readonly counts: CountCache<MemberProfile>;

  constructor(
    @InjectRepository(MemberProfile) private readonly profiles: Repository<MemberProfile>,
    @InjectDataSource() dataSource: DataSource,
    private readonly searchIndex: MemberSearch,
  ) {
    this.counts = new CountCache(dataSource, MemberProfile);
  }

  /**
   * On approval: the enterprise part of the profile follows the filing; what the member wrote
   * (bio, topics, privacy) stays.
   */
  async syncFromFiling(userId: string, facts: ApprovedFacts, manager: EntityManager): Promise<void> {
    const repo = manager.getRepository(MemberProfile);
    const existing = await repo.findOneBy({ userId });
    const profile = existing ?? repo.create({ userId, topics: [], privacy: DEFAULT_PRIVACY, listed: true });
    Object.assign(profile, {
      ...facts,
      // Contact details the member has edited are theirs; the filing only fills blanks.
      phone: existing?.phone ?? facts.phone,
      email: existing?.email ?? facts.email,
      position: existing?.position ?? facts.position,
    });
    await repo.save(profile);
    await this.searchIndex.changed([userId], manager);
  }

  /**
   * Directory search, one page and the total. Plain SQL (the busiest member page): the page is
   * picked in name order from the directory index alone, which carries every column a search
   * filters on, and stops after the page; only its rows are then read. Totals are cached per filter.
   */
  async search(
    reader: RequestUser,
    query: DirectoryQuery,
  ): Promise<{ items: DirectoryEntry[]; total: number }> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = directoryFilterSql(query, param);
    const from = `FROM member_profiles p
      JOIN users u ON ${MEMBER_JOIN}
      WHERE ${where.join(' AND ')}`;
    const { page, pageSize, ...filter } = query;
    const [rows, total] = await Promise.all([
      this.profiles.query(
        `SELECT p.user_id, p.name, p.enterprise_name, p.industry_code, p.region_code, p.enterprise_size,
                p.quality_years, p.position, p.phone, p.email, p.bio, p.topics, p.privacy
         FROM (SELECT p.user_id ${from}
               ORDER BY p.name, p.user_id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}) page
         JOIN member_profiles p USING (user_id)
         ORDER BY p.name, p.user_id`,
        params,
      ) as Promise<ProfileRow[]>,
      this.counts.get(JSON.stringify(filter), () =>
        this.profiles.query(`SELECT count(*)::int AS n ${from}`, params).then((r: { n: number }[]) => r[0].n),
      ),
    ]);
    return { items: rows.map((r) => toEntry(fromRow(r), reader.roles)), total };
  }

  /** One member's page; a hidden member is not found (except by themselves). */
  async get(reader: RequestUser, userId: string): Promise<DirectoryEntry> {
    const profile = await this.profiles
      .createQueryBuilder('p')
      .innerJoin('users', 'u', MEMBER_JOIN)
      .where('p.userId = :userId', { userId })
      .getOne();
    const self = reader.id === userId;
    if (!profile || (!profile.listed && !self)) throw notFound();
    return toEntry(profile, reader.roles, self);
  }

  async mine(user: RequestUser): Promise<MyProfile> {
    const profile = await this.profiles.findOneBy({ userId: user.id });
    if (!profile) throw notFound();
    return { ...(toEntry(profile, user.roles, true) as MyProfile), privacy: profile.privacy };
  }

  async update(user: RequestUser, change: ProfileUpdate): Promise<MyProfile> {
    const profile = await this.profiles.findOneBy({ userId: user.id });
    if (!profile) throw notFound();
    for (const key of ['bio', 'phone', 'email', 'position'] as const) {
      if (change[key] !== undefined) profile[key] = change[key]?.trim() || null;
    }
    if (change.topics) profile.topics = [...new Set(change.topics.map((t) => t.trim()).filter(Boolean))];
    await this.saveAndIndex(profile);
    return this.mine(user);
  }

  async setPrivacy(user: RequestUser, privacy: PrivacySettings): Promise<MyProfile> {
    const profile = await this.profiles.findOneBy({ userId: user.id });
    if (!profile) throw notFound();
    profile.privacy = {
      phone: privacy.phone,
      email: privacy.email,
      position: privacy.position,
      bio: privacy.bio,
      hidden: privacy.hidden,
    };
    profile.listed = !privacy.hidden;
    await this.saveAndIndex(profile);
    return this.mine(user);
  }

  /** Saves a member's change and queues their search document in the same transaction. */
  private async saveAndIndex(profile: MemberProfile): Promise<void> {
    await this.profiles.manager.transaction(async (manager) => {
      await manager.getRepository(MemberProfile).save(profile);
      await this.searchIndex.changed([profile.userId], manager);
    });
    this.searchIndex.soon();
  }

  /** For features that match members (opportunities, announcement audiences). */
  findByUser(userId: string): Promise<MemberProfile | null> {
    return this.profiles.findOneBy({ userId });
  }

  /**
   * The next `limit` active members in an audience after the id `after` (in id order), for
   * notifying thousands a chunk at a time. Members without a profile are in the audiences that
   * name no segment.
   */
  async audienceMembers(
    audience: Audience,
    page: { after: string; limit: number },
    manager: EntityManager,
  ): Promise<string[]> {
    const from = inAudienceSql(audience, 2);
    const rows: { id: string }[] = await manager.query(
      `SELECT u.id ${from.sql} AND u.id::text > $1 ORDER BY u.id::text LIMIT ${Number(page.limit)}`,
      [page.after, ...from.params],
    );
    return rows.map((r) => r.id);
  }

  /** How many active members an audience holds. */
  async audienceSize(audience: Audience): Promise<number> {
    const from = inAudienceSql(audience, 1);
    const [{ n }]: { n: number }[] = await this.profiles.query(
      `SELECT count(*)::int AS n ${from.sql}`,
      from.params,
    );
    return n;
  }

  /** The profiles of `ids` that have one (participation figures). */
  async findByUsers(ids: string[]): Promise<MemberProfile[]> {
    if (!ids.length) return [];
    return this.profiles.find({ where: { userId: In([...new Set(ids)]) } });
  }

  /** The directory names of `ids` that have a profile. */
  async names(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.profiles.find({
      select: { userId: true, name: true },
      where: { userId: In([...new Set(ids)]) },
    });
    return new Map(rows.map((p) => [p.userId, p.name]));
  }

  /** Every active member's profile, for matching in background jobs (reminders). */
  allMembers(manager: EntityManager): Promise<MemberProfile[]> {
    return manager
      .getRepository(MemberProfile)
      .createQueryBuilder('p')
      .innerJoin('users', 'u', MEMBER_JOIN)
      .getMany();
  }
}

/**
 * FROM and WHERE over the active members in an audience, each with their profile if they have one
 * (members without one are in the audiences that name no segment). Parameters from `firstParam` on.
 */
function inAudienceSql(audience: Audience, firstParam: number): { sql: string; params: unknown[] } {
  const where = audienceSql(audience, firstParam);
  return {
    sql: `FROM users u LEFT JOIN member_profiles p ON p.user_id = u.id
          WHERE ${activeMemberSql('u')} AND (${where.sql})`,
    params: where.params,
  };
}

type ProfileRow = {
  user_id: string;
  name: string;
  enterprise_name: string | null;
  industry_code: string | null;
  region_code: string | null;
  enterprise_size: MemberProfile['enterpriseSize'];
  quality_years: number | null;
  position: string | null;
  phone: string | null;
  email: string | null;
  bio: string | null;
  topics: string[];
  privacy: MemberProfile['privacy'];
};

function fromRow(r: ProfileRow): ProfileFields {
  return {
    userId: r.user_id,
    name: r.name,
    enterpriseName: r.enterprise_name,
    industryCode: r.industry_code,
    regionCode: r.region_code,
    enterpriseSize: r.enterprise_size,
    qualityYears: r.quality_years,
    position: r.position,
    phone: r.phone,
    email: r.email,
    bio: r.bio,
    topics: r.topics,
    privacy: r.privacy,
  };
}
