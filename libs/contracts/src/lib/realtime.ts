import type { ChannelMessage, MessageDeleted, MessageInput, SendAck, TypingSignal } from './channels';
import type { AppNotification } from './notifications';

/** Typed socket.io events (server → client). Features add their events here. */
export interface ServerToClientEvents {
  /**
   * The session behind this socket ended (disabled user, password changed or reset, signed out
   * there). The socket closes; the client refreshes if it can, else signs out.
   */
  'session:ended': (payload: { reason: 'disabled' | 'signed-out' | 'password-changed' }) => void;
  /** The access token this socket was opened with expired: refresh, then connect again. */
  'token:expired': () => void;
  /** A new in-app notification for the signed-in user. */
  notification: (notification: AppNotification) => void;
  /** A new message in a channel the user belongs to (after it is stored). */
  message: (message: ChannelMessage) => void;
  /** A message changed (hidden by a moderator: its body is gone for everyone but staff). */
  'message:updated': (message: ChannelMessage) => void;
  /** A message became a tombstone (deleted by its author or a moderator). */
  'message:deleted': (message: MessageDeleted) => void;
  /** Someone in one of the user's channels is typing (ephemeral). */
  typing: (signal: TypingSignal) => void;
}
export interface ClientToServerEvents {
  /** Send a message (the same as `POST /api/channels/:id/messages`); the answer comes as the ack. */
  'message:send': (input: MessageInput & { channelId: string }, ack: (answer: SendAck) => void) => void;
  /** "I am typing" in a channel the user is in; relayed to the others in its room. */
  typing: (signal: { channelId: string; parentId?: string | null }) => void;
}

/** Why the server refused a socket.io handshake (`connect_error` → `err.data.code`). */
export type RealtimeRefusal = 'UNAUTHENTICATED' | 'TOKEN_EXPIRED' | 'TOKEN_INVALID';
