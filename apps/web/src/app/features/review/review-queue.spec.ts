import { TestBed } from '@angular/core/testing';
import { getIndustry } from '@cqo/rules';
import { setUpWebTest, settle } from '../../../testing/web-test-bed';
import { LanguageService } from '../../core/i18n/i18n';
import { ReviewQueuePage } from './review-queue.page';

/** One submitted filing, as the queue lists it. */
const row = {
  id: 'f1',
  status: 'submitted',
  enterpriseName: '珠海某电子有限公司',
  creditCode: '91440400MA00000001',
  industryCode: '3911',
  regionCode: '440402',
  enterpriseSize: 'small',
  eligibilityOutcome: 'eligible',
  cqoName: '张三',
  submittedAt: '2026-12-01T02:00:00Z',
  updatedAt: '2026-12-01T02:00:00Z',
};

describe('the staff queue', () => {
  it('names industries and districts in words, the code on hover', async () => {
    const { http } = setUpWebTest();
    const fixture = TestBed.createComponent(ReviewQueuePage);
    await settle(fixture);
    http.expectOne((r) => r.url === '/api/filings').flush({ items: [row], total: 1 });
    await settle(fixture);
    const industry = fixture.nativeElement.querySelector('[data-testid="queue-industry"]') as HTMLElement;
    expect(industry.textContent?.trim()).toBe(getIndustry('3911')!.name);
    expect(industry.title).toBe('3911');
    expect(fixture.nativeElement.querySelector('tbody tr.ant-table-row').textContent).toContain('香洲区');
  });

  it('names an industry in English when the reader reads English', async () => {
    const { http } = setUpWebTest({ lang: 'en' });
    TestBed.inject(LanguageService).lang.set('en');
    const fixture = TestBed.createComponent(ReviewQueuePage);
    await settle(fixture);
    http.expectOne((r) => r.url === '/api/filings').flush({ items: [row], total: 1 });
    await settle(fixture);
    const industry = fixture.nativeElement.querySelector('[data-testid="queue-industry"]') as HTMLElement;
    expect(industry.textContent?.trim()).toBe(
      'Manufacture of Computers, Communication and Other Electronic Equipment · 3911',
    );
  });
});
