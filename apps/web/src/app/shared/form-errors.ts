import { Pipe, inject, type PipeTransform } from '@angular/core';
import type { AbstractControl, FormGroup, ValidationErrors } from '@angular/forms';
import { TranslocoService } from '@jsverse/transloco';
import type { FieldError } from '@cqo/contracts';
import { formatMessage, messages } from '@cqo/rules';
import { toClientError } from '../core/api/api-error';

/** Puts the API's per-field codes onto the form, so each field shows its own message. */
export function applyServerErrors(form: FormGroup, details: FieldError[]): boolean {
  let applied = false;
  for (const d of details) {
    const control = form.get(d.field);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: d.code });
      control.markAsTouched();
      applied = true;
    }
  }
  return applied;
}

/** Maps Angular validator keys to the same codes the API uses. */
const CLIENT_CODES: Record<string, string> = {
  required: 'REQUIRED',
  email: 'INVALID_EMAIL',
  maxlength: 'TOO_LONG',
  minlength: 'TOO_SHORT',
};

export function firstErrorCode(errors: ValidationErrors | null | undefined): string | null {
  if (!errors) return null;
  if (typeof errors['server'] === 'string') return errors['server'];
  for (const key of Object.keys(errors)) {
    if (typeof errors[key] === 'string' && key === 'code') return errors[key];
    if (CLIENT_CODES[key]) return CLIENT_CODES[key];
    if (/^[A-Z_]+$/.test(key)) return key;
  }
  return 'INVALID_VALUE';
}

/** Text for an error code: the rules library's own messages first, then the app's. */
export function errorText(
  transloco: TranslocoService,
  code: string,
  params: Record<string, string | number> = {},
): string {
  const lang = transloco.getActiveLang() === 'en' ? 'en' : 'zh-CN';
  if (code in messages[lang]) return formatMessage(lang, code, params);
  return transloco.translate(`errors.${code}`, params);
}

/** `control | fieldError` → the message for its first error, in the active language. */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  transform(control: AbstractControl | null): string {
    const code = firstErrorCode(control?.errors);
    return code ? errorText(this.transloco, code) : '';
  }
}

/** The password rule both sides enforce: 10–128 characters (the common-password list is checked by the API). */
export function passwordLengthValidator(control: AbstractControl): ValidationErrors | null {
  const v = String(control.value ?? '');
  if (!v) return null;
  if (v.length < 10) return { PASSWORD_TOO_SHORT: true };
  if (v.length > 128) return { PASSWORD_TOO_LONG: true };
  return null;
}

/** A save that failed, in one line: the error's text and the fields it names. */
export function saveErrorText(transloco: TranslocoService, error: unknown): string {
  const err = toClientError(error);
  const fields = err.details.map((d) => d.field).join(', ');
  return `${errorText(transloco, err.code, err.params)}${fields ? `${transloco.translate('common.colon')}${fields}` : ''}`;
}
