import mammoth from 'mammoth';
import { ErrorCode } from '@cqo/contracts';
import { ApiException } from '../../platform/errors/api.exception';

/** The text of a draft uploaded as DOCX, paragraph by paragraph (mammoth reads the document). */
export async function docxText(data: Buffer): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: data });
    return value.replace(/\n{3,}/g, '\n\n');
  } catch {
    throw new ApiException(
      ErrorCode.DRAFT_UNREADABLE,
      'The file could not be read as a Word document (DOCX).',
    );
  }
}
