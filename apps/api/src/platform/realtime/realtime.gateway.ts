import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer, type OnGatewayInit } from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-adapter';
import type Redis from 'ioredis';
import type { RealtimeRefusal } from '@cqo/contracts';
import { authenticateAccessToken } from '../auth/jwt.strategy';
import { ApiException } from '../errors/api.exception';
import { RedisConnection } from '../redis/redis.provider';
import type { RequestUser } from '../auth/request-user';
import {
  RealtimeService,
  sessionRoom,
  userRoom,
  type RealtimeServer,
  type SocketContext,
} from './realtime.service';

type RealtimeSocket = Parameters<Parameters<RealtimeServer['use']>[0]>[0];

/**
 * socket.io at /socket.io. The handshake carries the access token (`auth: { token }`); the
 * user is checked like on every HTTP request, and the socket joins that user's room.
 */
@WebSocketGateway({ serveClient: false, transports: ['websocket', 'polling'] })
export class RealtimeGateway implements OnGatewayInit, OnApplicationShutdown {
  private readonly logger = new Logger(RealtimeGateway.name);
  private readonly adapterClients: Redis[] = [];

  @WebSocketServer() server!: RealtimeServer;

  constructor(
    private readonly realtime: RealtimeService,
    private readonly redis: RedisConnection,
  ) {}

  afterInit(server: RealtimeServer): void {
    this.realtime.attach(server);
    server.on('connection', (socket) => this.wireHandlers(socket));
    if (this.redis.client) {
      const pub = this.redis.client.duplicate();
      const sub = this.redis.client.duplicate();
      this.adapterClients.push(pub, sub);
      server.adapter(createAdapter(pub, sub));
    }
    server.use((socket, next) => {
      void (async () => {
        const token: unknown = socket.handshake.auth?.['token'];
        if (typeof token !== 'string' || !token) return next(refusal('UNAUTHENTICATED'));
        try {
          const { token: payload, ...user } = await authenticateAccessToken(token);
          socket.data.user = user;
          const own = payload.sid ? [userRoom(user.id), sessionRoom(payload.sid)] : [userRoom(user.id)];
          await socket.join([...own, ...(await this.realtime.roomsOf(user.id))]);
          closeAtExpiry(socket, payload.exp);
          next();
        } catch (error) {
          if (error instanceof ApiException) return next(refusal(error.code as RealtimeRefusal));
          this.logger.error({ err: error }, 'socket.io handshake failed');
          next(refusal('UNAUTHENTICATED'));
        }
      })();
    });
  }

  /** The client events features answer; a handler's failure is logged, never thrown into socket.io. */
  private wireHandlers(socket: RealtimeSocket): void {
    const user = socket.data.user as RequestUser;
    for (const [event, handler] of this.realtime.clientHandlers()) {
      socket.on(event, (...args: unknown[]) => {
        const context: SocketContext = {
          user,
          rooms: socket.rooms,
          toOthers: (room, name, ...payload) => socket.to(room).emit(name, ...payload),
        };
        Promise.resolve((handler as (...a: unknown[]) => unknown)(context, ...args)).catch((error: unknown) =>
          this.logger.error({ err: error, event }, 'socket.io event handler failed'),
        );
      });
    }
  }

  /** After Nest has closed the socket.io server (which unsubscribes through these clients). */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.adapterClients.map((c) => c.quit().catch(() => undefined)));
  }
}

/**
 * A socket lives no longer than the access token it was opened with: at its expiry the client is
 * told, and reconnects with a fresh one (or, if its session has ended, stays signed out).
 */
function closeAtExpiry(socket: RealtimeSocket, exp: number): void {
  const timer = setTimeout(
    () => {
      // Leave the namespace, not the connection at once, so the event is delivered before it.
      socket.emit('token:expired');
      socket.disconnect();
    },
    Math.max(0, exp * 1000 - Date.now()),
  );
  timer.unref();
  socket.once('disconnect', () => clearTimeout(timer));
}

function refusal(code: RealtimeRefusal): Error & { data: { code: RealtimeRefusal } } {
  return Object.assign(new Error(code), { data: { code } });
}
