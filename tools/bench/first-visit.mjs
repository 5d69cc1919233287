#!/usr/bin/env node
// Issue 16 target: a phone's first visit. Chromium at 375 px over "Slow 4G" (150 ms latency,
// 1.6 Mbit/s down, 750 kbit/s up) with 4× CPU throttling and a cold cache opens the home page, the
// talent pool and the size calculator; prints LCP, CLS, bytes on the wire and requests for each.
// Goal: LCP ≤ 2.5 s and CLS ≤ 0.1 on all three.
// Usage: node tools/bench/first-visit.mjs [runs per page]   (`npm run build` first; /usr/bin/chromium)
import { chromium } from '@playwright/test';
import { failed, machine, startServer } from './lib.mjs';

const RUNS = Number(process.argv[2] ?? 3);
const PORT = 3921;
const PAGES = [
  ['home', '/'],
  ['talent pool', '/talent-pool'],
  ['size calculator', '/size-calculator'],
];
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

/** One cold visit: a fresh context (no cache, no cookies), throttled, until the page is quiet. */
async function visit(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  let requests = 0;
  const failures = [];
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    requests += 1;
  });
  cdp.on('Network.responseReceived', (e) => {
    // A visitor's refresh answered 401 is a request they waited for; any other failure fails the run.
    if (e.response.status >= 400) failures.push(`${e.response.status} ${e.response.url}`);
  });
  // LCP and CLS as the page reports them, observed from the first byte.
  await page.addInitScript(() => {
    const w = window;
    w.__lcp = 0;
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
  // LCP is final once the user acts; a click on nothing ends it without changing the page.
  await page.waitForTimeout(500);
  const [lcp, cls] = await page.evaluate(() => [window.__lcp, window.__cls]);
  await context.close();
  return { lcp, cls, bytes, requests, failures };
}

const p = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

const server = await startServer(PORT, { DEMO_CONTENT: 'true' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
const rows = [];
try {
  // One warm-up visit so that the server's own first-request work is not charged to the phone.
  await visit(browser, `http://127.0.0.1:${PORT}/`);
  for (const [name, path] of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await visit(browser, `http://127.0.0.1:${PORT}${path}`));
    const unexpected = runs.flatMap((r) => r.failures).filter((f) => !f.includes('/api/auth/refresh'));
    if (unexpected.length) failed(`${name}: failed responses ${[...new Set(unexpected)].join(', ')}`);
    const lcps = runs.map((r) => r.lcp);
    rows.push({
      page: name,
      'LCP median (ms)': Math.round(p(lcps, 0.5)),
      'LCP worst (ms)': Math.round(Math.max(...lcps)),
      'CLS worst': Math.max(...runs.map((r) => r.cls)).toFixed(3),
      'kB on the wire': Math.round(
        p(
          runs.map((r) => r.bytes),
          0.5,
        ) / 1024,
      ),
      requests: p(
        runs.map((r) => r.requests),
        0.5,
      ),
      'refresh 401s': runs[0].failures.filter((f) => f.includes('/api/auth/refresh')).length,
    });
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`\n${await machine()}; ${new Date().toISOString()}; ${RUNS} cold visits per page`);
console.log(`Slow 4G (150 ms, 1.6 Mbit/s down, 750 kbit/s up), 4× CPU throttling, 375 × 812 px`);
console.table(rows);
const missed = rows.filter((r) => r['LCP worst (ms)'] > 2500 || Number(r['CLS worst']) > 0.1);
console.log(
  missed.length ? `target missed on: ${missed.map((r) => r.page).join(', ')}` : 'target met on all pages',
);
