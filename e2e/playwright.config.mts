import { readFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * The browser tests run against the real built app (`npm run build`), started
 * once per run by the global setup on a free port with a fresh demo database.
 *
 * Debian's Chromium is used by default (chromium.json, shared with the browser
 * benchmark); set KOMPAS_CHROMIUM to another executable, or to an empty string
 * for Playwright's own browser.
 */
const chromium = JSON.parse(readFileSync(new URL('./chromium.json', import.meta.url), 'utf8')) as {
  executablePath: string;
  args: string[];
};
const chromiumPath = process.env['KOMPAS_CHROMIUM'] ?? chromium.executablePath;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: './results/test-results',
  globalSetup: './support/global-setup.ts',
  // One worker: the tests share one server and database, and some count its links.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath || undefined,
      args: chromium.args,
    },
  },
});
