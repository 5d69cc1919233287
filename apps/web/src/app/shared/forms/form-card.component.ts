import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzCardModule } from 'ng-zorro-antd/card';
import type { ClientError } from '../../core/api/api-error';

/** A card holding one form (sign-in, sign-up, password): title, lead, the form's refusal, the form. */
@Component({
  selector: 'cqo-form-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe, NzAlertModule, NzCardModule],
  template: `
    <nz-card [class.auth-card]="narrow()" [nzTitle]="title() | transloco">
      @if (lead()) {
        <p class="muted">{{ lead()! | transloco }}</p>
      }
      @if (error(); as e) {
        <nz-alert
          nzType="error"
          [nzMessage]="'errors.' + e.code | transloco: e.params"
          nzShowIcon
          class="gap"
          data-testid="form-error"
        />
      }
      <ng-content />
    </nz-card>
  `,
  styles: `
    .gap {
      margin-bottom: 16px;
    }
  `,
})
export class FormCardComponent {
  /** Translation keys. */
  readonly title = input.required<string>();
  readonly lead = input<string>();
  readonly error = input<ClientError | null>(null);
  /** The centred narrow card of the sign-in pages. */
  readonly narrow = input(true);
}
