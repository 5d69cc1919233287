import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { firstValueFrom } from 'rxjs';
import { toClientError, type ClientError } from '../../../core/api/api-error';
import { applyServerErrors, FieldErrorPipe } from '../../../shared/form-errors';

@Component({
  selector: 'cqo-forgot-password-page',
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
    <nz-card class="auth-card" [nzTitle]="'auth.forgotTitle' | transloco">
      @if (sent()) {
        <nz-alert
          nzType="success"
          [nzMessage]="'auth.linkSent' | transloco"
          nzShowIcon
          data-testid="link-sent"
        />
      } @else {
        <p class="muted">{{ 'auth.forgotLead' | transloco }}</p>
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
            <nz-form-label nzFor="email" nzRequired>{{ 'auth.email' | transloco }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.email | fieldError">
              <input nz-input id="email" type="email" autocomplete="email" formControlName="email" />
            </nz-form-control>
          </nz-form-item>
          <button nz-button nzType="primary" nzBlock [nzLoading]="busy()" type="submit">
            {{ 'auth.sendLink' | transloco }}
          </button>
        </form>
      }
      <p class="links">
        <a routerLink="/login">{{ 'common.signIn' | transloco }}</a>
      </p>
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
export class ForgotPasswordPage {
  private readonly http = inject(HttpClient);
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<ClientError | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });

  async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    try {
      await firstValueFrom(this.http.post('/api/auth/password-reset/request', this.form.getRawValue()));
      this.sent.set(true);
    } catch (e) {
      const err = toClientError(e);
      if (!applyServerErrors(this.form, err.details)) this.error.set(err);
    } finally {
      this.busy.set(false);
    }
  }
}
