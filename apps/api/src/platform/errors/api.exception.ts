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
  ) {
    super({ statusCode: status, code, message, ...(details ? { details } : {}) }, status);
  }
}
