import { startTestApp, type TestApp } from '../../testing/test-app';

/** The per-person send limit, on an app whose limit is three messages a minute. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false', CHANNEL_MESSAGES_PER_MINUTE: '3' });
}, 120_000);
afterAll(() => t.close());

describe('channel send limit', () => {
  it('refuses a flood with 429 and Retry-After, while a retry of a stored message still answers', async () => {
    const staff = await t.userWithRoles(['staff']);
    const created = await staff.post('/api/channels', {
      name: '限流',
      kind: 'topic',
      audience: { type: 'members' },
    });
    expect(created.status).toBe(201);
    const send = (i: number) =>
      staff.post(`/api/channels/${created.body.id}/messages`, {
        body: `第 ${i} 条`,
        clientId: `flood-${i}-abcdef`,
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await send(i));
    expect(statuses.map((r) => r.status)).toEqual([201, 201, 201, 429]);
    expect(statuses[3].body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(statuses[3].headers.get('retry-after'))).toBeGreaterThan(0);
    // The stored one, asked again: answered, not refused.
    expect((await send(0)).status).toBe(200);
  });
});
