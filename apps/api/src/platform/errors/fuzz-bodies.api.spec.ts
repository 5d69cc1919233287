import fc from 'fast-check';
import { creditCode, filingBody } from '../../testing/filing-fixtures';
import { opportunityBody } from '../../testing/opportunity-fixtures';
import { ACTORS, actorClients, type Actor } from '../../testing/permissions';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';

/**
 * Generated bodies to every write route of the OpenAPI document, as every role: whatever arrives,
 * the API answers with a status below 500 and the error shape. The bodies follow each route's
 * schema loosely (right and wrong types, missing and unknown fields, nulls, odd text), so they
 * reach the validators and the services behind them, not just the first type check.
 * Seeded, so a run is repeatable; a failure prints the route, the role and the body.
 */
const SEED = 20261202;
/** Generated requests per route, spread over the roles. */
const RUNS_PER_ROUTE = 100;

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  oneOf?: Schema[];
}
interface Operation {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface WriteRoute {
  method: string;
  path: string;
  schema?: Schema;
}

let t: TestApp;
let clients: Record<Actor, TestClient>;
let routes: WriteRoute[];
let schemas: Record<string, Schema>;
/** Path ids to try: an unknown one, a malformed one, and the real object of the route's feature. */
const ids: string[] = ['00000000-0000-4000-8000-000000000000', 'not-a-uuid'];
/**
 * A fresh real object for the routes of each feature (a route may delete or close the last one):
 * an applicant's draft filing, a staff draft announcement, an open opportunity.
 */
const REAL_OBJECTS: Record<string, () => Promise<string>> = {
  '/api/filings/': async () => {
    const applicant = await t.userWithRoles(['applicant']);
    clients.applicant = applicant;
    return (await applicant.post('/api/filings', filingBody(creditCode('MA4F0001')))).body.id;
  },
  '/api/announcements/': async () =>
    (
      await clients.staff.post('/api/announcements', {
        kind: 'notice',
        title: '通知',
        body: '正文',
        audience: { type: 'members' },
      })
    ).body.id,
  '/api/opportunities/': async () =>
    (await clients.staff.post('/api/opportunities', opportunityBody())).body.id,
};

beforeAll(async () => {
  t = await startTestApp({ JOBS_ENABLED: 'false' });
  clients = await actorClients(t);
  const doc = (await t.client().get('/api/docs-json')).body as {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Schema> };
  };
  schemas = doc.components.schemas;
  routes = Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        schema: op.requestBody?.content?.['application/json']?.schema,
      })),
  );
});
afterAll(() => t.close());

const ODD_VALUES = [
  null,
  '',
  0,
  -1,
  1e300,
  true,
  [],
  {},
  '\u0000',
  'a\ud800b',
  '🙂',
  ' ',
  'x'.repeat(5000),
  '2026-02-30',
  "'; DROP TABLE users; --",
  '=HYPERLINK("http://x")',
];

function fromSchema(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const odd = fc.constantFrom(...ODD_VALUES);
  if (!schema || depth > 4) return odd;
  if (schema.$ref) return fromSchema(schemas[schema.$ref.split('/').pop() as string], depth);
  if (schema.allOf?.length) return fromSchema(schema.allOf[0], depth);
  if (schema.oneOf?.length) return fc.oneof(...schema.oneOf.map((s) => fromSchema(s, depth)));
  let right: fc.Arbitrary<unknown>;
  if (schema.enum?.length) right = fc.constantFrom(...schema.enum);
  else if (schema.type === 'string') {
    right =
      schema.format === 'date'
        ? fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
        : schema.format === 'date-time'
          ? fc.date({ noInvalidDate: true }).map((d) => d.toISOString())
          : schema.format === 'email'
            ? fc.emailAddress()
            : fc.string({ maxLength: 40, unit: 'grapheme' });
  } else if (schema.type === 'integer') right = fc.integer({ min: -10, max: 10_000_000 });
  else if (schema.type === 'number') right = fc.double({ noNaN: true, noDefaultInfinity: true });
  else if (schema.type === 'boolean') right = fc.boolean();
  else if (schema.type === 'array') right = fc.array(fromSchema(schema.items, depth + 1), { maxLength: 4 });
  else if (schema.properties) {
    const shape = Object.fromEntries(
      Object.entries(schema.properties).map(([key, child]) => [key, fromSchema(child, depth + 1)]),
    );
    right = fc
      .tuple(fc.record(shape, { requiredKeys: [] }), fc.option(fc.string({ maxLength: 8 }), { freq: 20 }))
      .map(([body, extra]) => (extra ? { ...body, [extra]: 1 } : body));
  } else right = fc.anything({ maxDepth: 2 });
  // Mostly right, so that one wrong field at a time gets past the others' checks to the service.
  // Null gets its own share: a field the record must have, sent as null, reached PostgreSQL once.
  return fc.oneof(
    { weight: 14, arbitrary: right },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: odd },
  );
}

describe('generated bodies on every write route', () => {
  it(`no route answers 5xx to ${RUNS_PER_ROUTE} generated requests each, as every role (seed ${SEED})`, async () => {
    expect(routes.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const route of routes) {
      const make = Object.entries(REAL_OBJECTS).find(([prefix]) => route.path.startsWith(prefix))?.[1];
      const real = make && route.path.includes('{') ? await make() : undefined;
      const request = fc.record({
        actor: fc.constantFrom(...ACTORS),
        id: real
          ? fc.oneof({ weight: 3, arbitrary: fc.constant(real) }, fc.constantFrom(...ids))
          : fc.constantFrom(...ids),
        body: route.schema ? fromSchema(route.schema) : fc.constantFrom(undefined, {}, ...ODD_VALUES),
      });
      await fc
        .assert(
          fc.asyncProperty(request, async ({ actor, id, body }) => {
            const path = route.path.replace(/\{[^}]+\}/g, id);
            const res = await clients[actor].request(route.method, path, body);
            if (res.status >= 500 || (res.status >= 400 && typeof res.body?.code !== 'string')) {
              throw new Error(
                `${route.method} ${path} as ${actor} → ${res.status} ${res.text.slice(0, 300)}`,
              );
            }
          }),
          { seed: SEED, numRuns: RUNS_PER_ROUTE, endOnFailure: true },
        )
        .catch((error: Error) =>
          failures.push(
            `${route.method} ${route.path}: ${error.message.split('\n').slice(2, 3).join('')} ${String((error.cause as Error | undefined)?.message ?? error.message.split('\n').find((l) => l.includes('→')) ?? '')}`,
          ),
        );
    }
    expect(failures).toEqual([]);
  }, 180_000);
});
