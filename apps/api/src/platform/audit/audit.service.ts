import type { AuditAction } from '@cqo/contracts';
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

  async list(page: number, pageSize: number, filter: { action?: string; subjectId?: string }) {
    const qb = this.entries
      .createQueryBuilder('a')
      .orderBy('a.createdAt', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.subjectId) qb.andWhere('a.subjectId = :subjectId', { subjectId: filter.subjectId });
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }
}
