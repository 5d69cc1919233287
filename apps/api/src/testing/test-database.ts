import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import { SHARED_DATABASE_OPTIONS } from '../platform/database/database.module';
import { PGLITE_EXTENSIONS, PGLITE_START_PARAMS } from '../platform/database/pglite-options';

/**
 * Fresh database per test file, cheaply: migrations run once per test run into a template
 * (a PGlite snapshot, or a template database on a server); each file starts from a copy.
 */
const WORK_DIR = resolve(__dirname, '../../../../tmp/test');
const SNAPSHOT = join(WORK_DIR, 'pglite-migrated.tar.gz');
const TEMPLATE_FILE = join(WORK_DIR, 'pg-template.json');

export const serverUrl = () => process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'];

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = '/' + database;
  return u.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(serverUrl() as string, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Run once per test run (jest globalSetup). */
export async function prepareTemplate(): Promise<void> {
  mkdirSync(WORK_DIR, { recursive: true });
  const url = serverUrl();
  if (url) {
    const template = `cqo_test_tpl_${randomBytes(4).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${template}`);
    const ds = new DataSource({ ...SHARED_DATABASE_OPTIONS, url: withDatabase(url, template) });
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await ds.destroy();
    writeFileSync(TEMPLATE_FILE, JSON.stringify({ template }));
    return;
  }
  const driver = new PGliteDriver({ extensions: PGLITE_EXTENSIONS, startParams: PGLITE_START_PARAMS }).driver;
  const ds = new DataSource({ ...SHARED_DATABASE_OPTIONS, driver, extra: { max: 1 } });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  const { getPGliteInstance } = await import('typeorm-pglite');
  const pg: PGlite = await getPGliteInstance();
  const dump = await pg.dumpDataDir('gzip');
  writeFileSync(SNAPSHOT, Buffer.from(await dump.arrayBuffer()));
  await ds.destroy();
}

/** Run once per test run (jest globalTeardown). */
export async function dropTemplate(): Promise<void> {
  if (!serverUrl() || !existsSync(TEMPLATE_FILE)) return;
  const { template } = JSON.parse(readFileSync(TEMPLATE_FILE, 'utf8')) as { template: string };
  await adminQuery(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
}

export interface TestDatabase {
  /** Set as DATABASE_URL for a server; undefined for PGlite. */
  url?: string;
  snapshot?: Blob;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = serverUrl();
  if (url) {
    const { template } = JSON.parse(readFileSync(TEMPLATE_FILE, 'utf8')) as { template: string };
    const name = `cqo_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    // TypeORM's metadata names the database a generated column was created in: the template's.
    const client = new Client({ connectionString: withDatabase(url, name) });
    await client.connect();
    try {
      await client.query('UPDATE typeorm_metadata SET "database" = current_database()');
    } finally {
      await client.end();
    }
    return {
      url: withDatabase(url, name),
      drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const snapshot = new Blob([readFileSync(SNAPSHOT)], { type: 'application/x-gzip' });
  return { snapshot, drop: async () => undefined };
}
