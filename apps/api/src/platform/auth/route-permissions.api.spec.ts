import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { actorClients, expectPermissionMatrix } from '../../testing/permissions';
import { ROUTE_MATRIX } from '../../testing/route-matrix';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PERMISSION_KEY, PUBLIC_KEY } from './auth.decorators';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

interface DeclaredRoute {
  method: string;
  path: string;
  isPublic: boolean;
  permission?: string;
}

function listRoutes(app: TestApp['app']): DeclaredRoute[] {
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const routes: DeclaredRoute[] = [];
  const controllers = [...app.get(ModulesContainer).values()].flatMap((m) => [...m.controllers.values()]);
  for (const wrapper of controllers) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, wrapper.metatype) ?? '');
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const handler = (instance as Record<string, unknown>)[name] as object;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const targets = [handler as () => void, wrapper.metatype];
      routes.push({
        method,
        path: `/api/${base}/${path}`.replace(/\/+/g, '/').replace(/\/$/, ''),
        isPublic: reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false,
        permission: reflector.getAllAndOverride<string>(PERMISSION_KEY, targets),
      });
    }
  }
  return routes;
}

describe('route permissions', () => {
  it('every route declares either @Public() or exactly one permission', () => {
    const routes = listRoutes(t.app);
    expect(routes.length).toBeGreaterThan(10);
    const undeclared = routes
      .filter((r) => r.isPublic === !!r.permission)
      .map((r) => `${r.method} ${r.path}`);
    expect(undeclared).toEqual([]);
  });

  it('ROUTE_MATRIX (testing/route-matrix.ts) covers every non-public route', () => {
    // A route is covered when a matrix row's path fits its template (a parameter: one segment).
    const rows = ROUTE_MATRIX.map((c) => `${c.method} ${c.path.split('?')[0]}`);
    const missing = listRoutes(t.app)
      .filter((r) => !r.isPublic)
      .map((r) => `${r.method} ${r.path}`)
      .filter((route) => {
        const template = new RegExp(`^${route.replace(/:\w+/g, '[^/]+')}$`);
        return !rows.some((row) => template.test(row));
      });
    expect(missing).toEqual([]);
  });

  it.each(ROUTE_MATRIX.map((c) => [`${c.method} ${c.path}`, c] as const))(
    '%s: 401 signed out, 403 wrong role',
    async (_, route) => {
      const clients = await actorClients(t);
      await expectPermissionMatrix(clients, route);
    },
  );
});
