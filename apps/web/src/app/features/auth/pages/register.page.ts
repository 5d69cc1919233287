import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH } from '@cqo/contracts';
import { AuthService } from '../../../core/auth/auth.service';
import { passwordLengthValidator } from '../../../shared/form-errors';
import { FORM_PAGE } from '../../../shared/forms/form-frame.component';
import { formSubmission } from '../../../shared/forms/form-submission';
import { Notice } from '../../../shared/notice';
import { LanguageService } from '../../../core/i18n/i18n';

@Component({
  selector: 'cqo-register-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ...FORM_PAGE],
  template: `
    <cqo-form-card title="auth.signUpTitle" lead="auth.signUpLead" [error]="sending.error()">
      <cqo-form [form]="form" submitLabel="common.signUp" [busy]="sending.busy()" (submitted)="submit()">
        <cqo-text-field
          [control]="form.controls.displayName"
          inputId="displayName"
          label="auth.displayName"
          autocomplete="name"
        />
        <cqo-text-field [control]="form.controls.email" preset="email" />
        <cqo-text-field
          [control]="form.controls.password"
          preset="newPassword"
          inputId="password"
          label="auth.password"
        />
      </cqo-form>
      <p class="form-links">
        <span
          >{{ 'auth.haveAccount' | transloco }}
          <a routerLink="/login">{{ 'common.signIn' | transloco }}</a></span
        >
      </p>
    </cqo-form-card>
  `,
})
export class RegisterPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notice = inject(Notice);
  private readonly lang = inject(LanguageService).lang;
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX_LENGTH)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
    password: ['', [Validators.required, passwordLengthValidator]],
  });
  protected readonly sending = formSubmission(this.form);

  submit(): Promise<void> {
    return this.sending.submit(async () => {
      const value = this.form.getRawValue();
      // The account's e-mails are written in the language it was made in, until it is switched.
      await this.auth.register({ ...value, language: this.lang() });
      await this.auth.login(value.email, value.password);
      this.notice.success('auth.registered');
      await this.router.navigateByUrl('/');
    });
  }
}
