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
