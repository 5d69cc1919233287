import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH } from '@cqo/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { TranslocoService } from '@jsverse/transloco';
import { toClientError, type ClientError } from '../../../core/api/api-error';
import { AuthService } from '../../../core/auth/auth.service';
import { applyServerErrors, FieldErrorPipe, passwordLengthValidator } from '../../../shared/form-errors';

@Component({
  selector: 'cqo-register-page',
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
    <nz-card class="auth-card" [nzTitle]="'auth.signUpTitle' | transloco">
      <p class="muted">{{ 'auth.signUpLead' | transloco }}</p>
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
          <nz-form-label nzFor="displayName" nzRequired>{{ 'auth.displayName' | transloco }}</nz-form-label>
          <nz-form-control [nzErrorTip]="form.controls.displayName | fieldError">
            <input nz-input id="displayName" autocomplete="name" formControlName="displayName" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="email" nzRequired>{{ 'auth.email' | transloco }}</nz-form-label>
          <nz-form-control [nzErrorTip]="form.controls.email | fieldError">
            <input nz-input id="email" type="email" autocomplete="email" formControlName="email" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="password" nzRequired>{{ 'auth.password' | transloco }}</nz-form-label>
          <nz-form-control
            [nzErrorTip]="form.controls.password | fieldError"
            [nzExtra]="'auth.passwordHint' | transloco"
          >
            <input
              nz-input
              id="password"
              type="password"
              autocomplete="new-password"
              formControlName="password"
            />
          </nz-form-control>
        </nz-form-item>
        <button nz-button nzType="primary" nzBlock [nzLoading]="busy()" type="submit" data-testid="submit">
          {{ 'common.signUp' | transloco }}
        </button>
      </form>
      <p class="links">
        {{ 'auth.haveAccount' | transloco }} <a routerLink="/login">{{ 'common.signIn' | transloco }}</a>
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
export class RegisterPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly transloco = inject(TranslocoService);
  protected readonly busy = signal(false);
  protected readonly error = signal<ClientError | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX_LENGTH)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
    password: ['', [Validators.required, passwordLengthValidator]],
  });

  async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const value = this.form.getRawValue();
      await this.auth.register(value);
      await this.auth.login(value.email, value.password);
      this.message.success(this.transloco.translate('auth.registered'));
      await this.router.navigateByUrl('/');
    } catch (e) {
      const err = toClientError(e);
      if (!applyServerErrors(this.form, err.details)) this.error.set(err);
    } finally {
      this.busy.set(false);
    }
  }
}
