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
  /** The live rules check shown below this field. */
  readonly liveCheck?: 'size' | 'eligibility';
}

const person = (who: 'legalRepresentative' | 'qualityLead'): FilingField[] =>
  (['name', 'position', 'phone', 'mobile', 'fax'] as const).map((key, i) => ({
    path: `enterprise.${who}.${key}`,
    label: `filing.f.person${key[0].toUpperCase()}${key.slice(1)}`,
    step: 0,
    control: 'text',
    span: 8,
    required: who === 'legalRepresentative' && key === 'name',
    ...(i === 0 ? { section: `filing.f.${who}` } : {}),
  }));

export const FILING_FIELDS: readonly FilingField[] = [
  // 1. The enterprise
  {
    path: 'enterprise.name',
    label: 'filing.f.name',
    step: 0,
    control: 'text',
    span: 24,
    required: true,
    commentable: true,
  },
  {
    path: 'enterprise.creditCode',
    label: 'filing.f.creditCode',
    step: 0,
    control: 'text',
    span: 12,
    required: true,
    maxLength: 18,
    testId: 'credit-code',
    commentable: true,
  },
  {
    path: 'enterprise.nature',
    label: 'filing.f.nature',
    step: 0,
    control: 'select',
    span: 12,
    required: true,
    options: ENTERPRISE_NATURES,
    optionLabel: 'filing.nature.',
    commentable: true,
  },
  {
    path: 'enterprise.industryCode',
    label: 'filing.f.industryCode',
    step: 0,
    control: 'industry',
    span: 24,
    required: true,
    commentable: true,
  },
  {
    path: 'enterprise.regionCode',
    label: 'filing.f.regionCode',
    step: 0,
    control: 'region',
    span: 12,
    required: true,
    testId: 'region',
    commentable: true,
  },
  {
    path: 'enterprise.postcode',
    label: 'filing.f.postcode',
    step: 0,
    control: 'text',
    span: 12,
    required: true,
    maxLength: 6,
  },
  {
    path: 'enterprise.employees',
    label: 'filing.f.employees',
    step: 0,
    control: 'number',
    span: 8,
    commentable: true,
  },
  {
    path: 'enterprise.revenue',
    label: 'filing.f.revenue',
    step: 0,
    control: 'number',
    span: 8,
    commentable: true,
  },
  {
    path: 'enterprise.totalAssets',
    label: 'filing.f.totalAssets',
    step: 0,
    control: 'number',
    span: 8,
    commentable: true,
    liveCheck: 'size',
  },
  {
    path: 'enterprise.mainProducts',
    label: 'filing.f.mainProducts',
    step: 0,
    control: 'textarea',
    span: 24,
    required: true,
    commentable: true,
  },
  {
    path: 'enterprise.address',
    label: 'filing.f.address',
    step: 0,
    control: 'text',
    span: 24,
    required: true,
    commentable: true,
  },
  { path: 'enterprise.website', label: 'filing.f.website', step: 0, control: 'text', span: 12 },
  { path: 'enterprise.email', label: 'filing.f.email', step: 0, control: 'text', span: 12 },
  ...person('legalRepresentative'),
  ...person('qualityLead'),
  // 2. The chief quality officer
  {
    path: 'cqo.name',
    label: 'filing.f.cqoName',
    step: 1,
    control: 'text',
    span: 12,
    required: true,
    commentable: true,
  },
  {
    path: 'cqo.idType',
    label: 'filing.f.idType',
    step: 1,
    control: 'select',
    span: 12,
    required: true,
    options: ID_TYPES,
    optionLabel: 'filing.idType.',
  },
  {
    path: 'cqo.idNumber',
    label: 'filing.f.idNumber',
    step: 1,
    control: 'text',
    span: 12,
    required: true,
    maxLength: 30,
    testId: 'id-number',
    commentable: true,
  },
  {
    path: 'cqo.sex',
    label: 'filing.f.sex',
    step: 1,
    control: 'select',
    span: 6,
    required: true,
    options: ['male', 'female'],
    optionLabel: 'filing.sex.',
  },
  { path: 'cqo.birthDate', label: 'filing.f.birthDate', step: 1, control: 'date', span: 6, required: true },
  {
    path: 'cqo.education',
    label: 'filing.f.education',
    step: 1,
    control: 'select',
    span: 6,
    required: true,
    options: EDUCATION_LEVELS,
    optionLabel: 'filing.education.',
    commentable: true,
  },
  {
    path: 'cqo.qualityYears',
    label: 'filing.f.qualityYears',
    step: 1,
    control: 'number',
    span: 6,
    required: true,
    commentable: true,
    liveCheck: 'eligibility',
  },
  { path: 'cqo.school', label: 'filing.f.school', step: 1, control: 'text', span: 12 },
  { path: 'cqo.major', label: 'filing.f.major', step: 1, control: 'text', span: 12 },
  {
    path: 'cqo.position',
    label: 'filing.f.position',
    step: 1,
    control: 'text',
    span: 12,
    required: true,
    commentable: true,
  },
  { path: 'cqo.title', label: 'filing.f.title', step: 1, control: 'text', span: 12 },
  { path: 'cqo.otherPosts', label: 'filing.f.otherPosts', step: 1, control: 'text', span: 12 },
  { path: 'cqo.phone', label: 'filing.f.phone', step: 1, control: 'text', span: 12 },
  {
    path: 'cqo.mobile',
    label: 'filing.f.mobile',
    step: 1,
    control: 'text',
    span: 12,
    required: true,
    testId: 'cqo-mobile',
    commentable: true,
  },
  { path: 'cqo.fax', label: 'filing.f.fax', step: 1, control: 'text', span: 12 },
  {
    path: 'cqo.email',
    label: 'filing.f.cqoEmail',
    step: 1,
    control: 'email',
    span: 12,
    required: true,
    testId: 'cqo-email',
    commentable: true,
  },
  {
    path: 'cqo.appointedOn',
    label: 'filing.f.appointedOn',
    step: 1,
    control: 'date',
    span: 12,
    required: true,
    commentable: true,
  },
  { path: 'cqo.address', label: 'filing.f.cqoAddress', step: 1, control: 'text', span: 24, required: true },
  {
    path: 'cqo.trainingCertificateNo',
    label: 'filing.f.trainingCertificateNo',
    step: 1,
    control: 'text',
    span: 12,
    commentable: true,
  },
  {
    path: 'cqo.certificateIssuer',
    label: 'filing.f.certificateIssuer',
    step: 1,
    control: 'text',
    span: 12,
    commentable: true,
  },
  { path: 'cqo.resume', label: 'filing.f.resume', step: 1, control: 'textarea', span: 24, commentable: true },
  { path: 'cqo.remarks', label: 'filing.f.remarks', step: 1, control: 'textarea', span: 24 },
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
