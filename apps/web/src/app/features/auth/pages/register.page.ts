import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH } from '@cqo/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzMessageService } from 'ng-zorro-antd/message';
import { AuthService } from '../../../core/auth/auth.service';
import { passwordLengthValidator } from '../../../shared/form-errors';
import { FormCardComponent } from '../../../shared/forms/form-card.component';
import { formSubmission } from '../../../shared/forms/form-submission';
import { TextFieldComponent } from '../../../shared/forms/text-field.component';

@Component({
  selector: 'cqo-register-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FormCardComponent,
    TextFieldComponent,
    NzButtonModule,
    NzFormModule,
  ],
  template: `
    <cqo-form-card title="auth.signUpTitle" lead="auth.signUpLead" [error]="sending.error()">
      <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <cqo-text-field
          [control]="form.controls.displayName"
          inputId="displayName"
          label="auth.displayName"
          autocomplete="name"
        />
        <cqo-text-field
          [control]="form.controls.email"
          inputId="email"
          label="auth.email"
          type="email"
          autocomplete="email"
        />
        <cqo-text-field
          [control]="form.controls.password"
          inputId="password"
          label="auth.password"
          hint="auth.passwordHint"
          type="password"
          autocomplete="new-password"
        />
        <button
          nz-button
          nzType="primary"
          nzBlock
          [nzLoading]="sending.busy()"
          type="submit"
          data-testid="submit"
        >
          {{ 'common.signUp' | transloco }}
        </button>
      </form>
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
  private readonly message = inject(NzMessageService);
  private readonly transloco = inject(TranslocoService);
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX_LENGTH)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
    password: ['', [Validators.required, passwordLengthValidator]],
  });
  protected readonly sending = formSubmission(this.form);

  submit(): Promise<void> {
    return this.sending.submit(async () => {
      const value = this.form.getRawValue();
      await this.auth.register(value);
      await this.auth.login(value.email, value.password);
      this.message.success(this.transloco.translate('auth.registered'));
      await this.router.navigateByUrl('/');
    });
  }
}
