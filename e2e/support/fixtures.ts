import { test as base } from '@playwright/test';
import { authStateFile, DemoUser } from './auth';
import { KompasApi, Plan } from './kompas-api';
import { MapPage } from './map-page';
import { BASE_URL_ENV } from './server';

type Options = {
  /** Who the test's browser and API helper are signed in as; null: nobody. */
  as: DemoUser | null;
};
type Fixtures = {
  api: KompasApi;
  /** The API as another demo login, e.g. to make a change someone else made. */
  apiAs: (user: DemoUser) => Promise<KompasApi>;
  mapPage: MapPage;
  plan: Plan;
};

/**
 * Playwright's test, pointed at the server the global setup started, signed in as a demo login
 * (`test.use({ as: 'leder' })`; a committee member by default), with the page object and API helpers.
 */
export const test = base.extend<Fixtures & Options>({
  as: ['udvalg', { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
  baseURL: async ({}, use) => {
    const url = process.env[BASE_URL_ENV];
    if (!url) throw new Error(`${BASE_URL_ENV} is not set: run the tests with -c e2e/playwright.config.mts.`);
    await use(url);
  },
  storageState: async ({ as }, use) => use(as ? authStateFile(as) : { cookies: [], origins: [] }),
  apiAs: async ({ playwright, baseURL }, use) => {
    const contexts: { dispose: () => Promise<void> }[] = [];
    await use(async (user) => {
      const context = await playwright.request.newContext({ baseURL, storageState: authStateFile(user) });
      contexts.push(context);
      return new KompasApi(context);
    });
    for (const context of contexts) await context.dispose();
  },
  // Seeding and checking as the same person as the browser (or as a reader when nobody is signed in).
  api: async ({ apiAs, as }, use) => use(await apiAs(as ?? 'laeser')),
  mapPage: async ({ page }, use) => use(new MapPage(page)),
  plan: async ({ api }, use) => use(await api.hedensted()),
});

export { expect } from '@playwright/test';
