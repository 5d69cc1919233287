// Helpers shared by the benchmarks: start the built server on an in-memory database, wait for health;
// load tests that fail the run on any answer but a success; the machine's load at start and end.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';

/** The 1, 5 and 15 minute load averages: figures mean little without them. */
export const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const loadAtStart = loadAverage();
const failures = [];

/** Marks the run failed (exit code 1), with what failed printed at its end. */
export function failed(what) {
  failures.push(what);
  process.exitCode = 1;
}

// Every benchmark ends with the load it ran under and, if anything failed, what.
process.on('exit', () => {
  console.log(`\nload average (1, 5, 15 min) at start ${loadAtStart}, at end ${loadAverage()}`);
  if (failures.length) console.log(`FAILED — these figures do not count:\n  ${failures.join('\n  ')}`);
});

export const API_MAIN = 'dist/apps/api/apps/api/src/main.js';

/**
 * `main`: another build of the server (a baseline to compare with, side by side).
 * `viaStartScript`: run what `npm start` runs (tools/scripts/start.mjs: checks the build, then the
 * server), to time what a newcomer waits for; npm's own CLI start-up comes on top (see docs).
 */
export async function startServer(
  port,
  env = {},
  { viaStartScript = false, stdout = 'ignore', main = API_MAIN } = {},
) {
  const started = process.hrtime.bigint();
  const [cmd, args] = [process.execPath, [viaStartScript ? 'tools/scripts/start.mjs' : main]];
  const child = spawn(cmd, args, {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: 'memory://',
      LOG_LEVEL: 'warn',
      DEMO_CONTENT: 'false',
      ADMIN_EMAIL: 'admin@bench.local',
      ADMIN_PASSWORD: 'Bench-Admin-Password-1',
      ...env,
    },
    stdio: ['ignore', stdout, 'inherit'],
  });
  // A server that stops during start-up (a bad variable, a port in use) fails the run at once.
  const exited = new Promise((_, reject) =>
    child.once('exit', (code) => reject(new Error(`server on ${port} exited during start-up (${code})`))),
  );
  exited.catch(() => undefined);
  await Promise.race([waitForHealth(port), exited]);
  const readyMs = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    child,
    readyMs,
    stop: () =>
      new Promise((r) => {
        child.once('exit', r);
        child.kill('SIGTERM');
      }),
  };
}

export async function waitForHealth(port, timeoutMs = 60000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`server on ${port} did not become healthy`);
}

export const machine = async () => {
  const os = await import('node:os');
  return `${os.cpus().length} × ${os.cpus()[0]?.model?.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
};

/**
 * autocannon, plus the exact 95th percentile of the response times (autocannon's summary has
 * p90 and p97.5, the targets are written as p95). `until`: a promise that ends the load when it
 * settles (before `duration`), for measuring exactly while something else runs.
 */
export async function loadTest(autocannon, options, { until } = {}) {
  const times = [];
  /** When each response ended (ms since the epoch) and how long it took. */
  const samples = [];
  const instance = autocannon(options);
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    times.push(responseTime);
    samples.push({ at: Date.now(), ms: responseTime });
  });
  until?.finally(() => instance.stop());
  const result = await instance;
  result.samples = samples;
  times.sort((a, b) => a - b);
  // A refusal or an error is not a fast answer: any at all fails the run.
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad)
    failed(
      `${options.title ?? options.url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  result.latency.p95 = times.length
    ? Math.round(times[Math.min(times.length - 1, Math.floor(0.95 * times.length))])
    : NaN;
  // Every response time, sorted: rounds of one measurement can be pooled.
  result.times = times;
  return result;
}
