import { DestroyRef, Injectable, effect, inject, signal, untracked } from '@angular/core';
import type { ClientToServerEvents, ServerToClientEvents } from '@cqo/contracts';
import type { Socket } from 'socket.io-client';
import { AuthService } from '../auth/auth.service';

type Listener<E extends keyof ServerToClientEvents> = ServerToClientEvents[E];
export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The signed-in user's one socket.io connection, shared by every feature: connects on sign-in,
 * closes on sign-out, follows token refreshes and ended sessions. Features listen through `on`
 * (their listeners survive a new socket) and learn of every (re)connect through `connects`, the
 * moment to catch up on what they missed.
 */
@Injectable({ providedIn: 'root' })
export class RealtimeConnection {
  private readonly auth = inject(AuthService);
  private socket?: AppSocket;
  /** Moves on at every disconnect, so that a connection begun before it is not completed after. */
  private generation = 0;
  private readonly listeners = new Map<keyof ServerToClientEvents, Set<(...args: never[]) => void>>();

  readonly connected = signal(false);
  /** Counts connections made: every change is a (re)connect after which missed events must be fetched. */
  readonly connects = signal(0);

  constructor() {
    effect(() => {
      const userId = this.auth.user()?.id;
      untracked(() => (userId ? this.connect() : this.disconnect()));
    });
    inject(DestroyRef).onDestroy(() => this.disconnect());
  }

  /** Listens to a server event on this and every later socket; the returned function stops it. */
  on<E extends keyof ServerToClientEvents>(event: E, listener: Listener<E>): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener as (...args: never[]) => void);
    return () => set.delete(listener as (...args: never[]) => void);
  }

  emit<E extends keyof ClientToServerEvents>(event: E, ...args: Parameters<ClientToServerEvents[E]>): void {
    if (this.socket?.connected) this.socket.emit(event, ...args);
  }

  private dispatch(event: string, args: unknown[]): void {
    for (const listener of this.listeners.get(event as keyof ServerToClientEvents) ?? []) {
      (listener as (...a: unknown[]) => void)(...args);
    }
  }

  private connect(): void {
    this.disconnect();
    const generation = this.generation;
    // The client library comes with the first sign-in: a visitor's first page never needs it.
    void import('socket.io-client').then(({ io }) => {
      if (generation === this.generation) this.open(io);
    });
  }

  private open(io: typeof import('socket.io-client').io): void {
    // Browsers without WebSocket support fall back to long polling.
    const socket: AppSocket = io({
      path: '/socket.io',
      auth: (cb) => cb({ token: this.auth.accessToken() ?? '' }),
    });
    socket.onAny((event: string, ...args: unknown[]) => this.dispatch(event, args));
    // The server closed this socket with its session (password changed, signed out elsewhere,
    // disabled) or at its token's expiry. If this browser may still refresh, the new token brings
    // a new socket (the user signal changes); if not, the session is over here too.
    const resume = () => this.auth.refresh().subscribe({ error: () => this.auth.sessionEnded() });
    socket.on('session:ended', resume);
    socket.on('token:expired', resume);
    socket.on('connect', () => {
      this.connected.set(true);
      this.connects.update((n) => n + 1);
    });
    socket.on('disconnect', () => this.connected.set(false));
    socket.on('connect_error', (err) => {
      // An expired access token: refresh it, then the next attempt carries the new one.
      const code = (err as Error & { data?: { code?: string } }).data?.code;
      if (code === 'TOKEN_EXPIRED')
        this.auth.refresh().subscribe({ next: () => socket.connect(), error: () => undefined });
    });
    this.socket = socket;
  }

  private disconnect(): void {
    this.generation += 1;
    this.socket?.removeAllListeners();
    this.socket?.offAny();
    this.socket?.disconnect();
    this.socket = undefined;
    this.connected.set(false);
  }
}
