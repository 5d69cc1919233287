import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { EntityManager } from 'typeorm';
import { ATTACHMENT_TYPES, ErrorCode, MAX_ATTACHMENTS_PER_KIND, type AttachmentKind } from '@cqo/contracts';
import type { RequestUser } from '../../../platform/auth/request-user';
import { ApiException } from '../../../platform/errors/api.exception';
import type { StoredFile } from '../../../platform/files/entities/stored-file.entity';
import { FilesService, type UploadTarget } from '../../../platform/files/files.service';
import { FILING_FILES } from '../filing-files';
import { FilingsService } from './filings.service';

/** Other kinds than the photo keep several pages, up to a limit. */
function checkLimit(kind: AttachmentKind, existing: StoredFile[]): void {
  if (kind !== 'photo' && existing.length >= MAX_ATTACHMENTS_PER_KIND) {
    throw new ApiException(
      ErrorCode.ATTACHMENT_LIMIT,
      `At most ${MAX_ATTACHMENTS_PER_KIND} files of one kind; delete one first.`,
    );
  }
}

/**
 * The documents of a filing (附件). Only the owner adds or removes them, and only while the
 * filing may change; the owner and staff read them.
 */
@Injectable()
export class FilingAttachmentsService {
  constructor(
    private readonly filings: FilingsService,
    private readonly files: FilesService,
  ) {}

  async add(
    user: RequestUser,
    filingId: string,
    kind: AttachmentKind,
    request: FastifyRequest,
  ): Promise<StoredFile> {
    // A quick refusal before the body is read; the same checks run again under the filing's lock.
    const filing = await this.filings.getEditable(user, filingId);
    checkLimit(kind, await this.ofKind(filing.id, kind));
    return this.files.receive(request, this.target(user, filing.id, kind));
  }

  /** The same, for a document made on the server (demo content), under the same checks. */
  async attachBytes(
    user: RequestUser,
    filingId: string,
    kind: AttachmentKind,
    file: { name: string; data: Buffer },
  ): Promise<StoredFile> {
    const filing = await this.filings.getEditable(user, filingId);
    return this.files.storeBytes(file.data, file.name, this.target(user, filing.id, kind));
  }

  private target(user: RequestUser, filingId: string, kind: AttachmentKind): UploadTarget {
    return {
      ownerId: user.id,
      subjectType: FILING_FILES,
      subjectId: filingId,
      kind,
      accept: ATTACHMENT_TYPES[kind],
      admit: async (manager) => {
        await this.filings.lockEditable(manager, user, filingId);
        const existing = await this.ofKind(filingId, kind, manager);
        checkLimit(kind, existing);
        // One photo: a new one replaces it.
        return kind === 'photo' ? existing : [];
      },
    };
  }

  private async ofKind(
    filingId: string,
    kind: AttachmentKind,
    manager?: EntityManager,
  ): Promise<StoredFile[]> {
    return (await this.files.listFor(FILING_FILES, filingId, manager)).filter((f) => f.kind === kind);
  }

  async remove(user: RequestUser, filingId: string, fileId: string): Promise<void> {
    const filing = await this.filings.getEditable(user, filingId);
    await this.files.remove(await this.files.findFor(FILING_FILES, filing.id, fileId));
  }

  /** Checks the reader may see the filing (owner or staff), then finds the file on it. */
  async get(user: RequestUser, filingId: string, fileId: string): Promise<StoredFile> {
    const filing = await this.filings.findVisible(user, filingId);
    return this.files.findFor(FILING_FILES, filing.id, fileId);
  }

  list(filingId: string): Promise<StoredFile[]> {
    return this.files.listFor(FILING_FILES, filingId);
  }

  /** The photo's bytes for the registration form, if the filing has one. */
  async photo(filingId: string): Promise<{ data: Buffer; type: 'jpg' | 'png' } | null> {
    const photo = (await this.list(filingId)).filter((f) => f.kind === 'photo').pop();
    if (!photo) return null;
    return { data: await this.files.read(photo), type: photo.contentType === 'image/png' ? 'png' : 'jpg' };
  }
}
