import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { toClientError } from './api-error';

describe('toClientError', () => {
  it('reads the API error body: code, message, field details', () => {
    const error = new HttpErrorResponse({
      status: 422,
      error: {
        code: 'VALIDATION_FAILED',
        message: 'bad',
        details: [{ field: 'email', code: 'INVALID_EMAIL' }],
      },
    });
    expect(toClientError(error)).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'bad',
      details: [{ field: 'email', code: 'INVALID_EMAIL' }],
      params: {},
    });
  });

  it('passes Retry-After on, so "try again in N seconds" can say how long', () => {
    const error = new HttpErrorResponse({
      status: 429,
      headers: new HttpHeaders({ 'retry-after': '42' }),
      error: { code: 'TOO_MANY_REQUESTS', message: 'slow down' },
    });
    expect(toClientError(error).params).toEqual({ seconds: '42' });
  });

  it('tells a lost connection from a server failure and from an unknown answer', () => {
    expect(toClientError(new HttpErrorResponse({ status: 0 })).code).toBe('NETWORK');
    expect(toClientError(new HttpErrorResponse({ status: 502, error: '<html>' })).code).toBe(
      'INTERNAL_ERROR',
    );
    expect(toClientError(new HttpErrorResponse({ status: 404, error: null })).code).toBe('UNKNOWN');
    expect(toClientError(new Error('boom'))).toMatchObject({ code: 'UNKNOWN', message: 'Error: boom' });
  });
});
