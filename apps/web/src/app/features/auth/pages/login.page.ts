import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { AuthService } from '../../../core/auth/auth.service';
import { FormCardComponent } from '../../../shared/forms/form-card.component';
import { formSubmission } from '../../../shared/forms/form-submission';
import { TextFieldComponent } from '../../../shared/forms/text-field.component';

@Component({
  selector: 'cqo-login-page',
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
    <cqo-form-card title="auth.signInTitle" [error]="sending.error()">
      @if (ended) {
        <nz-alert nzType="warning" [nzMessage]="'auth.sessionEnded' | transloco" nzShowIcon class="gap" />
      }
      <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <cqo-text-field
          [control]="form.controls.email"
          inputId="email"
          label="auth.email"
          type="email"
          autocomplete="username"
        />
        <cqo-text-field
          [control]="form.controls.password"
          inputId="password"
          label="auth.password"
          type="password"
          autocomplete="current-password"
        />
        <button
          nz-button
          nzType="primary"
          nzBlock
          [nzLoading]="sending.busy()"
          type="submit"
          data-testid="submit"
        >
          {{ 'common.signIn' | transloco }}
        </button>
      </form>
      <p class="form-links">
        <a routerLink="/forgot-password">{{ 'auth.forgot' | transloco }}</a>
        <span
          >{{ 'auth.noAccount' | transloco }}
          <a routerLink="/register">{{ 'common.signUp' | transloco }}</a></span
        >
      </p>
    </cqo-form-card>
  `,
  styles: `
    .gap {
      margin-bottom: 16px;
    }
  `,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly ended = this.route.snapshot.queryParamMap.has('ended');
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.maxLength(254)]],
    password: ['', [Validators.required, Validators.maxLength(128)]],
  });
  protected readonly sending = formSubmission(this.form);

  submit(): Promise<void> {
    return this.sending.submit(async () => {
      const { email, password } = this.form.getRawValue();
      await this.auth.login(email, password);
      const returnUrl = this.route.snapshot.queryParamMap.get('returnUrl');
      await this.router.navigateByUrl(
        returnUrl && returnUrl.startsWith('/') && !returnUrl.startsWith('//') ? returnUrl : '/',
      );
    });
  }
}
