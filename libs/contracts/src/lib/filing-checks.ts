import {
  chinaDate,
  checkCqoEligibility,
  checkPersonalEmail,
  classifyEnterpriseSize,
  isIndustryClass,
  getRegion,
  validateCreditCode,
  validateMobile,
  validateOtherIdDocument,
  validateResidentId,
  type EligibilityResult,
  type SizeResult,
} from '@cqo/rules';
import { FieldErrorCode, type FieldError } from './errors';
import { REQUIRED_ATTACHMENT_KINDS } from './files';
import type { FilingCqo, FilingEnterprise } from './filings';

export interface FilingCheckResult {
  errors: FieldError[];
  size: SizeResult;
  eligibility: EligibilityResult | null;
  /** The ID number as stored (normalised: upper-case X, no spaces). */
  idNumber: string | null;
}

const REQUIRED_ENTERPRISE: (keyof FilingEnterprise)[] = [
  'name',
  'creditCode',
  'industryCode',
  'regionCode',
  'nature',
  'mainProducts',
  'address',
  'postcode',
];
const REQUIRED_CQO: (keyof FilingCqo)[] = [
  'name',
  'idType',
  'idNumber',
  'sex',
  'birthDate',
  'education',
  'qualityYears',
  'position',
  'mobile',
  'email',
  'address',
  'appointedOn',
];

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * Every check the server runs before a filing may be submitted: completeness, then the rules
 * library (credit code, industry, enterprise size, ID number against birth date and sex, personal
 * e-mail, mobiles, CQO eligibility). The browser runs the very same function as the user types,
 * so the list of what to fix on the form's last step is what the server would answer.
 */
export function checkFiling(
  enterprise: FilingEnterprise,
  cqo: FilingCqo,
  today = new Date(),
  /** The kinds of the documents attached so far; the required ones must be among them. */
  attachmentKinds: readonly string[] = REQUIRED_ATTACHMENT_KINDS,
): FilingCheckResult {
  const errors: FieldError[] = [];
  const add = (field: string, code: string) => errors.push({ field, code });

  for (const key of REQUIRED_ENTERPRISE)
    if (blank(enterprise[key])) add(`enterprise.${key}`, FieldErrorCode.REQUIRED);
  if (blank(enterprise.legalRepresentative?.name))
    add('enterprise.legalRepresentative.name', FieldErrorCode.REQUIRED);
  for (const key of REQUIRED_CQO) if (blank(cqo[key])) add(`cqo.${key}`, FieldErrorCode.REQUIRED);

  if (!blank(enterprise.creditCode)) {
    const credit = validateCreditCode(enterprise.creditCode as string);
    if (!credit.valid) add('enterprise.creditCode', credit.errors[0]);
  }
  if (!blank(enterprise.industryCode) && !isIndustryClass(enterprise.industryCode as string))
    add('enterprise.industryCode', 'INDUSTRY_NOT_CLASS');
  if (!blank(enterprise.regionCode) && !getRegion(enterprise.regionCode as string))
    add('enterprise.regionCode', 'REGION_UNKNOWN');

  const size = classifyEnterpriseSize({
    industryCode: enterprise.industryCode ?? '',
    employees: enterprise.employees,
    revenue: enterprise.revenue,
    totalAssets: enterprise.totalAssets,
  });
  if (size.status === 'missing-indicators')
    for (const m of size.missing) add(`enterprise.${m}`, FieldErrorCode.REQUIRED);

  for (const [field, value] of [
    ['cqo.mobile', cqo.mobile],
    ['enterprise.legalRepresentative.mobile', enterprise.legalRepresentative?.mobile],
    ['enterprise.qualityLead.mobile', enterprise.qualityLead?.mobile],
  ] as const) {
    if (!blank(value)) {
      const mobile = validateMobile(value as string);
      if (!mobile.ok) add(field, mobile.code as string);
    }
  }
  if (!blank(cqo.email)) {
    const email = checkPersonalEmail(cqo.email as string);
    if (!email.ok) add('cqo.email', email.code as string);
  }

  const idNumber = checkIdentity(cqo, add, today);

  if (!blank(cqo.appointedOn) && (cqo.appointedOn as string) > chinaDate(today))
    add('cqo.appointedOn', 'DATE_IN_FUTURE');

  let eligibility: EligibilityResult | null = null;
  if (!blank(cqo.education) && typeof cqo.qualityYears === 'number') {
    eligibility = checkCqoEligibility({
      education: cqo.education as never,
      qualityYears: cqo.qualityYears,
      enterpriseSize: size.size,
    });
    if (eligibility.outcome === 'ineligible') {
      for (const issue of eligibility.issues.filter((i) => i.severity === 'error')) {
        add(
          issue.code.startsWith('ELIGIBILITY_EDUCATION') ? 'cqo.education' : 'cqo.qualityYears',
          issue.code,
        );
      }
    }
  }
  for (const kind of REQUIRED_ATTACHMENT_KINDS)
    if (!attachmentKinds.includes(kind)) add(`attachments.${kind}`, FieldErrorCode.REQUIRED);
  return { errors, size, eligibility, idNumber };
}

/**
 * The ID document against its own rules and, for a resident ID, against the birth date and sex
 * given beside it. Returns the number as stored (normalised), or null when there is none.
 */
export function checkIdentity(
  cqo: Pick<FilingCqo, 'idType' | 'idNumber' | 'birthDate' | 'sex'>,
  add: (field: string, code: string) => void,
  today = new Date(),
): string | null {
  if (blank(cqo.idNumber) || blank(cqo.idType)) return null;
  if (cqo.idType === 'resident') {
    const id = validateResidentId(
      cqo.idNumber as string,
      { birthDate: cqo.birthDate, sex: cqo.sex },
      { today },
    );
    for (const code of id.errors)
      add(
        code === 'ID_BIRTH_DATE_MISMATCH'
          ? 'cqo.birthDate'
          : code === 'ID_SEX_MISMATCH'
            ? 'cqo.sex'
            : 'cqo.idNumber',
        code,
      );
    return id.normalized ?? null;
  }
  const doc = validateOtherIdDocument({ type: cqo.idType as never, number: cqo.idNumber as string });
  for (const code of doc.errors) add('cqo.idNumber', code);
  return doc.normalized ?? (cqo.idNumber as string).trim().toUpperCase();
}
