import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { chinaDate, chinaDayStart, splitDraft } from '@cqo/rules';
import {
  ErrorCode,
  type Consultation as ConsultationDto,
  type ConsultationAudience,
  type ConsultationClause as ClauseDto,
  type ConsultationStatus,
} from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import { Clock } from '../../platform/clock/clock';
import { ApiException } from '../../platform/errors/api.exception';
import { FilesService } from '../../platform/files/files.service';
import { JobsService } from '../../platform/jobs/jobs.service';
import { MemberProfilesService, segmentOf } from '../directory';
import { isStaff, standingOf, type Standing } from './consultation-access';
import { CONSULTATION_FILES } from './consultation-files';
import { ConsultationNotices } from './consultation-notices';
import type {
  ClauseItemDto,
  ConsultationInputDto,
  ConsultationPatchDto,
  ConsultationQuery,
} from './dto/consultation.dto';
import { ConsultationClause } from './entities/consultation-clause.entity';
import { ConsultationComment } from './entities/consultation-comment.entity';
import { ConsultationResponse } from './entities/consultation-response.entity';
import { Consultation } from './entities/consultation.entity';
import { FiguresCache } from './figures-cache';
import { ConsultationSearch } from './search-source';

export const OPEN_JOB = 'consultations.open';
export const CLOSE_JOB = 'consultations.close';

declare module '../../platform/jobs/job-payloads' {
  interface JobPayloads {
    /** Open a scheduled consultation on its opening day (unless the day moved since). */
    'consultations.open': { consultationId: string; opensOn: string };
    /** Close an open consultation at the end of its closing day (unless the day moved since). */
    'consultations.close': { consultationId: string; closesOn: string };
  }
}

const DAY_MS = 86_400_000;
/** What deciding who may see a consultation reads (not the draft text, nor the survey). */
const LIGHT_COLUMNS = {
  id: true,
  status: true,
  audience: true,
  publicReading: true,
  commentsVisible: true,
  closesOn: true,
} as const;
/** States after opening: the clauses are fixed, comments hang on them. */
const OPENED: ConsultationStatus[] = ['open', 'closed', 'concluded', 'published'];

export const notFound = () => new ApiException(ErrorCode.CONSULTATION_NOT_FOUND, 'No such consultation.');

/** The instant a consultation closes: the end of its closing day in Beijing. */
export function closingInstant(closesOn: string): Date {
  return new Date(chinaDayStart(closesOn).getTime() + DAY_MS);
}

/** A consultation together with how the reader stands to it. */
export interface Readable {
  consultation: Consultation;
  standing: Standing;
}

/**
 * Consultations on draft standards: staff write one from a pasted or uploaded draft (split into
 * clauses by GB/T 1.1 numbering, correctable before opening), open it by hand or on its opening
 * day, and it closes itself at the end of its closing day (durable jobs). Once every comment has
 * a disposition it is concluded, and staff publish the results.
 */
@Injectable()
export class ConsultationsService implements OnModuleInit {
  constructor(
    @InjectRepository(Consultation) private readonly consultations: Repository<Consultation>,
    @InjectRepository(ConsultationClause) private readonly clauses: Repository<ConsultationClause>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: MemberProfilesService,
    private readonly jobs: JobsService,
    private readonly files: FilesService,
    private readonly notices: ConsultationNotices,
    private readonly figures: FiguresCache,
    private readonly search: ConsultationSearch,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register(OPEN_JOB, async ({ consultationId, opensOn }, manager) => {
      const c = await this.locked(consultationId, manager).catch(() => null);
      if (c?.status === 'scheduled' && c.opensOn === opensOn) await this.openIn(c, manager);
    });
    this.jobs.register(CLOSE_JOB, async ({ consultationId, closesOn }, manager) => {
      const c = await this.locked(consultationId, manager).catch(() => null);
      if (c?.status === 'open' && c.closesOn === closesOn) await this.closeIn(c, manager);
    });
  }

  async create(staff: RequestUser, input: ConsultationInputDto): Promise<Consultation> {
    checkDays(input.opensOn, input.closesOn);
    return this.dataSource.transaction(async (manager) => {
      const c = await manager.getRepository(Consultation).save(
        manager.getRepository(Consultation).create({
          title: input.title.trim(),
          standardCode: input.standardCode.trim(),
          kind: input.kind ?? 'group',
          description: input.description ?? '',
          draftingOrganisation: input.draftingOrganisation ?? '',
          contact: input.contact ?? '',
          opensOn: input.opensOn,
          closesOn: input.closesOn,
          audience: cleanAudience(input.audience),
          publicReading: input.publicReading ?? false,
          commentsVisible: input.commentsVisible ?? true,
          status: 'draft',
          createdBy: staff.id,
        }),
      );
      await this.replaceDraft(c, input.draftText ?? '', manager);
      return c;
    });
  }

  async update(id: string, patch: ConsultationPatchDto): Promise<Consultation> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const c = await this.locked(id, manager);
      const opened = OPENED.includes(c.status);
      if (opened && (patch.draftText !== undefined || patch.opensOn !== undefined || patch.audience)) {
        throw notEditable('The draft, the opening day and the audience are fixed once it has opened.');
      }
      if (patch.closesOn !== undefined && c.status !== 'open' && opened) {
        throw notEditable('The closing day no longer matters once it has closed.');
      }
      const { draftText, audience, ...fields } = patch;
      Object.assign(c, fields, audience ? { audience: cleanAudience(audience) } : {});
      checkDays(c.opensOn, c.closesOn);
      if (c.status === 'open' && patch.closesOn !== undefined) {
        if (c.closesOn < this.today()) throw wrongState('The closing day has passed.');
        await this.scheduleClosing(c, manager);
      }
      if (c.status === 'scheduled' && patch.opensOn !== undefined) await this.scheduleOpening(c, manager);
      const row = await manager.getRepository(Consultation).save(c);
      if (draftText !== undefined) await this.replaceDraft(row, draftText, manager);
      await this.search.changed([row.id], manager);
      return row;
    });
    this.jobs.kick();
    this.search.soon();
    return saved;
  }

  /** Replaces the clauses by the split staff corrected (merged, split, renumbered), before opening. */
  async correctClauses(id: string, items: ClauseItemDto[]): Promise<ClauseDto[]> {
    await this.dataSource.transaction(async (manager) => {
      const c = await this.locked(id, manager);
      if (OPENED.includes(c.status)) throw notEditable('The clauses are fixed once it has opened.');
      await this.writeClauses(c.id, items, manager);
      await this.search.changed([c.id], manager);
    });
    this.search.soon();
    return this.clauseTree(id);
  }

  /** Opens now (from a draft or a schedule); the audience hears of it. */
  async open(id: string): Promise<Consultation> {
    return this.transition(id, (c, manager) => {
      if (c.status !== 'draft' && c.status !== 'scheduled') throw wrongState('Only a draft opens.');
      return this.openIn(c, manager);
    });
  }

  /** Opens on its opening day (now when that day has come). */
  async schedule(id: string): Promise<Consultation> {
    return this.transition(id, async (c, manager) => {
      if (c.status !== 'draft' && c.status !== 'scheduled') throw wrongState('Only a draft is scheduled.');
      if (c.opensOn <= this.today()) return this.openIn(c, manager);
      c.status = 'scheduled';
      await this.scheduleOpening(c, manager);
      return manager.getRepository(Consultation).save(c);
    });
  }

  /** A scheduled consultation back to a draft. */
  async unschedule(id: string): Promise<Consultation> {
    return this.transition(id, (c, manager) => {
      if (c.status !== 'scheduled') throw wrongState('Only a scheduled consultation goes back to a draft.');
      c.status = 'draft';
      return manager.getRepository(Consultation).save(c);
    });
  }

  async close(id: string): Promise<Consultation> {
    return this.transition(id, (c, manager) => {
      if (c.status !== 'open') throw wrongState('Only an open consultation closes.');
      return this.closeIn(c, manager);
    });
  }

  /** Results out: participants hear of it, and each commenter sees their comments' dispositions. */
  async publishResults(id: string): Promise<Consultation> {
    return this.transition(id, async (c, manager) => {
      if (c.status !== 'concluded') {
        throw new ApiException(
          ErrorCode.CONSULTATION_NOT_CONCLUDED,
          'Every comment needs a disposition before the results are published.',
        );
      }
      c.status = 'published';
      c.resultsPublishedAt = this.clock.now();
      await this.notices.results(c.id, manager);
      return manager.getRepository(Consultation).save(c);
    });
  }

  /**
   * After a disposition or a closing: concluded once no active comment waits for one. Runs under
   * the consultation's row lock, so that two last dispositions at once still conclude it.
   */
  async concludeIfDone(c: Consultation, manager: EntityManager): Promise<void> {
    if (c.status !== 'closed') return;
    const undecided = await manager
      .getRepository(ConsultationComment)
      .createQueryBuilder('m')
      .where('m.consultationId = :id AND m.withdrawnAt IS NULL AND m.decision IS NULL', { id: c.id })
      .getCount();
    if (undecided === 0) {
      c.status = 'concluded';
      c.concludedAt = this.clock.now();
      await manager.getRepository(Consultation).save(c);
    }
  }

  async list(
    reader: RequestUser | null,
    query: ConsultationQuery,
  ): Promise<{ items: ConsultationDto[]; total: number }> {
    const staff = isStaff(reader);
    const qb = this.consultations.createQueryBuilder('c');
    if (!staff) qb.where("c.status NOT IN ('draft', 'scheduled')");
    else if (query.status) qb.where('c.status = :status', { status: query.status });
    const states: Record<string, ConsultationStatus[]> = {
      open: ['open'],
      closed: ['closed', 'concluded', 'published'],
      concluded: ['concluded', 'published'],
      drafts: ['draft', 'scheduled'],
    };
    if (query.state) qb.andWhere('c.status IN (:...states)', { states: states[query.state] });
    if (query.q) {
      qb.andWhere('(c.title ILIKE :like OR c.standardCode ILIKE :like)', {
        like: `%${query.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`,
      });
    }
    // Open first, the nearest closing first; then the rest, the latest first.
    qb.orderBy("CASE c.status WHEN 'open' THEN 0 WHEN 'scheduled' THEN 1 WHEN 'draft' THEN 2 ELSE 3 END")
      .addOrderBy("CASE WHEN c.status = 'open' THEN c.closesOn END", 'ASC')
      .addOrderBy('c.closesOn', 'DESC')
      .addOrderBy('c.createdAt', 'DESC');
    // Consultations number in the dozens a year: the audience is decided here, one rule for
    // list and detail.
    const profile = await this.profileOf(reader);
    const visible = (await qb.getMany()).filter((c) => standingOf(reader, c, profile));
    const page = visible.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
    return { items: await this.toDtos(reader, page, profile), total: visible.length };
  }

  async get(reader: RequestUser | null, id: string): Promise<ConsultationDto> {
    const { consultation } = await this.readable(reader, id);
    const [dto] = await this.toDtos(reader, [consultation], await this.profileOf(reader));
    return dto;
  }

  /**
   * The consultation if this reader may see it (not-found otherwise), and how they stand.
   * `light`: only what deciding that needs (not the draft text nor the survey), for hot reads.
   */
  async readable(reader: RequestUser | null, id: string, light = false): Promise<Readable> {
    const consultation = await this.consultations.findOne({
      where: { id },
      ...(light ? { select: LIGHT_COLUMNS } : {}),
    });
    if (!consultation) throw notFound();
    const standing = standingOf(reader, consultation, await this.profileOf(reader));
    if (!standing) throw notFound();
    return { consultation, standing };
  }

  /**
   * `{"items":[…]}` as the clause tree's route sends it. Once open, the clauses are fixed: their
   * JSON is made once and only the counts are filled in per request (many members read at once).
   */
  async clauseTreeJson(c: Consultation): Promise<string> {
    if (!OPENED.includes(c.status)) return JSON.stringify({ items: await this.clauseTree(c.id) });
    const [tree, counts] = await Promise.all([
      this.figures.tree(c.id, () => this.clauseRows(c.id)),
      this.commentCounts(c.id),
    ]);
    const items = tree.fragments.map((f, i) => `${f}${counts.get(tree.ids[i]) ?? 0}}`);
    return `{"items":[${items.join(',')}]}`;
  }

  /** The clauses in document order, each with its count of active comments. */
  async clauseTree(id: string): Promise<ClauseDto[]> {
    const [rows, counts] = await Promise.all([this.clauseRows(id), this.commentCounts(id)]);
    return rows.map((r) => ({ ...r, comments: counts.get(r.id) ?? 0 }));
  }

  private clauseRows(id: string) {
    return this.clauses.find({
      select: { id: true, number: true, title: true, text: true, depth: true },
      where: { consultationId: id },
      order: { position: 'ASC' },
    });
  }

  /** Active comments per clause (a few seconds old at most; this process's comments at once). */
  private commentCounts(id: string): Promise<Map<string, number>> {
    return this.figures.commentCounts(id, async () => {
      const rows: { id: string; n: number }[] = await this.clauses.manager.query(
        `SELECT clause_id AS id, count(*)::int AS n FROM consultation_comments
          WHERE consultation_id = $1 AND withdrawn_at IS NULL AND clause_id IS NOT NULL
          GROUP BY clause_id`,
        [id],
      );
      return new Map(rows.map((r) => [r.id, r.n]));
    });
  }

  /** Deletes these consultations with all that hangs on them (demo content is removed so). */
  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ConsultationComment, { consultationId: In(ids) });
      await manager.delete(ConsultationResponse, { consultationId: In(ids) });
      await manager.delete(ConsultationClause, { consultationId: In(ids) });
      await manager.delete(Consultation, { id: In(ids) });
      await this.files.removeAllFor(CONSULTATION_FILES, ids, manager);
      await this.search.changed(ids, manager);
    });
    this.search.soon();
  }

  async any(): Promise<boolean> {
    return (await this.consultations.count()) > 0;
  }

  /** Locks the consultation's row for this transaction (state changes, comments, answers). */
  async locked(id: string, manager: EntityManager, mode: 'write' | 'read' = 'write'): Promise<Consultation> {
    const c = await manager.getRepository(Consultation).findOne({
      where: { id },
      lock: { mode: mode === 'write' ? 'pessimistic_write' : 'pessimistic_read' },
    });
    if (!c) throw notFound();
    return c;
  }

  today(): string {
    return chinaDate(this.clock.now());
  }

  private async transition(
    id: string,
    change: (c: Consultation, manager: EntityManager) => Promise<Consultation>,
  ): Promise<Consultation> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const row = await change(await this.locked(id, manager), manager);
      await this.search.changed([row.id], manager);
      return row;
    });
    this.jobs.kick();
    this.search.soon();
    return saved;
  }

  private async openIn(c: Consultation, manager: EntityManager): Promise<Consultation> {
    const today = this.today();
    if (c.closesOn < today) throw wrongState('The closing day has passed: move it first.');
    c.status = 'open';
    c.openedAt = this.clock.now();
    if (c.opensOn > today) c.opensOn = today;
    const saved = await manager.getRepository(Consultation).save(c);
    await this.scheduleClosing(saved, manager);
    await this.notices.opened(saved.id, manager);
    await this.search.changed([saved.id], manager);
    return saved;
  }

  private async closeIn(c: Consultation, manager: EntityManager): Promise<Consultation> {
    c.status = 'closed';
    c.closedAt = this.clock.now();
    const saved = await manager.getRepository(Consultation).save(c);
    await this.concludeIfDone(saved, manager);
    await this.search.changed([saved.id], manager);
    return saved;
  }

  private async scheduleOpening(c: Consultation, manager: EntityManager): Promise<void> {
    await this.jobs.enqueue(
      OPEN_JOB,
      { consultationId: c.id, opensOn: c.opensOn },
      { manager, runAt: chinaDayStart(c.opensOn), dedupeKey: `${OPEN_JOB}:${c.id}:${c.opensOn}` },
    );
  }

  /** The closing at the end of its day, and the reminder three days before. */
  private async scheduleClosing(c: Consultation, manager: EntityManager): Promise<void> {
    await this.jobs.enqueue(
      CLOSE_JOB,
      { consultationId: c.id, closesOn: c.closesOn },
      { manager, runAt: closingInstant(c.closesOn), dedupeKey: `${CLOSE_JOB}:${c.id}:${c.closesOn}` },
    );
    await this.notices.scheduleReminder(c, manager);
  }

  private async replaceDraft(c: Consultation, text: string, manager: EntityManager): Promise<void> {
    const split = splitDraft(text);
    c.draftText = text;
    c.preamble = split.preamble;
    await manager.getRepository(Consultation).save(c);
    await this.writeClauses(c.id, split.clauses, manager);
  }

  private async writeClauses(
    consultationId: string,
    items: { number: string; title: string; text: string; depth: number }[],
    manager: EntityManager,
  ): Promise<void> {
    await manager.delete(ConsultationClause, { consultationId });
    this.figures.clausesChanged(consultationId);
    // Chunks keep each INSERT under PostgreSQL's 65,535 parameters.
    for (let i = 0; i < items.length; i += 1000) {
      await manager.insert(
        ConsultationClause,
        items.slice(i, i + 1000).map((item, j) => ({
          consultationId,
          position: i + j,
          number: item.number.trim(),
          title: item.title.trim().slice(0, 200),
          text: item.text,
          depth: item.depth,
        })),
      );
    }
  }

  private async profileOf(reader: RequestUser | null) {
    return reader && !isStaff(reader) ? this.profiles.findByUser(reader.id) : null;
  }

  private async toDtos(
    reader: RequestUser | null,
    list: Consultation[],
    profile: Awaited<ReturnType<ConsultationsService['profileOf']>>,
  ): Promise<ConsultationDto[]> {
    if (!list.length) return [];
    const ids = list.map((c) => c.id);
    const comments: { id: string; n: number; undecided: number; mine: number }[] =
      await this.consultations.query(
        `SELECT consultation_id AS id, count(*)::int AS n,
                count(*) FILTER (WHERE decision IS NULL)::int AS undecided,
                count(*) FILTER (WHERE author_id = $2)::int AS mine
           FROM consultation_comments WHERE consultation_id = ANY($1) AND withdrawn_at IS NULL
          GROUP BY consultation_id`,
        [ids, reader?.id ?? null],
      );
    const responses: { id: string; n: number; mine: string | null }[] = await this.consultations.query(
      `SELECT consultation_id AS id, count(*) FILTER (WHERE submitted_at IS NOT NULL)::int AS n,
              max(CASE WHEN user_id = $2 THEN (CASE WHEN submitted_at IS NULL THEN 'draft' ELSE 'submitted' END) END) AS mine
         FROM consultation_responses WHERE consultation_id = ANY($1) GROUP BY consultation_id`,
      [ids, reader?.id ?? null],
    );
    const c1 = new Map(comments.map((r) => [r.id, r]));
    const r1 = new Map(responses.map((r) => [r.id, r]));
    return list.map((c) => {
      const standing = standingOf(reader, c, profile);
      const counts = c1.get(c.id);
      const answered = r1.get(c.id);
      return {
        ...toDto(c),
        comments: counts?.n ?? 0,
        undecided: counts?.undecided ?? 0,
        responses: answered?.n ?? 0,
        ...(standing === 'participant'
          ? {
              canParticipate: c.status === 'open',
              myComments: counts?.mine ?? 0,
              myResponse: (answered?.mine as 'draft' | 'submitted' | null) ?? 'none',
            }
          : {}),
      };
    });
  }
}

export function toDto(
  c: Consultation,
): Omit<ConsultationDto, 'comments' | 'undecided' | 'responses' | 'canParticipate'> {
  return {
    id: c.id,
    title: c.title,
    standardCode: c.standardCode,
    kind: c.kind,
    description: c.description,
    draftingOrganisation: c.draftingOrganisation,
    contact: c.contact,
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    audience: c.audience,
    publicReading: c.publicReading,
    commentsVisible: c.commentsVisible,
    draftText: c.draftText,
    preamble: c.preamble,
    status: c.status,
    questions: c.survey.length,
    openedAt: c.openedAt?.toISOString() ?? null,
    closedAt: c.closedAt?.toISOString() ?? null,
    concludedAt: c.concludedAt?.toISOString() ?? null,
    resultsPublishedAt: c.resultsPublishedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

function checkDays(opensOn: string, closesOn: string): void {
  if (closesOn < opensOn) {
    throw new ApiException(ErrorCode.VALIDATION_FAILED, 'The closing day comes before the opening day.', [
      { field: 'closesOn', code: 'TOO_SMALL', message: 'closesOn must be on or after opensOn' },
    ]);
  }
}

function cleanAudience(a: ConsultationAudience): ConsultationAudience {
  return a.type === 'segment' ? segmentOf(a) : { type: 'members' };
}

const notEditable = (message: string) => new ApiException(ErrorCode.CONSULTATION_NOT_EDITABLE, message);
const wrongState = (message: string) => new ApiException(ErrorCode.CONSULTATION_WRONG_STATE, message);
