import { dirname, resolve } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { signInDemoUsers } from './auth';
import { BASE_URL_ENV, startServer } from './server';

/** Starts Kompas once for the whole run and signs the demo logins in; the returned function is the teardown. */
export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  const workspaceRoot = resolve(dirname(config.configFile ?? resolve('e2e/playwright.config.mts')), '..');
  const server = await startServer(workspaceRoot);
  try {
    await signInDemoUsers(server.baseURL);
  } catch (error) {
    await server.stop();
    throw error;
  }
  // Workers start after the global setup and inherit this.
  process.env[BASE_URL_ENV] = server.baseURL;
  return server.stop;
}
