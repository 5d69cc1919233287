import { Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppConfig } from '../config/app-config';

/**
 * Serves the Angular client's index.html for deep links (`/filings/123`), so the client
 * router takes over. API paths and non-GET requests never fall back.
 */
@Injectable()
export class SpaFallback {
  private readonly logger = new Logger(SpaFallback.name);
  private indexHtml?: Buffer | null;

  constructor(private readonly config: AppConfig) {}

  get root(): string {
    return resolve(this.config.WEB_DIST_DIR);
  }

  get available(): boolean {
    return this.index() !== null;
  }

  handles(request: FastifyRequest): boolean {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const path = request.url.split('?')[0];
    if (path === '/api' || path.startsWith('/api/') || path.startsWith('/socket.io')) return false;
    // A missing asset (has a file extension) is a real 404, not a page.
    if (/\.[a-z0-9]{1,8}$/i.test(path)) return false;
    return this.index() !== null;
  }

  async send(reply: FastifyReply): Promise<void> {
    await reply
      .status(200)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(this.index());
  }

  private index(): Buffer | null {
    if (this.indexHtml === undefined) {
      const file = join(this.root, 'index.html');
      this.indexHtml = existsSync(file) ? readFileSync(file) : null;
      if (!this.indexHtml)
        this.logger.warn(`No web client at ${this.root}; serving the API only (run "npm run build").`);
    }
    return this.indexHtml;
  }
}
