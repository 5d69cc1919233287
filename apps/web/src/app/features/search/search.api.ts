import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { SearchPage } from '@cqo/contracts';

export interface SearchFilter {
  q: string;
  kind?: string;
  method?: string;
  industry?: string;
  year?: number;
  page: number;
  pageSize: number;
}

/** The search endpoint. */
@Injectable({ providedIn: 'root' })
export class SearchApi {
  private readonly http = inject(HttpClient);

  search(filter: SearchFilter) {
    let params = new HttpParams();
    for (const [k, v] of Object.entries(filter))
      if (v !== undefined && v !== null && v !== '') params = params.set(k, String(v));
    return this.http.get<SearchPage>('/api/search', { params });
  }
}
