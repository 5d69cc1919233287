import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule, type FormControl } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { FieldErrorPipe } from '../form-errors';

/** A labelled text input of a reactive form, with its error under it and an optional hint. */
@Component({
  selector: 'cqo-text-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorPipe, NzFormModule, NzInputModule],
  template: `
    <nz-form-item>
      <nz-form-label [nzFor]="inputId()" [nzRequired]="required()">{{ label() | transloco }}</nz-form-label>
      <nz-form-control [nzErrorTip]="control() | fieldError" [nzExtra]="hint() ? (hint()! | transloco) : ''">
        <input
          nz-input
          [id]="inputId()"
          [type]="type()"
          [attr.autocomplete]="autocomplete()"
          [formControl]="control()"
        />
      </nz-form-control>
    </nz-form-item>
  `,
})
export class TextFieldComponent {
  readonly control = input.required<FormControl<string>>();
  readonly inputId = input.required<string>();
  /** Translation keys. */
  readonly label = input.required<string>();
  readonly hint = input<string>();
  readonly type = input<'text' | 'email' | 'password'>('text');
  readonly autocomplete = input<string>();
  readonly required = input(true);
}
