/** Typed socket.io events (server → client). Features add their events here. */
export interface ServerToClientEvents {
  /** The session was ended by an admin (disabled user): the client signs out. */
  'session:ended': (payload: { reason: 'disabled' | 'signed-out' }) => void;
}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ClientToServerEvents {}
