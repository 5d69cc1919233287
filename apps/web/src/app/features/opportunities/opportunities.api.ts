import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CalendarFeedStatus,
  Funnel,
  NewCalendarFeed,
  MatchedOpportunity,
  Opportunity,
  OpportunityInput,
  TrackingState,
} from '@cqo/contracts';

/** The opportunity-board endpoints. */
@Injectable({ providedIn: 'root' })
export class OpportunitiesApi {
  private readonly http = inject(HttpClient);

  list(filter: { kind?: string; q?: string; open?: boolean; page: number; pageSize: number }) {
    let params = new HttpParams();
    for (const [k, v] of Object.entries(filter))
      if (v !== undefined && v !== '') params = params.set(k, String(v));
    return this.http.get<{ items: Opportunity[]; total: number }>('/api/opportunities', { params });
  }
  matched() {
    return this.http.get<{ items: MatchedOpportunity[] }>('/api/opportunities/matched');
  }
  get(id: string) {
    return this.http.get<Opportunity>(`/api/opportunities/${id}`);
  }
  create(input: OpportunityInput) {
    return this.http.post<Opportunity>('/api/opportunities', input);
  }
  update(id: string, input: OpportunityInput) {
    return this.http.put<Opportunity>(`/api/opportunities/${id}`, input);
  }
  track(id: string, state: TrackingState) {
    return this.http.put<Opportunity>(`/api/opportunities/${id}/tracking`, { state });
  }
  funnel(id: string) {
    return this.http.get<Funnel>(`/api/opportunities/${id}/funnel`);
  }
  calendar() {
    return this.http.get('/api/opportunities/deadlines.ics', { responseType: 'blob' });
  }
  feedStatus() {
    return this.http.get<CalendarFeedStatus>('/api/opportunities/calendar-feed');
  }
  createFeed() {
    return this.http.post<NewCalendarFeed>('/api/opportunities/calendar-feed', {});
  }
  revokeFeed() {
    return this.http.delete<void>('/api/opportunities/calendar-feed');
  }
}
