import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { firstValueFrom } from 'rxjs';
import { FormCardComponent } from '../../../shared/forms/form-card.component';
import { formSubmission } from '../../../shared/forms/form-submission';
import { TextFieldComponent } from '../../../shared/forms/text-field.component';

@Component({
  selector: 'cqo-forgot-password-page',
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
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <cqo-text-field
            [control]="form.controls.email"
            inputId="email"
            label="auth.email"
            type="email"
            autocomplete="email"
          />
          <button nz-button nzType="primary" nzBlock [nzLoading]="sending.busy()" type="submit">
            {{ 'auth.sendLink' | transloco }}
          </button>
        </form>
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
