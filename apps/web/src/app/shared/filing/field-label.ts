import type { TranslocoService } from '@jsverse/transloco';
import { fieldLabelKeys } from './filing-fields';

/** "cqo.email" → the form's label for it ("本人邮箱"), in the active language; an unknown path as it is. */
export function filingFieldLabel(transloco: TranslocoService, path: string): string {
  const keys = fieldLabelKeys(path);
  return keys.length ? keys.map((k) => transloco.translate(k)).join(' · ') : path;
}
