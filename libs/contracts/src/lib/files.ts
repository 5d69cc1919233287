/** Uploads: one limit and one set of formats for every feature (PRODUCT.md, "The filing"). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const UPLOAD_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/**
 * A Word document: kept only where the feature has read it as one first (a consultation's draft,
 * read by mammoth), since its first bytes are any ZIP's.
 */
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export type UploadContentType = (typeof UPLOAD_CONTENT_TYPES)[number] | typeof DOCX_CONTENT_TYPE;

/** A stored upload as the API shows it; the file itself is fetched from the owning feature's URL. */
export interface StoredFileInfo {
  id: string;
  kind: string;
  name: string;
  contentType: UploadContentType;
  size: number;
  uploadedAt: string;
}

/** The documents of a filing (附件2): what each upload is. */
export const ATTACHMENT_KINDS = [
  'appointment',
  'id-copy',
  'diploma',
  'title',
  'photo',
  'registration-form',
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/**
 * What the bureau's notice requires before a filing can be submitted: the stamped registration
 * form (盖章扫描件) and a copy of the ID. The other documents are welcome, not required.
 */
export const REQUIRED_ATTACHMENT_KINDS: readonly AttachmentKind[] = ['registration-form', 'id-copy'];

/** The photo goes into the DOCX registration form, so it must be an image. */
export const ATTACHMENT_TYPES: Record<AttachmentKind, readonly UploadContentType[]> = {
  appointment: UPLOAD_CONTENT_TYPES,
  'id-copy': UPLOAD_CONTENT_TYPES,
  diploma: UPLOAD_CONTENT_TYPES,
  title: UPLOAD_CONTENT_TYPES,
  photo: ['image/jpeg', 'image/png'],
  'registration-form': UPLOAD_CONTENT_TYPES,
};

/** At most this many files of one kind on one filing (the photo: one, replaced on upload). */
export const MAX_ATTACHMENTS_PER_KIND = 5;
