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
  members: number;
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
}

export interface MessageInput {
  body: string;
  /** The sender's own id for this message: a retry with the same one returns the stored message. */
  clientId: string;
  parentId?: string;
  /** The people mentioned (chosen by the composer's autocomplete): members of the channel are told. */
  mentions?: string[];
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
