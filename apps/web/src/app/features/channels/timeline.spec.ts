import type { ChannelMessage } from '@cqo/contracts';
import { emptyTimeline, gapBefore, merge, timelineFrom, tombstone } from './timeline';

const msg = (seq: number, body = `第 ${seq} 条`): ChannelMessage => ({
  id: `m${seq}`,
  seq,
  channelId: 'c',
  body,
  bodyHtml: `<p>${body}</p>`,
  author: { id: 'u', displayName: '张伟' },
  parentId: null,
  clientId: `client-${seq}`,
  createdAt: '2026-12-04T08:00:00.000Z',
  hidden: false,
  mentions: [],
  editedAt: null,
  deleted: false,
  pinned: false,
  replyCount: 0,
  lastReplyAt: null,
  reactions: [],
  attachments: [],
});

describe('timeline', () => {
  it('keeps one entry per number, in order, whatever order and how often messages arrive', () => {
    let t = emptyTimeline();
    t = merge(t, [msg(2), msg(1)]);
    t = merge(t, [msg(1), msg(3), msg(2)]);
    expect(t.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(t.contiguous).toBe(3);
  });

  it('holds a message past a gap without moving "contiguous" past the gap; the catch-up fills it', () => {
    let t = merge(emptyTimeline(), [msg(1), msg(2)]);
    expect(gapBefore(t, msg(5))).toBe(true);
    t = merge(t, [msg(5)]);
    expect(t.contiguous).toBe(2);
    t = merge(t, [msg(3), msg(4), msg(5)]);
    expect(t.contiguous).toBe(5);
    expect(t.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('a window around an old message knows newer ones exist; the latest page does not', () => {
    expect(timelineFrom([msg(11), msg(10)], true, 40)).toMatchObject({
      contiguous: 11,
      newer: true,
      older: true,
    });
    expect(timelineFrom([msg(39), msg(40)], false, 40)).toMatchObject({ contiguous: 40, newer: false });
    expect(timelineFrom([], false, 0)).toMatchObject({ contiguous: 0, newer: false });
  });

  it('a deleted message keeps its place as a tombstone, without body, files or reactions', () => {
    const t = tombstone(merge(emptyTimeline(), [msg(1), msg(2)]), 'm1');
    expect(t.messages[0]).toMatchObject({ seq: 1, deleted: true, body: '', bodyHtml: '' });
    expect(t.messages[1].body).toBe('第 2 条');
  });
});
