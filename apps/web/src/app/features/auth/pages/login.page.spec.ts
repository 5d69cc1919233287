import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap } from '@angular/router';
import { setUpWebTest, settle } from '../../../../testing/web-test-bed';
import { LoginPage } from './login.page';

function open(query: Record<string, string>) {
  setUpWebTest({
    providers: [
      { provide: ActivatedRoute, useValue: { snapshot: { queryParamMap: convertToParamMap(query) } } },
    ],
  });
  return TestBed.createComponent(LoginPage);
}

describe('the sign-in page', () => {
  it('says why when a page that needs an account sent the visitor here', async () => {
    const fixture = open({ returnUrl: '/directory' });
    await settle(fixture);
    const reason = fixture.nativeElement.querySelector('[data-testid="sign-in-reason"]') as HTMLElement;
    expect(reason.textContent).toContain('该页面需要登录后查看');
  });

  it('says nothing more when the visitor came to sign in', async () => {
    const fixture = open({});
    await settle(fixture);
    expect(fixture.nativeElement.querySelector('[data-testid="sign-in-reason"]')).toBeNull();
  });
});
