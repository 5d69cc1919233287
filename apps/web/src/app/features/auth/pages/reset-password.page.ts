import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { firstValueFrom } from 'rxjs';
import { passwordLengthValidator } from '../../../shared/form-errors';
import { FormCardComponent } from '../../../shared/forms/form-card.component';
import { formSubmission } from '../../../shared/forms/form-submission';
import { TextFieldComponent } from '../../../shared/forms/text-field.component';

@Component({
  selector: 'cqo-reset-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FormCardComponent,
    TextFieldComponent,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
  ],
  template: `
    <cqo-form-card title="auth.resetTitle" [error]="sending.error()">
      @if (done()) {
        <nz-alert nzType="success" [nzMessage]="'auth.resetDone' | transloco" nzShowIcon />
        <p class="form-links">
          <a routerLink="/login">{{ 'common.signIn' | transloco }}</a>
        </p>
      } @else {
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <cqo-text-field
            [control]="form.controls.newPassword"
            inputId="newPassword"
            label="auth.newPassword"
            hint="auth.passwordHint"
            type="password"
            autocomplete="new-password"
          />
          <button nz-button nzType="primary" nzBlock [nzLoading]="sending.busy()" type="submit">
            {{ 'common.save' | transloco }}
          </button>
        </form>
      }
    </cqo-form-card>
  `,
})
export class ResetPasswordPage {
  private readonly http = inject(HttpClient);
  private readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token') ?? '';
  protected readonly done = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    newPassword: ['', [Validators.required, passwordLengthValidator]],
  });
  protected readonly sending = formSubmission(this.form);

  constructor() {
    // A link without its token cannot work: say so before the user types a password.
    if (!this.token)
      this.sending.error.set({ code: 'RESET_TOKEN_INVALID', message: '', details: [], params: {} });
  }

  submit(): Promise<void> {
    return this.sending.submit(async () => {
      await firstValueFrom(
        this.http.post('/api/auth/password-reset/confirm', { token: this.token, ...this.form.getRawValue() }),
      );
      this.done.set(true);
    });
  }
}
