import { type APIResponse, expect, request, test } from '@playwright/test';
import BetterSqlite3 from 'better-sqlite3';
import { resolve } from 'node:path';
import { DEMO_PASSWORD } from './support/auth';
import { HEDENSTED_TITLE } from './support/kompas-api';
import { RunningServer, startServer } from './support/server';

type Node = {
  id: string;
  kind: string;
  title: string;
  status?: string;
  version: number;
  measuresId?: string;
  freshness?: { state: string };
};

/**
 * A committee member tries out stopping an action in a private scenario, sees its focus area's
 * health change beside now, and throws the scenario away: nothing in the plan or the trail changes.
 * A server of its own: its indicator is made to have existed for months, so it owes data.
 */
test.describe('what if: a committee member tries a stop out and discards it', () => {
  let server: RunningServer;

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    server = await startServer(resolve(__dirname, '..'));
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  /** What a change would move: every row's version, and the trail's length. */
  const planState = () => {
    const db = new BetterSqlite3(server.databasePath, { readonly: true });
    try {
      const trail = (db.prepare(`SELECT count(*) AS n FROM "audit_entry"`).get() as { n: number }).n;
      const versions = db.prepare(`SELECT "id", "version", "status" FROM "action" ORDER BY "id"`).all();
      const focusAreas = db.prepare(`SELECT "id", "version", "rank", "status" FROM "focus_area" ORDER BY "id"`).all();
      const adjustments = (db.prepare(`SELECT count(*) AS n FROM "adjustment"`).get() as { n: number }).n;
      return { trail, versions, focusAreas, adjustments };
    } finally {
      db.close();
    }
  };

  test('stages a stop, sees the focus area’s health change, discards it, and nothing changed', async ({ page }) => {
    await page.goto(`${server.baseURL}/sign-in`);
    await page.getByTestId('signin-username').fill('udvalg');
    await page.getByTestId('signin-password').fill(DEMO_PASSWORD);
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('cascade-map')).toBeVisible();

    const api = page.request;
    const url = (path: string) => `${server.baseURL}${path}`;
    const made = async (res: Promise<APIResponse>) => {
      const r = await res;
      expect(r.status(), await r.text()).toBe(201);
      return (await r.json()) as Node;
    };
    const plans = (await (await api.get(url('/api/plans'))).json()) as { id: string; title: string }[];
    const plan = plans.find((p) => p.title === HEDENSTED_TITLE) as { id: string };
    // A focus area of the member's committee served by one action of the manager's unit, whose monthly
    // indicator met its target two months ago and owes last month's value: at risk, until the action stops.
    const udvalg = (await (await api.get(url('/api/auth/me'))).json()) as { committeeIds: string[] };
    const leder = await request.newContext({ baseURL: server.baseURL });
    expect((await leder.post('/api/auth/login', { data: { username: 'leder', password: DEMO_PASSWORD } })).ok()).toBe(true);
    const unitId = ((await (await leder.get('/api/auth/me')).json()) as { unitIds: string[] }).unitIds[0];
    const focusArea = await made(
      api.post(url('/api/focus-areas'), { data: { committeeId: udvalg.committeeIds[0], title: 'Prøvehandlingens fokusområde' } }),
    );
    const action = await made(leder.post('/api/actions', { data: { planId: plan.id, unitId, title: 'Lektiecafé på prøve' } }));
    await made(leder.post('/api/links', { data: { sourceId: action.id, targetId: focusArea.id } }));
    const today = new Date();
    const monthBack = (n: number) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - n, 1));
    const code = (d: Date) => `${d.getUTCFullYear()}M${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    const measured = monthBack(2);
    const indicator = await made(
      leder.post('/api/indicators', {
        data: {
          actionId: action.id,
          title: 'Fremmødte pr. uge',
          type: 'quantitative',
          evidenceKind: 'caseSystem',
          cadence: 'monthly',
          unit: 'antal',
          direction: 'up',
          baselineValue: 10,
          graceDays: 0,
          targets: [{ period: String(measured.getUTCFullYear()), value: 20 }],
        },
      }),
    );
    await made(leder.post(`/api/indicators/${indicator.id}/observations`, { data: { period: code(measured), value: 25 } }));
    await leder.dispose();
    const db = new BetterSqlite3(server.databasePath);
    try {
      db.prepare(`UPDATE "indicator" SET "createdAt" = ? WHERE "id" = ?`).run(
        `${measured.toISOString().slice(0, 10)} 00:00:00.000`,
        indicator.id,
      );
    } finally {
      db.close();
    }
    const found = { action, focusArea, now: 'atRisk', then: 'onTrack' };
    const { now, then } = found;
    const before = planState();

    // From the map's toolbar (the map read again, with the rows made above) to the what-if view.
    await page.reload();
    await expect(page.getByTestId('cascade-map')).toBeVisible();
    await page.getByTestId('open-what-if').click();
    await expect(page.getByRole('heading', { name: 'Hvad nu hvis?', level: 1 })).toBeVisible();
    await page.getByTestId('what-if-start').click();
    await page.getByTestId('what-if-kind').selectOption('stopAction');
    await page.getByTestId('what-if-node').selectOption({ label: action.title });
    await page.getByTestId('what-if-stage').click();
    await expect(page.getByTestId('what-if-staged')).toContainText(`Stop ‘${action.title}’`);
    // The scenario is in the address: a reload carries on with what is staged.
    await expect(page).toHaveURL(/[?&]scenario=[0-9a-f-]{36}/);
    await page.reload();
    await expect(page.getByTestId('what-if-staged')).toContainText(`Stop ‘${action.title}’`);

    // Now and with the scenario, side by side, in words and shapes.
    const row = page.getByTestId('what-if-health').locator(`tr[data-node-id="${focusArea.id}"]`);
    await expect(row).toBeVisible();
    await expect(row.locator('[data-side="now"] [data-health]')).toHaveAttribute('data-health', now);
    await expect(row.locator('[data-side="scenario"] [data-health]')).toHaveAttribute('data-health', then);

    await page.getByTestId('what-if-discard').click();
    await expect(page.getByTestId('what-if-done')).toHaveText('Scenariet er kasseret. Intet i planen er ændret.');
    expect(planState()).toEqual(before);
    const after = (await (await api.get(url(`/api/plans/${plan.id}/graph`))).json()) as { nodes: Node[] };
    expect(after.nodes.find((n) => n.id === action.id)?.status).toBe(action.status);
  });
});
