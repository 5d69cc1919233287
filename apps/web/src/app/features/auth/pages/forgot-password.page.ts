import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { firstValueFrom } from 'rxjs';
import { FORM_PAGE } from '../../../shared/forms/form-frame.component';
import { formSubmission } from '../../../shared/forms/form-submission';

@Component({
  selector: 'cqo-forgot-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ...FORM_PAGE, NzAlertModule],
  template: `
    <cqo-form-card
      title="auth.forgotTitle"
      [lead]="sent() ? undefined : 'auth.forgotLead'"
      [error]="sending.error()"
    >
      @if (sent()) {
        <nz-alert
          nzType="success"
          [nzMessage]="'auth.linkSent' | transloco"
          nzShowIcon
          data-testid="link-sent"
        />
      } @else {
        <cqo-form [form]="form" submitLabel="auth.sendLink" [busy]="sending.busy()" (submitted)="submit()">
          <cqo-text-field [control]="form.controls.email" preset="email" />
        </cqo-form>
      }
      <p class="form-links">
        <a routerLink="/login">{{ 'common.signIn' | transloco }}</a>
      </p>
    </cqo-form-card>
  `,
})
export class ForgotPasswordPage {
  private readonly http = inject(HttpClient);
  protected readonly sent = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly sending = formSubmission(this.form);

  submit(): Promise<void> {
    return this.sending.submit(async () => {
      await firstValueFrom(this.http.post('/api/auth/password-reset/request', this.form.getRawValue()));
      this.sent.set(true);
    });
  }
}
