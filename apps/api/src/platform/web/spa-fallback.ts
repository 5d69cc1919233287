import { Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppConfig } from '../config/app-config';

/** What the build found each route's page to need (tools/scripts/route-preloads.mjs). */
interface RoutePreloads {
  routes: { path: string; chunks: string[] }[];
}

/**
 * Serves the Angular client's index.html for its pages (`/`, `/filings/123`), so the client
 * router takes over. API paths and non-GET requests never fall back. Each page is sent with
 * modulepreload links for the chunks of the route it opens, so a first visit fetches its page
 * alongside `main` rather than after it.
 */
@Injectable()
export class SpaFallback {
  private readonly logger = new Logger(SpaFallback.name);
  private indexHtml?: Buffer | null;
  private preloads?: { segments: string[]; chunks: string[] }[];
  /** The page as sent for each route of the table (a handful of kilobytes each). */
  private readonly pages = new Map<number, Buffer>();

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

  async send(reply: FastifyReply, url = '/'): Promise<void> {
    await reply
      .status(200)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(this.page(url.split('?')[0]));
  }

  /** index.html with the preloads of the first route (in the client's order) that matches. */
  private page(path: string): Buffer | null {
    const index = this.index();
    if (!index) return null;
    const segments = path.split('/').filter(Boolean);
    const at = this.routes().findIndex((r) => matches(r.segments, segments));
    if (at < 0) return index;
    let page = this.pages.get(at);
    if (!page) {
      const links = this.routes()
        [at].chunks.map((c) => `<link rel="modulepreload" href="${c}">`)
        .join('');
      // Last in the page: the browser asks for `main` and the styles first, then these.
      page = Buffer.from(index.toString('utf8').replace('</body>', `${links}</body>`));
      this.pages.set(at, page);
    }
    return page;
  }

  private routes(): { segments: string[]; chunks: string[] }[] {
    if (!this.preloads) {
      const file = join(this.root, 'route-preloads.json');
      const table: RoutePreloads = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { routes: [] };
      this.preloads = table.routes.map((r) => ({
        segments: r.path.split('/').filter(Boolean),
        chunks: r.chunks,
      }));
    }
    return this.preloads;
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

/** Angular's matching of a route's path: the same number of segments, `:name` standing for any. */
function matches(route: string[], path: string[]): boolean {
  if (route[0] === '**') return true;
  return route.length === path.length && route.every((s, i) => s.startsWith(':') || s === path[i]);
}
