import { TestBed } from '@angular/core/testing';
import type { AuthUser } from '@cqo/contracts';
import { AuthService } from '../../core/auth/auth.service';
import { setUpWebTest, settle } from '../../../testing/web-test-bed';
import { FilingPage } from './filing.page';

async function openNewFiling() {
  const { http } = setUpWebTest();
  TestBed.inject(AuthService).user.set({ id: 'a', roles: ['applicant'] } as AuthUser);
  const fixture = TestBed.createComponent(FilingPage);
  await settle(fixture);
  http.expectOne((r) => r.url === '/api/filings').flush({ items: [], total: 0 });
  await settle(fixture);
  // The page's own state, as the template reads it.
  const page = fixture.componentInstance as any;
  const el = fixture.nativeElement as HTMLElement;
  const status = (key: string) =>
    el.querySelector(`[data-testid="step-${key}"]`)?.getAttribute('data-status');
  const listed = () =>
    Array.from(el.querySelectorAll('[data-testid="submit-errors"] li')).map((li) => li.textContent ?? '');
  return { fixture, page, status, listed };
}

describe('the filing form', () => {
  it('marks a step done only when it has been seen and holds nothing to fix', async () => {
    const { fixture, page, status } = await openNewFiling();
    expect(status('enterprise')).toBe('process');
    expect(status('cqo')).toBe('wait');
    page.step.set(3);
    await settle(fixture);
    // Seen and empty: an error, not a tick. Not seen: still to do.
    expect(status('enterprise')).toBe('error');
    expect(status('cqo')).toBe('wait');
    expect(status('attachments')).toBe('wait');
  });

  it('lists what to fix live, from the checks the server runs', async () => {
    const { fixture, page, listed } = await openNewFiling();
    page.step.set(3);
    await settle(fixture);
    expect(listed().some((l) => l.startsWith('单位名称'))).toBe(true);
    page.form.controls.enterprise.controls.name.setValue('珠海某精密制造有限公司');
    page.form.controls.enterprise.controls.creditCode.setValue('91440400MA00000000');
    await settle(fixture);
    // Filled: gone from the list at once; a wrong credit code is named by the rules' own words.
    expect(listed().some((l) => l.startsWith('单位名称'))).toBe(false);
    expect(listed().find((l) => l.startsWith('统一社会信用代码'))).toMatch(/校验/);
  });

  it('outlines the empty industry and region pickers red once a submit was tried, and names how to fill them', async () => {
    const { fixture, page } = await openNewFiling();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent).toContain('须精确到小类');
    expect(el.querySelector('cqo-industry-picker .ant-select-status-error')).toBeNull();
    page.attempted.set(true);
    await settle(fixture);
    expect(el.querySelector('cqo-industry-picker .ant-select-status-error')).not.toBeNull();
    expect(
      el.querySelector(
        '[data-testid="region"].ant-select-status-error, [data-testid="region"] .ant-select-status-error',
      ),
    ).not.toBeNull();
  });

  it('shows an approved filing read-only, the industry picker included', async () => {
    const { fixture, page } = await openNewFiling();
    page.filing.set({ id: 'f', status: 'approved', enterprise: {}, cqo: {}, events: [], attachments: [] });
    page.form.disable();
    await settle(fixture);
    const picker = (fixture.nativeElement as HTMLElement).querySelector('cqo-industry-picker nz-select');
    expect(picker?.classList.contains('ant-select-disabled')).toBe(true);
  });

  it('lists the documents the notice requires until they are attached, and marks them required', async () => {
    const { fixture, page, listed } = await openNewFiling();
    page.step.set(3);
    await settle(fixture);
    expect(listed().some((l) => l.startsWith('身份证件复印件'))).toBe(true);
    expect(listed().some((l) => l.startsWith('盖章的基本信息登记表'))).toBe(true);
    const file = (kind: string) => ({
      id: kind,
      kind,
      name: `${kind}.pdf`,
      contentType: 'application/pdf',
      size: 9,
      uploadedAt: '',
    });
    page.filing.set({
      id: 'f',
      status: 'draft',
      enterprise: {},
      cqo: {},
      events: [],
      attachments: [file('id-copy'), file('registration-form')],
    });
    await settle(fixture);
    expect(listed().some((l) => l.startsWith('身份证件复印件'))).toBe(false);
    page.step.set(2);
    await settle(fixture);
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid="required-id-copy"]'),
    ).not.toBeNull();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid="required-diploma"]'),
    ).toBeNull();
  });
});
