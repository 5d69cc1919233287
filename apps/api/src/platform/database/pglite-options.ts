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
