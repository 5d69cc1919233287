import { chinaDate } from '../dates/china-date';

export type Sex = 'male' | 'female';

export interface ResidentIdResult {
  valid: boolean;
  errors: string[];
  /** YYYY-MM-DD, when the birth-date part is a real date. */
  birthDate?: string;
  sex?: Sex;
  /** The 6-digit GB/T 2260 address code. */
  regionCode?: string;
  /** The number as it should be stored: upper-case X. */
  normalized?: string;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** Province-level codes (GB/T 2260) that mainland resident ID numbers begin with. */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

/** GB 11643 / ISO 7064 MOD 11-2 check character of the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK[sum % 11];
}

function isoDate(yyyymmdd: string): string | null {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/**
 * 18-character resident ID (GB 11643): format, province code, a real birth date between 1900 and
 * today, the check character, and agreement with the birth date and sex the form claims.
 * Lower-case x is accepted and normalised; 15-digit legacy numbers are refused with their own code.
 */
export function validateResidentId(
  id: string,
  claimed?: { birthDate?: string | null; sex?: Sex | null },
  options: { today?: Date; provinces?: ReadonlySet<string> } = {},
): ResidentIdResult {
  const value = typeof id === 'string' ? id.trim().toUpperCase() : '';
  if (/^\d{15}$/.test(value)) return { valid: false, errors: ['ID_LEGACY_15'] };
  if (!/^\d{17}[\dX]$/.test(value)) return { valid: false, errors: ['ID_FORMAT'] };

  const errors: string[] = [];
  const regionCode = value.slice(0, 6);
  if (!(options.provinces ?? PROVINCE_CODES).has(value.slice(0, 2))) errors.push('ID_REGION');

  const birthDate = isoDate(value.slice(6, 14)) ?? undefined;
  const today = chinaDate(options.today ?? new Date());
  if (!birthDate || birthDate < '1900-01-01' || birthDate > today) errors.push('ID_BIRTH_DATE');

  if (residentIdCheckChar(value) !== value[17]) errors.push('ID_CHECKSUM');

  const sex: Sex = (value.charCodeAt(16) - 48) % 2 === 1 ? 'male' : 'female';
  if (claimed?.birthDate && birthDate && claimed.birthDate !== birthDate)
    errors.push('ID_BIRTH_DATE_MISMATCH');
  if (claimed?.sex && claimed.sex !== sex) errors.push('ID_SEX_MISMATCH');

  return { valid: errors.length === 0, errors, birthDate, sex, regionCode, normalized: value };
}
