import type { TranslocoService } from '@jsverse/transloco';

/** "cqo.email" → the form's label for it ("Email（本人邮箱）"), in the active language. */
export function filingFieldLabel(transloco: TranslocoService, field: string): string {
  const key = field.split('.').pop() ?? field;
  const cqo = field.startsWith('cqo');
  const aliases: Record<string, string> = {
    name: cqo ? 'cqoName' : 'name',
    email: cqo ? 'cqoEmail' : 'email',
    address: cqo ? 'cqoAddress' : 'address',
  };
  return transloco.translate(`filing.f.${aliases[key] ?? key}`);
}
