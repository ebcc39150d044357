// In dist/, `@kompas/domain` is compiled JavaScript beside the API: teach Node's resolver where.
// Import this before anything that imports '@kompas/domain'.
import { join } from 'node:path';
import { register } from 'tsconfig-paths';

register({ baseUrl: join(__dirname, '..', '..'), paths: { '@kompas/domain': ['libs/domain/src/index.js'] } });
