import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ROLES, type AdminUser, type Role } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { AdminApi } from './admin.api';
import { Notice } from '../../shared/notice';
import { LIST_PAGE, ListPage, filter, type FilterBarControl } from '../../shared/list';

@Component({
  selector: 'cqo-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...LIST_PAGE,
    FormsModule,
    NzButtonModule,
    NzTagModule,
    NzPopconfirmModule,
    NzModalModule,
    NzCheckboxModule,
  ],
  template: `
    <cqo-page heading="admin.usersTitle">
      <cqo-filter-bar [list]="list" [controls]="filters" />
      <cqo-paged-table [list]="list" [columns]="columns" label="admin.usersTitle" scrollX="760px">
        <ng-template [cqoRow]="list" let-u>
          <td>{{ u.displayName }}</td>
          <td>{{ u.email }}</td>
          <td>
            @for (r of u.roles; track r) {
              <nz-tag [nzColor]="roleColor[r]">{{ 'roles.' + r | transloco }}</nz-tag>
            }
          </td>
          <td>
            <nz-tag [nzColor]="u.disabled ? 'default' : 'success'">{{
              (u.disabled ? 'admin.disabled' : 'admin.active') | transloco
            }}</nz-tag>
          </td>
          <td>
            {{ u.lastLoginAt ? (u.lastLoginAt | date: 'yyyy-MM-dd HH:mm') : ('admin.never' | transloco) }}
          </td>
          <td class="actions">
            <button nz-button nzSize="small" (click)="openRoles(u)">
              {{ 'admin.editRoles' | transloco }}
            </button>
            @if (u.disabled) {
              <button nz-button nzSize="small" (click)="setDisabled(u, false)">
                {{ 'admin.enable' | transloco }}
              </button>
            } @else if (u.id === myId()) {
              <span class="muted" data-testid="own-account">{{ 'admin.ownAccount' | transloco }}</span>
            } @else {
              <button
                nz-button
                nzSize="small"
                nzDanger
                nz-popconfirm
                [nzPopconfirmTitle]="'admin.confirmDisable' | transloco"
                (nzOnConfirm)="setDisabled(u, true)"
              >
                {{ 'admin.disable' | transloco }}
              </button>
            }
          </td>
        </ng-template>
      </cqo-paged-table>
    </cqo-page>

    <nz-modal
      [nzVisible]="!!editing()"
      [nzTitle]="'admin.editRoles' | transloco"
      (nzOnCancel)="editing.set(null)"
      (nzOnOk)="saveRoles()"
      [nzOkText]="'common.save' | transloco"
      [nzCancelText]="'common.cancel' | transloco"
    >
      <ng-container *nzModalContent>
        <p>{{ editing()?.displayName }} · {{ editing()?.email }}</p>
        @for (r of roles; track r) {
          <label nz-checkbox [ngModel]="draftRoles().includes(r)" (ngModelChange)="toggleRole(r, $event)">{{
            'roles.' + r | transloco
          }}</label>
        }
      </ng-container>
    </nz-modal>
  `,
  styles: `
    .actions {
      display: flex;
      gap: 6px;
      flex-wrap: wrap;
      align-items: center;
      min-width: 180px;
    }
  `,
})
export class UsersPage {
  private readonly api = inject(AdminApi);
  private readonly notice = inject(Notice);
  protected readonly roles = ROLES;
  /** The server refuses to disable the account that asks; the page does not offer it. */
  private readonly auth = inject(AuthService);
  protected readonly myId = computed(() => this.auth.user()?.id);
  protected readonly filters: FilterBarControl[] = [
    { kind: 'search', key: 'q', placeholder: 'admin.searchPlaceholder', testId: 'user-search' },
    { kind: 'choice', key: 'role', label: 'admin.allRoles', options: ROLES, optionLabel: 'roles.' },
  ];
  protected readonly roleColor: Record<Role, string> = {
    admin: 'red',
    staff: 'orange',
    member: 'green',
    applicant: 'default',
  };
  protected readonly columns = [
    'auth.displayName',
    'auth.email',
    'account.roles',
    'admin.status',
    'admin.lastLogin',
    'common.actions',
  ];
  protected readonly editing = signal<AdminUser | null>(null);
  protected readonly draftRoles = signal<Role[]>([]);

  protected readonly list = new ListPage({
    filters: { q: filter.text(), role: filter.choice() },
    fetch: (f, page, pageSize) => this.api.users(f.q, f.role as Role | null, page, pageSize),
    onError: (e) => this.fail(e),
  });

  openRoles(user: AdminUser): void {
    this.draftRoles.set([...user.roles]);
    this.editing.set(user);
  }

  toggleRole(role: Role, on: boolean): void {
    this.draftRoles.update((rs) => (on ? [...new Set([...rs, role])] : rs.filter((r) => r !== role)));
  }

  async saveRoles(): Promise<void> {
    const user = this.editing();
    if (!user || !this.draftRoles().length) return;
    await this.apply(user, { roles: this.draftRoles() });
    this.editing.set(null);
  }

  async setDisabled(user: AdminUser, disabled: boolean): Promise<void> {
    await this.apply(user, { disabled });
  }

  private async apply(user: AdminUser, change: { roles?: Role[]; disabled?: boolean }): Promise<void> {
    try {
      const updated = await firstValueFrom(this.api.updateUser(user.id, change));
      this.list.items.update((list) => list.map((u) => (u.id === updated.id ? updated : u)));
      this.notice.success('common.saved');
    } catch (e) {
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    this.notice.failure(e);
  }
}
