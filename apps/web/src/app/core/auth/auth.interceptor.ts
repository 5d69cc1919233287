import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, switchMap, throwError } from 'rxjs';
import { AuthService } from './auth.service';

const withToken = (req: HttpRequest<unknown>, token: string | null) =>
  token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;

/**
 * Adds the access token to API calls. When one comes back 401 because the token expired,
 * refreshes once and retries; if that fails too, the session has ended.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith('/api/')) return next(req);
  const auth = inject(AuthService);
  const isAuthCall =
    req.url.startsWith('/api/auth/refresh') ||
    req.url.startsWith('/api/auth/login') ||
    req.url.startsWith('/api/auth/logout');
  return next(withToken(req, auth.accessToken())).pipe(
    catchError((error: unknown) => {
      const code =
        error instanceof HttpErrorResponse ? (error.error as { code?: string } | null)?.code : undefined;
      if (isAuthCall || !(error instanceof HttpErrorResponse) || error.status !== 401 || !auth.accessToken())
        return throwError(() => error);
      if (code !== 'TOKEN_EXPIRED' && code !== 'TOKEN_INVALID') return throwError(() => error);
      return auth.refresh().pipe(
        catchError((refreshError: unknown) => {
          auth.sessionEnded(location.pathname);
          return throwError(() => refreshError);
        }),
        switchMap((res) => next(withToken(req, res.accessToken))),
      );
    }),
  );
};
