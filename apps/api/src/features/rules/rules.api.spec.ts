import { startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('GET /api/rules/enterprise-size (public)', () => {
  it('classifies a manufacturer and explains it in both languages', async () => {
    const res = await t
      .client()
      .get('/api/rules/enterprise-size?industryCode=3911&employees=500&revenue=1500');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      size: 'small',
      status: 'classified',
      group: { id: 'industry', name: '工业' },
      missing: [],
    });
    expect(res.body.industryPath.map((i: { code: string }) => i.code)).toEqual(['C', '39', '391', '3911']);
    expect(res.body.indicators[0]).toEqual({
      indicator: 'employees',
      value: 500,
      tier: 'medium',
      bounds: { large: 1000, medium: 300, small: 20 },
    });
    expect(res.body.explanation.at(-1).text).toContain('小型');
    expect(res.body.explanation.at(-1).textEn).toContain('small');
  });

  it('reports not-covered and missing indicators as results, not errors', async () => {
    expect(
      (await t.client().get('/api/rules/enterprise-size?industryCode=6610&employees=5')).body,
    ).toMatchObject({ status: 'not-covered', size: null });
    expect(
      (await t.client().get('/api/rules/enterprise-size?industryCode=3911&employees=500&revenue=')).body,
    ).toMatchObject({ status: 'missing-indicators', missing: ['revenue'] });
    expect(
      (await t.client().get('/api/rules/enterprise-size?industryCode=39&employees=5')).body,
    ).toMatchObject({ status: 'invalid-input' });
  });

  it.each([
    ['industryCode=3911&employees=-1', 'employees', 'TOO_SMALL'],
    ['industryCode=3911&employees=abc', 'employees', 'NOT_NUMBER'],
    ['employees=5', 'industryCode', 'REQUIRED'],
    ['industryCode=3911&bogus=1', 'bogus', 'UNKNOWN_FIELD'],
  ])('refuses %s with a field code', async (qs, field, code) => {
    const res = await t.client().get(`/api/rules/enterprise-size?${qs}`);
    expect(res.status).toBe(400);
    expect(res.body.details).toContainEqual(expect.objectContaining({ field, code }));
  });
});

describe('GET /api/industries (public)', () => {
  it('searches by code or name', async () => {
    const byCode = await t.client().get('/api/industries?q=3911');
    expect(byCode.status).toBe(200);
    expect(byCode.body.items[0]).toEqual({
      code: '3911',
      name: '计算机整机制造',
      level: 'class',
      parent: '391',
    });
    const byName = await t.client().get(`/api/industries?q=${encodeURIComponent('软件开发')}&limit=3`);
    expect(byName.body.items).toHaveLength(3);
  });

  it('lists children for the picker', async () => {
    expect((await t.client().get('/api/industries')).body.items).toHaveLength(20);
    expect(
      (await t.client().get('/api/industries?parent=K')).body.items.map((i: { code: string }) => i.code),
    ).toEqual(['70']);
    expect((await t.client().get('/api/industries?parent=nonsense')).status).toBe(400);
    expect((await t.client().get('/api/industries?limit=0&q=39')).status).toBe(400);
  });
});
