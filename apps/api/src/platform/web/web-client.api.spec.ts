import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../../testing/test-app';

/**
 * The web client as the server sends it: the build's brotli and gzip copies chosen by what the
 * browser accepts, hashed bundles cached for a year, index.html re-checked, deep links answered
 * with the client.
 */
let t: TestApp;
const web = mkdtempSync(join(tmpdir(), 'cqo-web-'));
const BUNDLE = `console.log(${JSON.stringify('珠海市企业首席质量官联盟 '.repeat(200))});`;
const INDEX =
  '<!doctype html><html lang="zh-CN"><head><title>联盟</title></head><body><cqo-root></cqo-root></body></html>';

beforeAll(async () => {
  mkdirSync(web, { recursive: true });
  writeFileSync(join(web, 'index.html'), INDEX);
  writeFileSync(
    join(web, 'route-preloads.json'),
    JSON.stringify({
      routes: [
        { path: '', chunks: ['chunk-HOME0001.js'] },
        { path: 'talent-pool', chunks: ['chunk-TALENT01.js', 'chunk-SHARED01.js'] },
        { path: 'cases/new', chunks: ['chunk-EDITOR01.js'] },
        { path: 'cases/:id', chunks: ['chunk-CASE0001.js'] },
        { path: '**', chunks: ['chunk-MISSING0.js'] },
      ],
    }),
  );
  writeFileSync(join(web, 'main-ABCDEFGH.js'), BUNDLE);
  writeFileSync(join(web, 'main-ABCDEFGH.js.br'), brotliCompressSync(BUNDLE));
  writeFileSync(join(web, 'main-ABCDEFGH.js.gz'), gzipSync(BUNDLE));
  // An asset the build left uncompressed (too small) is sent as it is.
  writeFileSync(join(web, 'tiny-ABCDEFGH.css'), 'a{color:red}');
  t = await startTestApp({ WEB_DIST_DIR: web });
});
afterAll(async () => {
  await t.close();
  rmSync(web, { recursive: true, force: true });
});

/** A raw GET (no client that decompresses for us). */
function get(path: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(
        `${t.url}${path}`,
        { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        },
      );
      req.on('error', reject);
      req.end();
    },
  );
}

it('sends the brotli copy to a browser that takes it, else gzip, else the file itself', async () => {
  const br = await get('/main-ABCDEFGH.js', 'gzip, deflate, br');
  expect(br.status).toBe(200);
  expect(br.headers['content-encoding']).toBe('br');
  expect(br.headers['content-type']).toMatch(/javascript/);
  expect(br.headers['vary']).toMatch(/accept-encoding/i);
  expect(brotliDecompressSync(br.body).toString()).toBe(BUNDLE);
  expect(br.body.length).toBeLessThan(Buffer.byteLength(BUNDLE) / 10);

  const gz = await get('/main-ABCDEFGH.js', 'gzip');
  expect(gz.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(gz.body).toString()).toBe(BUNDLE);

  const plain = await get('/main-ABCDEFGH.js');
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.toString()).toBe(BUNDLE);

  const tiny = await get('/tiny-ABCDEFGH.css', 'br');
  expect(tiny.headers['content-encoding']).toBeUndefined();
  expect(tiny.body.toString()).toBe('a{color:red}');
});

it('caches hashed bundles for a year, compressed or not, and re-checks the page', async () => {
  for (const encoding of ['br', 'gzip', undefined]) {
    const res = await get('/main-ABCDEFGH.js', encoding);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  }
  const page = await get('/', 'br');
  expect(page.status).toBe(200);
  expect(page.headers['cache-control']).toBe('no-cache');
});

it('answers a deep link with the client and a missing asset with 404', async () => {
  const deep = await get('/talent-pool?industry=C');
  expect(deep.status).toBe(200);
  expect(deep.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(deep.body.toString()).toContain('<cqo-root></cqo-root>');
  expect((await get('/chunk-MISSING1.js', 'br')).status).toBe(404);
});

it('sends each page with the chunks its route needs, matched as the client router matches', async () => {
  const preloads = async (path: string) =>
    [...(await get(path)).body.toString().matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map(
      (m) => m[1],
    );
  expect(await preloads('/')).toEqual(['chunk-HOME0001.js']);
  expect(await preloads('/talent-pool?industry=C')).toEqual(['chunk-TALENT01.js', 'chunk-SHARED01.js']);
  // The first route that matches wins, as in the client: "new" before ":id".
  expect(await preloads('/cases/new')).toEqual(['chunk-EDITOR01.js']);
  expect(await preloads('/cases/9b2c')).toEqual(['chunk-CASE0001.js']);
  expect(await preloads('/no/such/page')).toEqual(['chunk-MISSING0.js']);
  // Last in the page, after its own scripts: those are fetched first.
  const page = (await get('/talent-pool')).body.toString();
  expect(page.indexOf('modulepreload')).toBeGreaterThan(page.indexOf('<cqo-root>'));
  expect(page.indexOf('modulepreload')).toBeLessThan(page.indexOf('</body>'));
});
