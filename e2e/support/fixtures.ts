import { test as base } from '@playwright/test';
import { KompasApi, Plan } from './kompas-api';
import { MapPage } from './map-page';
import { BASE_URL_ENV } from './server';

type Fixtures = { api: KompasApi; mapPage: MapPage; plan: Plan };

/** Playwright's test, pointed at the server the global setup started, with the page object and API helpers. */
export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
  baseURL: async ({}, use) => {
    const url = process.env[BASE_URL_ENV];
    if (!url) throw new Error(`${BASE_URL_ENV} is not set: run the tests with -c e2e/playwright.config.mts.`);
    await use(url);
  },
  api: async ({ request }, use) => use(new KompasApi(request)),
  mapPage: async ({ page }, use) => use(new MapPage(page)),
  plan: async ({ api }, use) => use(await api.hedensted()),
});

export { expect } from '@playwright/test';
