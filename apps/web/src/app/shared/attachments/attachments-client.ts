import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { StoredFileInfo } from '@cqo/contracts';

/**
 * The one shape of every attachments endpoint of the API (`<subject>/attachments`): POST a file
 * (with an optional kind), GET one back, DELETE it. Filings, announcements and opportunities use it
 * today; consultations and cases will.
 */
@Injectable({ providedIn: 'root' })
export class AttachmentsClient {
  private readonly http = inject(HttpClient);

  upload(base: string, file: File, kind?: string) {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<StoredFileInfo>(base, form, { params: kind ? { kind } : {} });
  }

  /** The file's bytes, fetched with the user's token (a plain link would not carry it). */
  blob(base: string, fileId: string) {
    return this.http.get(`${base}/${fileId}`, { responseType: 'blob' });
  }

  remove(base: string, fileId: string) {
    return this.http.delete<void>(`${base}/${fileId}`);
  }
}

/** "1.2 MB", "340 KB". */
export function fileSize(file: Pick<StoredFileInfo, 'size'>): string {
  return file.size >= 1024 * 1024
    ? `${(file.size / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(file.size / 1024)} KB`;
}
