import { TestBed } from '@angular/core/testing';
import type { AuthUser } from '@cqo/contracts';
import { AuthService } from '../../core/auth/auth.service';
import { setUpWebTest, settle } from '../../../testing/web-test-bed';
import { OpportunitiesPage } from './opportunities.page';

describe('matched opportunities', () => {
  it('tick what was checked, cross what fails, and leave a neutral mark on what nobody checked', async () => {
    const { http } = setUpWebTest();
    TestBed.inject(AuthService).user.set({ id: 'm', roles: ['member'] } as AuthUser);
    const fixture = TestBed.createComponent(OpportunitiesPage);
    await settle(fixture);
    http.expectOne((r) => r.url === '/api/opportunities').flush({ items: [], total: 0 });
    http.expectOne('/api/opportunities/matched').flush({
      items: [
        {
          id: 'o1',
          kind: 'subsidy',
          title: '小微工业企业质量提升补贴',
          deadline: '2099-12-31T15:59:59Z',
          matches: true,
          reasons: [
            { criterion: 'sizes', ok: true, checked: true, code: 'MATCH_SIZE_OK' },
            { criterion: 'region', ok: false, checked: true, code: 'MATCH_REGION_MISMATCH' },
            { criterion: 'otherConditions', ok: true, checked: false, code: 'MATCH_CHECK_YOURSELF' },
          ],
        },
      ],
      total: 1,
    });
    await settle(fixture);
    const marks = Array.from(
      fixture.nativeElement.querySelectorAll('[data-testid="match-reason"] .mark') as NodeListOf<HTMLElement>,
    ).map((m) => m.textContent?.trim());
    expect(marks).toEqual(['✓', '✗', '?']);
  });
});
