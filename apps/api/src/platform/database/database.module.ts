import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGliteDriver } from 'typeorm-pglite';
import type { DataSourceOptions } from 'typeorm';
import { AppConfig, IN_MEMORY } from '../config/app-config';
import { lockDataDirectory } from './data-dir-lock';
import { MIGRATIONS } from './migrations';
import { initialiseDataDir } from './pglite-initdb';
import { PGLITE_EXTENSIONS, PGLITE_START_PARAMS, pgliteSnapshot } from './pglite-options';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Options every data source of the project shares (app, CLI, test templates). */
export const SHARED_DATABASE_OPTIONS = {
  type: 'postgres' as const,
  // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
  uuidExtension: 'pgcrypto' as const,
  installExtensions: false,
  namingStrategy: new SnakeNamingStrategy(),
  migrations: MIGRATIONS,
};

export async function databaseOptions(config: AppConfig): Promise<DataSourceOptions> {
  const common = {
    ...SHARED_DATABASE_OPTIONS,
    synchronize: false,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    logging: ['error', 'warn'] as ('error' | 'warn')[],
  };
  if (config.DATABASE_URL) {
    return { ...common, url: config.DATABASE_URL, extra: { max: config.DATABASE_POOL_SIZE } };
  }
  const snapshot = pgliteSnapshot();
  const dataDir = snapshot || config.DATA_DIR === IN_MEMORY ? undefined : resolve(config.DATA_DIR, 'pgdata');
  if (dataDir) {
    lockDataDirectory(config.DATA_DIR);
    mkdirSync(dataDir, { recursive: true });
    await initialiseDataDir(dataDir);
  }
  // PGlite is real PostgreSQL in WASM, one connection; typeorm-pglite plugs it into the pg driver.
  const driver = new PGliteDriver({
    dataDir,
    loadDataDir: snapshot,
    extensions: PGLITE_EXTENSIONS,
    startParams: PGLITE_START_PARAMS,
  }).driver;
  return { ...common, driver, extra: { max: 1 } };
}

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => ({
        ...(await databaseOptions(config)),
        autoLoadEntities: true,
      }),
    }),
  ],
})
export class DatabaseModule {}
