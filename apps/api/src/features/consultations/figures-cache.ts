import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { SurveyResults } from '@cqo/contracts';

/** How long figures may lag behind another API process's writes (this process's clear at once). */
const TTL_MS = 3_000;

/**
 * What many readers ask of one consultation at once, kept briefly: the clause tree (fixed once it
 * opened, so kept as ready JSON, each clause a fragment waiting for its count), the comment
 * counts per clause, and the survey results (2,000 responses are read and added up once per few
 * seconds, not once per reader). A comment or a response in this process clears its
 * consultation's figures at once.
 */
@Injectable()
export class FiguresCache {
  private readonly trees = new LRUCache<string, { ids: string[]; fragments: string[] }>({ max: 50 });
  private readonly counts = new LRUCache<string, Promise<Map<string, number>>>({ max: 200, ttl: TTL_MS });
  private readonly results = new LRUCache<string, Promise<SurveyResults>>({ max: 50, ttl: TTL_MS });

  /** A fixed clause tree: built once from the rows, then only its counts change. */
  async tree(
    id: string,
    rows: () => Promise<{ id: string; number: string; title: string; text: string; depth: number }[]>,
  ): Promise<{ ids: string[]; fragments: string[] }> {
    let tree = this.trees.get(id);
    if (!tree) {
      const list = await rows();
      tree = {
        ids: list.map((r) => r.id),
        // `{"id":…,"depth":1,"comments":` — the count and the closing brace are added per request.
        fragments: list.map((r) => `${JSON.stringify(r).slice(0, -1)},"comments":`),
      };
      this.trees.set(id, tree);
    }
    return tree;
  }

  commentCounts(id: string, load: () => Promise<Map<string, number>>): Promise<Map<string, number>> {
    return this.remember(this.counts, id, load);
  }

  surveyResults(id: string, load: () => Promise<SurveyResults>): Promise<SurveyResults> {
    return this.remember(this.results, id, load);
  }

  /** A comment or a response changed the figures of this consultation. */
  changed(id: string): void {
    this.counts.delete(id);
    this.results.delete(id);
  }

  /** The clauses themselves changed (corrected before opening, or a new draft text). */
  clausesChanged(id: string): void {
    this.trees.delete(id);
    this.changed(id);
  }

  /** One load at a time per consultation; a failed load is not kept. */
  private remember<T extends object>(
    cache: LRUCache<string, Promise<T>>,
    id: string,
    load: () => Promise<T>,
  ) {
    let value = cache.get(id);
    if (!value) {
      value = load();
      cache.set(id, value);
      value.catch(() => cache.delete(id));
    }
    return value;
  }
}
