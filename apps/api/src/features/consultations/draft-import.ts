import { ErrorCode } from '@cqo/contracts';
import { ApiException } from '../../platform/errors/api.exception';

/** The text of a draft uploaded as DOCX, paragraph by paragraph (mammoth reads the document). */
export async function docxText(data: Buffer): Promise<string> {
  try {
    // Loaded with the first upload: the server does not hold it from start-up.
    const mammoth = (await import('mammoth')).default;
    const { value } = await mammoth.extractRawText({ buffer: data });
    return value.replace(/\n{3,}/g, '\n\n');
  } catch {
    throw new ApiException(
      ErrorCode.DRAFT_UNREADABLE,
      'The file could not be read as a Word document (DOCX).',
    );
  }
}
