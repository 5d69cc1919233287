import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode, FieldErrorCode } from '@cqo/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestUser } from '../../../platform/auth/request-user';
import { FieldCipher } from '../../../platform/crypto/field-cipher.service';
import { EventBus, type Published } from '../../../platform/events/event-bus.service';
import { ApiException } from '../../../platform/errors/api.exception';
import type { ReviewDto } from '../dto/filing-query.dto';
import { Filing } from '../entities/filing.entity';
import type { ApprovedFacts } from '../filing-events';
import { unseal } from '../filing-mapper';
import { FilingsService, notFound } from './filings.service';

const DECISION_STATUS = { approve: 'approved', return: 'returned', reject: 'rejected' } as const;

/** Staff decisions on submitted filings, and the audited reveal of personal numbers. */
@Injectable()
export class FilingReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly filings: FilingsService,
    private readonly events: EventBus,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
  ) {}

  /**
   * Approve, return (with comments per field) or reject a submitted filing, in one transaction.
   * Approval makes the filing its enterprise's current CQO; the previous current filing of the same
   * credit code is superseded and keeps its history. The rest of the product reacts to the
   * `filing.decided` and `filing.superseded` events (membership, directory, notices), delivered
   * before this answers.
   */
  async review(staff: RequestUser, id: string, dto: ReviewDto, ip: string | null): Promise<Filing> {
    if (dto.decision !== 'approve' && !dto.comment?.trim()) {
      throw new ApiException(ErrorCode.VALIDATION_FAILED, 'Say why, so the applicant knows what to do.', [
        { field: 'comment', code: FieldErrorCode.REQUIRED },
      ]);
    }
    const fieldComments = dto.fieldComments ? sanitizeFieldComments(dto.fieldComments) : null;
    const published: Published = [];
    const saved = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Filing);
      const filing = await repo
        .createQueryBuilder('f')
        .setLock('pessimistic_write')
        .where('f.id = :id', { id })
        .getOne();
      if (!filing) throw notFound();
      if (filing.status !== 'submitted') {
        throw new ApiException(
          ErrorCode.FILING_NOT_SUBMITTED,
          `Only submitted filings can be reviewed; this one is ${filing.status}.`,
        );
      }
      const to = DECISION_STATUS[dto.decision];
      if (dto.decision === 'approve') {
        const previous = await repo
          .createQueryBuilder('f')
          .setLock('pessimistic_write')
          .where('f.isCurrent')
          .andWhere('f.creditCode = :c', { c: filing.creditCode })
          .getMany();
        for (const old of previous) {
          old.isCurrent = false;
          await repo.save(old);
          await this.filings.record(
            manager,
            old,
            staff,
            'supersede',
            old.status,
            old.status,
            `由新的备案接替 / superseded by filing ${filing.id}`,
          );
          published.push(
            ...(await this.events.publish(
              'filing.superseded',
              {
                filingId: old.id,
                ownerId: old.ownerId,
                enterpriseName: old.enterpriseName,
                supersededBy: filing.id,
                newOwnerId: filing.ownerId,
              },
              manager,
            )),
          );
        }
        filing.isCurrent = true;
      }
      filing.status = to;
      filing.decidedAt = new Date();
      filing.fieldComments = dto.decision === 'return' ? fieldComments : null;
      const result = await repo.save(filing);
      await this.filings.record(
        manager,
        result,
        staff,
        dto.decision,
        'submitted',
        to,
        dto.comment?.trim() || null,
        fieldComments,
      );
      await this.audit.record(
        {
          actorId: staff.id,
          action: `filing.${dto.decision}`,
          subjectType: 'filing',
          subjectId: filing.id,
          reason: dto.comment ?? null,
          ip,
        },
        manager,
      );
      // In the same transaction: the decision and the reactions to it stand or fall together.
      published.push(
        ...(await this.events.publish(
          'filing.decided',
          {
            filingId: result.id,
            ownerId: result.ownerId,
            decision: dto.decision,
            enterpriseName: result.enterpriseName,
            comment: dto.comment?.trim() || null,
            fieldComments: result.fieldComments,
            approved: dto.decision === 'approve' ? approvedFacts(result) : null,
          },
          manager,
        )),
      );
      return result;
    });
    await this.events.deliverNow(published);
    return saved;
  }

  /** One personal number in clear, for staff, with the reason written to the audit log. */
  async reveal(
    staff: RequestUser,
    id: string,
    field: 'idNumber' | 'mobile',
    reason: string,
    ip: string | null,
  ): Promise<{ field: string; value: string }> {
    const filing = await this.filings.findVisible(staff, id);
    const value = unseal(filing, this.cipher)[field];
    if (!value) throw new ApiException(ErrorCode.FILING_NOTHING_TO_REVEAL, 'This filing has no such number.');
    await this.audit.record({
      actorId: staff.id,
      action: `filing.reveal.${field}`,
      subjectType: 'filing',
      subjectId: id,
      reason,
      ip,
    });
    return { field, value };
  }
}

/** Field comments: at most 100, keys like "cqo.idNumber", values up to 500 characters. */
function sanitizeFieldComments(input: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(input).slice(0, 100)) {
    if (
      !/^(enterprise|cqo|attachments)(\.[A-Za-z]+){1,2}$/.test(key) ||
      typeof value !== 'string' ||
      value.length > 500
    ) {
      throw new ApiException(
        ErrorCode.VALIDATION_FAILED,
        'fieldComments must map form fields to short texts.',
        [{ field: `fieldComments.${key}`, code: FieldErrorCode.INVALID_VALUE }],
      );
    }
    if (value.trim()) out[key] = value.trim();
  }
  return out;
}

/** The part of an approved filing the member directory shows. */
function approvedFacts(filing: Filing): ApprovedFacts {
  return {
    filingId: filing.id,
    name: filing.cqoName ?? filing.cqo.name ?? '',
    enterpriseName: filing.enterpriseName,
    industryCode: filing.industryCode,
    regionCode: filing.regionCode,
    enterpriseSize: filing.enterpriseSize,
    qualityYears: filing.cqo.qualityYears ?? null,
    position: filing.cqo.position ?? null,
    phone: filing.cqo.phone ?? null,
    email: filing.cqo.email ?? null,
  };
}
