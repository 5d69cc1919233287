import type { SendAck } from '@cqo/contracts';
import { channelKit, freshClientId } from '../../testing/channels';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';

/** The per-person send limit, on an app whose limit is three messages a minute. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false', CHANNEL_MESSAGES_PER_MINUTE: '3' });
}, 120_000);
afterAll(() => t.close());

async function limitedChannel(staff: TestClient): Promise<string> {
  const created = await staff.post('/api/channels', {
    name: '限流',
    kind: 'topic',
    audience: { type: 'members' },
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

describe('channel send limit', () => {
  it('refuses a flood with 429 and Retry-After, while a retry of a stored message still answers', async () => {
    const staff = await t.userWithRoles(['staff']);
    const id = await limitedChannel(staff);
    const send = (i: number) =>
      staff.post(`/api/channels/${id}/messages`, {
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

  it('over the socket, the same limit answers TOO_MANY_REQUESTS in the acknowledgement', async () => {
    const staff = await t.userWithRoles(['staff']);
    const id = await limitedChannel(staff);
    const kit = channelKit(
      () => t,
      () => staff,
    );
    const socket = await kit.connect(staff.token!);
    const answers: SendAck[] = [];
    for (let i = 0; i < 4; i++) {
      answers.push(
        await new Promise<SendAck>((resolve) =>
          socket.emit(
            'message:send',
            { channelId: id, body: `第 ${i} 条`, clientId: freshClientId() },
            resolve,
          ),
        ),
      );
    }
    kit.closeSockets();
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual(['ok', 'ok', 'ok', 'TOO_MANY_REQUESTS']);
  });
});
