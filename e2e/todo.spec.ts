import { expect, test } from '@playwright/test';
import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seriousViolations } from './support/axe';
import { HEDENSTED_TITLE, LEDER_UNIT, ofKind, PlanGraph } from './support/kompas-api';
import { RunningServer, startServer } from './support/server';

const RESULTS = join(__dirname, 'results');

/**
 * A manager opens "Til opfølgning" and finds an overdue indicator of their unit under their own
 * list, one click from recording it on the map. The indicator must have existed through a whole
 * month that has ended: it is made through the API, then dated back a year in the database file
 * (nobody owes a value for a period that began before an indicator existed). A server of its own,
 * so that the backdated indicator reaches no other test.
 */
test.describe('a manager follows up on overdue data', () => {
  let server: RunningServer;

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    server = await startServer(resolve(__dirname, '..'));
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('sees the overdue indicator under their own list on /todo and clicks through to it on the map', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(`${server.baseURL}/sign-in`);
    await page.getByTestId('signin-username').fill('leder');
    await page.getByTestId('signin-password').fill('kompas-demo');
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('nav-todo')).toBeVisible();

    // A monthly indicator of one of Jonas's unit's actions, due the day its month ends.
    const api = page.request;
    const plans = (await (await api.get(`${server.baseURL}/api/plans`)).json()) as { id: string; title: string }[];
    const plan = plans.find((p) => p.title === HEDENSTED_TITLE);
    if (!plan) throw new Error('The Hedensted demo plan is not loaded.');
    const graph = (await (await api.get(`${server.baseURL}/api/plans/${plan.id}/graph`)).json()) as PlanGraph;
    const action = ofKind(graph, 'action').find((a) => a.unitName === LEDER_UNIT);
    if (!action) throw new Error(`The demo plan has no action of ${LEDER_UNIT}.`);
    const title = 'Udlån i skolebiblioteket';
    const created = await api.post(`${server.baseURL}/api/indicators`, {
      data: {
        actionId: action.id,
        title,
        type: 'quantitative',
        evidenceKind: 'caseSystem',
        cadence: 'monthly',
        unit: 'bøger',
        direction: 'up',
        graceDays: 0,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const indicator = (await created.json()) as { id: string };
    backdate(server.databasePath, indicator.id);

    await page.getByTestId('nav-todo').click();
    await expect(page).toHaveURL(/\/todo$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Til opfølgning');
    const own = page.getByTestId('todo-mine');
    await expect(own.getByRole('heading', { level: 2, name: 'Dit ansvar' })).toBeVisible();
    const row = own.getByTestId('todo-indicator').filter({ hasText: title });
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('todo-state')).toHaveText('! Overskredet');
    await expect(row).toContainText(action.title);
    await expect(row).toContainText(LEDER_UNIT);
    // The whole plan's list has it too, below.
    await expect(page.getByTestId('todo-all').getByTestId('todo-indicator').filter({ hasText: title })).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'todo.png'), fullPage: true });

    await row.getByTestId('todo-record-link').click();
    await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/nodes/${indicator.id}#record$`));
    await expect(page.getByTestId('side-panel').getByRole('heading', { level: 2, name: title })).toBeVisible();
  });
});

/** The indicator has existed for a year: its creation dated back in the database file. */
function backdate(databasePath: string, indicatorId: string): void {
  const db = new BetterSqlite3(databasePath);
  try {
    db.pragma('busy_timeout = 5000');
    const changed = db.prepare(`UPDATE "indicator" SET "createdAt" = datetime('now', '-1 year') WHERE "id" = ?`).run(indicatorId);
    expect(changed.changes).toBe(1);
  } finally {
    db.close();
  }
}
