import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { toClientError, type ClientError } from '../../../core/api/api-error';
import { AuthService } from '../../../core/auth/auth.service';
import { applyServerErrors, FieldErrorPipe } from '../../../shared/form-errors';

@Component({
  selector: 'cqo-login-page',
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
    <nz-card class="auth-card" [nzTitle]="'auth.signInTitle' | transloco">
      @if (ended) {
        <nz-alert nzType="warning" [nzMessage]="'auth.sessionEnded' | transloco" nzShowIcon class="gap" />
      }
      @if (error(); as e) {
        <nz-alert
          nzType="error"
          [nzMessage]="'errors.' + e.code | transloco: e.params"
          nzShowIcon
          class="gap"
          data-testid="form-error"
        />
      }
      <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <nz-form-item>
          <nz-form-label nzFor="email" nzRequired>{{ 'auth.email' | transloco }}</nz-form-label>
          <nz-form-control [nzErrorTip]="form.controls.email | fieldError">
            <input nz-input id="email" type="email" autocomplete="username" formControlName="email" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="password" nzRequired>{{ 'auth.password' | transloco }}</nz-form-label>
          <nz-form-control [nzErrorTip]="form.controls.password | fieldError">
            <input
              nz-input
              id="password"
              type="password"
              autocomplete="current-password"
              formControlName="password"
            />
          </nz-form-control>
        </nz-form-item>
        <button nz-button nzType="primary" nzBlock [nzLoading]="busy()" type="submit" data-testid="submit">
          {{ 'common.signIn' | transloco }}
        </button>
      </form>
      <p class="links">
        <a routerLink="/forgot-password">{{ 'auth.forgot' | transloco }}</a>
        <span
          >{{ 'auth.noAccount' | transloco }}
          <a routerLink="/register">{{ 'common.signUp' | transloco }}</a></span
        >
      </p>
    </nz-card>
  `,
  styles: `
    .gap {
      margin-bottom: 16px;
    }
    .links {
      display: flex;
      justify-content: space-between;
      flex-wrap: wrap;
      gap: 8px;
      margin: 16px 0 0;
    }
  `,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly ended = this.route.snapshot.queryParamMap.has('ended');
  protected readonly busy = signal(false);
  protected readonly error = signal<ClientError | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.maxLength(254)]],
    password: ['', [Validators.required, Validators.maxLength(128)]],
  });

  async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const { email, password } = this.form.getRawValue();
      await this.auth.login(email, password);
      const returnUrl = this.route.snapshot.queryParamMap.get('returnUrl');
      await this.router.navigateByUrl(
        returnUrl && returnUrl.startsWith('/') && !returnUrl.startsWith('//') ? returnUrl : '/',
      );
    } catch (e) {
      const err = toClientError(e);
      if (!applyServerErrors(this.form, err.details)) this.error.set(err);
    } finally {
      this.busy.set(false);
    }
  }
}
