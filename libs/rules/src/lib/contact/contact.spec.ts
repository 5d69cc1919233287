import { checkPersonalEmail, validateMobile } from './contact';

describe('checkPersonalEmail', () => {
  it.each([
    'li.ming@gree.com.cn',
    'zhangwei2024@163.com',
    'cqo.wang@example.com',
    'hr.liu@qq.com',
    'quality_chen@x.cn',
  ])('accepts %s', (email) => {
    expect(checkPersonalEmail(email)).toEqual({ ok: true });
  });

  it.each([
    'info@gree.com.cn',
    'Office@company.cn',
    'hr@x.com',
    'quality@x.com',
    'QA@x.com',
    'qc01@x.com',
    'kefu@x.cn',
    'zhiliang@x.cn',
    'bangongshi@x.cn',
    'service+cqo@x.com',
    'quality.dept@x.com',
    'sales-team@x.com',
    'support@x.com',
    'admin@x.com',
  ])('refuses the role mailbox %s', (email) => {
    expect(checkPersonalEmail(email)).toEqual({ ok: false, code: 'EMAIL_ROLE_MAILBOX' });
  });

  it.each(['not-an-email', 'a@b', 'a..b@x.com', '@x.com', 'a@-x.com', '', 'x'.repeat(65) + '@x.com'])(
    'refuses the malformed %s',
    (email) => {
      expect(checkPersonalEmail(email)).toEqual({ ok: false, code: 'EMAIL_INVALID' });
    },
  );

  it('survives non-strings', () => {
    expect(checkPersonalEmail(undefined as unknown as string).ok).toBe(false);
  });
});

describe('validateMobile', () => {
  it.each(['13800138000', '+86 138 0013 8000', '0086-19912345678', '15012345678'])('accepts %s', (m) => {
    expect(validateMobile(m).ok).toBe(true);
  });
  it('normalises to 11 digits', () => {
    expect(validateMobile('+86 138-0013-8000').normalized).toBe('13800138000');
  });
  it.each(['12800138000', '1380013800', '138001380001', '0756-2123456', '', 'abc'])('refuses %s', (m) => {
    expect(validateMobile(m)).toEqual({ ok: false, code: 'MOBILE_INVALID' });
  });
  it('survives non-strings', () => {
    expect(validateMobile(null as unknown as string).ok).toBe(false);
  });
});
