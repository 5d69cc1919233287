import { Injectable } from '@nestjs/common';

/**
 * Visibility tokens a reader holds because of what they belong to (`channel:<id>` for each channel
 * they are in): the features that know register a source, the search asks them all.
 */
@Injectable()
export class SearchReaderTokens {
  private readonly sources: ((userId: string) => Promise<string[]>)[] = [];

  add(source: (userId: string) => Promise<string[]>): void {
    this.sources.push(source);
  }

  async of(userId: string): Promise<string[]> {
    return (await Promise.all(this.sources.map((source) => source(userId)))).flat();
  }
}
