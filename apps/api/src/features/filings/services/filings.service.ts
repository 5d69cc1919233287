import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { isUniqueViolation } from '../../../platform/database/errors';
import {
  can,
  ErrorCode,
  type FilingListItem,
  Permission,
  type FilingStatus,
  isEditableFiling,
  OPEN_FILING_STATUSES,
} from '@cqo/contracts';
import type { RequestUser } from '../../../platform/auth/request-user';
import { FieldCipher } from '../../../platform/crypto/field-cipher.service';
import { ApiException } from '../../../platform/errors/api.exception';
import { EventBus } from '../../../platform/events/event-bus.service';
import { FilesService } from '../../../platform/files/files.service';
import { FILING_FILES } from '../filing-files';
import { filingFilterSql } from '../filing-filter';
import type { FilingBodyDto } from '../dto/filing-body.dto';
import type { FilingQueueQuery } from '../dto/filing-query.dto';
import { FilingEvent } from '../entities/filing-event.entity';
import { Filing } from '../entities/filing.entity';
import { checkFiling } from '@cqo/contracts/filing-checks';
import { FilingCountCache } from './filing-count-cache.service';
import { applyBody, inClear } from '../filing-mapper';
import { AppConfig } from '../../../platform/config/app-config';

/** The partial unique index that keeps one open filing per applicant (migration OneOpenFilingPerOwner). */
export const OPEN_PER_OWNER_INDEX = 'uq_filings_open_per_owner';

export const notFound = () => new ApiException(ErrorCode.FILING_NOT_FOUND, 'No such filing.');

function assertEditable(filing: Filing | null, user: RequestUser, verb: 'changed' | 'submitted'): Filing {
  if (!filing || filing.ownerId !== user.id) throw notFound();
  if (!isEditableFiling(filing.status)) {
    throw new ApiException(ErrorCode.FILING_NOT_EDITABLE, `A ${filing.status} filing cannot be ${verb}.`);
  }
  return filing;
}

const openExists = () =>
  new ApiException(ErrorCode.FILING_OPEN_EXISTS, 'You already have a filing in progress; continue that one.');

/** The applicant's side of a filing: draft, edit, submit, withdraw; and reading filings. */
@Injectable()
export class FilingsService {
  constructor(
    @InjectRepository(Filing) private readonly filings: Repository<Filing>,
    @InjectRepository(FilingEvent) private readonly events: Repository<FilingEvent>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly counts: FilingCountCache,
    private readonly eventBus: EventBus,
    private readonly files: FilesService,
    private readonly config: AppConfig,
  ) {}

  /**
   * One open filing per applicant: checked here under a per-applicant lock for a clear answer, and
   * held by the unique index `uq_filings_open_per_owner` whatever else writes filings.
   */
  async create(user: RequestUser, body: FilingBodyDto): Promise<Filing> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        // Parallel creates of one applicant take turns here, so the check below sees the winner.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`filing-create:${user.id}`]);
        const open = await manager
          .getRepository(Filing)
          .count({ where: { ownerId: user.id, status: In([...OPEN_FILING_STATUSES]) } });
        if (open > 0) throw openExists();
        const filing = manager
          .getRepository(Filing)
          .create({ ownerId: user.id, status: 'draft', enterprise: {}, cqo: {} });
        applyBody(filing, body, this.cipher);
        const saved = await manager.getRepository(Filing).save(filing);
        await this.record(manager, saved, user, 'create', null, 'draft');
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error, OPEN_PER_OWNER_INDEX)) throw openExists();
      throw error;
    }
  }

  /** Edits under the row lock, so an edit never lands on a filing a racing submit has just sent. */
  async update(user: RequestUser, id: string, body: FilingBodyDto): Promise<Filing> {
    return this.dataSource.transaction(async (manager) => {
      const filing = await this.lockEditable(manager, user, id, 'changed');
      applyBody(filing, body, this.cipher);
      return manager.getRepository(Filing).save(filing);
    });
  }

  /** Runs every check again on the server; a filing with problems stays as it is and gets them back per field. */
  async submit(user: RequestUser, id: string, options: { notifyStaff?: boolean } = {}): Promise<Filing> {
    const submitted = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Filing);
      const filing = await this.lockEditable(manager, user, id, 'submitted');
      const form = inClear(filing, this.cipher);
      const attached = await this.files.listFor(FILING_FILES, filing.id, manager);
      const result = checkFiling(
        form.enterprise,
        form.cqo,
        new Date(),
        attached.map((f) => f.kind),
      );
      if (result.idNumber && !result.errors.some((e) => e.field === 'cqo.idNumber')) {
        const taken = await repo
          .createQueryBuilder('f')
          .where('f.idNumberHash = :hash', { hash: this.cipher.hash(result.idNumber) })
          .andWhere('f.isCurrent')
          .andWhere('f.creditCode IS DISTINCT FROM :credit', { credit: filing.creditCode })
          .getCount();
        if (taken) result.errors.push({ field: 'cqo.idNumber', code: ErrorCode.FILING_ID_NUMBER_TAKEN });
      }
      if (result.errors.length) {
        throw new ApiException(
          ErrorCode.FILING_INCOMPLETE,
          'The filing has fields to complete or correct.',
          result.errors,
        );
      }
      const from = filing.status;
      filing.status = 'submitted';
      filing.submittedAt = new Date();
      filing.enterpriseSize = result.size.size;
      filing.eligibilityOutcome = result.eligibility?.outcome ?? null;
      const saved = await repo.save(filing);
      await this.record(manager, saved, user, from === 'returned' ? 'resubmit' : 'submit', from, 'submitted');
      const event = {
        filingId: saved.id,
        enterpriseName: saved.enterpriseName,
        resubmitted: from === 'returned',
      };
      // Demo content files and approves in one walk: nobody is asked to review it.
      if (options.notifyStaff !== false) await this.eventBus.publish('filing.submitted', event, manager);
      return saved;
    });
    // Staff hear of it from the worker, without the applicant waiting for their notices.
    this.eventBus.deliverSoon();
    return submitted;
  }

  /** How many filings wait for a staff decision (the home page and the navigation show it). */
  async waiting(): Promise<{ submitted: number }> {
    return { submitted: await this.filings.countBy({ status: 'submitted' }) };
  }

  async withdraw(user: RequestUser, id: string): Promise<Filing> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Filing);
      const filing = await repo
        .createQueryBuilder('f')
        .setLock('pessimistic_write')
        .where('f.id = :id', { id })
        .getOne();
      if (!filing || filing.ownerId !== user.id) throw notFound();
      if (filing.status !== 'submitted') {
        throw new ApiException(
          ErrorCode.FILING_NOT_WITHDRAWABLE,
          'Only a submitted filing not yet reviewed can be withdrawn.',
        );
      }
      filing.status = 'withdrawn';
      const saved = await repo.save(filing);
      await this.record(manager, saved, user, 'withdraw', 'submitted', 'withdrawn');
      return saved;
    });
  }

  /** The owner or staff may read a filing; anyone else gets 404, not a hint that it exists. */
  async getVisible(user: RequestUser, id: string): Promise<{ filing: Filing; events: FilingEvent[] }> {
    const filing = await this.findVisible(user, id);
    const events = await this.events.find({ where: { filingId: id }, order: { createdAt: 'ASC' } });
    return { filing, events };
  }

  /** The filing alone, when the reader is its owner or staff (no timeline). */
  async findVisible(user: RequestUser, id: string): Promise<Filing> {
    const filing = await this.filings.findOne({ where: { id } });
    if (!filing || (filing.ownerId !== user.id && !can(user.roles, Permission.FilingsReview)))
      throw notFound();
    return filing;
  }

  /**
   * The review queue (staff) or one's own filings, one page and the total. Plain SQL over the
   * covering indexes (FilingListIndexes): this is the busiest staff page, and building the query
   * and mapping entities was a tenth of its time.
   */
  async list(
    user: RequestUser,
    query: FilingQueueQuery,
  ): Promise<{ items: FilingListItem[]; total: number; totalCapped: boolean }> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    const staff = can(user.roles, Permission.FilingsReview);
    if (!staff) where.push(`owner_id = ${param(user.id)}`);
    where.push(...filingFilterSql(query, param));
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const { page, pageSize, ...criteria } = query;
    // Counted up to one past the cap: a broad filter's count stops there instead of reading
    // every match (12 ms → 1 ms for a word in every row of 20,000; docs/performance.md).
    const cap = this.config.LIST_TOTAL_CAP;
    const countRows = () =>
      this.filings
        .query(
          `SELECT count(*)::int AS n FROM (SELECT 1 FROM filings ${filter} LIMIT ${cap + 1}) matches`,
          params,
        )
        .then((r: { n: number }[]) => r[0].n);
    // Staff page through one shared queue: its totals are cached. An applicant's own list is tiny.
    const counted = staff
      ? await this.counts.get(`queue ${JSON.stringify(criteria)}`, countRows)
      : await countRows();
    const columns = `id, status, enterprise_name, credit_code, industry_code, region_code, enterprise_size,
                     eligibility_outcome, cqo_name, submitted_at, updated_at`;
    const order = `ORDER BY submitted_at DESC NULLS LAST, updated_at DESC, id
                   LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
    // Many matches: walking the queue-order index finds a page at once. Few: they are gathered
    // first (through the facets index) and sorted, because a walk in date order would pass every
    // filing when the planner, taking the filters as independent, expects matches that are not
    // there (100 ms at 100,000 filings; docs/performance.md).
    const rows: ListRow[] = await this.filings.query(
      counted > cap
        ? `SELECT ${columns} FROM filings ${filter} ${order}`
        : `WITH matches AS MATERIALIZED (SELECT ${columns} FROM filings ${filter}) SELECT * FROM matches ${order}`,
      params,
    );
    return { items: rows.map(rowToListItem), total: Math.min(counted, cap), totalCapped: counted > cap };
  }

  /** Every filing of a user with its personal numbers in clear, for their own data export. */
  async exportOwn(userId: string): Promise<unknown[]> {
    const own = await this.filings.find({ where: { ownerId: userId }, order: { createdAt: 'ASC' } });
    const events = own.length
      ? await this.events.find({ where: { filingId: In(own.map((f) => f.id)) }, order: { createdAt: 'ASC' } })
      : [];
    return own.map((f) => {
      return {
        id: f.id,
        status: f.status,
        ...inClear(f, this.cipher),
        createdAt: f.createdAt.toISOString(),
        history: events
          .filter((e) => e.filingId === f.id)
          .map((e) => ({
            action: e.action,
            from: e.fromStatus,
            to: e.toStatus,
            comment: e.comment,
            at: e.createdAt.toISOString(),
          })),
      };
    });
  }

  /**
   * The owner's own filing while it may still change (draft or returned), locked for the rest of
   * the caller's transaction: edits, submits and attachment changes of one filing take turns.
   */
  async lockEditable(
    manager: EntityManager,
    user: RequestUser,
    id: string,
    verb: 'changed' | 'submitted' = 'changed',
  ): Promise<Filing> {
    const filing = await manager
      .getRepository(Filing)
      .createQueryBuilder('f')
      .setLock('pessimistic_write')
      .where('f.id = :id', { id })
      .getOne();
    return assertEditable(filing, user, verb);
  }

  /** The same check without a lock: a quick refusal before a long upload starts. */
  async getEditable(user: RequestUser, id: string): Promise<Filing> {
    return assertEditable(await this.filings.findOne({ where: { id } }), user, 'changed');
  }

  async record(
    manager: EntityManager,
    filing: Filing,
    actor: RequestUser | null,
    action: FilingEvent['action'],
    from: FilingStatus | null,
    to: FilingStatus,
    comment: string | null = null,
    fieldComments: Record<string, string> | null = null,
  ): Promise<void> {
    await manager.getRepository(FilingEvent).insert({
      filingId: filing.id,
      actorId: actor?.id ?? null,
      actorName: actor?.displayName ?? null,
      action,
      fromStatus: from,
      toStatus: to,
      comment,
      fieldComments,
    });
  }
}

interface ListRow {
  id: string;
  status: FilingStatus;
  enterprise_name: string | null;
  credit_code: string | null;
  industry_code: string | null;
  region_code: string | null;
  enterprise_size: FilingListItem['enterpriseSize'];
  eligibility_outcome: string | null;
  cqo_name: string | null;
  submitted_at: Date | null;
  updated_at: Date;
}

function rowToListItem(r: ListRow): FilingListItem {
  return {
    id: r.id,
    status: r.status,
    enterpriseName: r.enterprise_name,
    creditCode: r.credit_code,
    industryCode: r.industry_code,
    regionCode: r.region_code,
    enterpriseSize: r.enterprise_size,
    eligibilityOutcome: r.eligibility_outcome,
    cqoName: r.cqo_name,
    submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}
