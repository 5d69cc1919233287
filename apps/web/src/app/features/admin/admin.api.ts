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

  audit(page: number, pageSize: number, filter: AuditFilter = {}) {
    return this.http.get<{ items: AuditEntry[]; total: number }>('/api/admin/audit', {
      params: { ...auditParams(filter), page, pageSize },
    });
  }

  auditExport(filter: AuditFilter) {
    return this.http.get('/api/admin/audit/export.xlsx', {
      params: auditParams(filter),
      responseType: 'blob',
    });
  }

  searchStatus() {
    return this.http.get<SearchStatus>('/api/admin/search');
  }
}

/** The audit log's filters as the page keeps them in its address. */
export interface AuditFilter {
  action?: string | null;
  actorId?: string | null;
  subjectType?: string | null;
  from?: string | null;
  to?: string | null;
}

function auditParams(filter: AuditFilter): Record<string, string> {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => !!v)) as Record<string, string>;
}
