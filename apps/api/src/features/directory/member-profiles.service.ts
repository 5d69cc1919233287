import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { CountCache } from '../../platform/database/count-cache';
import { industryChildren } from '@cqo/rules';
import {
  DEFAULT_PRIVACY,
  ErrorCode,
  type DirectoryEntry,
  type MyProfile,
  type PrivacySettings,
  type ProfileUpdate,
} from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import { containsPattern } from '../../platform/database/search';
import { ApiException } from '../../platform/errors/api.exception';
import type { DirectoryQuery } from './dto/directory.dto';
import { MemberProfile } from './entities/member-profile.entity';
import { toEntry } from './visibility';

/** What an approved filing says about its CQO's enterprise. */
export interface FilingFacts {
  filingId: string;
  name: string;
  enterpriseName: string | null;
  industryCode: string | null;
  regionCode: string | null;
  enterpriseSize: MemberProfile['enterpriseSize'];
  qualityYears: number | null;
  position: string | null;
  phone: string | null;
  email: string | null;
}

const notFound = () => new ApiException(HttpStatus.NOT_FOUND, ErrorCode.MEMBER_NOT_FOUND, 'No such member.');

/** Member profiles: written from approved filings and by the members, read through the directory. */
@Injectable()
export class MemberProfilesService {
  /** Directory totals per filter, for a few seconds (see CountCache). */
  private readonly counts: CountCache<MemberProfile>;

  constructor(
    @InjectRepository(MemberProfile) private readonly profiles: Repository<MemberProfile>,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.counts = new CountCache(dataSource, MemberProfile);
  }

  /**
   * On approval: the enterprise part of the profile follows the filing; what the member wrote
   * (bio, topics, privacy) stays.
   */
  async syncFromFiling(userId: string, facts: FilingFacts, manager: EntityManager): Promise<void> {
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
  }

  async search(
    reader: RequestUser,
    query: DirectoryQuery,
  ): Promise<{ items: DirectoryEntry[]; total: number }> {
    const qb = this.profiles
      .createQueryBuilder('p')
      .innerJoin('users', 'u', "u.id = p.user_id AND u.disabled_at IS NULL AND 'member' = ANY(u.roles)")
      .where('p.listed');
    if (query.q) qb.andWhere('p.searchText LIKE :like', { like: containsPattern(query.q) });
    if (query.industry) {
      const industry = query.industry.toUpperCase();
      if (/^[A-T]$/.test(industry)) {
        // A section is a set of two-digit divisions.
        const divisions = industryChildren(industry).map((d) => d.code);
        qb.andWhere('left(p.industryCode, 2) IN (:...divisions)', {
          divisions: divisions.length ? divisions : ['--'],
        });
      } else qb.andWhere('p.industryCode LIKE :industry', { industry: `${industry}%` });
    }
    if (query.region) qb.andWhere('p.regionCode LIKE :region', { region: `${query.region}%` });
    if (query.size?.length) qb.andWhere('p.enterpriseSize IN (:...size)', { size: query.size });
    if (query.minYears !== undefined) qb.andWhere('p.qualityYears >= :years', { years: query.minYears });
    const { page, pageSize, ...filter } = query;
    const [rows, total] = await Promise.all([
      qb
        .clone()
        .orderBy('p.name')
        .addOrderBy('p.userId')
        .offset((page - 1) * pageSize)
        .limit(pageSize)
        .getMany(),
      this.counts.get(JSON.stringify(filter), () => qb.getCount()),
    ]);
    return { items: rows.map((p) => toEntry(p, reader.roles)), total };
  }

  /** One member's page; a hidden member is not found (except by themselves). */
  async get(reader: RequestUser, userId: string): Promise<DirectoryEntry> {
    const profile = await this.profiles
      .createQueryBuilder('p')
      .innerJoin('users', 'u', "u.id = p.user_id AND u.disabled_at IS NULL AND 'member' = ANY(u.roles)")
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
    await this.profiles.save(profile);
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
    await this.profiles.save(profile);
    return this.mine(user);
  }

  /** For features that match members (opportunities, announcement audiences). */
  findByUser(userId: string): Promise<MemberProfile | null> {
    return this.profiles.findOneBy({ userId });
  }

  /** Every active member's profile, for matching in background jobs (reminders). */
  allMembers(manager: EntityManager): Promise<MemberProfile[]> {
    return manager
      .getRepository(MemberProfile)
      .createQueryBuilder('p')
      .innerJoin('users', 'u', "u.id = p.user_id AND u.disabled_at IS NULL AND 'member' = ANY(u.roles)")
      .getMany();
  }
}
