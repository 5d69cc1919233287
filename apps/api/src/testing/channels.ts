import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@cqo/contracts';
import type { TestApp } from './test-app';
import type { TestClient } from './test-client';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * What channel tests share: a channel made by staff, a message sent with a fresh clientId, and
 * sockets that `closeSockets()` ends after each test. Getters, since the app starts in `beforeAll`.
 */
export function channelKit(app: () => TestApp, staff: () => TestClient) {
  const sockets: ClientSocket[] = [];
  let n = 0;
  return {
    async channel(body: object = {}): Promise<string> {
      n += 1;
      const created = await staff().post('/api/channels', {
        name: `质量交流 ${n}`,
        kind: 'topic',
        audience: { type: 'members' },
        ...body,
      });
      if (created.status !== 201) throw new Error(`channel not created: ${JSON.stringify(created.body)}`);
      return created.body.id as string;
    },
    send(client: TestClient, id: string, body: string, clientId = freshClientId(), more: object = {}) {
      return client.post(`/api/channels/${id}/messages`, { body, clientId, ...more });
    },
    connect(token: string, options: { reconnection?: boolean } = {}): Promise<ClientSocket> {
      const socket: ClientSocket = io(app().url, {
        path: '/socket.io',
        transports: ['websocket'],
        auth: { token },
        reconnection: options.reconnection ?? false,
      });
      sockets.push(socket);
      return new Promise((resolve, reject) => {
        socket.once('connect', () => resolve(socket));
        socket.once('connect_error', reject);
      });
    },
    closeSockets(): void {
      sockets.splice(0).forEach((s) => s.disconnect());
    },
  };
}

export const freshClientId = () => `c-${Math.random().toString(36).slice(2, 12)}`;

/** Waits for the socket.io server to pass on what was emitted (there is no "delivered" signal for silence). */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
