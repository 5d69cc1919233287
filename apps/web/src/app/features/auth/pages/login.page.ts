import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { AuthService } from '../../../core/auth/auth.service';
import { FORM_PAGE } from '../../../shared/forms/form-frame.component';
import { formSubmission } from '../../../shared/forms/form-submission';

@Component({
  selector: 'cqo-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ...FORM_PAGE, NzAlertModule],
  template: `
    <cqo-form-card title="auth.signInTitle" [error]="sending.error()">
      @if (ended) {
        <nz-alert nzType="warning" [nzMessage]="'auth.sessionEnded' | transloco" nzShowIcon class="gap" />
      } @else if (guarded) {
        <nz-alert
          nzType="info"
          [nzMessage]="'auth.signInToContinue' | transloco"
          nzShowIcon
          class="gap"
          data-testid="sign-in-reason"
        />
      }
      <cqo-form [form]="form" submitLabel="common.signIn" [busy]="sending.busy()" (submitted)="submit()">
        <cqo-text-field [control]="form.controls.email" preset="username" />
        <cqo-text-field [control]="form.controls.password" preset="password" />
      </cqo-form>
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
  /** A guarded page sent the visitor here: say why. */
  protected readonly guarded = this.route.snapshot.queryParamMap.has('returnUrl');
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
