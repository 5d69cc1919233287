import { ATTACHMENT_KINDS, ATTACHMENT_TYPES } from '@cqo/contracts';
import type { AttachmentKindSpec } from '../attachments/attachment-kinds.component';

/** The documents a filing takes (附件2), for the attachments piece: the photo is one, replaced. */
export const FILING_ATTACHMENT_KINDS: readonly AttachmentKindSpec[] = ATTACHMENT_KINDS.map((kind) => ({
  kind,
  accept: ATTACHMENT_TYPES[kind],
  single: kind === 'photo',
}));

export const filingAttachmentsBase = (filingId: string) => `/api/filings/${filingId}/attachments`;
