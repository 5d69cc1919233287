import { ENTERPRISE_NATURES, ID_TYPES } from '@cqo/contracts';
import { EDUCATION_LEVELS } from '@cqo/rules';

/**
 * Every field of the filing form (the source document's 企业首席质量官备案表 and 登记表), once: one
 * row drives the control the applicant fills in, its label, the step it sits on, whether staff may
 * comment on it when returning the filing, and how a list of errors names it. The filing page
 * renders the rows; the staff review reads them for its comment boxes.
 */
export interface FilingField {
  /** The form path, the API's field name in errors, and the reviewer comment key. */
  readonly path: string;
  /** Translation key of the label. */
  readonly label: string;
  readonly step: 0 | 1;
  readonly control: 'text' | 'email' | 'textarea' | 'number' | 'date' | 'select' | 'industry' | 'region';
  /** Columns of 24 from a medium screen up (a phone shows one field a line). */
  readonly span: 24 | 12 | 8 | 6;
  readonly required?: boolean;
  readonly options?: readonly string[];
  /** Translation prefix of the options ("filing.nature." + code). */
  readonly optionLabel?: string;
  readonly maxLength?: number;
  readonly testId?: string;
  /** Staff may write a comment on it when they return the filing. */
  readonly commentable?: boolean;
  /** A heading (translation key) shown above this field, which opens a group. */
  readonly section?: string;
  /** Translation key of a hint shown under the field (how to fill it in). */
  readonly hint?: string;
  /** The live rules check shown below this field. */
  readonly liveCheck?: 'size' | 'eligibility';
}

/** A row; the step follows the path (the enterprise first, the CQO second). */
const row = (
  path: string,
  label: string,
  control: FilingField['control'],
  span: FilingField['span'],
  more: Partial<FilingField> = {},
): FilingField => ({ path, label, step: path.startsWith('cqo.') ? 1 : 0, control, span, ...more });

const required = { required: true } as const;
/** Required, and staff may comment on it. */
const key = { required: true, commentable: true } as const;

const person = (who: 'legalRepresentative' | 'qualityLead'): FilingField[] =>
  (['name', 'position', 'phone', 'mobile', 'fax'] as const).map((part, i) =>
    row(`enterprise.${who}.${part}`, `filing.f.person${part[0].toUpperCase()}${part.slice(1)}`, 'text', 8, {
      required: who === 'legalRepresentative' && part === 'name',
      ...(i === 0 ? { section: `filing.f.${who}` } : {}),
    }),
  );

export const FILING_FIELDS: readonly FilingField[] = [
  // 1. The enterprise
  row('enterprise.name', 'filing.f.name', 'text', 24, key),
  row('enterprise.creditCode', 'filing.f.creditCode', 'text', 12, {
    ...key,
    maxLength: 18,
    testId: 'credit-code',
  }),
  row('enterprise.nature', 'filing.f.nature', 'select', 12, {
    ...key,
    options: ENTERPRISE_NATURES,
    optionLabel: 'filing.nature.',
  }),
  row('enterprise.industryCode', 'filing.f.industryCode', 'industry', 24, {
    ...key,
    hint: 'filing.hints.industryCode',
  }),
  row('enterprise.regionCode', 'filing.f.regionCode', 'region', 12, {
    ...key,
    testId: 'region',
    hint: 'filing.hints.regionCode',
  }),
  row('enterprise.postcode', 'filing.f.postcode', 'text', 12, { ...required, maxLength: 6 }),
  row('enterprise.employees', 'filing.f.employees', 'number', 8, { commentable: true }),
  row('enterprise.revenue', 'filing.f.revenue', 'number', 8, { commentable: true }),
  row('enterprise.totalAssets', 'filing.f.totalAssets', 'number', 8, {
    commentable: true,
    liveCheck: 'size',
  }),
  row('enterprise.mainProducts', 'filing.f.mainProducts', 'textarea', 24, key),
  row('enterprise.address', 'filing.f.address', 'text', 24, key),
  row('enterprise.website', 'filing.f.website', 'text', 12),
  row('enterprise.email', 'filing.f.email', 'text', 12),
  ...person('legalRepresentative'),
  ...person('qualityLead'),
  // 2. The chief quality officer
  row('cqo.name', 'filing.f.cqoName', 'text', 12, key),
  row('cqo.idType', 'filing.f.idType', 'select', 12, {
    ...required,
    options: ID_TYPES,
    optionLabel: 'filing.idType.',
  }),
  row('cqo.idNumber', 'filing.f.idNumber', 'text', 12, { ...key, maxLength: 30, testId: 'id-number' }),
  row('cqo.sex', 'filing.f.sex', 'select', 6, {
    ...required,
    options: ['male', 'female'],
    optionLabel: 'filing.sex.',
  }),
  row('cqo.birthDate', 'filing.f.birthDate', 'date', 6, required),
  row('cqo.education', 'filing.f.education', 'select', 6, {
    ...key,
    options: EDUCATION_LEVELS,
    optionLabel: 'filing.education.',
  }),
  row('cqo.qualityYears', 'filing.f.qualityYears', 'number', 6, { ...key, liveCheck: 'eligibility' }),
  row('cqo.school', 'filing.f.school', 'text', 12),
  row('cqo.major', 'filing.f.major', 'text', 12),
  row('cqo.position', 'filing.f.position', 'text', 12, key),
  row('cqo.title', 'filing.f.title', 'text', 12),
  row('cqo.otherPosts', 'filing.f.otherPosts', 'text', 12),
  row('cqo.phone', 'filing.f.phone', 'text', 12),
  row('cqo.mobile', 'filing.f.mobile', 'text', 12, { ...key, testId: 'cqo-mobile' }),
  row('cqo.fax', 'filing.f.fax', 'text', 12),
  row('cqo.email', 'filing.f.cqoEmail', 'email', 12, { ...key, testId: 'cqo-email' }),
  row('cqo.appointedOn', 'filing.f.appointedOn', 'date', 12, key),
  row('cqo.address', 'filing.f.cqoAddress', 'text', 24, required),
  row('cqo.trainingCertificateNo', 'filing.f.trainingCertificateNo', 'text', 12, { commentable: true }),
  row('cqo.certificateIssuer', 'filing.f.certificateIssuer', 'text', 12, { commentable: true }),
  row('cqo.resume', 'filing.f.resume', 'textarea', 24, { commentable: true }),
  row('cqo.remarks', 'filing.f.remarks', 'textarea', 24),
];

const BY_PATH = new Map(FILING_FIELDS.map((f) => [f.path, f]));

export function filingField(path: string): FilingField | undefined {
  return BY_PATH.get(path);
}

export function fieldsOfStep(step: 0 | 1): FilingField[] {
  return FILING_FIELDS.filter((f) => f.step === step);
}

/** The fields staff may comment on when returning a filing, in form order. */
export const COMMENTABLE_FIELDS = FILING_FIELDS.filter((f) => f.commentable).map((f) => f.path);

/** The step of the form where a field the API names sits (attachments and unknown ones: the last). */
export function stepOf(path: string): number {
  if (path.startsWith('attachments')) return 2;
  return filingField(path)?.step ?? 3;
}

/**
 * The translation keys that name a field for a person reading a list of errors or comments:
 * the group's heading and the label ("法定代表人 · 姓名"), or the attachment kind.
 */
export function fieldLabelKeys(path: string): string[] {
  if (path.startsWith('attachments.')) return [`attachments.kinds.${path.split('.')[1]}`];
  const field = filingField(path);
  if (!field) return [];
  const group = path.split('.').length === 3 ? `filing.f.${path.split('.')[1]}` : null;
  return group ? [group, field.label] : [field.label];
}
