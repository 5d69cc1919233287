import { can, ROLES, type Role } from '@cqo/contracts';
import { NAV } from './nav';

/** What each role finds in the navigation: the permission map decides, never a role name. */
function visible(roles: Role[]): string[] {
  return NAV.flatMap((g) => g.items)
    .filter((item) => !item.permission || can(roles, item.permission))
    .map((item) => item.path);
}

describe('navigation by permission', () => {
  it('shows a visitor only the public area', () => {
    expect(visible([])).toEqual([
      '/',
      '/talent-pool',
      '/size-calculator',
      '/announcements',
      '/opportunities',
      '/cases',
    ]);
  });

  it('gives an applicant the filing and notifications, not the member area', () => {
    const paths = visible(['applicant']);
    expect(paths).toEqual(expect.arrayContaining(['/filing', '/notifications']));
    expect(paths).not.toContain('/directory');
    expect(paths).not.toContain('/review');
  });

  it('opens the member area to members, the review to staff, the admin pages to admins', () => {
    expect(visible(['member'])).toEqual(expect.arrayContaining(['/directory', '/channels', '/cases']));
    expect(visible(['member'])).not.toContain('/review');
    expect(visible(['staff'])).toEqual(expect.arrayContaining(['/review', '/dashboard']));
    expect(visible(['staff'])).not.toContain('/admin/users');
    expect(visible(['admin'])).toEqual(
      expect.arrayContaining(['/admin/users', '/admin/outbox', '/admin/audit']),
    );
  });

  it('links every page of the navigation for at least one role', () => {
    const reachable = new Set(ROLES.flatMap((r) => visible([r])));
    for (const item of NAV.flatMap((g) => g.items)) expect(reachable).toContain(item.path);
  });
});
