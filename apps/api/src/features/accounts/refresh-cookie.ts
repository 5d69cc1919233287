import type { FastifyReply, FastifyRequest } from 'fastify';

export const REFRESH_COOKIE = 'cqo_rt';
/** The cookie is only ever sent to the auth endpoints. */
const COOKIE_PATH = '/api/auth';

export function readRefreshCookie(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  return (header && request.server.parseCookie(header)[REFRESH_COOKIE]) || undefined;
}

export function setRefreshCookie(
  reply: FastifyReply,
  token: string,
  maxAgeSeconds: number,
  secure: boolean,
): void {
  reply.setCookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: COOKIE_PATH,
    maxAge: maxAgeSeconds,
  });
}

export function clearRefreshCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: COOKIE_PATH });
}

export function clientMeta(request: FastifyRequest): { ip: string | null; userAgent: string | null } {
  const ua = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof ua === 'string' ? ua : null };
}

/** The client's address for abuse limits (behind a proxy only with TRUST_PROXY). */
export function clientIp(request: FastifyRequest): string {
  return request.ip ?? 'unknown';
}
