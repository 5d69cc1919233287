import { HttpException } from '@nestjs/common';
import { ERROR_STATUS, type ErrorCode, type FieldError } from '@cqo/contracts';

/** The one exception type features throw: a code (its HTTP status comes with it) and a message. */
export class ApiException extends HttpException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldError[],
    readonly headers?: Record<string, string>,
    /** More of the body beside the standard fields (e.g. an import's row-by-row report). */
    extra?: Record<string, unknown>,
  ) {
    const statusCode = ERROR_STATUS[code];
    super({ statusCode, code, message, ...(details ? { details } : {}), ...extra }, statusCode);
  }
}
