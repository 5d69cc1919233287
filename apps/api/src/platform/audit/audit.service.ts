import type { AuditAction } from '@cqo/contracts';
import { chinaDayStart } from '@cqo/rules';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditEntry } from './entities/audit-entry.entity';

export interface AuditRecord {
  actorId: string | null;
  /** One of AUDIT_ACTIONS: the web client has words for each. */
  action: AuditAction;
  subjectType: string;
  subjectId?: string | null;
  reason?: string | null;
  meta?: Record<string, unknown>;
  ip?: string | null;
}

export interface AuditFilter {
  action?: string;
  actorId?: string;
  subjectType?: string;
  subjectId?: string;
  /** Days (YYYY-MM-DD) in Asia/Shanghai. */
  from?: string;
  to?: string;
}

/** Append-only log of sensitive reads and writes. Pass the transaction's manager to log inside it. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  async record(entry: AuditRecord, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(AuditEntry) : this.entries;
    await repo.insert({
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      reason: entry.reason ?? null,
      meta: (entry.meta ?? {}) as never,
      ip: entry.ip ?? null,
    });
  }

  /** One page of the log, newest first, under a filter (who, what, on what, when). */
  async list(page: number, pageSize: number, filter: AuditFilter) {
    const qb = this.entries
      .createQueryBuilder('a')
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.actorId) qb.andWhere('a.actorId = :actorId', { actorId: filter.actorId });
    if (filter.subjectType) qb.andWhere('a.subjectType = :subjectType', { subjectType: filter.subjectType });
    if (filter.subjectId) qb.andWhere('a.subjectId = :subjectId', { subjectId: filter.subjectId });
    // Days in Asia/Shanghai; "to" includes its whole day.
    if (filter.from) qb.andWhere('a.createdAt >= :from', { from: chinaDayStart(filter.from) });
    if (filter.to) {
      qb.andWhere('a.createdAt < :to', { to: new Date(chinaDayStart(filter.to).getTime() + 86_400_000) });
    }
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }
}
