import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AdminUser,
  AdminUserList,
  AuditEntry,
  OutboxMail,
  SearchStatus,
  Role,
  UpdateUserRequest,
} from '@cqo/contracts';

@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  users(q: string, role: Role | null, page: number, pageSize: number) {
    let params = new HttpParams().set('page', page).set('pageSize', pageSize);
    if (q) params = params.set('q', q);
    if (role) params = params.set('role', role);
    return this.http.get<AdminUserList>('/api/admin/users', { params });
  }

  updateUser(id: string, change: UpdateUserRequest & { reason?: string }) {
    return this.http.patch<AdminUser>(`/api/admin/users/${id}`, change);
  }

  outbox(page: number, pageSize: number) {
    return this.http.get<{ items: OutboxMail[]; total: number }>('/api/admin/outbox', {
      params: { page, pageSize },
    });
  }

  audit(page: number, pageSize: number) {
    return this.http.get<{ items: AuditEntry[]; total: number }>('/api/admin/audit', {
      params: { page, pageSize },
    });
  }

  searchStatus() {
    return this.http.get<SearchStatus>('/api/admin/search');
  }
}
