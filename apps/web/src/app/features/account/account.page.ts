import { DatePipe } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { toClientError, type ClientError } from '../../core/api/api-error';
import { AuthService } from '../../core/auth/auth.service';
import { saveBlob } from '../../shared/save-blob';
import { firstValueFrom } from 'rxjs';
import { applyServerErrors, FieldErrorPipe, passwordLengthValidator } from '../../shared/form-errors';

@Component({
  selector: 'cqo-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    TranslocoPipe,
    FieldErrorPipe,
    NzCardModule,
    NzDescriptionsModule,
    NzTagModule,
    NzFormModule,
    NzInputModule,
    NzButtonModule,
    NzAlertModule,
  ],
  template: `
    <section class="page">
      <h1 class="page-title">{{ 'account.title' | transloco }}</h1>
      @if (auth.user(); as user) {
        <nz-card [nzTitle]="'account.profile' | transloco" class="gap">
          <nz-descriptions [nzColumn]="{ xxl: 2, xl: 2, lg: 2, md: 1, sm: 1, xs: 1 }">
            <nz-descriptions-item [nzTitle]="'auth.displayName' | transloco">{{
              user.displayName
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'auth.email' | transloco">{{ user.email }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'account.roles' | transloco">
              @for (role of user.roles; track role) {
                <nz-tag nzColor="blue">{{ 'roles.' + role | transloco }}</nz-tag>
              }
            </nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'account.since' | transloco">{{
              user.createdAt | date: 'yyyy-MM-dd'
            }}</nz-descriptions-item>
          </nz-descriptions>
          <button nz-button (click)="downloadMyData()" data-testid="download-my-data">
            {{ 'account.downloadData' | transloco }}
          </button>
        </nz-card>
      }
      <nz-card [nzTitle]="'auth.changePassword' | transloco">
        @if (error(); as e) {
          <nz-alert
            nzType="error"
            [nzMessage]="'errors.' + e.code | transloco: e.params"
            nzShowIcon
            class="gap"
          />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" class="narrow">
          <nz-form-item>
            <nz-form-label nzFor="currentPassword" nzRequired>{{
              'auth.currentPassword' | transloco
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.currentPassword | fieldError">
              <input
                nz-input
                id="currentPassword"
                type="password"
                autocomplete="current-password"
                formControlName="currentPassword"
              />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="newPassword" nzRequired>{{ 'auth.newPassword' | transloco }}</nz-form-label>
            <nz-form-control
              [nzErrorTip]="form.controls.newPassword | fieldError"
              [nzExtra]="'auth.passwordHint' | transloco"
            >
              <input
                nz-input
                id="newPassword"
                type="password"
                autocomplete="new-password"
                formControlName="newPassword"
              />
            </nz-form-control>
          </nz-form-item>
          <button nz-button nzType="primary" [nzLoading]="busy()" type="submit">
            {{ 'common.save' | transloco }}
          </button>
        </form>
      </nz-card>
    </section>
  `,
  styles: `
    .gap {
      margin-bottom: 16px;
    }
    .narrow {
      max-width: 420px;
    }
  `,
})
export class AccountPage {
  protected readonly auth = inject(AuthService);
  private readonly http = inject(HttpClient);
  private readonly message = inject(NzMessageService);
  private readonly transloco = inject(TranslocoService);
  protected readonly busy = signal(false);
  protected readonly error = signal<ClientError | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', [Validators.required]],
    newPassword: ['', [Validators.required, passwordLengthValidator]],
  });

  /** Everything the platform holds about this user, as JSON. */
  async downloadMyData(): Promise<void> {
    const blob = await firstValueFrom(this.http.get('/api/me/data-export', { responseType: 'blob' }));
    saveBlob(blob, 'my-cqo-data.json');
  }

  async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const { currentPassword, newPassword } = this.form.getRawValue();
      await this.auth.changePassword(currentPassword, newPassword);
      this.form.reset();
      this.message.success(this.transloco.translate('auth.passwordChanged'));
    } catch (e) {
      const err = toClientError(e);
      if (!applyServerErrors(this.form, err.details)) this.error.set(err);
    } finally {
      this.busy.set(false);
    }
  }
}
