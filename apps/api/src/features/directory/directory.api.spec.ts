import { approvedMember } from '../../testing/members';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';

let t: TestApp;
let staff: TestClient;
let small: Awaited<ReturnType<typeof approvedMember>>;
let large: Awaited<ReturnType<typeof approvedMember>>;
let reader: Awaited<ReturnType<typeof approvedMember>>;

beforeAll(async () => {
  t = await startTestApp();
  staff = await t.userWithRoles(['staff']);
  // A small computer maker in Xiangzhou, a large chemicals plant in Jinwan, and a reader.
  small = await approvedMember(t, staff, { cqo: { name: '李小质', qualityYears: 8, phone: '0756-1111111' } });
  large = await approvedMember(t, staff, {
    enterprise: {
      industryCode: '2614',
      regionCode: '440404',
      employees: 1200,
      revenue: 90000,
      totalAssets: 80000,
    },
    cqo: { name: '王大质', qualityYears: 15 },
  });
  reader = await approvedMember(t, staff, { cqo: { name: '赵读者' } });
}, 60_000);
afterAll(() => t.close());

const ids = (res: { body: { items: { userId: string }[] } }) => res.body.items.map((i) => i.userId);

describe('member directory', () => {
  it('approval puts the CQO in the directory with their enterprise, never their ID number', async () => {
    const res = await reader.get('/api/directory?pageSize=50');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items.find((i: { userId: string }) => i.userId === small.userId)).toMatchObject({
      name: '李小质',
      industryCode: '3911',
      regionCode: '440402',
      enterpriseSize: 'small',
      qualityYears: 8,
    });
    expect(res.text).not.toContain(small.idNumber);
    expect(res.text).not.toContain(small.idNumber.slice(-6));
  });

  it('searches by name, enterprise or topic, and filters by industry, region, size and years', async () => {
    await small.put('/api/me/profile', { topics: ['六西格玛', 'ISO 9001'], bio: '十年电子制造质量管理' });
    expect(ids(await reader.get('/api/directory?q=小质'))).toEqual([small.userId]);
    expect(ids(await reader.get('/api/directory?q=六西格玛'))).toEqual([small.userId]);
    expect(ids(await reader.get('/api/directory?q=iso'))).toEqual([small.userId]);
    expect(ids(await reader.get('/api/directory?industry=C&size=large'))).toEqual([large.userId]);
    expect(ids(await reader.get('/api/directory?industry=26'))).toEqual([large.userId]);
    expect(ids(await reader.get('/api/directory?region=440404'))).toEqual([large.userId]);
    expect(ids(await reader.get('/api/directory?minYears=10'))).toEqual([large.userId]);
    expect(ids(await reader.get('/api/directory?industry=A'))).toEqual([]);
    const bad = await reader.get('/api/directory?industry=abc&size=huge');
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['industry', 'size']);
  });

  it('finds one- and two-character searches, follows profile changes, pages in name order', async () => {
    await small.put('/api/me/profile', { topics: ['QC小组', '精益生产'] });
    expect(ids(await reader.get('/api/directory?q=李'))).toEqual([small.userId]);
    expect(ids(await reader.get('/api/directory?q=qc'))).toEqual([small.userId]);
    expect(ids(await reader.get('/api/directory?q=益生'))).toEqual([small.userId]);
    expect(ids(await reader.get('/api/directory?q=鑫'))).toEqual([]);
    expect(ids(await reader.get('/api/directory?q=%25'))).toEqual([]);

    await small.put('/api/me/profile', { topics: ['零缺陷'] });
    expect(ids(await reader.get('/api/directory?q=益生'))).toEqual([]);
    expect(ids(await reader.get('/api/directory?q=缺陷'))).toEqual([small.userId]);

    // 李小质, 王大质, 赵读者: the second page of one is the second name.
    const second = await reader.get('/api/directory?pageSize=1&page=2');
    expect(second.body).toMatchObject({ total: 3, items: [{ userId: large.userId, name: '王大质' }] });
  });

  it('a field set to nobody is absent for everyone; one set to staff only for staff', async () => {
    const set = await small.put('/api/me/privacy', {
      phone: 'nobody',
      email: 'staff',
      position: 'members',
      bio: 'members',
      hidden: false,
    });
    expect(set.status).toBe(200);
    expect(set.body.privacy).toMatchObject({ phone: 'nobody', email: 'staff' });

    const asMember = (await reader.get(`/api/directory/${small.userId}`)).body;
    expect(asMember).not.toHaveProperty('phone');
    expect(asMember).not.toHaveProperty('email');
    expect(asMember).toMatchObject({ position: '副总经理', bio: '十年电子制造质量管理' });

    const asStaff = (await staff.get(`/api/directory/${small.userId}`)).body;
    expect(asStaff).not.toHaveProperty('phone');
    expect(asStaff.email).toMatch(/^member\d+@example\.cn$/);

    const listed = (await reader.get('/api/directory?q=小质')).body.items[0];
    expect(Object.keys(listed)).not.toContain('phone');
    expect(Object.keys(listed)).not.toContain('email');

    // The member sees all of their own.
    expect((await small.get('/api/me/profile')).body).toMatchObject({ phone: '0756-1111111' });
  });

  it('a hidden member is not found, and says so only to themselves', async () => {
    await large.put('/api/me/privacy', {
      phone: 'staff',
      email: 'members',
      position: 'members',
      bio: 'members',
      hidden: true,
    });
    expect(ids(await reader.get('/api/directory?pageSize=50'))).not.toContain(large.userId);
    expect((await reader.get(`/api/directory/${large.userId}`)).status).toBe(404);
    expect((await staff.get('/api/directory?q=大质')).body.total).toBe(0);
    expect((await large.get(`/api/directory/${large.userId}`)).status).toBe(200);
  });

  it('refuses bad settings with field codes, and members only have profiles', async () => {
    const bad = await small.put('/api/me/privacy', { phone: 'everyone', hidden: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['phone', 'email', 'hidden']),
    );
    const tooMany = await small.put('/api/me/profile', {
      topics: Array.from({ length: 21 }, (_, i) => `t${i}`),
    });
    expect(tooMany.status).toBe(400);
    expect((await staff.get('/api/me/profile')).body.code).toBe('MEMBER_NOT_FOUND');
  });
});
