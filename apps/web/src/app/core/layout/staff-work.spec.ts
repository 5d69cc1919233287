import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { AppNotification, AuthUser } from '@cqo/contracts';
import { setUpWebTest } from '../../../testing/web-test-bed';
import { AuthService } from '../auth/auth.service';
import { NotificationCenter } from '../notifications/notification-center';
import { StaffWork } from './staff-work';

describe('what waits for staff', () => {
  const latest = signal<AppNotification | null>(null);
  function start(roles: AuthUser['roles']) {
    const { http } = setUpWebTest({ providers: [{ provide: NotificationCenter, useValue: { latest } }] });
    TestBed.inject(AuthService).user.set({ id: 'u', roles } as AuthUser);
    const work = TestBed.inject(StaffWork);
    TestBed.tick();
    return { http, work };
  }

  it('counts the filings waiting when a reviewer signs in, and again when a filing notice arrives', async () => {
    const { http, work } = start(['staff']);
    http.expectOne('/api/filings/waiting').flush({ submitted: 3 });
    await Promise.resolve();
    expect(work.waiting()).toBe(3);
    latest.set({
      id: 'n',
      kind: 'filing',
      message: { key: 'filing.submitted', params: { enterprise: '珠海示例', resubmitted: false } },
      link: '/review/x',
      readAt: null,
      createdAt: '',
    });
    TestBed.tick();
    http.expectOne('/api/filings/waiting').flush({ submitted: 4 });
    await Promise.resolve();
    expect(work.waiting()).toBe(4);
  });

  it('asks nothing for a member', () => {
    const { http, work } = start(['member']);
    http.expectNone('/api/filings/waiting');
    expect(work.waiting()).toBeNull();
  });
});
