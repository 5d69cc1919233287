import type { ChannelMessage } from '@cqo/contracts';
import { channelKit } from '../../testing/channels';
import { JobsService } from '../../platform/jobs/jobs.service';
import { UsersService } from '../accounts';
import { approvedMember } from '../../testing/members';
import { describeRaces, RACE_ROUNDS } from '../../testing/races';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';

/**
 * Channels through HTTP and socket.io on the real database: who sees and joins which channel,
 * messages numbered in order with retries stored once, history after and before a number,
 * unread counts, and delivery to the sockets of the channel's members only.
 */
let t: TestApp;
let staff: TestClient;
let small: TestClient & { userId: string };
let large: TestClient & { userId: string };
const kit = channelKit(
  () => t,
  () => staff,
);
const { channel, send, connect } = kit;

beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false', CHANNEL_MESSAGES_PER_MINUTE: '10000' });
  staff = await t.userWithRoles(['staff']);
  small = await approvedMember(t, staff);
  large = await approvedMember(t, staff, {
    enterprise: {
      name: '珠海大型化工有限公司',
      industryCode: '2614',
      employees: 1500,
      revenue: 90000,
      totalAssets: 80000,
    },
  });
}, 120_000);
afterAll(() => t.close());
afterEach(() => kit.closeSockets());

describe('channels', () => {
  it('staff create a channel for members (never for the public); the creator is in it, members may join', async () => {
    const refused = await staff.post('/api/channels', {
      name: '公开',
      kind: 'topic',
      audience: { type: 'public' },
    });
    expect(refused.status).toBe(400);
    const id = await channel({ description: '质量管理方法交流' });
    const mine = (await staff.get('/api/channels')).body.items.find((c: { id: string }) => c.id === id);
    expect(mine).toMatchObject({
      joined: true,
      members: 1,
      lastSeq: 0,
      unread: 0,
      kind: 'topic',
      visibility: 'open',
    });
    const theirs = (await small.get('/api/channels')).body.items.find((c: { id: string }) => c.id === id);
    expect(theirs).toMatchObject({ joined: false });
    expect((await small.post(`/api/channels/${id}/join`)).status).toBe(204);
    expect((await small.post(`/api/channels/${id}/join`)).status).toBe(204);
    expect(
      (await small.get('/api/channels')).body.items.find((c: { id: string }) => c.id === id),
    ).toMatchObject({
      joined: true,
      members: 2,
    });
    expect((await small.post(`/api/channels/${id}/leave`)).status).toBe(204);
    expect((await small.post(`/api/channels/${id}/leave`)).status).toBe(404);
  });

  it('an approved member is in the open industry and district channels that fit their enterprise at once', async () => {
    const trade = await channel({
      kind: 'industry',
      audience: { type: 'segment', industryPrefixes: ['39'] },
    });
    const district = await channel({
      kind: 'region',
      audience: { type: 'segment', regionPrefixes: ['440402'] },
    });
    const other = await channel({ kind: 'industry', audience: { type: 'segment', industryPrefixes: ['K'] } });
    const fresh = await approvedMember(t, staff, {
      enterprise: { industryCode: '3911', regionCode: '440402' },
    });
    const items = (await fresh.get('/api/channels')).body.items as { id: string; joined: boolean }[];
    const joined = (id: string) => items.find((c) => c.id === id)?.joined;
    expect([joined(trade), joined(district), joined(other)]).toEqual([true, true, undefined]);
  });

  it('a segment channel is for the enterprises it names; a private one for its members only', async () => {
    const segment = await channel({ kind: 'industry', audience: { type: 'segment', sizes: ['large'] } });
    const hidden = await channel({ visibility: 'private' });
    const listed = async (c: TestClient) =>
      ((await c.get('/api/channels')).body.items as { id: string }[]).map((x) => x.id);
    expect(await listed(large)).toContain(segment);
    expect(await listed(small)).not.toContain(segment);
    expect((await small.post(`/api/channels/${segment}/join`)).body.code).toBe('CHANNEL_NOT_FOUND');
    expect(await listed(small)).not.toContain(hidden);
    expect((await small.post(`/api/channels/${hidden}/join`)).status).toBe(404);
    expect((await small.get(`/api/channels/${hidden}/messages`)).status).toBe(404);
    expect((await send(small, hidden, '我能发吗')).status).toBe(404);
    // An open channel meant for them: join first.
    const open = await channel();
    expect((await send(small, open, '先发一条')).body.code).toBe('CHANNEL_NOT_JOINED');
  });

  it('numbers messages in order, stores a retried clientId once, and reads history after and before a number', async () => {
    const id = await channel();
    await small.post(`/api/channels/${id}/join`);
    const first = await send(small, id, '**注塑**车间的SPC怎么做？', 'retry-me-001');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ seq: 1, channelId: id, parentId: null, author: { id: small.userId } });
    expect(first.body.bodyHtml).toContain('<strong>注塑</strong>');
    const again = await send(small, id, '**注塑**车间的SPC怎么做？', 'retry-me-001');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, seq: 1 });
    for (let i = 2; i <= 7; i++) expect((await send(staff, id, `回复 ${i}`)).body.seq).toBe(i);
    const reply = await small.post(`/api/channels/${id}/messages`, {
      body: '谢谢',
      clientId: 'thread-reply-1',
      parentId: first.body.id,
    });
    expect(reply.body).toMatchObject({ seq: 8, parentId: first.body.id });
    const after = await small.get(`/api/channels/${id}/messages?after=2&limit=3`);
    expect(after.body.items.map((m: ChannelMessage) => m.seq)).toEqual([3, 4, 5]);
    expect(after.body.more).toBe(true);
    const before = await small.get(`/api/channels/${id}/messages?before=3`);
    expect(before.body).toMatchObject({ more: false });
    expect(before.body.items.map((m: ChannelMessage) => m.seq)).toEqual([1, 2]);
    const latest = await small.get(`/api/channels/${id}/messages?limit=2`);
    expect(latest.body.items.map((m: ChannelMessage) => m.seq)).toEqual([7, 8]);
    const elsewhere = await channel();
    const badParent = await staff.post(`/api/channels/${elsewhere}/messages`, {
      body: 'x',
      clientId: 'bad-parent-1',
      parentId: first.body.id,
    });
    expect(badParent.body.code).toBe('MESSAGE_NOT_FOUND');
    const badClient = await send(small, id, 'x', 'no');
    expect(badClient.status).toBe(400);
  });

  it('counts what a member has not read (not their own), and marking read clears it', async () => {
    const id = await channel();
    await small.post(`/api/channels/${id}/join`);
    await send(small, id, '我的消息');
    for (let i = 0; i < 3; i++) await send(staff, id, `通知 ${i}`);
    const unread = async () =>
      (await small.get('/api/channels')).body.items.find((c: { id: string }) => c.id === id);
    expect(await unread()).toMatchObject({ unread: 3, lastSeq: 4 });
    expect((await small.post(`/api/channels/${id}/read`, { seq: 3 })).body).toEqual({ lastReadSeq: 3 });
    expect(await unread()).toMatchObject({ unread: 1 });
    // Never backwards, never beyond the last message.
    await small.post(`/api/channels/${id}/read`, { seq: 1 });
    expect((await small.post(`/api/channels/${id}/read`, { seq: 99 })).body).toEqual({ lastReadSeq: 4 });
    expect(await unread()).toMatchObject({ unread: 0 });
  });

  it('tells the members a message mentions, and counts it as a mention until they read it', async () => {
    const id = await channel();
    await small.post(`/api/channels/${id}/join`);
    const outsider = await approvedMember(t, staff);
    const sent = await staff.post(`/api/channels/${id}/messages`, {
      body: '请看一下这份 8D 报告',
      clientId: 'mention-0001',
      mentions: [small.userId, outsider.userId],
    });
    // Only members of the channel can be mentioned.
    expect(sent.body.mentions).toEqual([small.userId]);
    const note = (await small.get('/api/notifications')).body.items[0];
    // The notice opens the message itself (its permalink).
    expect(note).toMatchObject({ kind: 'channel', link: `/channels/messages/${sent.body.id}` });
    expect(note.message).toMatchObject({
      key: 'message.mentioned',
      params: { excerpt: '请看一下这份 8D 报告' },
    });
    expect(
      (await outsider.get('/api/notifications')).body.items.some(
        (n: { link: string }) => n.link === `/channels/messages/${sent.body.id}`,
      ),
    ).toBe(false);
    const mine = async () =>
      (await small.get('/api/channels')).body.items.find((c: { id: string }) => c.id === id);
    expect(await mine()).toMatchObject({ unread: 1, mentions: 1 });
    await small.post(`/api/channels/${id}/read`, { seq: sent.body.seq });
    expect(await mine()).toMatchObject({ unread: 0, mentions: 0 });
  });

  it('pushes a message to the sockets of the channel’s members, never to others', async () => {
    const id = await channel();
    await small.post(`/api/channels/${id}/join`);
    const member = await connect(small.token!);
    const outsider = await connect(large.token!);
    const heard: ChannelMessage[] = [];
    const overheard: ChannelMessage[] = [];
    member.on('message', (m) => heard.push(m));
    outsider.on('message', (m) => overheard.push(m));
    const sent = await send(staff, id, '现场质量例会改到周五');
    await new Promise((r) => setTimeout(r, 300));
    expect(heard.map((m) => m.id)).toEqual([sent.body.id]);
    expect(overheard).toEqual([]);
    // Joining puts the sockets already connected into the room at once.
    await large.post(`/api/channels/${id}/join`);
    const second = await send(staff, id, '欢迎新成员');
    await new Promise((r) => setTimeout(r, 300));
    expect(overheard.map((m) => m.id)).toEqual([second.body.id]);
  });
});

describe('direct conversations and moderation', () => {
  it('two members open one conversation between them, whoever opens it; others cannot read it', async () => {
    const opened = await small.post(`/api/direct/${large.userId}`);
    expect(opened.status).toBe(200);
    const again = await large.post(`/api/direct/${small.userId}`);
    expect(again.body.channelId).toBe(opened.body.channelId);
    const id = opened.body.channelId as string;
    expect((await send(small, id, '周五来参观产线吗？')).status).toBe(201);
    const theirs = (await large.get('/api/channels')).body.items.find((c: { id: string }) => c.id === id);
    expect(theirs).toMatchObject({ kind: 'direct', joined: true, unread: 1, visibility: 'private' });
    expect(theirs.name).not.toBe('');
    const third = await approvedMember(t, staff);
    expect((await third.get(`/api/channels/${id}/messages`)).status).toBe(404);
    expect((await small.post(`/api/direct/${small.userId}`)).status).toBe(400);
    expect((await small.post('/api/direct/00000000-0000-4000-8000-000000000000')).body.code).toBe(
      'USER_NOT_FOUND',
    );
    // Members write to members, not to applicants.
    const applicant = await t.userWithRoles(['applicant']);
    expect((await small.post(`/api/direct/${applicant.userId}`)).status).toBe(404);
  });

  it('a reported message, hidden by staff, keeps its place but loses its body for everyone but staff; the author is told', async () => {
    const id = await channel();
    await small.post(`/api/channels/${id}/join`);
    await large.post(`/api/channels/${id}/join`);
    const sent = await send(large, id, '加微信 xxx 代办补贴申报');
    expect((await small.post(`/api/messages/${sent.body.id}/report`, { reason: '广告' })).status).toBe(202);
    expect((await small.post(`/api/messages/${sent.body.id}/report`, { reason: '广告' })).status).toBe(202);
    const queue = (await staff.get('/api/moderation/reports')).body as {
      messageId: string;
      reason: string;
      body: string;
    }[];
    expect(queue.filter((r) => r.messageId === sent.body.id)).toEqual([
      expect.objectContaining({ reason: '广告', body: '加微信 xxx 代办补贴申报' }),
    ]);
    const watcher = await connect(small.token!);
    const updated = new Promise<ChannelMessage>((resolve) => watcher.once('message:updated', resolve));
    expect((await staff.post(`/api/messages/${sent.body.id}/hide`, { reason: '广告信息' })).status).toBe(204);
    expect(await updated).toMatchObject({ id: sent.body.id, hidden: true, body: '' });
    const seen = (await small.get(`/api/channels/${id}/messages`)).body.items as ChannelMessage[];
    expect(seen).toEqual([
      expect.objectContaining({ id: sent.body.id, seq: 1, hidden: true, body: '', bodyHtml: '' }),
    ]);
    const staffSees = (await staff.get(`/api/channels/${id}/messages`)).body.items as ChannelMessage[];
    expect(staffSees[0]).toMatchObject({ hidden: true, body: '加微信 xxx 代办补贴申报' });
    expect(
      ((await staff.get('/api/moderation/reports')).body as { messageId: string }[]).map((r) => r.messageId),
    ).not.toContain(sent.body.id);
    const told = (await large.get('/api/notifications')).body.items[0];
    expect(told.message).toMatchObject({ key: 'message.hidden', params: { reason: '广告信息' } });
    const audit = (await (await t.admin()).get('/api/admin/audit')).body.items[0];
    expect(audit).toMatchObject({ action: 'message.hide', subjectId: sent.body.id, reason: '广告信息' });
    // Someone who cannot read the channel cannot report in it.
    const outsider = await approvedMember(t, staff);
    const privateChannel = await channel({ visibility: 'private' });
    const secret = await send(staff, privateChannel, '内部');
    expect((await outsider.post(`/api/messages/${secret.body.id}/report`, { reason: 'x' })).status).toBe(404);
  });
});

describe('search', () => {
  it('finds a message for the members of its channel only, by a word inside a compound; a hidden one no more', async () => {
    const jobs = t.app.get(JobsService);
    const id = await channel({ visibility: 'private' });
    const sent = await send(staff, id, '讨论一次良率的统计口径');
    await jobs.drain();
    const found = async (client: TestClient) =>
      (await client.get(`/api/search?kind=message&q=${encodeURIComponent('良率')}`)).body.items as {
        id: string;
        url: string;
      }[];
    expect(await found(staff)).toEqual([
      expect.objectContaining({ id: sent.body.id, url: `/channels/messages/${sent.body.id}` }),
    ]);
    expect(await found(small)).toEqual([]);
    const direct = (await small.post(`/api/direct/${large.userId}`)).body.channelId as string;
    const whisper = await send(small, direct, '良率数据私下发你');
    await jobs.drain();
    expect((await found(large)).map((h) => h.id)).toEqual([whisper.body.id]);
    expect((await found(staff)).map((h) => h.id)).toEqual([sent.body.id]);
    await staff.post(`/api/messages/${sent.body.id}/hide`, { reason: '测试' });
    await jobs.drain();
    expect(await found(staff)).toEqual([]);
  });

  it('a removed account takes its messages out of the search', async () => {
    const jobs = t.app.get(JobsService);
    const id = await channel();
    const leaving = await approvedMember(t, staff);
    await leaving.post(`/api/channels/${id}/join`);
    const sent = await send(leaving, id, '离开前留下的注塑良率经验');
    await jobs.drain();
    const hits = async () =>
      (
        (await staff.get(`/api/search?kind=message&q=${encodeURIComponent('注塑良率')}`)).body.items as {
          id: string;
        }[]
      ).map((h) => h.id);
    expect(await hits()).toContain(sent.body.id);
    await t.app.get(UsersService).removeAccounts([leaving.userId]);
    await jobs.drain();
    expect(await hits()).not.toContain(sent.body.id);
    expect((await staff.get(`/api/channels/${id}/messages`)).body.items).toEqual([]);
  });
});

describeRaces('channel races', () => {
  it(`parallel senders get strictly increasing numbers, none skipped; a parallel retry stores once (${RACE_ROUNDS} rounds)`, async () => {
    for (let round = 0; round < RACE_ROUNDS; round++) {
      const id = await channel();
      await small.post(`/api/channels/${id}/join`);
      const sent = await Promise.all([
        ...Array.from({ length: 8 }, (_, i) => send(i % 2 ? staff : small, id, `并发 ${round}-${i}`)),
        send(small, id, '重试', `retry-${round}-x`),
        send(small, id, '重试', `retry-${round}-x`),
      ]);
      expect(sent.every((r) => r.status === 201 || r.status === 200)).toBe(true);
      const retries = sent.slice(8);
      expect(retries[0].body.id).toBe(retries[1].body.id);
      const all = (await staff.get(`/api/channels/${id}/messages?after=0&limit=100`)).body
        .items as ChannelMessage[];
      expect(all.map((m) => m.seq)).toEqual(Array.from({ length: 9 }, (_, i) => i + 1));
    }
  });
});
