import { TestBed } from '@angular/core/testing';
import type { AppNotification, AuthUser } from '@cqo/contracts';
import { setUpWebTest } from '../../../testing/web-test-bed';
import { AccountLanguage } from '../../core/auth/account-language';
import { AuthService } from '../../core/auth/auth.service';
import { LanguageService } from '../../core/i18n/i18n';
import { NotificationWords } from '../../core/notifications/notification-words';
import { NotificationTextPipe } from './notification-text.pipe';

const returned: Pick<AppNotification, 'message'> = {
  message: {
    key: 'filing.decided',
    params: {
      decision: 'return',
      enterprise: '珠海示例精密制造有限公司',
      comment: '请补充盖章扫描件',
      fieldComments: { 'cqo.name': '与身份证不一致' },
    },
  },
};

describe('notifications in the reader’s language', () => {
  it('word a stored message in Chinese, then in English after the switch, naming the fields as the form does', () => {
    setUpWebTest();
    const pipe = TestBed.runInInjectionContext(() => new NotificationTextPipe());
    const words = {
      of: (n: typeof returned) => ({ title: pipe.transform(n, 'title'), body: pipe.transform(n, 'body') }),
    };
    const languages = TestBed.inject(LanguageService);
    languages.use('zh-CN');
    expect(words.of(returned)).toEqual({
      title: '首席质量官备案已退回修改',
      body: '珠海示例精密制造有限公司\n审核意见：请补充盖章扫描件\n需要修改的字段：\n- 申请人姓名: 与身份证不一致',
    });
    languages.use('en');
    const english = words.of(returned);
    expect(english.title).toBe('Your CQO filing was returned for changes');
    // Only the applicant's and reviewer's own words stay in Chinese.
    expect(english.body).toBe(
      '珠海示例精密制造有限公司\nComment: 请补充盖章扫描件\nFields to fix:\n- Name: 与身份证不一致',
    );
  });

  it("word the toast without the form's labels (the shell carries no form catalogue)", () => {
    setUpWebTest();
    TestBed.inject(LanguageService).use('en');
    expect(TestBed.inject(NotificationWords).of(returned).body).toContain('- 与身份证不一致');
  });

  it('tell the server when a signed-in reader switches language, so their e-mails follow', () => {
    const { http } = setUpWebTest();
    const languages = TestBed.inject(LanguageService);
    languages.use('zh-CN');
    const auth = TestBed.inject(AuthService);
    TestBed.inject(AccountLanguage);
    auth.user.set({ id: 'u', language: 'zh-CN' } as AuthUser);
    TestBed.tick();
    http.expectNone('/api/auth/me');
    languages.use('en');
    TestBed.tick();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/auth/me' });
    expect(patch.request.body).toEqual({ language: 'en' });
    patch.flush({ id: 'u', language: 'en' });
    TestBed.tick();
    expect(auth.user()?.language).toBe('en');
    http.verify();
  });
});
