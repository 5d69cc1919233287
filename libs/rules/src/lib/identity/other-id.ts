import { validateResidentId } from './resident-id';

export type OtherIdType = 'hk' | 'mo' | 'tw' | 'hk-mo-permit' | 'tw-permit' | 'residence-permit';
export const OTHER_ID_TYPES: readonly OtherIdType[] = [
  'hk',
  'mo',
  'tw',
  'hk-mo-permit',
  'tw-permit',
  'residence-permit',
];

export interface OtherIdResult {
  valid: boolean;
  errors: string[];
  /** Where the holder comes from (the form notes it beside the number, as the source asks). */
  region?: 'hk' | 'mo' | 'tw';
  normalized?: string;
}

const letterValue = (c: string) => c.charCodeAt(0) - 55; // A = 10 … Z = 35

/** Hong Kong identity card: 1–2 letters, 6 digits, check digit 0–9 or A (MOD 11). */
function hongKong(raw: string): OtherIdResult {
  const v = raw.replace(/[()\s]/g, '');
  const m = /^([A-Z]{1,2})(\d{6})([0-9A])$/.exec(v);
  if (!m) return { valid: false, errors: ['OTHER_ID_FORMAT'] };
  const letters = m[1].length === 1 ? [36, letterValue(m[1])] : [letterValue(m[1][0]), letterValue(m[1][1])];
  const digits = [...letters, ...m[2].split('').map(Number)];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += digits[i] * (9 - i);
  const check = m[3] === 'A' ? 10 : Number(m[3]);
  return (sum + check) % 11 === 0
    ? { valid: true, errors: [], region: 'hk', normalized: `${m[1]}${m[2]}(${m[3]})` }
    : { valid: false, errors: ['OTHER_ID_CHECKSUM'], region: 'hk' };
}

/** Macao resident identity card: 1, 5 or 7, six digits and a check digit (no public algorithm: format only). */
function macao(raw: string): OtherIdResult {
  const v = raw.replace(/[()/\s]/g, '');
  return /^[157]\d{7}$/.test(v)
    ? { valid: true, errors: [], region: 'mo', normalized: `${v.slice(0, 7)}(${v[7]})` }
    : { valid: false, errors: ['OTHER_ID_FORMAT'] };
}

const TW_LETTERS: Record<string, number> = {
  A: 10,
  B: 11,
  C: 12,
  D: 13,
  E: 14,
  F: 15,
  G: 16,
  H: 17,
  I: 34,
  J: 18,
  K: 19,
  L: 20,
  M: 21,
  N: 22,
  O: 35,
  P: 23,
  Q: 24,
  R: 25,
  S: 26,
  T: 27,
  U: 28,
  V: 29,
  W: 32,
  X: 30,
  Y: 31,
  Z: 33,
};

/** Taiwan identity card: a letter, 1 or 2 (sex), 8 digits; weighted MOD 10 check. */
function taiwan(raw: string): OtherIdResult {
  const v = raw.trim();
  if (!/^[A-Z][12]\d{8}$/.test(v)) return { valid: false, errors: ['OTHER_ID_FORMAT'] };
  const n = TW_LETTERS[v[0]];
  let sum = Math.floor(n / 10) + (n % 10) * 9;
  for (let i = 1; i <= 8; i++) sum += Number(v[i]) * (9 - i);
  sum += Number(v[9]);
  return sum % 10 === 0
    ? { valid: true, errors: [], region: 'tw', normalized: v }
    : { valid: false, errors: ['OTHER_ID_CHECKSUM'], region: 'tw' };
}

/** 港澳居民来往内地通行证: H (Hong Kong) or M (Macao), 8 digits, optionally a 2-digit issue count. */
function hkMoPermit(raw: string): OtherIdResult {
  const v = raw.replace(/\s/g, '');
  const m = /^([HM])(\d{8})(\d{2})?$/.exec(v);
  return m
    ? { valid: true, errors: [], region: m[1] === 'H' ? 'hk' : 'mo', normalized: v }
    : { valid: false, errors: ['OTHER_ID_FORMAT'] };
}

/** 台湾居民来往大陆通行证: 8 digits (since 2015) or the older 10 digits. */
function twPermit(raw: string): OtherIdResult {
  const v = raw.replace(/[()\s]/g, '');
  return /^(\d{8}|\d{10})$/.test(v)
    ? { valid: true, errors: [], region: 'tw', normalized: v }
    : { valid: false, errors: ['OTHER_ID_FORMAT'] };
}

const PERMIT_REGIONS: Record<string, 'hk' | 'mo' | 'tw'> = { '810000': 'hk', '820000': 'mo', '830000': 'tw' };

/** 港澳台居民居住证: an 18-character number like a resident ID, address code 810000 / 820000 / 830000. */
function residencePermit(raw: string): OtherIdResult {
  const result = validateResidentId(raw);
  const region = result.regionCode ? PERMIT_REGIONS[result.regionCode] : undefined;
  const errors = [...result.errors.filter((e) => e !== 'ID_REGION')];
  if (result.regionCode && !region && !errors.includes('ID_FORMAT')) errors.push('OTHER_ID_REGION');
  const mapped = errors.map((e) =>
    e === 'ID_FORMAT' || e === 'ID_LEGACY_15'
      ? 'OTHER_ID_FORMAT'
      : e === 'ID_CHECKSUM'
        ? 'OTHER_ID_CHECKSUM'
        : e,
  );
  return { valid: mapped.length === 0, errors: mapped, region, normalized: result.normalized };
}

const VALIDATORS: Record<OtherIdType, (raw: string) => OtherIdResult> = {
  hk: hongKong,
  mo: macao,
  tw: taiwan,
  'hk-mo-permit': hkMoPermit,
  'tw-permit': twPermit,
  'residence-permit': residencePermit,
};

/** Documents of Hong Kong, Macao and Taiwan residents, by their own formats and check digits where they have one. */
export function validateOtherIdDocument(doc: { type: OtherIdType; number: string }): OtherIdResult {
  const validate = VALIDATORS[doc?.type];
  if (!validate) return { valid: false, errors: ['OTHER_ID_TYPE'] };
  return validate(typeof doc.number === 'string' ? doc.number.trim().toUpperCase() : '');
}
