import { DOCX_CONTENT_TYPE, type UploadContentType } from '@cqo/contracts';

/** How many leading bytes `sniffContentType` needs. */
export const SNIFF_BYTES = 8;

/**
 * The format of an upload from its first bytes (the signatures fixed by each format's spec):
 * PDF `%PDF-`, JPEG SOI + marker `FF D8 FF`, PNG `89 50 4E 47 0D 0A 1A 0A`. Hand-written because
 * we accept exactly these three and `file-type` (the usual library) now needs Node 22.
 */
export function sniffContentType(head: Uint8Array): UploadContentType | null {
  const starts = (signature: number[]) => signature.every((byte, i) => head[i] === byte);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

/** A ZIP container (XLSX, DOCX): `PK\x03\x04`. */
export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

const EXTENSIONS: Record<UploadContentType, string> = {
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg',
  'image/png': '.png',
  [DOCX_CONTENT_TYPE]: '.docx',
};

/**
 * A safe display name: no path, no control characters, at most 120 characters, and an
 * extension that says what the bytes are (a `.pdf` that is really a PNG becomes `.png`).
 */
export function displayName(original: string | undefined, type: UploadContentType): string {
  const base = (original ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .slice(0, 120);
  return (base || 'file') + EXTENSIONS[type];
}
