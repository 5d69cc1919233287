import type { ChannelMessage, MessageDeleted, SendAck, TypingSignal } from '@cqo/contracts';
import { channelKit, freshClientId, settle } from '../../testing/channels';
import { approvedMember } from '../../testing/members';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';
import { PDF, PNG } from '../../testing/upload-fixtures';

/**
 * What happens in a conversation after a message is sent, through HTTP and socket.io on the real
 * database: threads, edits, tombstones, reactions, pins, files, permalinks; the channel's mute,
 * archive and a moderator's mute of a member; direct-message preferences; sending and typing over
 * the socket; and a receiver cut off again and again who still ends with every message once.
 */
let t: TestApp;
let staff: TestClient & { userId: string };
let alice: TestClient & { userId: string };
let bob: TestClient & { userId: string };
const kit = channelKit(
  () => t,
  () => staff,
);
const { channel, send, connect } = kit;

beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false', CHANNEL_MESSAGES_PER_MINUTE: '10000' });
  staff = await t.userWithRoles(['staff']);
  alice = await approvedMember(t, staff);
  bob = await approvedMember(t, staff);
}, 120_000);
afterAll(() => t.close());
afterEach(() => kit.closeSockets());

async function together(): Promise<string> {
  const id = await channel();
  await alice.post(`/api/channels/${id}/join`);
  await bob.post(`/api/channels/${id}/join`);
  return id;
}

const history = async (client: TestClient, id: string, query = 'after=0&limit=200') =>
  (await client.get(`/api/channels/${id}/messages?${query}`)).body.items as ChannelMessage[];

describe('threads, edits and tombstones', () => {
  it('a reply goes into its thread; the parent counts replies; a reply to a reply stays in the same thread', async () => {
    const id = await together();
    const parent = (await send(alice, id, '来料检验抽样方案怎么定？')).body as ChannelMessage;
    const watcher = await connect(alice.token!);
    const parentUpdates: ChannelMessage[] = [];
    watcher.on('message:updated', (m) => m.id === parent.id && parentUpdates.push(m));
    const reply = await send(bob, id, '按 GB/T 2828.1 一般检验水平 II', freshClientId(), {
      parentId: parent.id,
    });
    expect(reply.status).toBe(201);
    expect(reply.body.parentId).toBe(parent.id);
    const nested = await send(alice, id, '谢谢', freshClientId(), { parentId: reply.body.id });
    expect(nested.body.parentId).toBe(parent.id);
    const thread = (await bob.get(`/api/messages/${parent.id}/replies`)).body.items as ChannelMessage[];
    expect(thread.map((m) => m.id)).toEqual([parent.id, reply.body.id, nested.body.id]);
    expect(thread[0]).toMatchObject({ replyCount: 2, lastReplyAt: nested.body.createdAt });
    await settle();
    expect(parentUpdates.map((m) => m.replyCount)).toEqual([1, 2]);
    // Replies are numbered with the channel, so "after N" catches up on them too.
    expect((await history(bob, id)).map((m) => m.seq)).toEqual([1, 2, 3]);
    const otherChannel = await together();
    const elsewhere = await send(alice, otherChannel, '另一个频道', freshClientId(), { parentId: parent.id });
    expect(elsewhere.body.code).toBe('MESSAGE_NOT_FOUND');
  });

  it('the author edits (marked edited, pushed to the room); nobody else may; a deleted message leaves a tombstone in its place', async () => {
    const id = await together();
    const sent = (await send(alice, id, '周五 9 点开会')).body as ChannelMessage;
    const watcher = await connect(bob.token!);
    const updated = new Promise<ChannelMessage>((resolve) => watcher.once('message:updated', resolve));
    const edited = await alice.patch(`/api/messages/${sent.id}`, { body: '周五 **10 点**开会' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ body: '周五 **10 点**开会', editedAt: expect.any(String) });
    expect(edited.body.bodyHtml).toContain('<strong>10 点</strong>');
    expect(await updated).toMatchObject({ id: sent.id, body: '周五 **10 点**开会' });
    const notYours = await bob.patch(`/api/messages/${sent.id}`, { body: '改掉' });
    expect(notYours.status).toBe(403);
    expect(notYours.body.code).toBe('MESSAGE_NOT_EDITABLE');
    expect((await bob.delete(`/api/messages/${sent.id}`)).status).toBe(403);
    expect((await alice.patch(`/api/messages/${sent.id}`, { body: '   ' })).status).toBe(400);

    const deleted = new Promise<MessageDeleted>((resolve) => watcher.once('message:deleted', resolve));
    expect((await alice.delete(`/api/messages/${sent.id}`)).status).toBe(204);
    expect(await deleted).toEqual({ channelId: id, id: sent.id, seq: sent.seq });
    // What was deleted is no longer waiting to be read.
    const bobs = (await bob.get('/api/channels')).body.items.find((c: { id: string }) => c.id === id);
    expect(bobs).toMatchObject({ unread: 0, mentions: 0 });
    expect((await alice.delete(`/api/messages/${sent.id}`)).status).toBe(204);
    const after = await send(bob, id, '收到');
    const seen = await history(bob, id);
    expect(seen.map((m) => m.seq)).toEqual([1, after.body.seq]);
    expect(seen[0]).toMatchObject({ deleted: true, body: '', bodyHtml: '', attachments: [] });
    expect((await alice.patch(`/api/messages/${sent.id}`, { body: '复活' })).body.code).toBe(
      'MESSAGE_NOT_EDITABLE',
    );
    // A moderator deletes anyone's message, and that is audited.
    expect((await staff.delete(`/api/messages/${after.body.id}`)).status).toBe(204);
    const audit = (await (await t.admin()).get('/api/admin/audit')).body.items[0];
    expect(audit).toMatchObject({ action: 'message.delete', subjectId: after.body.id });
  });

  it('reactions count each person once per reaction and can be taken back; staff pin messages', async () => {
    const id = await together();
    const sent = (await send(alice, id, '本月客诉下降 30%')).body as ChannelMessage;
    await bob.put(`/api/messages/${sent.id}/reactions/thumbsup`);
    await bob.put(`/api/messages/${sent.id}/reactions/thumbsup`);
    const both = await alice.put(`/api/messages/${sent.id}/reactions/thumbsup`);
    expect(both.body.reactions).toEqual([{ key: 'thumbsup', count: 2, userIds: [bob.userId, alice.userId] }]);
    const back = await bob.delete(`/api/messages/${sent.id}/reactions/thumbsup`);
    expect(back.body.reactions).toEqual([{ key: 'thumbsup', count: 1, userIds: [alice.userId] }]);
    expect((await bob.put(`/api/messages/${sent.id}/reactions/poop`)).status).toBe(400);
    const outsider = await approvedMember(t, staff);
    expect((await outsider.put(`/api/messages/${sent.id}/reactions/heart`)).status).toBe(403);

    expect((await alice.put(`/api/messages/${sent.id}/pin`)).status).toBe(403);
    expect((await staff.put(`/api/messages/${sent.id}/pin`)).body.pinned).toBe(true);
    expect(((await bob.get(`/api/channels/${id}/pins`)).body as ChannelMessage[]).map((m) => m.id)).toEqual([
      sent.id,
    ]);
    await staff.delete(`/api/messages/${sent.id}/pin`);
    expect((await bob.get(`/api/channels/${id}/pins`)).body).toEqual([]);
  });

  it('a permalink finds the message and its channel; around=N loads the messages about it', async () => {
    const id = await together();
    const sent: ChannelMessage[] = [];
    for (let i = 1; i <= 30; i++) sent.push((await send(alice, id, `第 ${i} 条`)).body);
    const link = await bob.get(`/api/messages/${sent[14].id}`);
    expect(link.body).toMatchObject({
      message: { id: sent[14].id, seq: 15 },
      channelName: expect.any(String),
    });
    const around = await history(bob, id, 'around=15&limit=10');
    expect(around.map((m) => m.seq)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    const outsider = await approvedMember(t, staff);
    const privateId = await channel({ visibility: 'private' });
    const secret = await send(staff, privateId, '内部');
    expect((await outsider.get(`/api/messages/${secret.body.id}`)).status).toBe(404);
  });
});

describe('files in messages', () => {
  it('a member uploads an image and a PDF to the channel and sends them; only readers of the channel download them', async () => {
    const id = await together();
    const image = await alice.upload(`/api/channels/${id}/files`, { name: '现场.png', bytes: PNG });
    const pdf = await alice.upload(`/api/channels/${id}/files`, { name: '报告.pdf', bytes: PDF });
    expect(image.status).toBe(201);
    const sent = await send(alice, id, '现场照片和报告', freshClientId(), {
      attachments: [image.body.id, pdf.body.id],
    });
    expect(sent.body.attachments).toEqual([
      { id: image.body.id, name: '现场.png', contentType: 'image/png', size: PNG.length },
      { id: pdf.body.id, name: '报告.pdf', contentType: 'application/pdf', size: PDF.length },
    ]);
    const got = await bob.get(`/api/channels/${id}/files/${image.body.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    const outsider = await approvedMember(t, staff);
    const privateId = await channel({ visibility: 'private' });
    const hidden = await staff.upload(`/api/channels/${privateId}/files`, { name: 'a.pdf', bytes: PDF });
    expect((await outsider.get(`/api/channels/${privateId}/files/${hidden.body.id}`)).status).toBe(404);
    // Someone else's upload cannot be passed off as one's own.
    const theirs = await send(bob, id, '转发', freshClientId(), { attachments: [image.body.id] });
    expect(theirs.body.code).toBe('FILE_NOT_FOUND');
    expect((await history(bob, id)).length).toBe(1);
  });
});

describe('the channel: mute, archive, invitations, a moderator’s mute', () => {
  it('a member mutes a channel for themselves; staff archive it (read-only) and bring it back', async () => {
    const id = await together();
    expect((await alice.put(`/api/channels/${id}/mute`, { muted: true })).status).toBe(204);
    const mine = (await alice.get('/api/channels')).body.items.find((c: { id: string }) => c.id === id);
    expect(mine.muted).toBe(true);
    const outsider = await approvedMember(t, staff);
    expect((await outsider.put(`/api/channels/${id}/mute`, { muted: true })).body.code).toBe(
      'CHANNEL_NOT_JOINED',
    );

    expect((await alice.put(`/api/channels/${id}/archived`, { archived: true })).status).toBe(403);
    expect((await staff.put(`/api/channels/${id}/archived`, { archived: true })).status).toBe(204);
    const refused = await send(bob, id, '还能发吗');
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CHANNEL_ARCHIVED');
    expect((await outsider.post(`/api/channels/${id}/join`)).body.code).toBe('CHANNEL_ARCHIVED');
    expect((await bob.get(`/api/channels/${id}/messages`)).status).toBe(200);
    await staff.put(`/api/channels/${id}/archived`, { archived: false });
    expect((await send(bob, id, '恢复了')).status).toBe(201);
  });

  it('staff invite members into a private channel: it appears in their list and their sockets hear it at once', async () => {
    const id = await channel({ visibility: 'private' });
    expect((await alice.post(`/api/channels/${id}/join`)).status).toBe(404);
    const socket = await connect(alice.token!);
    const heard: ChannelMessage[] = [];
    socket.on('message', (m) => heard.push(m));
    const invited = await staff.post(`/api/channels/${id}/members`, { userIds: [alice.userId] });
    expect(invited.body).toEqual({ added: 1 });
    expect((await staff.post(`/api/channels/${id}/members`, { userIds: [alice.userId] })).body).toEqual({
      added: 0,
    });
    const applicant = await t.userWithRoles(['applicant']);
    expect((await staff.post(`/api/channels/${id}/members`, { userIds: [applicant.userId] })).status).toBe(
      404,
    );
    expect((await alice.post(`/api/channels/${id}/members`, { userIds: [bob.userId] })).status).toBe(403);
    const sent = await send(staff, id, '欢迎加入工作组');
    await settle();
    expect(heard.map((m) => m.id)).toEqual([sent.body.id]);
    const people = (await alice.get(`/api/channels/${id}/members`)).body as { id: string }[];
    expect(people.map((p) => p.id).sort()).toEqual([alice.userId, staff.userId].sort());
  });

  it('a moderator mutes a member in a channel for a while: they read but cannot write, are told, and it is audited', async () => {
    const id = await together();
    const silenced = await staff.post(`/api/channels/${id}/silence`, {
      userId: bob.userId,
      minutes: 60,
      reason: '刷屏',
    });
    expect(silenced.status).toBe(204);
    const bobsList = (await bob.get('/api/channels')).body.items.find((c: { id: string }) => c.id === id);
    expect(Date.parse(bobsList.silencedUntil)).toBeGreaterThan(Date.now() + 59 * 60_000);
    const refused = await send(bob, id, '为什么');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('CHANNEL_MEMBER_SILENCED');
    expect((await bob.get(`/api/channels/${id}/messages`)).status).toBe(200);
    expect((await send(alice, id, '我可以发')).status).toBe(201);
    const told = (await bob.get('/api/notifications')).body.items[0];
    expect(told.message).toMatchObject({ key: 'channel.silenced', params: { reason: '刷屏' } });
    const audit = (await (await t.admin()).get('/api/admin/audit')).body.items[0];
    expect(audit).toMatchObject({ action: 'channel.silence', subjectId: id, reason: '刷屏' });
    expect(
      (await staff.post(`/api/channels/${id}/silence`, { userId: bob.userId, minutes: 0, reason: '解除' }))
        .status,
    ).toBe(204);
    expect((await send(bob, id, '谢谢')).status).toBe(201);
    expect(
      (await alice.post(`/api/channels/${id}/silence`, { userId: bob.userId, minutes: 5, reason: 'x' }))
        .status,
    ).toBe(403);
  });
});

describe('direct-message preferences', () => {
  it('a member who takes messages from contacts only is reached by people they already talk to, and by staff', async () => {
    const carol = await approvedMember(t, staff);
    expect((await carol.get('/api/direct/preference')).body).toEqual({ allow: 'all' });
    await carol.post(`/api/direct/${alice.userId}`);
    expect((await carol.put('/api/direct/preference', { allow: 'contacts' })).body).toEqual({
      allow: 'contacts',
    });
    expect((await carol.put('/api/direct/preference', { allow: 'nobody' })).status).toBe(400);
    const stranger = await bob.post(`/api/direct/${carol.userId}`);
    expect(stranger.status).toBe(403);
    expect(stranger.body.code).toBe('DIRECT_NOT_ALLOWED');
    expect((await alice.post(`/api/direct/${carol.userId}`)).status).toBe(200);
    expect((await staff.post(`/api/direct/${carol.userId}`)).status).toBe(200);
    const list = (await carol.get('/api/channels')).body.items.filter(
      (c: { kind: string }) => c.kind === 'direct',
    );
    expect(list.map((c: { otherUserId: string }) => c.otherUserId)).toContain(alice.userId);
  });
});

describe('over the socket', () => {
  it('sends with an acknowledgement (a retry stores once), answers errors with their code, and relays typing to the room only', async () => {
    const id = await together();
    const aliceSocket = await connect(alice.token!);
    const bobSocket = await connect(bob.token!);
    const outsider = await approvedMember(t, staff);
    const outsiderSocket = await connect(outsider.token!);
    const sendOver = (input: object) =>
      new Promise<SendAck>((resolve) =>
        aliceSocket.emit(
          'message:send',
          input as Parameters<typeof aliceSocket.emit<'message:send'>>[1],
          resolve,
        ),
      );
    const clientId = freshClientId();
    const first = await sendOver({ channelId: id, body: '用 socket 发送', clientId });
    const retry = await sendOver({ channelId: id, body: '用 socket 发送', clientId });
    expect(first).toMatchObject({ ok: true, message: { seq: 1, body: '用 socket 发送' } });
    expect(retry).toEqual(first);
    expect(await sendOver({ channelId: id, body: '', clientId: freshClientId() })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    expect(await sendOver({ channelId: 'nope', body: 'x', clientId: freshClientId() })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    const privateId = await channel({ visibility: 'private' });
    expect(await sendOver({ channelId: privateId, body: 'x', clientId: freshClientId() })).toMatchObject({
      ok: false,
      error: { code: 'CHANNEL_NOT_FOUND' },
    });

    const typing: TypingSignal[] = [];
    const overheard: TypingSignal[] = [];
    const own: TypingSignal[] = [];
    bobSocket.on('typing', (s) => typing.push(s));
    outsiderSocket.on('typing', (s) => overheard.push(s));
    aliceSocket.on('typing', (s) => own.push(s));
    aliceSocket.emit('typing', { channelId: id });
    outsiderSocket.emit('typing', { channelId: id });
    await settle();
    expect(typing).toEqual([
      { channelId: id, user: { id: alice.userId, displayName: expect.any(String) }, parentId: null },
    ]);
    expect(overheard).toEqual([]);
    expect(own).toEqual([]);
  });
});

describe('delivery that loses nothing', () => {
  it('300 messages sent while the receiver is cut off and reconnected ten times arrive all, once each, in order', async () => {
    const id = await together();
    // The receiver as the web client works: it keeps what it has by number, hears new messages,
    // and after every (re)connect asks for everything after the last number it holds.
    const held = new Map<number, ChannelMessage>();
    // The number up to which nothing is missing: live messages may arrive past a gap, and the
    // catch-up must still ask for the gap.
    let contiguous = 0;
    const lastHeld = () => {
      while (held.has(contiguous + 1)) contiguous += 1;
      return contiguous;
    };
    const merge = (m: ChannelMessage) => !held.has(m.seq) && held.set(m.seq, m);
    const catchUp = async () => {
      for (;;) {
        const page = (await bob.get(`/api/channels/${id}/messages?after=${lastHeld()}&limit=200`)).body as {
          items: ChannelMessage[];
          more: boolean;
        };
        page.items.forEach(merge);
        if (!page.more) return;
      }
    };
    // What each connection heard live: in order, never twice.
    const live: number[][] = [];
    const sending = (async () => {
      for (let i = 1; i <= 300; i++) {
        const res = await send(alice, id, `批量 ${i}`, `bulk-${i}-${id.slice(0, 8)}`);
        if (res.status !== 201) throw new Error(`send ${i}: ${res.status}`);
      }
    })();
    for (let cut = 0; cut < 10; cut++) {
      const socket = await connect(bob.token!);
      const heard: number[] = [];
      live.push(heard);
      socket.on('message', (m) => {
        heard.push(m.seq);
        merge(m);
      });
      await catchUp();
      await settle(40 + cut * 10);
      socket.disconnect();
    }
    await sending;
    await catchUp();
    const seqs = [...held.keys()].sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    for (const heard of live) expect(heard).toEqual([...new Set(heard)].sort((a, b) => a - b));
    expect(live.flat().length).toBeGreaterThan(0);
    expect(seqs.map((s) => held.get(s)!.body)).toEqual(
      Array.from({ length: 300 }, (_, i) => `批量 ${i + 1}`),
    );
  });
});
