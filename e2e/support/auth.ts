import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { request } from '@playwright/test';

/** The demo logins, one per role (all with the demo password). */
export const DEMO_USERS = ['admin', 'direktor', 'udvalg', 'leder', 'laeser'] as const;
export type DemoUser = (typeof DEMO_USERS)[number];
export const DEMO_PASSWORD = 'kompas-demo';

/** What each demo login is called and how the header says their role. */
export const DEMO_PEOPLE: Record<DemoUser, { name: string; role: string }> = {
  admin: { name: 'Anne Admin', role: 'Administrator' },
  direktor: { name: 'Hanne Direktør', role: 'Direktion' },
  udvalg: { name: 'Mette Udvalg', role: 'Udvalgsmedlem' },
  leder: { name: 'Jonas Leder', role: 'Leder' },
  laeser: { name: 'Lars Læser', role: 'Læser' },
};

const AUTH_DIR = join(__dirname, '..', 'results', 'auth');

/** A signed-in browser state (the session cookie) per demo login, written once per run. */
export const authStateFile = (user: DemoUser) => join(AUTH_DIR, `${user}.json`);

/** Signs every demo login in once, through the API, and keeps each session for the tests that act as that person. */
export async function signInDemoUsers(baseURL: string): Promise<void> {
  mkdirSync(AUTH_DIR, { recursive: true });
  for (const user of DEMO_USERS) {
    const context = await request.newContext({ baseURL });
    try {
      const response = await context.post('/api/auth/login', { data: { username: user, password: DEMO_PASSWORD } });
      if (!response.ok()) throw new Error(`Signing in as ${user} answered ${response.status()}: ${await response.text()}`);
      await context.storageState({ path: authStateFile(user) });
    } finally {
      await context.dispose();
    }
  }
}
