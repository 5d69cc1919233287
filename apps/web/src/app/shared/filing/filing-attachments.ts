import { ATTACHMENT_KINDS, ATTACHMENT_TYPES, REQUIRED_ATTACHMENT_KINDS } from '@cqo/contracts';
import type { AttachmentKindSpec } from '../attachments/attachment-kinds.component';

/**
 * The documents a filing takes (附件2), for the attachments piece: the photo is one, replaced; the
 * stamped form and the ID copy are required before submitting (the notice asks for them).
 */
export const FILING_ATTACHMENT_KINDS: readonly AttachmentKindSpec[] = ATTACHMENT_KINDS.map((kind) => ({
  kind,
  accept: ATTACHMENT_TYPES[kind],
  single: kind === 'photo',
  required: REQUIRED_ATTACHMENT_KINDS.includes(kind),
}));

export const filingAttachmentsBase = (filingId: string) => `/api/filings/${filingId}/attachments`;
