import { expect, test } from '@playwright/test';
import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RunningServer, startServer } from './support/server';

const RESULTS = join(__dirname, 'results');

/**
 * A director opens the history after someone with the database file has changed it behind Kompas's back:
 * every rewritten entry and every row changed outside Kompas is listed, not only the first break.
 * A server of its own, so that the tampering reaches no other test.
 */
test.describe('the director checks a trail that was tampered with', () => {
  let server: RunningServer;

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    server = await startServer(resolve(__dirname, '..'));
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('sees every broken entry and the row changed outside Kompas on the history page', async ({ page }) => {
    await page.goto(`${server.baseURL}/sign-in`);
    await page.getByTestId('signin-username').fill('direktor');
    await page.getByTestId('signin-password').fill('kompas-demo');
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('nav-audit')).toBeVisible();

    const { firstSeq, lastSeq, title } = tamper(server.databasePath);

    await page.getByTestId('nav-audit').click();
    await expect(page.getByTestId('audit-chain')).toContainText(`Kæden er brudt ved post nr. ${firstSeq}`);
    const breaks = page.getByTestId('audit-breaks');
    await expect(breaks).toContainText(`Nr. ${firstSeq}: indholdet passer ikke`);
    await expect(breaks).toContainText(`Nr. ${lastSeq}: indholdet passer ikke`);
    const drift = page.getByTestId('audit-drift');
    await expect(drift).toContainText('Fokusområdet');
    await expect(drift).toContainText('feltet titel');
    await expect(drift).toContainText(`historikken siger “${title}”, databasen har nu “Omskrevet uden om Kompas”`);
    // The seal made before the tampering still names the trail's head: cutting entries off the end would show there.
    await expect(page.getByTestId('audit-seal')).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 720 });
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'trail-check.png') });
  });
});

/** What someone with the file but not the key could do: triggers dropped, two entries and one focus area rewritten. */
function tamper(databasePath: string): { firstSeq: number; lastSeq: number; title: string } {
  const db = new BetterSqlite3(databasePath);
  try {
    db.exec(`DROP TRIGGER IF EXISTS "audit_entry_no_update"`);
    const entries = db.prepare(`SELECT "seq" FROM "audit_entry" ORDER BY "seq"`).all() as { seq: number }[];
    expect(entries.length).toBeGreaterThanOrEqual(2);
    const firstSeq = entries[0].seq;
    const lastSeq = entries[entries.length - 1].seq;
    const rewrite = db.prepare(`UPDATE "audit_entry" SET "reason" = 'forfalsket' WHERE "seq" = ?`);
    rewrite.run(firstSeq);
    rewrite.run(lastSeq);
    const focusArea = db.prepare(`SELECT "id", "title" FROM "focus_area" WHERE "deletedAt" IS NULL LIMIT 1`).get() as {
      id: string;
      title: string;
    };
    db.prepare(`UPDATE "focus_area" SET "title" = 'Omskrevet uden om Kompas' WHERE "id" = ?`).run(focusArea.id);
    return { firstSeq, lastSeq, title: focusArea.title };
  } finally {
    db.close();
  }
}
