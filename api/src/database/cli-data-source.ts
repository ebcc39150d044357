import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';

/** For the TypeORM CLI: `npx typeorm migration:generate -d dist/api/api/src/database/cli-data-source.js api/src/database/migrations/Name`. */
export default new DataSource(dataSourceOptions('data/kompas.sqlite', { migrationsRun: false }));
