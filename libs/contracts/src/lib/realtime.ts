import type { ChannelMessage } from './channels';
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
}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ClientToServerEvents {}

/** Why the server refused a socket.io handshake (`connect_error` → `err.data.code`). */
export type RealtimeRefusal = 'UNAUTHENTICATED' | 'TOKEN_EXPIRED' | 'TOKEN_INVALID';
