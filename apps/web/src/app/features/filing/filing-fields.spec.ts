import { TestBed } from '@angular/core/testing';
import { FormGroup } from '@angular/forms';
import { TRANSLATIONS } from '../../translations';
import {
  COMMENTABLE_FIELDS,
  FILING_FIELDS,
  fieldLabelKeys,
  fieldsOfStep,
  stepOf,
} from '../../shared/filing/filing-fields';
import { FilingFormFactory } from './filing-form';

/** Every leaf path of a form group ("enterprise.legalRepresentative.name"). */
function leafPaths(group: FormGroup, prefix = ''): string[] {
  return Object.entries(group.controls).flatMap(([key, control]) =>
    control instanceof FormGroup ? leafPaths(control, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function translate(dict: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], dict);
}

describe('the filing field catalogue', () => {
  it('has one row for every control of the form, and no row without one', () => {
    const form = TestBed.inject(FilingFormFactory).create();
    expect(FILING_FIELDS.map((f) => f.path).sort()).toEqual(leafPaths(form).sort());
    expect(new Set(FILING_FIELDS.map((f) => f.path)).size).toBe(FILING_FIELDS.length);
  });

  it('names every field, its options and its group in both languages', () => {
    for (const lang of [TRANSLATIONS['zh-CN'], TRANSLATIONS.en]) {
      for (const field of FILING_FIELDS) {
        for (const key of [field.label, ...(field.section ? [field.section] : [])])
          expect([field.path, key, typeof translate(lang, key)]).toEqual([field.path, key, 'string']);
        for (const option of field.options ?? [])
          expect(typeof translate(lang, `${field.optionLabel}${option}`)).toBe('string');
      }
    }
  });

  it('keeps the enterprise on the first step and the CQO on the second', () => {
    expect(fieldsOfStep(0).every((f) => f.path.startsWith('enterprise.'))).toBe(true);
    expect(fieldsOfStep(1).every((f) => f.path.startsWith('cqo.'))).toBe(true);
    expect(stepOf('cqo.idNumber')).toBe(1);
    expect(stepOf('enterprise.qualityLead.mobile')).toBe(0);
    expect(stepOf('attachments.photo')).toBe(2);
  });

  it('offers staff comment keys the API accepts, the ones a reviewer needs', () => {
    for (const path of COMMENTABLE_FIELDS)
      expect(path).toMatch(/^(enterprise|cqo|attachments)(\.[A-Za-z]+){1,2}$/);
    expect(COMMENTABLE_FIELDS).toEqual(
      expect.arrayContaining(['enterprise.creditCode', 'cqo.idNumber', 'cqo.email']),
    );
  });

  it('names a person of the enterprise with the group, so "姓名" is not ambiguous', () => {
    expect(fieldLabelKeys('enterprise.legalRepresentative.name')).toEqual([
      'filing.f.legalRepresentative',
      'filing.f.personName',
    ]);
    expect(fieldLabelKeys('cqo.email')).toEqual(['filing.f.cqoEmail']);
    expect(fieldLabelKeys('attachments.photo')).toEqual(['attachments.kinds.photo']);
    expect(fieldLabelKeys('nonsense')).toEqual([]);
  });
});
