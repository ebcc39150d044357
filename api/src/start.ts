// Entry point of the built API: makes `@kompas/domain` resolvable in dist/, then starts Kompas.
import { join } from 'node:path';
import { register } from 'tsconfig-paths';

register({ baseUrl: join(__dirname, '..', '..'), paths: { '@kompas/domain': ['libs/domain/src/index.js'] } });

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { main } = require('./main') as typeof import('./main');
main().catch((e: unknown) => {
  console.error('Kompas stopped:', e instanceof Error ? e.message : e);
  process.exit(1);
});
