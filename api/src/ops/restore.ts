// `npm run restore -- <file>`: puts a backup made by `npm run backup` in place of the database, once it is checked.
import '../register-paths';

/* eslint-disable @typescript-eslint/no-require-imports */
const { restore, CopyError } = require('./database-copy') as typeof import('./database-copy');
const { ConfigError, configFromEnvironment } = require('../config/app-config') as typeof import('../config/app-config');
/* eslint-enable @typescript-eslint/no-require-imports */

async function run(): Promise<number> {
  const source = process.argv[2];
  if (!source) {
    console.error('Usage: npm run restore -- <file>');
    return 2;
  }
  try {
    const config = configFromEnvironment();
    const done = await restore(config, source);
    for (const aside of done.movedAside) console.log(`Moved aside: ${aside}`);
    console.log(
      `Restored ${config.databasePath} from ${source} (${done.entries} trail entries, head ${done.hash}, checked against its seal). ` +
        'The next start of Kompas writes a restore entry to the trail.',
    );
    return 0;
  } catch (e) {
    if (e instanceof CopyError || e instanceof ConfigError) {
      console.error(`Restore refused: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

run().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error('Restore failed:', e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
