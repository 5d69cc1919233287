import type { AppNotification } from './notifications';

/** Typed socket.io events (server → client). Features add their events here. */
export interface ServerToClientEvents {
  /** The session was ended by an admin (disabled user): the client signs out. */
  'session:ended': (payload: { reason: 'disabled' | 'signed-out' }) => void;
  /** A new in-app notification for the signed-in user. */
  notification: (notification: AppNotification) => void;
}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ClientToServerEvents {}

/** Why the server refused a socket.io handshake (`connect_error` → `err.data.code`). */
export type RealtimeRefusal = 'UNAUTHENTICATED' | 'TOKEN_EXPIRED' | 'TOKEN_INVALID';
