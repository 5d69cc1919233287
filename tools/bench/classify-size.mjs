#!/usr/bin/env node
// One million classifyEnterpriseSize calls over varied inputs. Target: under 1 s on the 2-core machine.
// Usage: node tools/bench/classify-size.mjs   (compiles libs/rules with esbuild into tmp/ first)
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import os from 'node:os';

mkdirSync('tmp/bench', { recursive: true });
await build({
  entryPoints: ['libs/rules/src/index.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: 'tmp/bench/rules.mjs',
  logLevel: 'warning',
});
const { classifyEnterpriseSize, allIndustries, sizeGroupFor } = await import(
  new URL('../../tmp/bench/rules.mjs', import.meta.url).href
);

const codes = allIndustries()
  .filter((i) => i.level === 'class' && sizeGroupFor(i.code))
  .map((i) => i.code);
const N = 1_000_000;
const inputs = Array.from({ length: 4096 }, (_, i) => ({
  industryCode: codes[(i * 7919) % codes.length],
  employees: (i * 37) % 3000,
  revenue: (i * 1031) % 250000,
  totalAssets: i % 5 === 0 ? null : (i * 613) % 150000,
}));

for (let i = 0; i < 100_000; i++) classifyEnterpriseSize(inputs[i & 4095]); // warm-up
const runs = [];
for (let r = 0; r < 5; r++) {
  const t0 = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < N; i++) sink += classifyEnterpriseSize(inputs[i & 4095]).indicators.length;
  runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  if (sink < 0) console.log(sink);
}
runs.sort((a, b) => a - b);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model?.trim()}, Node ${process.version}`);
console.log(
  `1,000,000 classifyEnterpriseSize calls: median ${Math.round(runs[2])} ms, best ${Math.round(runs[0])} ms (5 runs; target < 1000 ms)`,
);
