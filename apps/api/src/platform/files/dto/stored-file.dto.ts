import { applyDecorators } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiPayloadTooLargeResponse,
  ApiProperty,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import {
  DOCX_CONTENT_TYPE,
  UPLOAD_CONTENT_TYPES,
  type StoredFileInfo,
  type UploadContentType,
} from '@cqo/contracts';

export class StoredFileDto implements StoredFileInfo {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'What the file is within its subject, e.g. photo' }) kind!: string;
  @ApiProperty({ description: 'Display name; the extension matches the detected format' }) name!: string;
  @ApiProperty({ enum: [...UPLOAD_CONTENT_TYPES, DOCX_CONTENT_TYPE], description: 'Detected from the bytes' })
  contentType!: UploadContentType;
  @ApiProperty({ description: 'Bytes' }) size!: number;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
}

/** OpenAPI body of an upload: one multipart field named `file`. */
export const UPLOAD_BODY_SCHEMA = {
  type: 'object',
  required: ['file'],
  properties: { file: { type: 'string', format: 'binary', description: 'PDF, JPEG or PNG, at most 10 MB' } },
};

/** OpenAPI of an upload route: the multipart body, the stored file, and the files module's refusals. */
export function ApiUpload(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({ schema: UPLOAD_BODY_SCHEMA }),
    ApiCreatedResponse({ type: StoredFileDto }),
    ApiPayloadTooLargeResponse({ description: 'FILE_TOO_LARGE (over 10 MB)' }),
    ApiUnsupportedMediaTypeResponse({
      description: 'FILE_TYPE_NOT_ALLOWED: the bytes are not PDF, JPEG or PNG',
    }),
  );
}
