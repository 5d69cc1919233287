import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { firstValueFrom } from 'rxjs';
import { toClientError, type ClientError } from '../../../core/api/api-error';
import { applyServerErrors, FieldErrorPipe, passwordLengthValidator } from '../../../shared/form-errors';

@Component({
  selector: 'cqo-reset-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FieldErrorPipe,
    NzCardModule,
    NzFormModule,
    NzInputModule,
    NzButtonModule,
    NzAlertModule,
  ],
  template: `
    <nz-card class="auth-card" [nzTitle]="'auth.resetTitle' | transloco">
      @if (done()) {
        <nz-alert nzType="success" [nzMessage]="'auth.resetDone' | transloco" nzShowIcon />
        <p class="links">
          <a routerLink="/login">{{ 'common.signIn' | transloco }}</a>
        </p>
      } @else {
        @if (error(); as e) {
          <nz-alert
            nzType="error"
            [nzMessage]="'errors.' + e.code | transloco: e.params"
            nzShowIcon
            class="gap"
          />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
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
          <button nz-button nzType="primary" nzBlock [nzLoading]="busy()" type="submit">
            {{ 'common.save' | transloco }}
          </button>
        </form>
      }
    </nz-card>
  `,
  styles: `
    .gap {
      margin-bottom: 16px;
    }
    .links {
      margin: 16px 0 0;
    }
  `,
})
export class ResetPasswordPage {
  private readonly http = inject(HttpClient);
  private readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token') ?? '';
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<ClientError | null>(
    this.token ? null : { code: 'RESET_TOKEN_INVALID', message: '', details: [], params: {} },
  );
  protected readonly form = inject(NonNullableFormBuilder).group({
    newPassword: ['', [Validators.required, passwordLengthValidator]],
  });

  async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(
        this.http.post('/api/auth/password-reset/confirm', { token: this.token, ...this.form.getRawValue() }),
      );
      this.done.set(true);
    } catch (e) {
      const err = toClientError(e);
      if (
        !applyServerErrors(
          this.form,
          err.details.filter((d) => d.field !== 'token'),
        )
      )
        this.error.set(err);
    } finally {
      this.busy.set(false);
    }
  }
}
