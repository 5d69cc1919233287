import {
  ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ExceptionFilter,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, type ApiError } from '@cqo/contracts';
import { ApiException } from './api.exception';
import { SpaFallback } from '../web/spa-fallback';

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: ErrorCode.VALIDATION_FAILED,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: ErrorCode.TOO_MANY_REQUESTS,
};

/** SQLSTATEs of text PostgreSQL cannot store: character_not_in_repertoire, untranslatable_character. */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);

/** Fastify's own errors (raised before a route handler runs) mapped to our codes. */
const FASTIFY_CODES: Record<string, { status: number; code: ErrorCode; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: ErrorCode.PAYLOAD_TOO_LARGE,
    message: 'The request body is too large.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: ErrorCode.INVALID_JSON,
    message: 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: ErrorCode.INVALID_JSON,
    message: 'The request body is empty.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    message: 'Unsupported content type.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: ErrorCode.INVALID_JSON,
    message: 'Invalid content length.',
  },
};

/**
 * Every error leaves as `{ statusCode, code, message, details? }`. Anything unexpected is
 * logged in full and answered with a plain 500 that reveals nothing.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly spa: SpaFallback) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const ctx = host.switchToHttp();
    this.respond(exception, ctx.getRequest<FastifyRequest>(), ctx.getResponse<FastifyReply>());
  }

  /** Shapes any error (HTTP, Fastify parser, unexpected) into our error body. */
  respond(exception: unknown, request: FastifyRequest, reply: FastifyReply): void {
    if (exception instanceof HttpException && exception.getStatus() === 404 && this.spa.handles(request)) {
      void this.spa.send(reply, request.url);
      return;
    }
    const { body, headers } = this.toBody(exception, request);
    if (headers) for (const [k, v] of Object.entries(headers)) void reply.header(k, v);
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private toBody(
    exception: unknown,
    request: FastifyRequest,
  ): { body: ApiError; headers?: Record<string, string> } {
    if (exception instanceof ApiException) {
      return { body: exception.getResponse() as ApiError, headers: exception.headers };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : String((response as { message?: unknown }).message ?? exception.message);
      // Nest re-raises Fastify's JSON parse failure as a plain 400; give it its own code.
      if (status === 400 && /not valid JSON|Unexpected (token|end)/i.test(message)) {
        return {
          body: {
            statusCode: 400,
            code: ErrorCode.INVALID_JSON,
            message: 'The request body is not valid JSON.',
          },
        };
      }
      const isRoute404 = status === 404 && /^Cannot (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)/.test(message);
      return {
        body: {
          statusCode: status,
          code: isRoute404
            ? ErrorCode.ROUTE_NOT_FOUND
            : (STATUS_CODES[status] ?? (status >= 500 ? ErrorCode.INTERNAL_ERROR : 'HTTP_' + status)),
          message: isRoute404 ? `No route ${request.method} ${request.url.split('?')[0]}` : message,
        },
      };
    }
    const fastifyCode = (exception as { code?: string } | null)?.code;
    if (fastifyCode && FASTIFY_CODES[fastifyCode]) {
      const known = FASTIFY_CODES[fastifyCode];
      return { body: { statusCode: known.status, code: known.code, message: known.message } };
    }
    const statusCode = (exception as { statusCode?: number } | null)?.statusCode;
    if (statusCode === 400 && exception instanceof SyntaxError) {
      return {
        body: {
          statusCode: 400,
          code: ErrorCode.INVALID_JSON,
          message: 'The request body is not valid JSON.',
        },
      };
    }
    if (statusCode && statusCode >= 400 && statusCode < 500) {
      return {
        body: {
          statusCode,
          code: STATUS_CODES[statusCode] ?? 'HTTP_' + statusCode,
          message: (exception as Error).message,
        },
      };
    }
    // Text PostgreSQL cannot store (U+0000, bad byte sequences) that came by a way the input pipe
    // does not see, such as an uploaded spreadsheet: the request's fault, and nothing was written.
    const sqlState = (exception as { driverError?: { code?: string } } | null)?.driverError?.code;
    if (sqlState && UNSTORABLE_TEXT.has(sqlState)) {
      return {
        body: {
          statusCode: 400,
          code: ErrorCode.VALIDATION_FAILED,
          message: 'The request holds characters that cannot be stored (such as U+0000).',
        },
      };
    }
    this.logger.error({ err: exception, url: request.url, method: request.method }, 'Unhandled error');
    return {
      body: {
        statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
        code: ErrorCode.INTERNAL_ERROR,
        message: 'Something went wrong on our side.',
      },
    };
  }
}
