#!/usr/bin/env node
// After the web build: a brotli (.br) and a gzip (.gz) copy of every text asset, made once here
// at the highest levels, so that the server sends them as they are (@fastify/static preCompressed)
// instead of compressing on every request or not at all.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist/apps/web/browser';
const TEXT = /\.(js|mjs|css|html|svg|json|txt|webmanifest|map)$/i;
/** Below this, the headers weigh more than the saving. */
const MIN_BYTES = 1024;

let files = 0;
let before = 0;
let after = 0;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (TEXT.test(name) && statSync(path).size >= MIN_BYTES) compress(path);
  }
}
function compress(path) {
  const raw = readFileSync(path);
  const br = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
  files += 1;
  before += raw.length;
  after += br.length;
}
walk(root);
console.log(
  `compressed ${files} files in ${root}: ${Math.round(before / 1024)} kB → ${Math.round(after / 1024)} kB (brotli)`,
);
