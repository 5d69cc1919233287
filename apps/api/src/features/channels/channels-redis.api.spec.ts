import type { ChannelMessage, SendAck } from '@cqo/contracts';
import { channelKit, freshClientId, settle } from '../../testing/channels';
import { approvedMember } from '../../testing/members';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';
import { serverUrl } from '../../testing/test-database';

/**
 * Two API instances over one PostgreSQL server and one Redis, as a deployment with several
 * processes runs: a member connected to one hears what is sent through the other, joins made on
 * one move sockets held by the other, and every message arrives once and in order. Needs
 * TEST_REDIS_URL and a server database (CI has both); otherwise it says so and is skipped.
 */
const redisUrl = process.env['TEST_REDIS_URL'];
const runs = !!redisUrl && !!serverUrl();
if (!runs) console.warn('SKIPPED channels across processes: needs TEST_REDIS_URL and a PostgreSQL server.');

(runs ? describe : describe.skip)('channels across API processes (Redis adapter)', () => {
  let a: TestApp;
  let b: TestApp;
  let staff: TestClient & { userId: string };
  beforeAll(async () => {
    a = await startTestApp({
      REDIS_URL: redisUrl!,
      JOBS_ENABLED: 'false',
      CHANNEL_MESSAGES_PER_MINUTE: '10000',
    });
    b = await startTestApp({
      REDIS_URL: redisUrl!,
      JOBS_ENABLED: 'false',
      CHANNEL_MESSAGES_PER_MINUTE: '10000',
      DATABASE_URL: a.databaseUrl!,
    });
    staff = await a.userWithRoles(['staff']);
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });
  const onA = channelKit(
    () => a,
    () => staff,
  );
  const onB = channelKit(
    () => b,
    () => staff,
  );
  afterEach(() => {
    onA.closeSockets();
    onB.closeSockets();
  });

  it('a member on one process hears, in order and once, what is sent through the other; joining moves their sockets there too', async () => {
    const member = await approvedMember(a, staff);
    const id = await onA.channel();
    const memberSocket = await onB.connect(member.token!);
    const staffSocket = await onA.connect(staff.token!);
    const heardByMember: ChannelMessage[] = [];
    const heardByStaff: ChannelMessage[] = [];
    memberSocket.on('message', (m) => heardByMember.push(m));
    staffSocket.on('message', (m) => heardByStaff.push(m));

    await onA.send(staff, id, '加入前');
    // Joined through process A: the socket held by process B joins the room.
    expect((await member.post(`/api/channels/${id}/join`)).status).toBe(204);
    for (let i = 1; i <= 50; i++) await onA.send(staff, id, `跨进程 ${i}`);
    const ack = await new Promise<SendAck>((resolve) =>
      memberSocket.emit(
        'message:send',
        { channelId: id, body: '从 B 发出', clientId: freshClientId() },
        resolve,
      ),
    );
    expect(ack.ok).toBe(true);
    await settle(500);
    expect(heardByMember.map((m) => m.seq)).toEqual([...Array.from({ length: 50 }, (_, i) => i + 2), 52]);
    expect(heardByStaff.map((m) => m.body).at(-1)).toBe('从 B 发出');
    expect(heardByStaff.map((m) => m.seq)).toEqual(Array.from({ length: 52 }, (_, i) => i + 1));
  });
});
