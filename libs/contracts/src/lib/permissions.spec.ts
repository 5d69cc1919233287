import { can, isRole, Permission, permissionsOf, ROLE_PERMISSIONS, ROLES } from './permissions';

describe('permission map', () => {
  it('admin can do everything staff can', () => {
    for (const p of ROLE_PERMISSIONS.staff) expect(can(['admin'], p)).toBe(true);
  });

  it('every role has its own account', () => {
    for (const role of ROLES) expect(can([role], Permission.AccountSelf)).toBe(true);
  });

  it.each([
    ['applicant', Permission.MemberArea, false],
    ['member', Permission.MemberArea, true],
    ['member', Permission.MemberOwn, true],
    ['staff', Permission.MemberOwn, false],
    ['member', Permission.FilingsReview, false],
    ['member', Permission.ContentPublish, false],
    ['staff', Permission.FilingsReview, true],
    ['staff', Permission.ContentPublish, true],
    ['staff', Permission.ContentModerate, true],
    ['staff', Permission.PersonalDataExport, true],
    ['staff', Permission.StatisticsRead, true],
    ['staff', Permission.UsersManage, false],
    ['admin', Permission.UsersManage, true],
  ] as const)('%s → %s is %s', (role, permission, expected) => {
    expect(can([role], permission)).toBe(expected);
  });

  it('unions the permissions of several roles and refuses nothing-at-all', () => {
    expect(permissionsOf(['member', 'staff']).has(Permission.FilingsReview)).toBe(true);
    expect(permissionsOf(['member', 'staff']).has(Permission.MemberOwn)).toBe(true);
    expect(can(null, Permission.AccountSelf)).toBe(false);
    expect(can([], Permission.AccountSelf)).toBe(false);
  });

  it('recognises roles', () => {
    expect(isRole('staff')).toBe(true);
    expect(isRole('king')).toBe(false);
  });
});
