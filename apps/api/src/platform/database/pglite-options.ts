import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
/**
 * Test hook: a migrated PGlite snapshot to start from instead of an empty data dir.
 * Test harnesses set it before creating the app; production code never does.
 */
let snapshot: Blob | undefined;
export function usePgliteSnapshot(blob: Blob | undefined): void {
  snapshot = blob;
}
export function pgliteSnapshot(): Blob | undefined {
  return snapshot;
}

/** PostgreSQL extensions the schema uses, loaded into the embedded PGlite (the server has them built in). */
export const PGLITE_EXTENSIONS = { pg_trgm };

/**
 * PGlite's own start parameters, with 32 MB of shared buffers instead of PostgreSQL's 128 MB:
 * PGlite touches all of them at start (90 MB more resident for nothing), and the embedded
 * default holds one alliance's data; pages beyond them are read back from the file cache.
 */
export const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];
