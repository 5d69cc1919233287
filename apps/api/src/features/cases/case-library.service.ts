import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, In, IsNull, Not, type DataSource, type SelectQueryBuilder } from 'typeorm';
import {
  ErrorCode,
  type CaseContent,
  type CaseDetail,
  type CasePage,
  type CaseSummary,
} from '@cqo/contracts';
import { industryCodePrefixes } from '@cqo/rules';
import type { RequestUser } from '../../platform/auth/request-user';
import { containsPattern } from '../../platform/database/search';
import { ApiException } from '../../platform/errors/api.exception';
import { documentTerms } from '../../platform/search/analysis';
import { SearchIndex } from '../../platform/search/search-index';
import { UsersService } from '../accounts';
import { MemberProfilesService } from '../directory';
import { isCaseStaff, mayEdit, maySee, readsWhole } from './case-access';
import { caseNotFound } from './cases.service';
import type { CaseQuery } from './dto/case.dto';
import { CaseComment } from './entities/case-comment.entity';
import { CaseMark } from './entities/case-mark.entity';
import { QualityCase, workingVersion, type CaseVersion } from './entities/case.entity';

/** The most a word search hands the library (ranked); more specific words narrow it. */
const SEARCH_DEPTH = 500;
/** Published cases compared with one for "related cases" (the most recent). */
const RELATED_POOL = 400;

interface Counts {
  likes: number;
  bookmarks: number;
  views: number;
  comments: number;
}

/**
 * Reading the library: lists (the library, one's own, bookmarks, the review queue), one case as
 * this reader may see it, and related cases. Word searches go through the search port, so the
 * library finds what the one search finds (segmentation, pairs, pinyin, Traditional characters).
 */
@Injectable()
export class CaseLibraryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: SearchIndex,
    private readonly profiles: MemberProfilesService,
    private readonly users: UsersService,
  ) {}

  async list(reader: RequestUser | null, query: CaseQuery): Promise<CasePage> {
    const scope = query.scope ?? 'library';
    if (scope !== 'library' && !reader) throw new ApiException(ErrorCode.UNAUTHENTICATED, 'Sign in first.');
    if (scope === 'review' && !isCaseStaff(reader)) {
      throw new ApiException(ErrorCode.FORBIDDEN, 'Only staff review cases.');
    }
    // The library shows the published version; one's own cases and the queue the working copy.
    const working = scope === 'mine' || scope === 'review';
    const field = (name: keyof CaseVersion) => (working ? `c.${name}` : `c.published ->> '${name}'`);
    const qb = this.dataSource.getRepository(QualityCase).createQueryBuilder('c');
    if (scope === 'mine') {
      qb.where('c.authorId = :me', { me: reader!.id });
      if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    } else if (scope === 'review') {
      qb.where('c.status = :status', { status: query.status ?? 'submitted' });
    } else {
      qb.where('c.published IS NOT NULL');
      if (scope === 'bookmarked') {
        qb.innerJoin(CaseMark, 'b', "b.caseId = c.id AND b.userId = :me AND b.kind = 'bookmark'", {
          me: reader!.id,
        });
      }
    }
    if (query.featured) qb.andWhere('c.featured = true');
    if (query.method) {
      const methods = working ? 'c.methods' : "c.published -> 'methods'";
      qb.andWhere(`${methods} @> CAST(:method AS jsonb)`, { method: JSON.stringify([query.method]) });
    }
    if (query.year) qb.andWhere(`(${field('year')})::int = :year`, { year: query.year });
    if (query.industry)
      this.industryWhere(qb, working ? 'c.industryCode' : field('industryCode'), query.industry);

    let ranked: string[] | null = null;
    if (query.q) {
      if (readsWhole(reader) && !working) {
        // Members search whole cases through the index; its rank orders the page.
        ranked = await this.searchIds(reader!, query.q);
        if (!ranked.length) return { items: [], total: 0 };
        qb.andWhere('c.id IN (:...ranked)', { ranked });
      } else {
        // Visitors (and one's own drafts) by the words of title and summary.
        const like = containsPattern(query.q);
        qb.andWhere(
          new Brackets((w) =>
            w
              .where(`lower(${field('title')}) LIKE :like`, { like })
              .orWhere(`lower(${field('summary')}) LIKE :like`),
          ),
        );
      }
    }
    if (ranked) {
      const rows = await qb.getMany();
      const order = new Map(ranked.map((id, i) => [id, i]));
      rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      const page = rows.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
      return { items: await this.summaries(reader, page, working), total: rows.length };
    }
    if (scope === 'review') qb.orderBy('c.submittedAt', 'ASC', 'NULLS LAST');
    else if (working) qb.orderBy('c.updatedAt', 'DESC');
    else qb.orderBy('c.publishedAt', 'DESC');
    qb.addOrderBy('c.id', 'ASC');
    const [rows, total] = await qb
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: await this.summaries(reader, rows, working), total };
  }

  /**
   * One case as this reader may see it. `opened`: the reader opened its page, which counts as a
   * view (once per member; the author's own and staff's answers to their actions do not count).
   */
  async get(reader: RequestUser | null, id: string, opened = false): Promise<CaseDetail> {
    const c = await this.find(reader, id);
    const editor = mayEdit(reader, c);
    const whole = readsWhole(reader) || editor;
    if (opened && reader && whole && c.published && c.authorId !== reader.id) {
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(CaseMark)
        .values({ caseId: c.id, userId: reader.id, kind: 'view' })
        .orIgnore()
        .execute();
    }
    const [summary] = await this.summaries(reader, [c], editor);
    const mine = reader ? await this.marksOf(reader.id, c.id) : new Set<string>();
    return {
      ...summary,
      ...contentOf(editor ? workingVersion(c) : c.published!, whole),
      full: whole,
      liked: mine.has('like'),
      bookmarked: mine.has('bookmark'),
      own: !!reader && c.authorId === reader.id,
      editable: editor,
      publishedVersion:
        editor && c.published && c.status !== 'published' ? contentOf(c.published, true) : null,
      reviewComment: editor ? c.reviewComment : null,
      reviewedAt: editor ? (c.reviewedAt?.toISOString() ?? null) : null,
    };
  }

  /**
   * Up to `limit` published cases like this one: shared methods weigh most, then the same
   * industry (class, division, section), shared tags, and shared words of title and summary.
   */
  async related(reader: RequestUser | null, id: string, limit = 5): Promise<CaseSummary[]> {
    const c = await this.find(reader, id);
    const me = c.published ?? workingVersion(c);
    const pool = await this.dataSource.getRepository(QualityCase).find({
      where: { published: Not(IsNull()) },
      order: { publishedAt: 'DESC' },
      take: RELATED_POOL,
    });
    const mineWords = wordsOf(me);
    const scored = pool
      .filter((o) => o.id !== c.id && o.published)
      .map((o) => ({ o, score: similarity(me, mineWords, o.published!) }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || b.o.publishedAt!.getTime() - a.o.publishedAt!.getTime())
      .slice(0, limit)
      .map((s) => s.o);
    return this.summaries(reader, scored, false);
  }

  /** The case, or not-found when this reader may not see it. */
  async find(reader: RequestUser | null, id: string): Promise<QualityCase> {
    const c = await this.dataSource.getRepository(QualityCase).findOneBy({ id });
    if (!c || !maySee(reader, c)) throw caseNotFound();
    return c;
  }

  private async searchIds(reader: RequestUser, q: string): Promise<string[]> {
    const found = await this.index.search(
      { q, kind: 'case', page: 1, pageSize: SEARCH_DEPTH },
      { tokens: ['public', 'members', `user:${reader.id}`] },
    );
    return found.items.map((i) => i.id);
  }

  private industryWhere(qb: SelectQueryBuilder<QualityCase>, column: string, industry: string): void {
    const prefixes = industryCodePrefixes([industry]);
    if (!prefixes.length) {
      qb.andWhere('false');
      return;
    }
    qb.andWhere(
      new Brackets((w) =>
        prefixes.forEach((p, i) => w.orWhere(`${column} LIKE :ind${i}`, { [`ind${i}`]: `${p}%` })),
      ),
    );
  }

  /** List items: the version the reader sees, the author's name, and the counts. */
  private async summaries(
    reader: RequestUser | null,
    rows: QualityCase[],
    working: boolean,
  ): Promise<CaseSummary[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const authors = rows.map((r) => r.authorId);
    const [counts, names] = await Promise.all([this.counts(ids), this.names(authors)]);
    return rows.map((c) => {
      const version = working || !c.published ? workingVersion(c) : c.published;
      const whole = readsWhole(reader) || mayEdit(reader, c);
      return {
        id: c.id,
        ...contentOf(version, whole),
        // Lists carry no bodies: a case page does.
        body: null,
        bodyHtml: null,
        status: c.status,
        featured: c.featured,
        authorName: names.get(c.authorId) ?? '',
        publishedAt: c.publishedAt?.toISOString() ?? null,
        updatedAt: c.updatedAt.toISOString(),
        ...counts.get(c.id)!,
      };
    });
  }

  /** People as the library names them: their directory name, else their account's. */
  async names(ids: string[]): Promise<Map<string, string>> {
    const [profileNames, accountNames] = await Promise.all([
      this.profiles.names(ids),
      this.users.displayNames(ids),
    ]);
    return new Map(ids.map((id) => [id, profileNames.get(id) ?? accountNames.get(id) ?? '']));
  }

  private async counts(ids: string[]): Promise<Map<string, Counts>> {
    const [marks, comments] = await Promise.all([
      this.dataSource
        .getRepository(CaseMark)
        .createQueryBuilder('m')
        .select('m.caseId', 'caseId')
        .addSelect('m.kind', 'kind')
        .addSelect('count(*)::int', 'n')
        .where({ caseId: In(ids) })
        .groupBy('m.caseId')
        .addGroupBy('m.kind')
        .getRawMany<{ caseId: string; kind: string; n: number }>(),
      this.dataSource
        .getRepository(CaseComment)
        .createQueryBuilder('k')
        .select('k.caseId', 'caseId')
        .addSelect('count(*)::int', 'n')
        .where({ caseId: In(ids) })
        .groupBy('k.caseId')
        .getRawMany<{ caseId: string; n: number }>(),
    ]);
    const out = new Map(ids.map((id) => [id, { likes: 0, bookmarks: 0, views: 0, comments: 0 }]));
    for (const m of marks) {
      const c = out.get(m.caseId)!;
      if (m.kind === 'like') c.likes = m.n;
      else if (m.kind === 'bookmark') c.bookmarks = m.n;
      else c.views = m.n;
    }
    for (const k of comments) out.get(k.caseId)!.comments = k.n;
    return out;
  }

  private async marksOf(userId: string, caseId: string): Promise<Set<string>> {
    const rows = await this.dataSource.getRepository(CaseMark).findBy({ userId, caseId });
    return new Set(rows.map((r) => r.kind));
  }
}

/** A version as a reader sees it: visitors get the title and summary (and what files it), no more. */
function contentOf(v: CaseVersion, whole: boolean): CaseContent {
  return {
    title: v.title,
    summary: v.summary,
    body: whole ? v.body : null,
    bodyHtml: whole ? v.bodyHtml : null,
    industryCode: v.industryCode,
    methods: v.methods,
    tags: v.tags,
    results: whole ? v.results : [],
    enterpriseName: v.enterpriseName,
    year: v.year,
  };
}

/** The words of title and summary (segmented, folded): what "similar text" compares. */
function wordsOf(v: CaseVersion): Set<string> {
  return new Set(documentTerms(`${v.title} ${v.summary}`).filter((t) => [...t].length >= 2));
}

function similarity(me: CaseVersion, mineWords: Set<string>, other: CaseVersion): number {
  const methods = other.methods.filter((m) => me.methods.includes(m)).length;
  const tags = other.tags.filter((t) => me.tags.includes(t)).length;
  const industry =
    other.industryCode === me.industryCode
      ? 3
      : other.industryCode.slice(0, 2) === me.industryCode.slice(0, 2)
        ? 2
        : 0;
  const theirs = wordsOf(other);
  let shared = 0;
  for (const w of theirs) if (mineWords.has(w)) shared++;
  const text = shared / Math.max(1, Math.min(mineWords.size, theirs.size));
  return 3 * methods + industry + 2 * tags + 4 * text;
}
