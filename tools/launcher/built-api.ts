// The API's modules as built into dist/api (what `npm start` runs), for the scripts that use them in their
// own process: they measure the build, not a second copy of it. Importing this module also teaches Node's
// resolver where the built '@kompas/domain' is, so import it before anything that needs the domain.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from './kompas-server';

export const API_BUILD = join(WORKSPACE_ROOT, 'dist', 'api');

/** A module of the built API by its path in the sources, e.g. `builtApi<typeof import('../../api/src/app')>('api/src/app')`. */
export function builtApi<T>(sourcePath: string): T {
  const file = join(API_BUILD, `${sourcePath}.js`);
  if (!existsSync(file)) throw new Error(`${file} does not exist: run \`npm run build\` first.`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as T;
}

builtApi('api/src/register-paths');
