import { HttpException, HttpStatus } from '@nestjs/common';
import type { ErrorCode, FieldError } from '@cqo/contracts';

/** The one exception type features throw: a status, a stable code and a message. */
export class ApiException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: ErrorCode | string,
    message: string,
    readonly details?: FieldError[],
    readonly headers?: Record<string, string>,
    /** More of the body beside the standard fields (e.g. an import's row-by-row report). */
    extra?: Record<string, unknown>,
  ) {
    super({ statusCode: status, code, message, ...(details ? { details } : {}), ...extra }, status);
  }
}
