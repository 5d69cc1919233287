#!/usr/bin/env node
// Issue 16 target, the embedded default (PGlite in the data folder, demo content on, as `npm start`):
// ready ≤ 5 s and ≤ 300 MB resident after start, first start on an empty folder included.
// Prints, for a first start and two later ones: time to ready (through tools/scripts/start.mjs),
// resident memory at ready and five seconds later, and the process's peak.
// Usage: node tools/bench/embedded-start.mjs   (`npm run build` first)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machine, startServer } from './lib.mjs';

const PORT = 3932;
/** VmRSS and VmHWM (the peak) of a process, in MB. */
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (key) => Math.round(Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))[1]) / 1024);
  return { rss: mb('VmRSS'), peak: mb('VmHWM') };
}

const dir = mkdtempSync(join(tmpdir(), 'cqo-embedded-'));
const rows = [];
try {
  for (const run of ['first start (empty folder)', 'second start', 'third start']) {
    const server = await startServer(PORT, { DATA_DIR: dir, DEMO_CONTENT: 'true' }, { viaStartScript: true });
    const atReady = memory(server.child.pid);
    await new Promise((r) => setTimeout(r, 5000));
    const later = memory(server.child.pid);
    rows.push({
      run,
      'ready (ms)': Math.round(server.readyMs),
      'resident at ready (MB)': atReady.rss,
      'resident 5 s later (MB)': later.rss,
      'peak (MB)': later.peak,
    });
    await server.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\n${await machine()}; ${new Date().toISOString()}`);
console.table(rows);
const missed = rows.filter((r) => r['ready (ms)'] > 5000 || r['resident 5 s later (MB)'] > 300);
console.log(missed.length ? `target missed: ${missed.map((r) => r.run).join(', ')}` : 'target met');
