import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { AttachmentKind, FilingBody } from '@cqo/contracts';
import type { RequestUser } from '../../platform/auth/request-user';
import { FilingBodyDto } from './dto/filing-body.dto';
import { FilingAttachmentsService } from './services/filing-attachments.service';
import { FilingReviewService } from './services/filing-review.service';
import { FilingsService } from './services/filings.service';

export interface WalkDocument {
  kind: AttachmentKind;
  name: string;
  data: Buffer;
}

/**
 * A filing's whole walk in one call, for content the server writes itself (the demo): the body is
 * validated as the HTTP route validates it, then created, given its documents, submitted (every
 * server check) and approved by `staff` — so the same events make the applicant a member, put the
 * CQO in the talent pool and the directory. Staff are not notified of a submission they approve
 * in the same breath.
 */
@Injectable()
export class FilingWalk {
  constructor(
    private readonly filings: FilingsService,
    private readonly attachments: FilingAttachmentsService,
    private readonly review: FilingReviewService,
  ) {}

  async fileAndApprove(
    applicant: RequestUser,
    staff: RequestUser,
    body: FilingBody,
    documents: WalkDocument[],
  ): Promise<{ filingId: string }> {
    const dto = plainToInstance(FilingBodyDto, body);
    const problems = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (problems.length)
      throw new Error(`Invalid filing body: ${JSON.stringify(problems.map((p) => p.toString()))}`);
    const filing = await this.filings.create(applicant, dto);
    for (const d of documents) await this.attachments.attachBytes(applicant, filing.id, d.kind, d);
    await this.filings.submit(applicant, filing.id, { notifyStaff: false });
    await this.review.review(staff, filing.id, { decision: 'approve' }, null);
    return { filingId: filing.id };
  }
}
