import { PGlite } from '@electric-sql/pglite';
import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGLITE_EXTENSIONS, PGLITE_START_PARAMS } from './pglite-options';

/** An empty database made at build time (tools/scripts/pglite-template.mjs), when the build made one. */
const TEMPLATE = join(__dirname, 'pglite-template.tar.gz');

/**
 * Creates a new embedded database's files in a short-lived child process. PGlite runs initdb
 * inside the process that opens the database, with a second PostgreSQL instance beside it:
 * about 800 MB at the peak, and WebAssembly memory is never handed back. In a child, all of that
 * ends with it, and the server opens the finished folder as on any later start. The child
 * unpacks the build's template when there is one (under a second) instead of running initdb.
 */
export async function initialiseDataDir(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  const script = join(__dirname, 'pglite-initdb.js');
  // Run from TypeScript sources (no compiled script beside this one): in this process.
  if (!existsSync(script)) return createAndClose(dataDir);
  await new Promise<void>((resolve, reject) => {
    const child = fork(script, [dataDir], { stdio: 'inherit', execArgv: [] });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`creating the embedded database in ${dataDir} failed (${code})`)),
    );
  });
}

async function createAndClose(dataDir: string): Promise<void> {
  const template = existsSync(TEMPLATE) ? new Blob([readFileSync(TEMPLATE)]) : undefined;
  const db = await PGlite.create({
    dataDir,
    loadDataDir: template,
    extensions: PGLITE_EXTENSIONS,
    startParams: PGLITE_START_PARAMS,
  });
  await db.close();
}

// As the child process: node pglite-initdb.js <dataDir>
if (require.main === module) {
  createAndClose(process.argv[2]).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
