#!/usr/bin/env node
// After the API build: an empty embedded database (PGlite after initdb, no schema), dumped beside
// the compiled script that creates a new data folder. A first start then unpacks it (under a
// second) instead of running initdb (several seconds, and most of the first start's memory).
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { writeFileSync } from 'node:fs';

const out = process.argv[2] ?? 'dist/apps/api/apps/api/src/platform/database/pglite-template.tar.gz';
const db = await PGlite.create({ extensions: { pg_trgm } });
const dump = await db.dumpDataDir('gzip');
await db.close();
writeFileSync(out, Buffer.from(await dump.arrayBuffer()));
console.log(`embedded database template: ${out} (${Math.round(dump.size / 1024)} kB)`);
