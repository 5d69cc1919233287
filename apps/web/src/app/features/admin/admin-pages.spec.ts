import { TestBed } from '@angular/core/testing';
import type { AdminUser, AuthUser } from '@cqo/contracts';
import { AuthService } from '../../core/auth/auth.service';
import { setUpWebTest, settle } from '../../../testing/web-test-bed';
import { AuditPage } from './audit.page';
import { OutboxPage } from './outbox.page';
import { UsersPage } from './users.page';

const user = (id: string, roles: AdminUser['roles']): AdminUser => ({
  id,
  email: `${id}@example.cn`,
  displayName: id,
  roles,
  disabled: false,
  lastLoginAt: null,
  createdAt: '2026-12-01T00:00:00Z',
});

describe('admin pages', () => {
  it("do not offer to disable the admin's own account (the server refuses it)", async () => {
    const { http } = setUpWebTest();
    TestBed.inject(AuthService).user.set({ id: 'me', roles: ['admin'] } as AuthUser);
    const fixture = TestBed.createComponent(UsersPage);
    await settle(fixture);
    http
      .expectOne((r) => r.url === '/api/admin/users')
      .flush({ items: [user('me', ['admin']), user('other', ['staff'])], total: 2 });
    await settle(fixture);
    const rows = Array.from(
      fixture.nativeElement.querySelectorAll('tbody tr.ant-table-row'),
    ) as HTMLElement[];
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('这是您自己的账号');
    expect(rows[0].textContent).not.toContain('停用');
    expect(rows[1].textContent).toContain('停用');
  });

  it("name a mail's status in the reader's language, not by its code", async () => {
    const { http } = setUpWebTest();
    const fixture = TestBed.createComponent(OutboxPage);
    await settle(fixture);
    http
      .expectOne((r) => r.url === '/api/admin/outbox')
      .flush({
        items: [
          {
            id: '1',
            to: 'a@b.cn',
            subject: '通知',
            text: '…',
            status: 'outbox',
            createdAt: '2026-12-01T00:00:00Z',
          },
        ],
        total: 1,
      });
    await settle(fixture);
    const cell = fixture.nativeElement.querySelector('tbody tr nz-tag') as HTMLElement;
    expect(cell.textContent?.trim()).toBe('仅记录（未发送）');
  });

  it('show the audit log in words: the action, the people by name, a link to the record', async () => {
    const { http } = setUpWebTest();
    const fixture = TestBed.createComponent(AuditPage);
    await settle(fixture);
    const entry = {
      id: 'a1',
      actorId: 'u1',
      actorName: '王审核',
      action: 'filing.reveal.idNumber',
      subjectType: 'filing',
      subjectId: 'f1',
      subjectName: null,
      reason: '核对身份',
      meta: {},
      createdAt: '2026-12-01T02:00:00Z',
    };
    http
      .expectOne((r) => r.url === '/api/admin/audit')
      .flush({
        items: [
          entry,
          {
            ...entry,
            id: 'a2',
            actorId: null,
            actorName: null,
            action: 'something.new',
            subjectType: 'user',
            subjectId: 'u2',
            subjectName: '李会员',
          },
        ],
        total: 2,
      });
    await settle(fixture);
    const cells = (id: string) =>
      Array.from(
        fixture.nativeElement.querySelectorAll(`[data-testid="${id}"]`) as NodeListOf<HTMLElement>,
      ).map((c) => c.textContent?.trim());
    expect(cells('audit-action')).toEqual(['查看完整证件号码', 'something.new']);
    expect(cells('audit-actor')).toEqual(['王审核', '系统']);
    expect(cells('audit-subject')).toEqual(['备案', '账号 · 李会员']);
    const link = fixture.nativeElement.querySelector('[data-testid="audit-subject"] a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/review/f1');
  });
});
