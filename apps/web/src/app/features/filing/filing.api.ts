import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Filing,
  FilingBody,
  FilingListItem,
  ImportReport,
  ReviewRequest,
  TalentPoolEntry,
} from '@cqo/contracts';

export interface FilingQueueFilter {
  status?: string[];
  region?: string;
  industry?: string;
  size?: string[];
  eligibility?: string[];
  submittedFrom?: string;
  submittedTo?: string;
  q?: string;
  page?: number;
  pageSize?: number;
}

/** The filing endpoints, shared by the applicant's form and the staff review pages. */
@Injectable({ providedIn: 'root' })
export class FilingApi {
  private readonly http = inject(HttpClient);

  list(filter: FilingQueueFilter = {}) {
    let params = new HttpParams();
    for (const [k, v] of Object.entries(filter)) {
      if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) continue;
      params = params.set(k, Array.isArray(v) ? v.join(',') : String(v));
    }
    return this.http.get<{ items: FilingListItem[]; total: number; totalCapped: boolean }>('/api/filings', {
      params,
    });
  }
  get(id: string) {
    return this.http.get<Filing>(`/api/filings/${id}`);
  }
  create(body: FilingBody) {
    return this.http.post<Filing>('/api/filings', body);
  }
  update(id: string, body: FilingBody) {
    return this.http.patch<Filing>(`/api/filings/${id}`, body);
  }
  submit(id: string) {
    return this.http.post<Filing>(`/api/filings/${id}/submit`, {});
  }
  withdraw(id: string) {
    return this.http.post<Filing>(`/api/filings/${id}/withdraw`, {});
  }
  review(id: string, request: ReviewRequest) {
    return this.http.post<Filing>(`/api/filings/${id}/review`, request);
  }
  reveal(id: string, field: 'idNumber' | 'mobile', reason: string) {
    return this.http.post<{ field: string; value: string }>(`/api/filings/${id}/reveal`, { field, reason });
  }
  /** Checks (dryRun) or imports a paper talent-pool table; a refused file answers 422 with the report. */
  importPool(file: File, dryRun: boolean) {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<ImportReport>('/api/talent-pool/import', form, { params: { dryRun } });
  }
  /** Downloads through the authorised client, then hands the file to the browser. */
  download(url: string) {
    return this.http.get(url, { responseType: 'blob', observe: 'response' });
  }
  talentPool(q: string, page: number, pageSize: number) {
    return this.http.get<{ items: TalentPoolEntry[]; total: number }>('/api/talent-pool', {
      params: { q, page, pageSize },
    });
  }
}
