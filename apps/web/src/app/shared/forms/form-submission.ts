import { signal } from '@angular/core';
import type { FormGroup } from '@angular/forms';
import { toClientError, type ClientError } from '../../core/api/api-error';
import { applyServerErrors } from '../form-errors';

/**
 * The sending of one form: nothing goes out while a field is invalid (each shows why), `busy`
 * while the request runs, and a refusal lands on the fields it names or, when it names none,
 * in `error` for the form's alert.
 */
export function formSubmission(form: FormGroup) {
  const busy = signal(false);
  const error = signal<ClientError | null>(null);
  const submit = async (work: () => Promise<void>): Promise<void> => {
    form.markAllAsTouched();
    if (form.invalid) return;
    busy.set(true);
    error.set(null);
    try {
      await work();
    } catch (e) {
      const err = toClientError(e);
      if (!applyServerErrors(form, err.details)) error.set(err);
    } finally {
      busy.set(false);
    }
  };
  return { busy: busy.asReadonly(), error, submit };
}
