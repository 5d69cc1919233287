import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';

/** Paths and fields never written to the log. */
export const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.idNumber',
  '*.token',
];

/**
 * Logging is Fastify's own pino (hook-based, the cheapest per request); nestjs-pino reuses it
 * (`useExisting`) so that logs written inside a request carry its id.
 */
export function fastifyLoggerOptions(config: AppConfig) {
  return {
    level: config.LOG_LEVEL,
    redact: { paths: REDACT, censor: '[redacted]' },
    base: { app: 'cqo-api' },
    transport: config.LOG_PRETTY
      ? { target: 'pino-pretty', options: { singleLine: true, colorize: true } }
      : undefined,
  };
}

/** Request id: the proxy's `x-request-id` when it looks sane, else a new UUID. */
export function requestId(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
}

/** One log line per request (not for health polls), and the id echoed back in `x-request-id`. */
export function registerRequestLogging(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    if (!request.url.startsWith('/api/health')) {
      request.log.info(
        {
          method: request.method,
          url: request.url.split('?')[0],
          statusCode: reply.statusCode,
          ms: Math.round(reply.elapsedTime),
        },
        'request completed',
      );
    }
    done();
  });
}

export function pinoOptions(config: AppConfig): Params {
  return {
    pinoHttp: { level: config.LOG_LEVEL, redact: { paths: REDACT, censor: '[redacted]' } },
    useExisting: true,
  };
}
