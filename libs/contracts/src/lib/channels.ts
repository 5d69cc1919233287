import type { Audience } from './announcements';

/** Discussion channels (交流频道): by topic, industry or district; `direct`: a one-to-one conversation. */
export const CHANNEL_KINDS = ['topic', 'industry', 'region', 'direct'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
/** What staff create; direct conversations are opened by `POST /api/direct/:userId`. */
export const CREATABLE_CHANNEL_KINDS = ['topic', 'industry', 'region'] as const;

/** `open`: anyone in the audience may join; `private`: by invitation. */
export const CHANNEL_VISIBILITIES = ['open', 'private'] as const;
export type ChannelVisibility = (typeof CHANNEL_VISIBILITIES)[number];

export interface ChannelInput {
  name: string;
  description?: string;
  kind: (typeof CREATABLE_CHANNEL_KINDS)[number];
  /** All members, or a segment (the one targeting rule); `public` is not offered for channels. */
  audience: Audience;
  visibility?: ChannelVisibility;
}

/** A channel as a member sees it in the list. */
export interface ChannelSummary {
  id: string;
  /** A direct conversation is named after the other person. */
  name: string;
  description: string;
  kind: ChannelKind;
  visibility: ChannelVisibility;
  archived: boolean;
  joined: boolean;
  /** Messages after the reader's last read one, not their own. */
  unread: number;
  mentions: number;
  /** The number of the channel's latest message (0 when empty). */
  lastSeq: number;
  /** The number of the last message the reader has read (where "new messages" begin). */
  lastReadSeq: number;
  members: number;
  /** The reader muted it: no badge in the navigation, mentions still count. */
  muted: boolean;
  /** A moderator muted the reader here until then (they read but cannot write); null otherwise. */
  silencedUntil: string | null;
  /** For a direct conversation: the other person's id. */
  otherUserId: string | null;
}

export interface ChannelPage {
  items: ChannelSummary[];
}

export interface MessageAuthor {
  id: string;
  displayName: string;
}

/** One message; `seq` numbers a channel's messages in the order they were stored. */
export interface ChannelMessage {
  id: string;
  seq: number;
  channelId: string;
  body: string;
  /** The body rendered (light Markdown), sanitised on the server. */
  bodyHtml: string;
  author: MessageAuthor;
  parentId: string | null;
  clientId: string;
  createdAt: string;
  /** Hidden by a moderator: its body is empty for everyone but staff. */
  hidden: boolean;
  /** The members of the channel it mentions. */
  mentions: string[];
  /** When its author last edited it (shown as "edited"). */
  editedAt: string | null;
  /** Deleted by its author or a moderator: a tombstone, with no body, keeping its place. */
  deleted: boolean;
  /** Pinned by staff: listed among the channel's pinned messages. */
  pinned: boolean;
  /** Replies in its thread, and when the latest came. */
  replyCount: number;
  lastReplyAt: string | null;
  reactions: MessageReaction[];
  attachments: MessageAttachment[];
}

/** The small set of reactions a message can get (shown as emoji). */
export const MESSAGE_REACTIONS = ['thumbsup', 'heart', 'smile', 'tada', 'thinking', 'eyes'] as const;
export type MessageReactionKey = (typeof MESSAGE_REACTIONS)[number];
export const REACTION_EMOJI: Record<MessageReactionKey, string> = {
  thumbsup: '👍',
  heart: '❤️',
  smile: '😄',
  tada: '🎉',
  thinking: '🤔',
  eyes: '👀',
};

/** Who reacted with one reaction (the reader finds themselves among `userIds`). */
export interface MessageReaction {
  key: MessageReactionKey;
  count: number;
  userIds: string[];
}

/** An image or PDF sent with a message, read at `/api/channels/:channelId/files/:id`. */
export interface MessageAttachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
}

/** `message:deleted`: the message is now a tombstone. */
export interface MessageDeleted {
  channelId: string;
  id: string;
  seq: number;
}

/** `typing`: someone is writing in a channel (ephemeral, never stored). */
export interface TypingSignal {
  channelId: string;
  user: MessageAuthor;
  /** The thread they are writing in, if any. */
  parentId: string | null;
}

/** A member of a channel, for @mention autocomplete. */
export interface ChannelPerson {
  id: string;
  displayName: string;
}

/** Who may open a direct conversation with a member. */
export const DIRECT_ALLOWANCES = ['all', 'contacts'] as const;
export type DirectAllowance = (typeof DIRECT_ALLOWANCES)[number];
export interface DirectPreference {
  /** `all`: any member; `contacts`: only people they already have a conversation with (staff always). */
  allow: DirectAllowance;
}

/** `GET /api/messages/:id`: a message with the channel it is in (a permalink). */
export interface MessageLink {
  message: ChannelMessage;
  channelName: string;
}

/** The answer to a message sent over the socket (`message:send` with an acknowledgement). */
export type SendAck =
  { ok: true; message: ChannelMessage } | { ok: false; error: { code: string; message: string } };

export interface MessageInput {
  body: string;
  /** The sender's own id for this message: a retry with the same one returns the stored message. */
  clientId: string;
  parentId?: string;
  /** The people mentioned (chosen by the composer's autocomplete): members of the channel are told. */
  mentions?: string[];
  /** Files uploaded to the channel by the sender (`POST /api/channels/:id/files`). */
  attachments?: string[];
}

export interface MessagePage {
  items: ChannelMessage[];
  /** More before the first (with `before`) or after the last (with `after`). */
  more: boolean;
}

/** `POST /api/direct/:userId`. */
export interface DirectConversation {
  channelId: string;
}

/** A report waiting in the moderation queue. */
export interface MessageReport {
  id: string;
  messageId: string;
  channelId: string;
  channelName: string;
  body: string;
  author: MessageAuthor;
  reporter: MessageAuthor;
  reason: string;
  createdAt: string;
}
