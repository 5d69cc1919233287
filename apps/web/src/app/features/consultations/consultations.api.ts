import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ClauseCorrection,
  CommentGroup,
  CommentInput,
  Consultation,
  ConsultationClause,
  ConsultationComment,
  ConsultationInput,
  ConsultationPage,
  DispositionInput,
  StoredFileInfo,
  Survey,
  SurveyAnswer,
  SurveyResponse,
  SurveyResults,
} from '@cqo/contracts';

export type ConsultationView = Consultation & { attachments: StoredFileInfo[] };
export type CommentFilter = { clause?: string; decision?: string; enterprise?: string; mine?: boolean };
/** A survey question as staff edit it: options by label, the condition by position. */
export type QuestionDraft = {
  id?: string;
  type: string;
  title: string;
  description?: string;
  required: boolean;
  options?: (string | { id?: string; label: string })[];
  min?: number;
  max?: number;
  showIf?: { question: number | string; option: number | string };
};

const params = (query: object) => {
  let p = new HttpParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') p = p.set(k, String(v));
  return p;
};

/** The consultations' endpoints. */
@Injectable({ providedIn: 'root' })
export class ConsultationsApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/consultations';

  list(query: { state?: string; status?: string; q?: string; page: number; pageSize: number }) {
    return this.http.get<ConsultationPage>(this.base, { params: params(query) });
  }
  get(id: string) {
    return this.http.get<ConsultationView>(`${this.base}/${id}`);
  }
  create(input: ConsultationInput) {
    return this.http.post<Consultation>(this.base, input);
  }
  update(id: string, input: Partial<ConsultationInput>) {
    return this.http.patch<Consultation>(`${this.base}/${id}`, input);
  }
  remove(id: string) {
    return this.http.delete<void>(`${this.base}/${id}`);
  }
  uploadDraft(id: string, file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<Consultation>(`${this.base}/${id}/draft`, form);
  }
  clauses(id: string) {
    return this.http.get<{ items: ConsultationClause[] }>(`${this.base}/${id}/clauses`);
  }
  correctClauses(id: string, correction: ClauseCorrection) {
    return this.http.put<{ items: ConsultationClause[] }>(`${this.base}/${id}/clauses`, correction);
  }
  act(id: string, action: 'open' | 'schedule' | 'unschedule' | 'close' | 'publish-results') {
    return this.http.post<Consultation>(`${this.base}/${id}/${action}`, {});
  }
  comments(id: string, filter: CommentFilter, page = 1, pageSize = 100) {
    return this.http.get<{ items: ConsultationComment[]; total: number }>(`${this.base}/${id}/comments`, {
      params: params({ ...filter, page, pageSize }),
    });
  }
  comment(id: string, input: CommentInput) {
    return this.http.post<ConsultationComment>(`${this.base}/${id}/comments`, input);
  }
  editComment(commentId: string, input: Partial<CommentInput>) {
    return this.http.patch<ConsultationComment>(`${this.base}/comments/${commentId}`, input);
  }
  withdraw(commentId: string) {
    return this.http.delete<void>(`${this.base}/comments/${commentId}`);
  }
  dispose(commentId: string, input: DispositionInput) {
    return this.http.put<ConsultationComment>(`${this.base}/comments/${commentId}/disposition`, input);
  }
  disposeMany(id: string, commentIds: string[], input: DispositionInput) {
    return this.http.put<{ updated: number }>(`${this.base}/${id}/dispositions`, { commentIds, ...input });
  }
  groups(id: string) {
    return this.http.get<{ groups: CommentGroup[] }>(`${this.base}/${id}/comment-groups`);
  }
  survey(id: string) {
    return this.http.get<Survey>(`${this.base}/${id}/survey`);
  }
  defineSurvey(id: string, questions: QuestionDraft[]) {
    return this.http.put<Survey>(`${this.base}/${id}/survey`, { questions });
  }
  myResponse(id: string) {
    return this.http.get<SurveyResponse>(`${this.base}/${id}/response`);
  }
  respond(id: string, answers: SurveyAnswer[], draft: boolean) {
    return this.http.put<SurveyResponse>(`${this.base}/${id}/response`, { answers, draft });
  }
  results(id: string, staff: boolean) {
    return this.http.get<SurveyResults>(`${this.base}/${id}/${staff ? 'results' : 'outcome'}`);
  }
  download(id: string, file: 'comment-table.xlsx' | 'comment-table.docx' | 'responses.xlsx') {
    return this.http.get(`${this.base}/${id}/${file}`, { responseType: 'blob' });
  }
}
