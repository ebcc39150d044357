import { expect, test } from '@playwright/test';
import BetterSqlite3 from 'better-sqlite3';
import { resolve } from 'node:path';
import { DEMO_PASSWORD } from './support/auth';
import { HEDENSTED_TITLE } from './support/kompas-api';
import { RunningServer, startServer } from './support/server';

type Freshness = { state: string; period: { code: string } | null; dueDate: string | null };
type Node = {
  id: string;
  kind: string;
  title: string;
  type?: string;
  unitId?: string;
  status?: string;
  measuresId?: string;
  freshness?: Freshness;
};

/**
 * A manager opens the map of a plan whose indicators have owed values for a while: an indicator
 * with no value for its latest ended period is marked with a word and a shape, and the node it
 * measures says its data is old. A server of its own: the demo's indicators are made to have
 * existed since the plan began (an import stamps them with the time of the import, so a fresh
 * demo owes nothing yet), which no other test should see.
 */
test.describe('overdue and due data on the map', () => {
  let server: RunningServer;

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    server = await startServer(resolve(__dirname, '..'));
    const db = new BetterSqlite3(server.databasePath);
    try {
      db.prepare(`UPDATE "indicator" SET "createdAt" = '2026-01-01 00:00:00.000'`).run();
    } finally {
      db.close();
    }
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('a manager sees "Overskredet" or "Forfalden" on an indicator whose data is missing, and "Gamle data" on what it measures', async ({
    page,
  }) => {
    await page.goto(`${server.baseURL}/sign-in`);
    await page.getByTestId('signin-username').fill('leder');
    await page.getByTestId('signin-password').fill(DEMO_PASSWORD);
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('cascade-map')).toBeVisible();

    const plans = (await (await page.request.get(`${server.baseURL}/api/plans`)).json()) as { id: string; title: string }[];
    const plan = plans.find((p) => p.title === HEDENSTED_TITLE) as { id: string };
    const graph = (await (await page.request.get(`${server.baseURL}/api/plans/${plan.id}/graph`)).json()) as { nodes: Node[] };
    // The graph says which indicators owe data; the map must show the same.
    const owing = graph.nodes.filter((n) => n.kind === 'indicator' && (n.freshness?.state === 'overdue' || n.freshness?.state === 'due'));
    expect(owing.length).toBeGreaterThan(0);
    const indicator = owing.find((n) => n.freshness?.state === 'overdue') ?? owing[0];
    const freshness = indicator.freshness as Freshness;
    const word = freshness.state === 'overdue' ? '! Overskredet' : '◷ Forfalden';
    const measured = graph.nodes.find((n) => n.id === indicator.measuresId) as Node;

    // Opened on the indicator, the map shows it at a readable zoom.
    await page.goto(`${server.baseURL}/plans/${plan.id}/nodes/${indicator.id}`);
    await expect(page.getByTestId('cascade-map')).toHaveAttribute('data-view', 'open');
    const card = page.locator(`.react-flow__node[data-id="${indicator.id}"]`);
    await expect(card.getByText(word, { exact: true })).toBeVisible();
    const marker = card.locator(`[data-freshness="${freshness.state}"]`);
    await expect(marker).toHaveAttribute('title', new RegExp(`^${word.slice(2)}: værdien for ${freshness.period?.code}`));
    await expect(marker).toHaveAttribute('aria-label', /\d{4}$/);

    // The node above it — what it measures — shows that its data is old.
    await page.goto(`${server.baseURL}/plans/${plan.id}/nodes/${measured.id}`);
    await expect(page.getByTestId('cascade-map')).toHaveAttribute('data-view', 'open');
    const above = page.locator(`.react-flow__node[data-id="${measured.id}"]`);
    await expect(above.getByText(/Gamle data$/)).toBeVisible();
    await expect(above.locator('[data-old-data]')).toHaveAttribute('title', /^Gamle data: \d+ indikator\(er\) herunder er overskredet/);
  });
  test("a manager records the missing value from the indicator's panel (opened at #record), and its marker goes at once", async ({
    page,
  }) => {
    await page.goto(`${server.baseURL}/sign-in`);
    await page.getByTestId('signin-username').fill('leder');
    await page.getByTestId('signin-password').fill(DEMO_PASSWORD);
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('cascade-map')).toBeVisible();

    const me = (await (await page.request.get(`${server.baseURL}/api/auth/me`)).json()) as { unitIds: string[] };
    const plans = (await (await page.request.get(`${server.baseURL}/api/plans`)).json()) as { id: string; title: string }[];
    const plan = plans.find((p) => p.title === HEDENSTED_TITLE) as { id: string };
    const graph = (await (await page.request.get(`${server.baseURL}/api/plans/${plan.id}/graph`)).json()) as { nodes: Node[] };
    // A new quarterly indicator of one of the manager's own running actions, made to have existed since
    // the start of the year, so that it owes the values of the quarters that have ended.
    const action = graph.nodes.find(
      (n) => n.kind === 'action' && me.unitIds.includes(n.unitId ?? '') && n.status !== 'stopped' && n.status !== 'completed',
    ) as Node;
    expect(action).toBeTruthy();
    const created = await page.request.post(`${server.baseURL}/api/indicators`, {
      data: {
        actionId: action.id,
        title: 'Fremmøde i lektiecaféen',
        type: 'quantitative',
        evidenceKind: 'caseSystem',
        cadence: 'quarterly',
        unit: '%',
        direction: 'up',
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const db = new BetterSqlite3(server.databasePath);
    try {
      db.prepare(`UPDATE "indicator" SET "createdAt" = '2026-01-01 00:00:00.000' WHERE "id" = ?`).run(id);
    } finally {
      db.close();
    }
    const owing = (await (await page.request.get(`${server.baseURL}/api/plans/${plan.id}/graph`)).json()) as { nodes: Node[] };
    const indicator = owing.nodes.find((n) => n.id === id) as Node;
    expect(['due', 'overdue']).toContain(indicator.freshness?.state);
    const freshness = indicator.freshness as Freshness;
    const word = freshness.state === 'overdue' ? '! Overskredet' : '◷ Forfalden';

    await page.goto(`${server.baseURL}/plans/${plan.id}/nodes/${indicator.id}#record`);
    await expect(page.getByTestId('cascade-map')).toHaveAttribute('data-view', 'open');
    const card = page.locator(`.react-flow__node[data-id="${indicator.id}"]`);
    await expect(card.getByText(word, { exact: true })).toBeVisible();

    // #record opens the panel on its observations; the owed period is recorded.
    const form = page.getByTestId('record-observation-form');
    await expect(form).toBeVisible();
    await form.getByTestId('period-input').fill(freshness.period?.code ?? '');
    if (indicator.type === 'qualitative') await form.getByTestId('narrative-input').fill('Forløbet går som planlagt.');
    else await form.getByTestId('value-input').fill('42');
    await form.getByTestId('record-submit').click();

    // The marker goes at once, without reloading.
    await expect(card.locator('[data-freshness="due"], [data-freshness="overdue"]')).toHaveCount(0);
    await expect(card.getByText(word, { exact: true })).toHaveCount(0);
    const after = (await (await page.request.get(`${server.baseURL}/api/plans/${plan.id}/graph`)).json()) as { nodes: Node[] };
    expect(after.nodes.find((n) => n.id === indicator.id)?.freshness?.state).toBe('fresh');
  });
});
