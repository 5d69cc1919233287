import { DatePipe } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../core/auth/auth.service';
import { saveBlob } from '../../shared/save-blob';
import { firstValueFrom } from 'rxjs';
import { passwordLengthValidator } from '../../shared/form-errors';
import { FORM_PAGE } from '../../shared/forms/form-frame.component';
import { formSubmission } from '../../shared/forms/form-submission';
import { PageComponent } from '../../shared/page.component';
import { Notice } from '../../shared/notice';
import { MyActionsComponent } from './my-actions.component';

@Component({
  selector: 'cqo-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    PageComponent,
    ...FORM_PAGE,
    NzCardModule,
    NzDescriptionsModule,
    NzTagModule,
    NzButtonModule,
    MyActionsComponent,
  ],
  template: `
    <cqo-page heading="account.title">
      @if (auth.user(); as user) {
        <nz-card [nzTitle]="'account.profile' | transloco" class="gap">
          <nz-descriptions [nzColumn]="{ xxl: 2, xl: 2, lg: 2, md: 1, sm: 1, xs: 1 }">
            <nz-descriptions-item [nzTitle]="'auth.displayName' | transloco">{{
              user.displayName
            }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'auth.email' | transloco">{{ user.email }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'account.roles' | transloco">
              @for (role of user.roles; track role) {
                <nz-tag nzColor="blue">{{ 'roles.' + role | transloco }}</nz-tag>
              }
            </nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'account.since' | transloco">{{
              user.createdAt | date: 'yyyy-MM-dd'
            }}</nz-descriptions-item>
          </nz-descriptions>
          <button nz-button (click)="downloadMyData()" data-testid="download-my-data">
            {{ 'account.downloadData' | transloco }}
          </button>
        </nz-card>
      }
      <cqo-my-actions />
      <cqo-form-card title="auth.changePassword" [narrow]="false" [error]="sending.error()">
        <cqo-form
          [form]="form"
          submitLabel="common.save"
          [busy]="sending.busy()"
          [block]="false"
          (submitted)="submit()"
        >
          <cqo-text-field [control]="form.controls.currentPassword" preset="currentPassword" />
          <cqo-text-field [control]="form.controls.newPassword" preset="newPassword" />
        </cqo-form>
      </cqo-form-card>
    </cqo-page>
  `,
  styles: `
    .gap {
      margin-bottom: 16px;
    }
    .narrow {
      max-width: 420px;
    }
  `,
})
export class AccountPage {
  protected readonly auth = inject(AuthService);
  private readonly http = inject(HttpClient);
  private readonly notice = inject(Notice);
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', [Validators.required]],
    newPassword: ['', [Validators.required, passwordLengthValidator]],
  });
  protected readonly sending = formSubmission(this.form);

  /** Everything the platform holds about this user, as JSON. */
  async downloadMyData(): Promise<void> {
    const blob = await firstValueFrom(this.http.get('/api/me/data-export', { responseType: 'blob' }));
    saveBlob(blob, 'my-cqo-data.json');
  }

  submit(): Promise<void> {
    return this.sending.submit(async () => {
      const { currentPassword, newPassword } = this.form.getRawValue();
      await this.auth.changePassword(currentPassword, newPassword);
      this.form.reset();
      this.notice.success('auth.passwordChanged');
    });
  }
}
