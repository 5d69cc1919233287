import { inject, Injectable } from '@angular/core';
import {
  NonNullableFormBuilder,
  type AbstractControl,
  type ValidationErrors,
  type ValidatorFn,
} from '@angular/forms';
import type { Filing, FilingBody, FilingCqo, FilingEnterprise } from '@cqo/contracts';
import { checkFiling, type FilingCheckResult } from '@cqo/contracts/filing-checks';
import {
  checkPersonalEmail,
  validateCreditCode,
  validateMobile,
  validateOtherIdDocument,
  validateResidentId,
} from '@cqo/rules';

/** A control error from a rules check, shown through the rules' own messages. */
const rule =
  (check: (value: string) => string | null): ValidatorFn =>
  (control: AbstractControl): ValidationErrors | null => {
    const value = typeof control.value === 'string' ? control.value.trim() : '';
    // Empty, or a masked number the server sent back unchanged: nothing to check here.
    if (!value || value.includes('*')) return null;
    const code = check(value);
    return code ? { code } : null;
  };

export const creditCodeRule = rule((v) =>
  v.length < 18 ? 'CREDIT_CODE_FORMAT' : (validateCreditCode(v).errors[0] ?? null),
);
export const mobileRule = rule((v) => validateMobile(v).code ?? null);
export const personalEmailRule = rule((v) => checkPersonalEmail(v).code ?? null);

/** The ID-number check depends on the document type chosen beside it. */
export function idNumberRule(idType: () => string | null): ValidatorFn {
  return rule((v) => {
    const type = idType();
    if (type === 'resident') return validateResidentId(v).errors[0] ?? null;
    if (type) return validateOtherIdDocument({ type: type as never, number: v }).errors[0] ?? null;
    return null;
  });
}

/** Builds the typed reactive form of a filing (every field of both source forms). */
@Injectable({ providedIn: 'root' })
export class FilingFormFactory {
  private readonly fb = inject(NonNullableFormBuilder);

  create() {
    const fb = this.fb;
    const text = () => fb.control<string | null>(null);
    const num = () => fb.control<number | null>(null);
    const person = () =>
      fb.group({
        name: text(),
        position: text(),
        phone: text(),
        mobile: fb.control<string | null>(null, mobileRule),
        fax: text(),
      });
    const form = fb.group({
      enterprise: fb.group({
        name: text(),
        creditCode: fb.control<string | null>(null, creditCodeRule),
        industryCode: text(),
        regionCode: text(),
        nature: text(),
        employees: num(),
        revenue: num(),
        totalAssets: num(),
        mainProducts: text(),
        address: text(),
        postcode: text(),
        website: text(),
        email: text(),
        legalRepresentative: person(),
        qualityLead: person(),
      }),
      cqo: fb.group({
        name: text(),
        idType: fb.control<string | null>('resident'),
        idNumber: text(),
        sex: text(),
        birthDate: text(),
        education: text(),
        school: text(),
        major: text(),
        qualityYears: num(),
        position: text(),
        otherPosts: text(),
        title: text(),
        phone: text(),
        mobile: fb.control<string | null>(null, mobileRule),
        fax: text(),
        email: fb.control<string | null>(null, personalEmailRule),
        address: text(),
        appointedOn: text(),
        trainingCertificateNo: text(),
        certificateIssuer: text(),
        resume: text(),
        remarks: text(),
      }),
    });
    const cqo = form.controls.cqo.controls;
    cqo.idNumber.addValidators(idNumberRule(() => cqo.idType.value));
    return form;
  }
}

export type FilingForm = ReturnType<FilingFormFactory['create']>;

/** Masked numbers come back from the server; they are sent again only when the user typed a new one. */
export function toBody(form: FilingForm, loaded: Filing | null): FilingBody {
  const value = form.getRawValue();
  const blankToNull = <T extends Record<string, unknown>>(o: T): T =>
    Object.fromEntries(
      Object.entries(o).map(([k, v]) => [k, typeof v === 'string' && v.trim() === '' ? null : v]),
    ) as T;
  const enterprise = blankToNull({
    ...value.enterprise,
    legalRepresentative: undefined,
    qualityLead: undefined,
  }) as Record<string, unknown>;
  const cqo = blankToNull(value.cqo) as Record<string, unknown>;
  const masked = (v: unknown) => typeof v === 'string' && v.includes('*');
  const person = (p: Record<string, unknown>) => {
    const out = blankToNull(p);
    if (masked(out['mobile'])) delete out['mobile'];
    return out;
  };
  if (masked(cqo['idNumber']) || (loaded && cqo['idNumber'] === loaded.cqo.idNumber)) delete cqo['idNumber'];
  if (masked(cqo['mobile'])) delete cqo['mobile'];
  return {
    enterprise: {
      ...enterprise,
      legalRepresentative: person(value.enterprise.legalRepresentative),
      qualityLead: person(value.enterprise.qualityLead),
    } as FilingBody['enterprise'],
    cqo: cqo as FilingBody['cqo'],
  };
}

/** Codes a resident ID raises against the birth date and sex beside it. */
const FROM_ID_NUMBER = new Set(['ID_BIRTH_DATE_MISMATCH', 'ID_SEX_MISMATCH']);

/**
 * The server's submit checks (checkFiling) on the form as it stands now: enterprise size,
 * eligibility, and what the server would refuse. A masked number the server sent back is the
 * server's to check: nothing about it, or derived from it, is reported here.
 */
export function liveCheck(form: FilingForm, attachmentKinds: readonly string[]): FilingCheckResult {
  const { enterprise, cqo } = form.getRawValue();
  const masked = (v: unknown) => typeof v === 'string' && v.includes('*');
  const result = checkFiling(enterprise as FilingEnterprise, cqo as FilingCqo, new Date(), attachmentKinds);
  const errors = result.errors.filter((e) => {
    const value = e.field
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], { enterprise, cqo });
    if (masked(value)) return false;
    return !(masked(cqo.idNumber) && FROM_ID_NUMBER.has(e.code));
  });
  return { ...result, errors };
}
