import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { containsPattern } from '../../../platform/database/search';
import { chinaDayStart } from '@cqo/rules';
import { can, ErrorCode, Permission, type FilingStatus } from '@cqo/contracts';
import type { RequestUser } from '../../../platform/auth/request-user';
import { FieldCipher } from '../../../platform/crypto/field-cipher.service';
import { ApiException } from '../../../platform/errors/api.exception';
import type { FilingBodyDto } from '../dto/filing-body.dto';
import type { FilingQueueQuery } from '../dto/filing-query.dto';
import { FilingEvent } from '../entities/filing-event.entity';
import { Filing } from '../entities/filing.entity';
import { checkFiling } from '../filing-checks';
import { FilingCountCache } from './filing-count-cache.service';
import { applyBody, inClear } from '../filing-mapper';

const OPEN: FilingStatus[] = ['draft', 'submitted', 'returned'];
const EDITABLE: FilingStatus[] = ['draft', 'returned'];

export const notFound = () =>
  new ApiException(HttpStatus.NOT_FOUND, ErrorCode.FILING_NOT_FOUND, 'No such filing.');

/** The applicant's side of a filing: draft, edit, submit, withdraw; and reading filings. */
@Injectable()
export class FilingsService {
  constructor(
    @InjectRepository(Filing) private readonly filings: Repository<Filing>,
    @InjectRepository(FilingEvent) private readonly events: Repository<FilingEvent>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly counts: FilingCountCache,
  ) {}

  async create(user: RequestUser, body: FilingBodyDto): Promise<Filing> {
    return this.dataSource.transaction(async (manager) => {
      const open = await manager
        .getRepository(Filing)
        .count({ where: { ownerId: user.id, status: In(OPEN) } });
      if (open > 0) {
        throw new ApiException(
          HttpStatus.CONFLICT,
          ErrorCode.FILING_OPEN_EXISTS,
          'You already have a filing in progress; continue that one.',
        );
      }
      const filing = manager
        .getRepository(Filing)
        .create({ ownerId: user.id, status: 'draft', enterprise: {}, cqo: {} });
      applyBody(filing, body, this.cipher);
      const saved = await manager.getRepository(Filing).save(filing);
      await this.record(manager, saved, user, 'create', null, 'draft');
      return saved;
    });
  }

  async update(user: RequestUser, id: string, body: FilingBodyDto): Promise<Filing> {
    const filing = await this.getEditable(user, id);
    applyBody(filing, body, this.cipher);
    return this.filings.save(filing);
  }

  /** Runs every check again on the server; a filing with problems stays as it is and gets them back per field. */
  async submit(user: RequestUser, id: string): Promise<Filing> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Filing);
      const filing = await repo
        .createQueryBuilder('f')
        .setLock('pessimistic_write')
        .where('f.id = :id', { id })
        .getOne();
      if (!filing || filing.ownerId !== user.id) throw notFound();
      if (!EDITABLE.includes(filing.status)) {
        throw new ApiException(
          HttpStatus.CONFLICT,
          ErrorCode.FILING_NOT_EDITABLE,
          `A ${filing.status} filing cannot be submitted.`,
        );
      }
      const form = inClear(filing, this.cipher);
      const result = checkFiling(form.enterprise, form.cqo);
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
          HttpStatus.BAD_REQUEST,
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
      return saved;
    });
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
          HttpStatus.CONFLICT,
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
    const filing = await this.filings.findOne({ where: { id } });
    if (!filing || (filing.ownerId !== user.id && !can(user.roles, Permission.StaffWork))) throw notFound();
    const events = await this.events.find({ where: { filingId: id }, order: { createdAt: 'ASC' } });
    return { filing, events };
  }

  async list(user: RequestUser, query: FilingQueueQuery): Promise<{ items: Filing[]; total: number }> {
    // Only the columns a list row shows: no form jsonb, no sealed blob.
    const qb = this.filings
      .createQueryBuilder('f')
      .select([
        'f.id',
        'f.status',
        'f.enterpriseName',
        'f.creditCode',
        'f.industryCode',
        'f.regionCode',
        'f.enterpriseSize',
        'f.eligibilityOutcome',
        'f.cqoName',
        'f.submittedAt',
        'f.updatedAt',
      ]);
    if (!can(user.roles, Permission.StaffWork)) qb.where('f.ownerId = :owner', { owner: user.id });
    if (query.status?.length) qb.andWhere('f.status IN (:...status)', { status: query.status });
    if (query.region) qb.andWhere('f.regionCode LIKE :region', { region: `${query.region}%` });
    if (query.industry) qb.andWhere('f.industryCode LIKE :industry', { industry: `${query.industry}%` });
    if (query.size?.length) qb.andWhere('f.enterpriseSize IN (:...size)', { size: query.size });
    if (query.eligibility?.length)
      qb.andWhere('f.eligibilityOutcome IN (:...eligibility)', { eligibility: query.eligibility });
    // Dates are days in Asia/Shanghai; "to" includes the whole day.
    if (query.submittedFrom)
      qb.andWhere('f.submittedAt >= :from', { from: chinaDayStart(query.submittedFrom) });
    if (query.submittedTo)
      qb.andWhere('f.submittedAt < :to', {
        to: new Date(chinaDayStart(query.submittedTo).getTime() + 86_400_000),
      });
    if (query.q) qb.andWhere('f.searchText LIKE :like', { like: containsPattern(query.q) });
    qb.orderBy('f.submittedAt', 'DESC', 'NULLS LAST').addOrderBy('f.updatedAt', 'DESC').addOrderBy('f.id');
    const { page, pageSize, ...filter } = query;
    const staff = can(user.roles, Permission.StaffWork);
    const [items, total] = await Promise.all([
      qb
        .clone()
        .offset((page - 1) * pageSize)
        .limit(pageSize)
        .getMany(),
      // Staff page through one shared queue: its totals are cached. An applicant's own list is tiny.
      staff ? this.counts.get(`queue ${JSON.stringify(filter)}`, () => qb.getCount()) : qb.getCount(),
    ]);
    return { items, total };
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

  /** The owner's own filing while it may still change (draft or returned). */
  async getEditable(user: RequestUser, id: string): Promise<Filing> {
    const filing = await this.filings.findOne({ where: { id } });
    if (!filing || filing.ownerId !== user.id) throw notFound();
    if (!EDITABLE.includes(filing.status)) {
      throw new ApiException(
        HttpStatus.CONFLICT,
        ErrorCode.FILING_NOT_EDITABLE,
        `A ${filing.status} filing cannot be changed.`,
      );
    }
    return filing;
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
