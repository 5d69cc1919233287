import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ReactiveFormsModule, type FormGroup } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { FormCardComponent } from './form-card.component';
import { TextFieldComponent } from './text-field.component';

/** A vertical form with its fields as content and one submit button that spins while `busy`. */
@Component({
  selector: 'cqo-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslocoPipe, NzButtonModule, NzFormModule],
  template: `
    <form
      nz-form
      nzLayout="vertical"
      [formGroup]="form()"
      (ngSubmit)="submitted.emit()"
      [class.narrow]="!block()"
    >
      <ng-content />
      <button
        nz-button
        nzType="primary"
        [nzBlock]="block()"
        [nzLoading]="busy()"
        type="submit"
        data-testid="submit"
      >
        {{ submitLabel() | transloco }}
      </button>
    </form>
  `,
  styles: `
    .narrow {
      max-width: 420px;
    }
  `,
})
export class FormFrameComponent {
  readonly form = input.required<FormGroup>();
  /** Translation key of the button. */
  readonly submitLabel = input.required<string>();
  readonly busy = input(false);
  /** A full-width button (the sign-in cards); otherwise a narrow form with a plain button. */
  readonly block = input(true);
  readonly submitted = output<void>();
}

/** What a page with one form imports. */
export const FORM_PAGE = [FormCardComponent, FormFrameComponent, TextFieldComponent, TranslocoPipe] as const;
