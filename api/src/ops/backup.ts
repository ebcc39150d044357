// `npm run backup -- <file>`: a consistent copy of the live database, with its seal, while Kompas goes on serving.
import '../register-paths';

/* eslint-disable @typescript-eslint/no-require-imports */
const { backup, CopyError } = require('./database-copy') as typeof import('./database-copy');
const { ConfigError, configFromEnvironment } = require('../config/app-config') as typeof import('../config/app-config');
const { keyPathOf } = require('../modules/audit/trail') as typeof import('../modules/audit/trail');
/* eslint-enable @typescript-eslint/no-require-imports */

async function run(): Promise<number> {
  const target = process.argv[2];
  if (!target) {
    console.error('Usage: npm run backup -- <file>');
    return 2;
  }
  try {
    const config = configFromEnvironment();
    const done = await backup(config, target);
    console.log(`Backup of ${config.databasePath} written to ${done.file} (${done.entries} trail entries, head ${done.hash}).`);
    console.log(`Its seal: ${done.seal}.`);
    console.log(
      `The trail's key is NOT in the backup. Keep it separately (${config.auditKey ? 'AUDIT_KEY' : `the key file ${keyPathOf(config.databasePath)}`}): without it the backup's trail can be neither checked nor restored.`,
    );
    return 0;
  } catch (e) {
    if (e instanceof CopyError || e instanceof ConfigError) {
      console.error(`Backup failed: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

run().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error('Backup failed:', e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
