import fc from 'fast-check';
import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  orgCodeCheckChar,
  validateCreditCode,
} from './credit-code';
import { validateOtherIdDocument } from './other-id';
import { residentIdCheckChar, validateResidentId } from './resident-id';

const TODAY = new Date('2026-11-24T00:00:00Z');

describe('validateResidentId', () => {
  it('accepts the standard example and reads birth date, sex and region from it', () => {
    expect(validateResidentId('11010519491231002X', undefined, { today: TODAY })).toEqual({
      valid: true,
      errors: [],
      birthDate: '1949-12-31',
      sex: 'female',
      regionCode: '110105',
      normalized: '11010519491231002X',
    });
  });

  it('accepts a lower-case x and normalises it', () => {
    expect(validateResidentId(' 11010519491231002x ')).toMatchObject({
      valid: true,
      normalized: '11010519491231002X',
    });
  });

  it.each([
    ['110105194912310021', 'ID_CHECKSUM'],
    ['440524188001010014', 'ID_BIRTH_DATE'],
    ['11010519491331002X', 'ID_BIRTH_DATE'],
    ['110105194902300021', 'ID_BIRTH_DATE'],
    ['000105194912310021', 'ID_REGION'],
    ['110105491231002', 'ID_LEGACY_15'],
    ['11010519491231002', 'ID_FORMAT'],
    ['1101051949123100ZX', 'ID_FORMAT'],
    ['', 'ID_FORMAT'],
  ])('%s → %s', (id, code) => {
    expect(validateResidentId(id, undefined, { today: TODAY }).errors).toContain(code);
  });

  it('refuses a birth date in the future', () => {
    const first17 = '44040220301231003';
    expect(
      validateResidentId(first17 + residentIdCheckChar(first17), undefined, { today: TODAY }).errors,
    ).toEqual(['ID_BIRTH_DATE']);
  });

  it('checks the claimed birth date and sex', () => {
    const r = validateResidentId(
      '11010519491231002X',
      { birthDate: '1949-12-30', sex: 'male' },
      { today: TODAY },
    );
    expect(r.valid).toBe(false);
    expect(r.errors).toEqual(['ID_BIRTH_DATE_MISMATCH', 'ID_SEX_MISMATCH']);
    expect(validateResidentId('11010519491231002X', { birthDate: '1949-12-31', sex: 'female' }).valid).toBe(
      true,
    );
  });

  const validId = fc
    .record({
      region: fc.constantFrom('110105', '440402', '440403', '440404', '310101', '650102'),
      date: fc.date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2026-01-01T00:00:00Z'),
        noInvalidDate: true,
      }),
      seq: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ region, date, seq }) => {
      const first17 =
        region + date.toISOString().slice(0, 10).replace(/-/g, '') + String(seq).padStart(3, '0');
      return first17 + residentIdCheckChar(first17);
    });

  it('generated valid numbers pass', () => {
    fc.assert(fc.property(validId, (id) => validateResidentId(id, undefined, { today: TODAY }).valid));
  });

  it('any single-character change fails', () => {
    fc.assert(
      fc.property(validId, fc.nat(17), fc.constantFrom(...'0123456789X'), (id, pos, ch) => {
        fc.pre(id[pos] !== ch && (pos === 17 || ch !== 'X'));
        const changed = id.slice(0, pos) + ch + id.slice(pos + 1);
        return !validateResidentId(changed, undefined, { today: TODAY }).valid;
      }),
    );
  });
});

describe('validateOtherIdDocument', () => {
  it.each([
    ['hk', 'A123456(3)', 'hk', 'A123456(3)'],
    ['hk', 'a1234563', 'hk', 'A123456(3)'],
    ['hk', 'AB987654(3)', 'hk', 'AB987654(3)'],
    ['mo', '1234567(8)', 'mo', '1234567(8)'],
    ['tw', 'A123456789', 'tw', 'A123456789'],
    ['hk-mo-permit', 'H12345678', 'hk', 'H12345678'],
    ['hk-mo-permit', 'M1234567801', 'mo', 'M1234567801'],
    ['tw-permit', '12345678', 'tw', '12345678'],
  ] as const)('%s %s is valid (%s)', (type, number, region, normalized) => {
    const r = validateOtherIdDocument({ type, number });
    expect(r).toMatchObject({ valid: true, errors: [], region });
    expect(r.normalized).toBe(normalized);
  });

  it.each([
    ['hk', 'A123456(4)', 'OTHER_ID_CHECKSUM'],
    ['hk', '1234567', 'OTHER_ID_FORMAT'],
    ['mo', '2234567(8)', 'OTHER_ID_FORMAT'],
    ['tw', 'A123456788', 'OTHER_ID_CHECKSUM'],
    ['tw', 'A323456789', 'OTHER_ID_FORMAT'],
    ['hk-mo-permit', 'X12345678', 'OTHER_ID_FORMAT'],
    ['tw-permit', '1234567', 'OTHER_ID_FORMAT'],
    ['passport', 'E12345678', 'OTHER_ID_TYPE'],
  ] as const)('%s %s → %s', (type, number, code) => {
    expect(validateOtherIdDocument({ type: type as never, number }).errors).toContain(code);
  });

  it('checks residence permits like resident IDs, with the HK / Macao / Taiwan address code', () => {
    const hk = '81000019900101001';
    expect(
      validateOtherIdDocument({ type: 'residence-permit', number: hk + residentIdCheckChar(hk) }),
    ).toMatchObject({ valid: true, region: 'hk' });
    const tw = '83000019851212002';
    expect(
      validateOtherIdDocument({ type: 'residence-permit', number: tw + residentIdCheckChar(tw) }),
    ).toMatchObject({ valid: true, region: 'tw' });
    const mainland = '44040219900101001';
    expect(
      validateOtherIdDocument({ type: 'residence-permit', number: mainland + residentIdCheckChar(mainland) })
        .errors,
    ).toEqual(['OTHER_ID_REGION']);
    expect(validateOtherIdDocument({ type: 'residence-permit', number: hk + '0' }).errors).toContain(
      'OTHER_ID_CHECKSUM',
    );
    expect(validateOtherIdDocument({ type: 'residence-permit', number: '8100001990' }).errors).toEqual([
      'OTHER_ID_FORMAT',
    ]);
  });
});

describe('validateCreditCode', () => {
  it('accepts a real-format code and normalises case', () => {
    expect(validateCreditCode('91350100M000100Y43')).toEqual({
      valid: true,
      errors: [],
      normalized: '91350100M000100Y43',
    });
    expect(validateCreditCode(' 91350100m000100y43 ').valid).toBe(true);
  });

  it.each([
    ['91350100M000100Y44', 'CREDIT_CODE_CHECKSUM'],
    ['9135010OM000100Y43', 'CREDIT_CODE_FORMAT'],
    ['91350100M000100Y4', 'CREDIT_CODE_FORMAT'],
    ['91A50100M000100Y43', 'CREDIT_CODE_FORMAT'],
    ['', 'CREDIT_CODE_FORMAT'],
  ])('%s → %s', (code, error) => {
    expect(validateCreditCode(code).errors).toContain(error);
  });

  it('checks the embedded organisation code separately', () => {
    const first17 = '91440400' + '12345678' + '0';
    const wrongOrg = first17 + creditCodeCheckChar(first17);
    const r = validateCreditCode(wrongOrg);
    expect(orgCodeCheckChar('12345678')).not.toBe('0');
    expect(r.errors).toEqual(['CREDIT_CODE_ORG_CHECKSUM']);
  });

  const charset = fc.constantFrom(...CREDIT_CODE_CHARSET);
  const digit = fc.constantFrom(...'0123456789');
  const orgChar = fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY');
  const validCode = fc
    .tuple(
      fc.array(charset, { minLength: 2, maxLength: 2 }),
      fc.array(digit, { minLength: 6, maxLength: 6 }),
      fc.array(orgChar, { minLength: 8, maxLength: 8 }),
    )
    .map(([head, division, org]) => {
      const first16 = head.join('') + division.join('') + org.join('');
      const first17 = first16 + orgCodeCheckChar(org.join(''));
      return first17 + creditCodeCheckChar(first17);
    });

  it('generated valid codes pass', () => {
    fc.assert(fc.property(validCode, (code) => validateCreditCode(code).valid));
  });

  it('any single-character change fails', () => {
    fc.assert(
      fc.property(validCode, fc.nat(17), charset, (code, pos, ch) => {
        fc.pre(code[pos] !== ch);
        return !validateCreditCode(code.slice(0, pos) + ch + code.slice(pos + 1)).valid;
      }),
    );
  });
});
