import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '@cqo/contracts';
import type { RequestUser } from '../auth/request-user';

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents>;

/** What a feature's handler of a client event knows of the socket it came from. */
export interface SocketContext {
  user: RequestUser;
  /** The rooms the socket is in now (a feature's own rooms say what the user may reach). */
  rooms: ReadonlySet<string>;
  /** Emits to a room, leaving out the sender's socket. */
  toOthers<E extends keyof ServerToClientEvents>(
    room: string,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void;
}

export type ClientEventHandler<E extends keyof ClientToServerEvents> = (
  context: SocketContext,
  ...args: Parameters<ClientToServerEvents[E]>
) => void | Promise<void>;

/** Each signed-in socket joins its user's room; features push to users through here. */
export const userRoom = (userId: string) => `user:${userId}`;
/** …and the room of the session (refresh-token family) its access token was issued for. */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

export type SessionEndReason = Parameters<ServerToClientEvents['session:ended']>[0]['reason'];

/**
 * Pushes typed events to users' rooms. With Redis configured the rooms span every API process,
 * so it does not matter which process a user is connected to.
 */
@Injectable()
export class RealtimeService {
  private server?: RealtimeServer;
  private readonly roomSources: ((userId: string) => Promise<string[]>)[] = [];
  private readonly handlers = new Map<keyof ClientToServerEvents, ClientEventHandler<never>>();

  attach(server: RealtimeServer): void {
    this.server = server;
  }

  /** A feature names the rooms a user's sockets join when they connect (their channels). */
  addRooms(source: (userId: string) => Promise<string[]>): void {
    this.roomSources.push(source);
  }

  /** A feature answers an event sent by clients (the gateway wires it on every socket). */
  handle<E extends keyof ClientToServerEvents>(event: E, handler: ClientEventHandler<E>): void {
    this.handlers.set(event, handler as unknown as ClientEventHandler<never>);
  }

  clientHandlers(): ReadonlyMap<keyof ClientToServerEvents, ClientEventHandler<never>> {
    return this.handlers;
  }

  /** Every room a connecting user's socket joins beyond their own. */
  async roomsOf(userId: string): Promise<string[]> {
    return (await Promise.all(this.roomSources.map((source) => source(userId)))).flat();
  }

  /** The user's connected sockets join a room, or leave it (in every process, through Redis). */
  join(userId: string, room: string): void {
    this.server?.in(userRoom(userId)).socketsJoin(room);
  }

  leave(userId: string, room: string): void {
    this.server?.in(userRoom(userId)).socketsLeave(room);
  }

  toRoom<E extends keyof ServerToClientEvents>(
    room: string,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    this.server?.to(room).emit(event, ...args);
  }

  toUser<E extends keyof ServerToClientEvents>(
    userId: string,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    this.server?.to(userRoom(userId)).emit(event, ...args);
  }

  /** Disconnects every socket of a user (disabled account, password changed or reset). */
  endSessions(userId: string, reason: SessionEndReason): void {
    this.end(userRoom(userId), reason);
  }

  /** Disconnects the sockets of one session (signed out there). */
  endSession(sessionId: string, reason: SessionEndReason): void {
    this.end(sessionRoom(sessionId), reason);
  }

  private end(room: string, reason: SessionEndReason): void {
    if (!this.server) return;
    this.server.to(room).emit('session:ended', { reason });
    this.server.in(room).disconnectSockets(true);
  }
}
