import {
  chinaDate,
  checkCqoEligibility,
  checkPersonalEmail,
  findRegionByName,
  isIndustryClass,
  validateMobile,
  validateOtherIdDocument,
  type EducationLevel,
  type EligibilityResult,
  type EnterpriseSize,
} from '@cqo/rules';
import {
  FieldErrorCode,
  TALENT_POOL_COLUMNS,
  type FilingCqo,
  type FilingEnterprise,
  type IdType,
} from '@cqo/contracts';
import { checkIdentity } from '@cqo/contracts/filing-checks';
import { EDUCATION_ZH, ID_NOTE_ZH, SEX_ZH, SIZE_ZH } from './filing-labels';
import { isDate } from 'node:util/types';
import { fromInertCell } from '../../platform/files/spreadsheet-cells';

export type Column = (typeof TALENT_POOL_COLUMNS)[number];

export interface RowError {
  column: Column;
  code: string;
}

/** One data row of 企业首席质量官人才库信息表, read and checked. */
export interface ImportedRow {
  /** The row number in the sheet, as Excel shows it. */
  row: number;
  enterprise: FilingEnterprise;
  cqo: FilingCqo;
  enterpriseSize: EnterpriseSize | null;
  eligibility: EligibilityResult | null;
  /** Normalised ID number, the key for duplicates. */
  idNumber: string | null;
  errors: RowError[];
}

const REQUIRED: Column[] = ['企业名称', '首席质量官姓名', '身份证号', '任职时间'];

const reverse = <K extends string>(map: Record<K, string>) =>
  new Map(Object.entries(map).map(([k, v]) => [v as string, k as K]));
const SIZE_OF = reverse(SIZE_ZH);
const SEX_OF = reverse(SEX_ZH);
const EDUCATION_OF = reverse(EDUCATION_ZH);

/** The text of an ExcelJS cell value, whatever form it was stored in. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  // isDate, not instanceof: cells come from the reader's worker thread, another realm's Date.
  if (isDate(value)) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (v.richText)
      return v.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
    return '';
  }
  return fromInertCell(String(value).trim());
}

/**
 * A day as people type it: 2023-11-01, 2023/11/1, 2023.11.1, 2023年11月1日 or, when the paper
 * table gives only a month, 2023年11月 (the 1st). Excel dates arrive as Date (UTC midnight).
 */
export function parseDay(value: unknown): string | null {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(?:(\d{1,2})\s*日?)?)?$/.exec(cellText(value));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 1)];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** "H12345678（中国香港）" → the number and the document type the note names. */
function splitIdNote(text: string): { number: string; idType: IdType } {
  const m = /^(.*?)\s*[（(]\s*([^）)\d]{2,}?)\s*[）)]$/.exec(text);
  if (!m) return { number: text.replace(/\s/g, ''), idType: 'resident' };
  const number = m[1].replace(/\s/g, '');
  const candidates = Object.entries(ID_NOTE_ZH)
    .filter(([, note]) => note === m[2])
    .map(([type]) => type as IdType);
  // 中国台湾 may be a Taiwan passport-style ID or the mainland travel permit: take the one that fits.
  const fits = candidates.find(
    (type) => !validateOtherIdDocument({ type: type as never, number }).errors.length,
  );
  return { number, idType: fits ?? candidates[0] ?? 'resident' };
}

/** The header row may stand this far down (a title row or two above the table is fine). */
export const HEADER_ROWS_MAX = 5;

/** Where the header row is (a title row may sit above it), or -1. */
export function findHeaderRow(rows: unknown[][]): number {
  return rows.slice(0, HEADER_ROWS_MAX).findIndex((r) => cellText(r[0]) === TALENT_POOL_COLUMNS[0]);
}

/** The header cells that differ from the 17 columns of the source table, by position. */
export function headerErrors(header: unknown[]): { column: string; found: string }[] {
  return TALENT_POOL_COLUMNS.flatMap((column, i) => {
    const found = cellText(header[i]).replace(/\s+/g, '');
    return found === column.replace(/\s+/g, '') ? [] : [{ column, found }];
  });
}

/** Reads and checks one data row with the same rules the online filing uses. */
export function readRow(cells: unknown[], row: number, today = new Date()): ImportedRow {
  const errors: RowError[] = [];
  const add = (column: Column, code: string) => errors.push({ column, code });
  const at = (column: Column) => cells[TALENT_POOL_COLUMNS.indexOf(column)];
  const text = (column: Column) => cellText(at(column));

  for (const column of REQUIRED) if (!text(column)) add(column, FieldErrorCode.REQUIRED);

  const industryText = text('行业分类');
  const industryCode = /^\d{4}/.exec(industryText)?.[0] ?? null;
  if (industryText && (!industryCode || !isIndustryClass(industryCode)))
    add('行业分类', 'INDUSTRY_NOT_CLASS');

  const sizeText = text('企业规模');
  const enterpriseSize = sizeText ? (SIZE_OF.get(sizeText.replace(/企业$/, '')) ?? null) : null;
  if (sizeText && !enterpriseSize) add('企业规模', FieldErrorCode.INVALID_VALUE);

  const regionText = text('所属地区');
  const region = regionText ? findRegionByName(regionText) : undefined;
  if (regionText && !region) add('所属地区', 'REGION_UNKNOWN');

  const sexText = text('性别');
  const sex = sexText ? SEX_OF.get(sexText) : undefined;
  if (sexText && !sex) add('性别', FieldErrorCode.INVALID_VALUE);

  const educationText = text('学历');
  const education = educationText ? EDUCATION_OF.get(educationText) : undefined;
  if (educationText && !education) add('学历', FieldErrorCode.INVALID_VALUE);

  const yearsText = text('质量工作年限');
  const qualityYears = yearsText ? Number(yearsText.replace(/年$/, '')) : undefined;
  if (
    qualityYears !== undefined &&
    (!Number.isInteger(qualityYears) || qualityYears < 0 || qualityYears > 60)
  )
    add('质量工作年限', FieldErrorCode.INVALID_VALUE);

  const id = text('身份证号') ? splitIdNote(text('身份证号')) : null;
  const idNumber = id
    ? checkIdentity(
        { idType: id.idType, idNumber: id.number, sex: sex ?? null },
        (field, code) => add(field === 'cqo.sex' ? '性别' : '身份证号', code),
        today,
      )
    : null;
  const birthDate =
    id?.idType === 'resident' && idNumber
      ? `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`
      : null;

  const mobile = text('手机');
  if (mobile) {
    const check = validateMobile(mobile);
    if (!check.ok) add('手机', check.code as string);
  }
  const email = text('电子邮箱');
  if (email) {
    const check = checkPersonalEmail(email);
    if (!check.ok) add('电子邮箱', check.code as string);
  }

  const appointedOn = text('任职时间') ? parseDay(at('任职时间')) : null;
  if (text('任职时间') && !appointedOn) add('任职时间', FieldErrorCode.INVALID_DATE);
  else if (appointedOn && appointedOn > chinaDate(today)) add('任职时间', 'DATE_IN_FUTURE');

  const eligibility =
    education && qualityYears !== undefined && Number.isInteger(qualityYears)
      ? checkCqoEligibility({ education: education as EducationLevel, qualityYears, enterpriseSize })
      : null;

  return {
    row,
    enterprise: {
      name: text('企业名称') || null,
      industryCode,
      regionCode: region?.code ?? null,
    },
    cqo: {
      name: text('首席质量官姓名') || null,
      idType: id?.idType ?? null,
      idNumber: idNumber ?? id?.number ?? null,
      sex: (sex as FilingCqo['sex']) ?? null,
      birthDate,
      education: (education as FilingCqo['education']) ?? null,
      qualityYears: qualityYears ?? null,
      otherPosts: text('兼任职务（除首席质量官外在企业担任董事长、总经理、副总经理或其他）') || null,
      address: text('通讯地址') || null,
      mobile: mobile || null,
      email: email || null,
      appointedOn,
      trainingCertificateNo: text('培训证书号') || null,
      certificateIssuer: text('发证机构') || null,
    },
    enterpriseSize,
    eligibility,
    idNumber,
    errors,
  };
}
