import type { ChannelMessage } from '@cqo/contracts';

/**
 * What the client holds of one channel: messages by number, and `contiguous`, the number up to
 * which nothing is missing. A live message may arrive past a gap (sent while this client was
 * reconnecting); it is kept, and the catch-up still asks for everything after `contiguous`, so the
 * gap fills and nothing is shown twice. Pure, so it is tested without a browser.
 */
export interface Timeline {
  /** Ascending by `seq`, one entry per number. */
  messages: ChannelMessage[];
  contiguous: number;
  /** Older history exists before the first message held. */
  older: boolean;
  /** Loaded around an old message: newer ones exist that are not held (live ones are not merged). */
  newer: boolean;
}

export const emptyTimeline = (): Timeline => ({ messages: [], contiguous: 0, older: false, newer: false });

/** A timeline from one page of history (the latest, or a window around a message). */
export function timelineFrom(items: ChannelMessage[], older: boolean, lastSeq: number): Timeline {
  const messages = [...items].sort((a, b) => a.seq - b.seq);
  const last = messages.at(-1)?.seq ?? 0;
  return { messages, contiguous: last || lastSeq, older, newer: last < lastSeq };
}

/** Adds or replaces messages (by number), then moves `contiguous` over what is now unbroken. */
export function merge(timeline: Timeline, incoming: ChannelMessage[]): Timeline {
  if (!incoming.length) return timeline;
  const bySeq = new Map(timeline.messages.map((m) => [m.seq, m]));
  for (const m of incoming) bySeq.set(m.seq, m);
  const messages = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  let contiguous = timeline.contiguous;
  // Held numbers above `contiguous`, walked in order while unbroken.
  for (const m of messages) {
    if (m.seq <= contiguous) continue;
    if (m.seq !== contiguous + 1) break;
    contiguous = m.seq;
  }
  return { ...timeline, messages, contiguous };
}

/** A message changed (edited, hidden, reacted to): replaced where it is held, else nothing. */
export function replace(timeline: Timeline, message: ChannelMessage): Timeline {
  const i = timeline.messages.findIndex((m) => m.id === message.id);
  if (i < 0) return timeline;
  const messages = [...timeline.messages];
  messages[i] = message;
  return { ...timeline, messages };
}

/** A deleted message as it stays in its place: no body, files, reactions or pin. */
export const tombstoned = (message: ChannelMessage): ChannelMessage => ({
  ...message,
  deleted: true,
  body: '',
  bodyHtml: '',
  attachments: [],
  reactions: [],
  pinned: false,
});

/** A message became a tombstone. */
export function tombstone(timeline: Timeline, id: string): Timeline {
  const held = timeline.messages.find((m) => m.id === id);
  return held ? replace(timeline, tombstoned(held)) : timeline;
}

/** Whether a live message can be placed without fetching (else it waits for the catch-up). */
export const gapBefore = (timeline: Timeline, message: ChannelMessage): boolean =>
  message.seq > timeline.contiguous + 1;
