/** GB 32100-2015 character set: digits and upper-case letters without I, O, Z, S, V. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Check character (18th) of a unified social credit code from its first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

/** GB 11714 organisation code check character (9th) from its first 8 characters. */
export function orgCodeCheckChar(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = first8[i];
    sum += (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55) * ORG_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters of the set, a
 * 6-digit administrative division code, the embedded GB 11714 organisation code with its own
 * check character, and the overall check character.
 */
export function validateCreditCode(code: string): { valid: boolean; errors: string[]; normalized?: string } {
  const v = typeof code === 'string' ? code.trim().toUpperCase() : '';
  if (
    v.length !== 18 ||
    [...v].some((c) => !CREDIT_CODE_CHARSET.includes(c)) ||
    !/^[0-9A-Y]{2}\d{6}/.test(v)
  ) {
    return { valid: false, errors: ['CREDIT_CODE_FORMAT'] };
  }
  const errors: string[] = [];
  const org = v.slice(8, 17);
  if (orgCodeCheckChar(org.slice(0, 8)) !== org[8]) errors.push('CREDIT_CODE_ORG_CHECKSUM');
  if (creditCodeCheckChar(v) !== v[17]) errors.push('CREDIT_CODE_CHECKSUM');
  return { valid: errors.length === 0, errors, normalized: v };
}
