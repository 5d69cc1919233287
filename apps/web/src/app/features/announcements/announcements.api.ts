import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Announcement, AnnouncementInput, ReadReceipts, StoredFileInfo } from '@cqo/contracts';

export type AnnouncementDetail = Announcement & { attachments: StoredFileInfo[] };

/** The announcement endpoints. */
@Injectable({ providedIn: 'root' })
export class AnnouncementsApi {
  private readonly http = inject(HttpClient);

  list(filter: { kind?: string; q?: string; status?: string; page: number; pageSize: number }) {
    let params = new HttpParams();
    for (const [k, v] of Object.entries(filter))
      if (v !== undefined && v !== '') params = params.set(k, String(v));
    return this.http.get<{ items: Announcement[]; total: number }>('/api/announcements', { params });
  }
  get(id: string) {
    return this.http.get<AnnouncementDetail>(`/api/announcements/${id}`);
  }
  create(input: AnnouncementInput) {
    return this.http.post<Announcement>('/api/announcements', input);
  }
  update(id: string, input: Partial<AnnouncementInput>) {
    return this.http.patch<Announcement>(`/api/announcements/${id}`, input);
  }
  publish(id: string, at?: string) {
    return this.http.post<Announcement>(`/api/announcements/${id}/publish`, at ? { at } : {});
  }
  unpublish(id: string) {
    return this.http.post<Announcement>(`/api/announcements/${id}/unpublish`, {});
  }
  reads(id: string) {
    return this.http.get<ReadReceipts>(`/api/announcements/${id}/reads`);
  }
  remind(id: string) {
    return this.http.post<{ queued: boolean }>(`/api/announcements/${id}/remind`, {});
  }
}
