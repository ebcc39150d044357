import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchKompas } from '../../tools/launcher/kompas-server';

/** Where the global setup tells the tests the server is. */
export const BASE_URL_ENV = 'KOMPAS_E2E_BASE_URL';

export type RunningServer = { baseURL: string; databasePath: string; stop: () => Promise<void> };

/**
 * Starts the built API (which also serves the built web app) on a free port,
 * with a fresh SQLite file in a new temporary folder and the demo plan loaded.
 */
export async function startServer(workspaceRoot: string): Promise<RunningServer> {
  const webRoot = join(workspaceRoot, 'dist/web');
  if (!existsSync(join(workspaceRoot, 'dist/api/api/src/start.js')) || !existsSync(join(webRoot, 'index.html'))) {
    throw new Error('Kompas is not built: run `npm run build` (or `nx run e2e:e2e`, which builds first).');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kompas-e2e-'));
  const databasePath = join(dataDir, 'kompas.sqlite');
  try {
    const server = await launchKompas({ databasePath, webRoot, demo: true, startTimeoutMs: 30_000, pollMs: 200, keepOutput: 20_000 });
    const stop = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
    return { baseURL: server.base, databasePath, stop };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
