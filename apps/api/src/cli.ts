import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { loadDotEnv } from './bootstrap';
import { validateConfig } from './platform/config/app-config';
import { SeedService } from './seed.service';
import { DemoContentService } from './features/demo';
import { SearchIndexer } from './platform/search/search-indexer';

/** Pending schema changes: the SQL that would bring the database in line with the entities. */
export async function pendingSchemaChanges(
  dataSource: DataSource,
): Promise<{ up: string[]; down: string[] }> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((q) => q.query),
    down: log.downQueries.map((q) => q.query),
  };
}

/**
 * `node main.js <command>`: migrate | seed | reset | check | demo [--remove] | search-reindex |
 * generate-migration <Name>.
 * Each opens the real application context (same config, entities and migrations).
 */
export async function runCli(command: string, args: string[]): Promise<number> {
  loadDotEnv();
  validateConfig(process.env);
  const known = ['migrate', 'seed', 'reset', 'check', 'demo', 'search-reindex', 'generate-migration'];
  if (!known.includes(command)) {
    process.stderr.write(`Unknown command "${command}". Use one of: ${known.join(', ')}\n`);
    return 2;
  }
  // Creating the context runs pending migrations (migrationsRun), which is all `migrate` needs.
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  const dataSource = app.get<DataSource>(getDataSourceToken());
  try {
    switch (command) {
      case 'migrate':
        process.stdout.write('Migrations are up to date.\n');
        return 0;
      case 'seed':
        await app.get(SeedService).run();
        process.stdout.write('Seed done.\n');
        return 0;
      case 'reset':
        // The whole schema, not only the tables dropDatabase() knows: migrations also create SQL
        // functions (search_bigrams) and extensions, which would make the first migration fail.
        await dataSource.query('DROP SCHEMA public CASCADE');
        await dataSource.query('CREATE SCHEMA public');
        await dataSource.runMigrations({ transaction: 'each' });
        await app.get(SeedService).run();
        process.stdout.write('Database reset: dropped, migrated and seeded.\n');
        return 0;
      case 'demo': {
        const demo = app.get(DemoContentService);
        if (args.includes('--remove')) {
          const removed = await demo.remove();
          process.stdout.write(
            `Demo content removed: ${removed.members} members (with their filings and profiles), ` +
              `${removed.announcements} announcements, ${removed.opportunities} opportunities, ` +
              `${removed.cases} cases.\n`,
          );
          return 0;
        }
        const written = await demo.write();
        process.stdout.write(written ? 'Demo content written.\n' : 'Demo content is already there.\n');
        return 0;
      }
      case 'search-reindex': {
        const started = Date.now();
        const counts = await app.get(SearchIndexer).reindex();
        process.stdout.write(
          `Search index rebuilt in ${Date.now() - started} ms: ${
            Object.entries(counts)
              .map(([kind, n]) => `${n} ${kind}`)
              .join(', ') || 'nothing to index'
          }.\n`,
        );
        return 0;
      }
      case 'check': {
        const { up } = await pendingSchemaChanges(dataSource);
        if (up.length) {
          process.stderr.write(
            `Entities and migrations disagree; a new migration needs:\n${up.join(';\n')};\n`,
          );
          return 1;
        }
        process.stdout.write('Entities and migrations agree.\n');
        return 0;
      }
      case 'generate-migration': {
        const name = args[0];
        if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
          process.stderr.write('Give a PascalCase name: generate-migration AddFilings\n');
          return 2;
        }
        const { up, down } = await pendingSchemaChanges(dataSource);
        if (!up.length) {
          process.stdout.write('No changes: nothing to generate.\n');
          return 0;
        }
        const ts = Date.now();
        const file = join('apps/api/src/platform/database/migrations', `${ts}-${name}.ts`);
        const q = (sql: string) => `    await queryRunner.query(${JSON.stringify(sql)});`;
        writeFileSync(
          file,
          `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${ts} implements MigrationInterface {\n  name = '${name}${ts}';\n\n` +
            `  async up(queryRunner: QueryRunner): Promise<void> {\n${up.map(q).join('\n')}\n  }\n\n` +
            `  async down(queryRunner: QueryRunner): Promise<void> {\n${[...down].reverse().map(q).join('\n')}\n  }\n}\n`,
        );
        process.stdout.write(`Wrote ${file}; add it to migrations/index.ts.\n`);
        return 0;
      }
    }
    return 2;
  } finally {
    await app.close();
  }
}
