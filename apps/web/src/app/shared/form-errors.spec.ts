import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { ErrorCode, FieldErrorCode } from '@cqo/contracts';
import { en } from '../core/i18n/en';
import { zhCN } from '../core/i18n/zh-CN';
import { HttpErrorResponse } from '@angular/common/http';
import {
  applyServerErrors,
  errorText,
  firstErrorCode,
  passwordLengthValidator,
  saveErrorText,
} from './form-errors';

describe('error texts', () => {
  let transloco: TranslocoService;
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { 'zh-CN': zhCN, en },
          translocoConfig: { availableLangs: ['zh-CN', 'en'], defaultLang: 'zh-CN' },
          preloadLangs: true,
        }),
      ],
    });
    transloco = TestBed.inject(TranslocoService);
  });

  it('has words for every code the API answers with, in both languages', () => {
    for (const lang of ['zh-CN', 'en']) {
      transloco.setActiveLang(lang);
      for (const code of [...Object.values(ErrorCode), ...Object.values(FieldErrorCode)]) {
        const text = errorText(transloco, code);
        expect([code, text]).not.toEqual([code, `errors.${code}`]);
        expect(text.trim()).not.toBe('');
      }
    }
  });

  it('speaks the active language and fills in parameters', () => {
    transloco.setActiveLang('en');
    const en = errorText(transloco, 'TOO_MANY_REQUESTS', { seconds: 42 });
    transloco.setActiveLang('zh-CN');
    const zh = errorText(transloco, 'TOO_MANY_REQUESTS', { seconds: 42 });
    expect(en).not.toBe(zh);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it("takes the rules library's own message for its codes (one text in API and browser)", () => {
    transloco.setActiveLang('zh-CN');
    expect(errorText(transloco, 'CREDIT_CODE_FORMAT')).toMatch(/统一社会信用代码/);
  });
});

describe('form errors', () => {
  it("puts the API's field codes on the matching controls only", () => {
    const form = new FormGroup({ cqo: new FormGroup({ email: new FormControl('') }) });
    expect(applyServerErrors(form, [{ field: 'cqo.email', code: 'PERSONAL_EMAIL_REQUIRED' }])).toBe(true);
    expect(form.get('cqo.email')?.errors).toEqual({ server: 'PERSONAL_EMAIL_REQUIRED' });
    expect(form.get('cqo.email')?.touched).toBe(true);
    expect(applyServerErrors(form, [{ field: 'nowhere', code: 'REQUIRED' }])).toBe(false);
  });

  it("maps Angular's validators to the API's codes", () => {
    const control = new FormControl('', [Validators.required]);
    expect(firstErrorCode(control.errors)).toBe('REQUIRED');
    expect(firstErrorCode({ code: 'MOBILE_FORMAT' })).toBe('MOBILE_FORMAT');
    expect(firstErrorCode(null)).toBeNull();
    expect(passwordLengthValidator(new FormControl('short'))).toEqual({ PASSWORD_TOO_SHORT: true });
    expect(passwordLengthValidator(new FormControl('long enough!'))).toBeNull();
  });
});

describe('a failed save in one line', () => {
  it("joins the error and its fields with the colon of the reader's language", () => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { 'zh-CN': zhCN, en },
          translocoConfig: { availableLangs: ['zh-CN', 'en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
    });
    const transloco = TestBed.inject(TranslocoService);
    const failure = new HttpErrorResponse({
      status: 400,
      error: { code: 'VALIDATION_FAILED', message: '', details: [{ field: 'title', code: 'REQUIRED' }] },
    });
    expect(saveErrorText(transloco, failure)).toMatch(/: title$/);
    transloco.setActiveLang('zh-CN');
    expect(saveErrorText(transloco, failure)).toMatch(/：title$/);
  });
});
