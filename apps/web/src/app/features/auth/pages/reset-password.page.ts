import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { firstValueFrom } from 'rxjs';
import { passwordLengthValidator } from '../../../shared/form-errors';
import { FORM_PAGE } from '../../../shared/forms/form-frame.component';
import { formSubmission } from '../../../shared/forms/form-submission';

@Component({
  selector: 'cqo-reset-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ...FORM_PAGE, NzAlertModule],
  template: `
    <cqo-form-card title="auth.resetTitle" [error]="sending.error()">
      @if (done()) {
        <nz-alert nzType="success" [nzMessage]="'auth.resetDone' | transloco" nzShowIcon />
        <p class="form-links">
          <a routerLink="/login">{{ 'common.signIn' | transloco }}</a>
        </p>
      } @else {
        <cqo-form [form]="form" submitLabel="common.save" [busy]="sending.busy()" (submitted)="submit()">
          <cqo-text-field [control]="form.controls.newPassword" preset="newPassword" />
        </cqo-form>
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
