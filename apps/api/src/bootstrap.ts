import 'reflect-metadata';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { LogController } from 'fastify';
import { MAX_UPLOAD_BYTES } from '@cqo/contracts';
import { AppModule } from './app.module';
import { existsSync } from 'node:fs';
import { AppConfig, IN_MEMORY, validateConfig } from './platform/config/app-config';
import { lockDataDirectory } from './platform/database/data-dir-lock';
import { pgliteSnapshot } from './platform/database/pglite-options';
import { SeedService } from './seed.service';
import { createValidationPipe, RejectUnstorableInputPipe } from './platform/errors/validation';
import { appVersion } from './platform/health/app-version';
import {
  fastifyLoggerOptions,
  PinoNestLogger,
  registerRequestLogging,
  requestId,
} from './platform/logging/logging';
import { SpaFallback } from './platform/web/spa-fallback';

export interface CreateAppOptions {
  /** Keep Nest's own start-up logging quiet (tests). */
  quiet?: boolean;
}

/**
 * Builds the one process: REST under /api, OpenAPI at /api/docs, the web client at /.
 * Used by main.ts and by the API tests, so tests run exactly what production runs.
 */
export async function createApp(options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  loadDotEnv();
  // Validate before anything starts, so a bad value stops start-up with a clear message.
  const early = validateConfig(process.env);
  // The embedded database has one writer: a second process stops here, before Nest starts.
  if (!early.DATABASE_URL && early.DATA_DIR !== IN_MEMORY && !pgliteSnapshot())
    lockDataDirectory(early.DATA_DIR);
  const adapter = new FastifyAdapter({
    bodyLimit: early.BODY_LIMIT,
    trustProxy: early.TRUST_PROXY,
    logger: fastifyLoggerOptions(early),
    genReqId: requestId,
    // Our own single line per request (registerRequestLogging) replaces Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { maxParamLength: 200 },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  const config = app.get(AppConfig);
  if (!options.quiet) app.useLogger(new PinoNestLogger(app.getHttpAdapter().getInstance().log));
  else app.useLogger(false);

  app.setGlobalPrefix('api', { exclude: [] });
  app.useGlobalPipes(new RejectUnstorableInputPipe(), createValidationPipe());
  app.enableShutdownHooks();
  // CORS stays closed (no headers at all) unless origins are configured.
  if (config.CORS_ORIGINS) {
    app.enableCors({ origin: config.CORS_ORIGINS.split(',').map((o) => o.trim()), credentials: true });
  }

  const fastify = app.getHttpAdapter().getInstance();
  registerRequestLogging(fastify);
  // Cookies are parsed only where they are read (the auth endpoints), not on every request.
  await fastify.register(fastifyCookie, { hook: false });
  // Uploads are streamed to disk by the files module; these limits stop a request early.
  await fastify.register(fastifyMultipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 4, parts: 5, fieldSize: 1024 },
  });
  await fastify.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        // The in-page viewer shows fetched attachments (PDF) from blob: URLs.
        frameSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });

  const spa = app.get(SpaFallback);
  if (spa.available) {
    await fastify.register(fastifyStatic, {
      root: spa.root,
      prefix: '/',
      wildcard: false,
      // Pages, "/" included, come from SpaFallback: it adds each route's preloads to index.html.
      index: false,
      maxAge: '1h',
      // The build leaves a brotli and a gzip copy beside each text asset (tools/scripts/compress-web.mjs).
      preCompressed: true,
      setHeaders: (reply, path) => {
        // Hashed bundles never change; index.html must always be re-checked.
        const file = path.replace(/\.(br|gz)$/, '');
        if (/-[0-9A-Z]{8,}\.(js|css)$/i.test(file) || file.includes('/media/'))
          void reply.header('cache-control', 'public, max-age=31536000, immutable');
        if (file.endsWith('.html') || file.endsWith('.json')) void reply.header('cache-control', 'no-cache');
      },
    });
  }

  const openApi = new DocumentBuilder()
    .setTitle('珠海市企业首席质量官联盟 · CQO Alliance API')
    .setDescription(
      'REST API of the CQO alliance platform. Errors: `{ statusCode, code, message, details? }`.',
    )
    .setVersion(appVersion())
    .addBearerAuth()
    .addCookieAuth('cqo_rt')
    .build();
  // Built when first asked for, not at every start: nobody reads it most days.
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs-json',
    customSiteTitle: 'CQO Alliance API',
  });

  await app.init();
  await app.get(SeedService).run();
  return app;
}

/** Reads `.env` from the working directory when there is one (real variables win). */
export function loadDotEnv(): void {
  if (existsSync('.env')) process.loadEnvFile('.env');
}
