import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { pendingSchemaChanges } from '../../cli';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { MIGRATIONS } from './migrations';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('migrations', () => {
  it('entities and migrations agree: generating a migration now would produce nothing', async () => {
    const { up } = await pendingSchemaChanges(t.app.get<DataSource>(getDataSourceToken()));
    expect(up).toEqual([]);
  });

  it('every migration can be reverted and re-applied', async () => {
    const ds = t.app.get<DataSource>(getDataSourceToken());
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    const tables = await ds.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'typeorm_metadata')`,
    );
    expect(tables[0].n).toBe(0);
    await ds.runMigrations({ transaction: 'each' });
    expect((await pendingSchemaChanges(ds)).up).toEqual([]);
  });

  it('migration files follow <timestamp>-<VerbNoun> and are listed in order', () => {
    const names = MIGRATIONS.map((m) => m.name);
    const stamps = names.map((n) => Number(/(\d{13})$/.exec(n)?.[1]));
    expect(stamps.every((s) => s > 0)).toBe(true);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
  });
});
