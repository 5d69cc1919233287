import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError, FieldError } from '@cqo/contracts';

export interface ClientError {
  code: string;
  message: string;
  details: FieldError[];
  params: Record<string, string | number>;
}

/** Turns any HTTP failure into our `{ code, details }` shape (network errors included). */
export function toClientError(error: unknown): ClientError {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return { code: 'NETWORK', message: error.message, details: [], params: {} };
    const body = error.error as Partial<ApiError> | null;
    const retryAfter = error.headers?.get('retry-after');
    return {
      code: body?.code ?? (error.status >= 500 ? 'INTERNAL_ERROR' : 'UNKNOWN'),
      message: body?.message ?? error.message,
      details: body?.details ?? [],
      params: retryAfter ? { seconds: retryAfter } : {},
    };
  }
  return { code: 'UNKNOWN', message: String(error), details: [], params: {} };
}
