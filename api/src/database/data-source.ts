import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { applyWriterSettings } from './writer-settings';

/** The SQLite settings Kompas always runs with: WAL, foreign keys, schema from migrations only. */
export function dataSourceOptions(databasePath: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  if (databasePath !== ':memory:') mkdirSync(dirname(databasePath), { recursive: true });
  return {
    type: 'better-sqlite3',
    database: databasePath,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'all',
    synchronize: false,
    enableWAL: true,
    prepareDatabase: applyWriterSettings,
    ...extra,
  } as DataSourceOptions;
}
