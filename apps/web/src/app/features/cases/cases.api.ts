import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CaseComment,
  CaseDetail,
  CaseInput,
  CasePage,
  CaseReview,
  CaseSummary,
  StoredFileInfo,
} from '@cqo/contracts';

export type CaseView = CaseDetail & { attachments: StoredFileInfo[] };
export type CaseListQuery = {
  scope?: string;
  q?: string;
  method?: string;
  industry?: string;
  year?: number;
  status?: string;
  featured?: boolean;
  page: number;
  pageSize: number;
};

/** The case library's endpoints. */
@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly http = inject(HttpClient);

  list(query: CaseListQuery) {
    let params = new HttpParams();
    for (const [k, v] of Object.entries(query))
      if (v !== undefined && v !== null && v !== '') params = params.set(k, String(v));
    return this.http.get<CasePage>('/api/cases', { params });
  }
  get(id: string) {
    return this.http.get<CaseView>(`/api/cases/${id}`);
  }
  related(id: string) {
    return this.http.get<CaseSummary[]>(`/api/cases/${id}/related`);
  }
  create(input: CaseInput) {
    return this.http.post<CaseDetail>('/api/cases', input);
  }
  update(id: string, input: Partial<CaseInput>) {
    return this.http.patch<CaseDetail>(`/api/cases/${id}`, input);
  }
  remove(id: string) {
    return this.http.delete<void>(`/api/cases/${id}`);
  }
  submit(id: string) {
    return this.http.post<CaseDetail>(`/api/cases/${id}/submit`, {});
  }
  review(id: string, review: CaseReview) {
    return this.http.post<CaseDetail>(`/api/cases/${id}/review`, review);
  }
  publish(id: string) {
    return this.http.post<CaseDetail>(`/api/cases/${id}/publish`, {});
  }
  feature(id: string, featured: boolean) {
    return this.http.put<CaseDetail>(`/api/cases/${id}/featured`, { featured });
  }
  mark(id: string, kind: 'like' | 'bookmark', on: boolean) {
    const url = `/api/cases/${id}/${kind}`;
    return on
      ? this.http.put<{ active: boolean; count: number }>(url, {})
      : this.http.delete<{ active: boolean; count: number }>(url);
  }
  comments(id: string) {
    return this.http.get<CaseComment[]>(`/api/cases/${id}/comments`);
  }
  comment(id: string, body: string) {
    return this.http.post<CaseComment>(`/api/cases/${id}/comments`, { body });
  }
  removeComment(id: string, commentId: string) {
    return this.http.delete<void>(`/api/cases/${id}/comments/${commentId}`);
  }
}
