import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ROLES, type AdminUser, type Role } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { toClientError } from '../../core/api/api-error';
import { PagedList } from '../../shared/paged-list';
import { AdminApi } from './admin.api';
import { InnerLabelDirective } from '../../shared/inner-label.directive';
import { KeyboardScrollDirective } from '../../shared/keyboard-scroll.directive';

@Component({
  selector: 'cqo-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    KeyboardScrollDirective,
    InnerLabelDirective,
    DatePipe,
    FormsModule,
    TranslocoPipe,
    NzTableModule,
    NzInputModule,
    NzSelectModule,
    NzButtonModule,
    NzTagModule,
    NzPopconfirmModule,
    NzModalModule,
    NzCheckboxModule,
  ],
  template: `
    <section class="page">
      <h1 class="page-title">{{ 'admin.usersTitle' | transloco }}</h1>
      <div class="filters">
        <nz-input-search>
          <input
            nz-input
            type="search"
            [placeholder]="'admin.searchPlaceholder' | transloco"
            [attr.aria-label]="'common.search' | transloco"
            [(ngModel)]="q"
            (keyup.enter)="list.load(1)"
            data-testid="user-search"
          />
        </nz-input-search>
        <nz-select
          [(ngModel)]="role"
          (ngModelChange)="list.load(1)"
          nzAllowClear
          [nzPlaceHolder]="'admin.allRoles' | transloco"
          class="role-select"
          [attr.aria-label]="'account.roles' | transloco"
        >
          @for (r of roles; track r) {
            <nz-option [nzValue]="r" [nzLabel]="'roles.' + r | transloco" />
          }
        </nz-select>
        <button nz-button nzType="primary" (click)="list.load(1)">{{ 'common.search' | transloco }}</button>
      </div>
      <div class="table-wrap">
        <nz-table
          #table
          [nzData]="list.items()"
          [nzLoading]="list.loading()"
          [nzTotal]="list.total()"
          [nzPageIndex]="list.page()"
          [nzPageSize]="pageSize"
          [nzFrontPagination]="false"
          (nzPageIndexChange)="list.load($event)"
          nzSize="middle"
          [nzScroll]="{ x: '760px' }"
          [attr.aria-label]="'admin.usersTitle' | transloco"
        >
          <thead>
            <tr>
              <th>{{ 'auth.displayName' | transloco }}</th>
              <th>{{ 'auth.email' | transloco }}</th>
              <th>{{ 'account.roles' | transloco }}</th>
              <th>{{ 'admin.status' | transloco }}</th>
              <th>{{ 'admin.lastLogin' | transloco }}</th>
              <th>{{ 'common.actions' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (u of table.data; track u.id) {
              <tr>
                <td>{{ u.displayName }}</td>
                <td>{{ u.email }}</td>
                <td>
                  @for (r of u.roles; track r) {
                    <nz-tag
                      [nzColor]="
                        r === 'admin'
                          ? 'red'
                          : r === 'staff'
                            ? 'orange'
                            : r === 'member'
                              ? 'green'
                              : 'default'
                      "
                      >{{ 'roles.' + r | transloco }}</nz-tag
                    >
                  }
                </td>
                <td>
                  <nz-tag [nzColor]="u.disabled ? 'default' : 'success'">{{
                    (u.disabled ? 'admin.disabled' : 'admin.active') | transloco
                  }}</nz-tag>
                </td>
                <td>
                  {{
                    u.lastLoginAt ? (u.lastLoginAt | date: 'yyyy-MM-dd HH:mm') : ('admin.never' | transloco)
                  }}
                </td>
                <td class="actions">
                  <button nz-button nzSize="small" (click)="openRoles(u)">
                    {{ 'admin.editRoles' | transloco }}
                  </button>
                  @if (u.disabled) {
                    <button nz-button nzSize="small" (click)="setDisabled(u, false)">
                      {{ 'admin.enable' | transloco }}
                    </button>
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
              </tr>
            }
          </tbody>
        </nz-table>
      </div>
    </section>

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
    .filters {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      margin-bottom: 16px;
    }
    .filters nz-input-search {
      flex: 1 1 220px;
    }
    .role-select {
      width: 160px;
    }
    .actions {
      display: flex;
      gap: 6px;
      flex-wrap: wrap;
    }
  `,
})
export class UsersPage {
  private readonly api = inject(AdminApi);
  private readonly message = inject(NzMessageService);
  private readonly transloco = inject(TranslocoService);
  protected readonly roles = ROLES;
  protected readonly pageSize = 20;
  protected q = '';
  protected role: Role | null = null;
  protected readonly editing = signal<AdminUser | null>(null);
  protected readonly draftRoles = signal<Role[]>([]);

  protected readonly list = new PagedList<AdminUser>(
    (page) => this.api.users(this.q.trim(), this.role, page, this.pageSize),
    (e) => this.fail(e),
  );

  constructor() {
    void this.list.load(1);
  }

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
      this.message.success(this.transloco.translate('common.saved'));
    } catch (e) {
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    const err = toClientError(e);
    this.message.error(this.transloco.translate(`errors.${err.code}`, err.params));
  }
}
