import type { TestApp } from './test-app';
import type { TestClient } from './test-client';

export type Actor = 'anonymous' | 'applicant' | 'member' | 'staff' | 'admin';
export const ACTORS: Actor[] = ['anonymous', 'applicant', 'member', 'staff', 'admin'];

export interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  /** Actors that get through the guard (their status is anything but 401/403). */
  allowed: Actor[];
}

/**
 * The permission harness features reuse: one signed-in client per role, and a check that
 * every route answers 401 to visitors, 403 to roles without the permission, and lets the
 * allowed roles through.
 */
export async function actorClients(app: TestApp): Promise<Record<Actor, TestClient>> {
  return {
    anonymous: app.client(),
    applicant: await app.userWithRoles(['applicant']),
    member: await app.userWithRoles(['member']),
    staff: await app.userWithRoles(['staff']),
    admin: await app.admin(),
  };
}

export async function expectPermissionMatrix(
  clients: Record<Actor, TestClient>,
  route: RouteCase,
): Promise<void> {
  for (const actor of ACTORS) {
    const res = await clients[actor].request(route.method, route.path, route.body);
    const expected = route.allowed.includes(actor) ? 'allowed' : actor === 'anonymous' ? 401 : 403;
    const got = res.status === 401 || res.status === 403 ? res.status : 'allowed';
    if (got !== expected) {
      throw new Error(
        `${route.method} ${route.path} as ${actor}: expected ${expected}, got ${res.status} ${res.text.slice(0, 200)}`,
      );
    }
  }
}
