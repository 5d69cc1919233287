import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule, type FormControl } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { FieldErrorPipe } from '../form-errors';

interface FieldLook {
  inputId: string;
  label: string;
  hint?: string;
  type: 'text' | 'email' | 'password';
  autocomplete?: string;
}

/**
 * The account fields every sign-in form asks for, so the browser and its password manager see
 * the same field in each: an e-mail for a new account or a reset, the e-mail that signs in, the
 * password that signs in, the current password, a new password (with the rule in its hint).
 */
const PRESETS = {
  email: { inputId: 'email', label: 'auth.email', type: 'email', autocomplete: 'email' },
  username: { inputId: 'email', label: 'auth.email', type: 'email', autocomplete: 'username' },
  password: {
    inputId: 'password',
    label: 'auth.password',
    type: 'password',
    autocomplete: 'current-password',
  },
  currentPassword: {
    inputId: 'currentPassword',
    label: 'auth.currentPassword',
    type: 'password',
    autocomplete: 'current-password',
  },
  newPassword: {
    inputId: 'newPassword',
    label: 'auth.newPassword',
    hint: 'auth.passwordHint',
    type: 'password',
    autocomplete: 'new-password',
  },
} satisfies Record<string, FieldLook>;

/** A labelled text input of a reactive form, with its error under it and an optional hint. */
@Component({
  selector: 'cqo-text-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorPipe, NzFormModule, NzInputModule],
  template: `
    @let f = look();
    <nz-form-item>
      <nz-form-label [nzFor]="f.inputId" [nzRequired]="required()">{{ f.label | transloco }}</nz-form-label>
      <nz-form-control [nzErrorTip]="control() | fieldError" [nzExtra]="f.hint ? (f.hint | transloco) : ''">
        <input
          nz-input
          [id]="f.inputId"
          [type]="f.type"
          [attr.autocomplete]="f.autocomplete"
          [formControl]="control()"
        />
      </nz-form-control>
    </nz-form-item>
  `,
})
export class TextFieldComponent {
  readonly control = input.required<FormControl<string>>();
  readonly preset = input<keyof typeof PRESETS>();
  readonly inputId = input<string>();
  /** Translation keys. */
  readonly label = input<string>();
  readonly hint = input<string>();
  readonly type = input<'text' | 'email' | 'password'>('text');
  readonly autocomplete = input<string>();
  readonly required = input(true);
  protected readonly look = computed<FieldLook>(() => {
    const preset: Partial<FieldLook> = this.preset() ? PRESETS[this.preset()!] : {};
    return {
      inputId: this.inputId() ?? preset.inputId ?? 'field',
      label: this.label() ?? preset.label ?? '',
      hint: this.hint() ?? preset.hint,
      type: preset.type ?? this.type(),
      autocomplete: this.autocomplete() ?? preset.autocomplete,
    };
  });
}
