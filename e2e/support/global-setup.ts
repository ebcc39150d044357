import { dirname, resolve } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { BASE_URL_ENV, startServer } from './server';

/** Starts Kompas once for the whole run; the returned function is the teardown. */
export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  const workspaceRoot = resolve(dirname(config.configFile ?? resolve('e2e/playwright.config.mts')), '..');
  const server = await startServer(workspaceRoot);
  // Workers start after the global setup and inherit this.
  process.env[BASE_URL_ENV] = server.baseURL;
  return server.stop;
}
