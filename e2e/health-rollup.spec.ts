import type { APIRequestContext } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { LEDER_UNIT } from './support/kompas-api';

type Node = { id: string; kind: string; title: string; status?: string; unitName?: string; measuresId?: string };
type PlanGraph = { nodes: Node[] };

const STATUS_WORDS: Record<string, string> = { launched: 'Igangsat', adjusting: 'Justeres' };

async function created<T>(request: APIRequestContext, url: string, data: unknown): Promise<T> {
  const res = await request.post(url, { data });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as T;
}

test.describe('the explained health roll-up', () => {
  test.use({ as: 'leder' });

  test('a manager records an off-track observation on an action’s only indicator: the action and its focus area turn off track, and the panel says why', async ({
    page,
    mapPage,
    plan,
    apiAs,
  }) => {
    test.setTimeout(120_000);
    const stamp = Date.now().toString(36);
    // A new focus area of the committee member's own committee, with one action of the manager's own unit
    // contributing to it, measured by one indicator that is on track so far. Other tests count the demo's
    // focus areas: it is deleted again at the end, with its link.
    const member = await apiAs('udvalg');
    const focusArea = await member.createFocusArea({
      committeeId: (await member.me()).committeeIds[0],
      title: `Læselyst i indskolingen ${stamp}`,
    });
    try {
      // One of the manager's unit's running actions that nothing measures yet (the last by title: the other
      // browser tests take the first), made the new focus area's only action. The demo's actions are counted
      // by other tests, so none is added.
      const graph = (await (await page.request.get(`/api/plans/${plan.id}/graph`)).json()) as PlanGraph;
      const measured = new Set(graph.nodes.flatMap((n) => (n.kind === 'indicator' ? [n.measuresId] : [])));
      const action = graph.nodes
        .filter((n) => n.kind === 'action' && n.unitName === LEDER_UNIT && !measured.has(n.id))
        .filter((n) => n.status === 'launched' || n.status === 'adjusting')
        .at(-1);
      if (!action) throw new Error(`The demo plan has no running action of ${LEDER_UNIT} without indicators.`);
      await created(page.request, '/api/links', { sourceId: action.id, targetId: focusArea.id });
      const title = `Elever der læser dagligt ${stamp}`;
      const indicator = await created<{ id: string }>(page.request, '/api/indicators', {
        actionId: action.id,
        title,
        type: 'quantitative',
        evidenceKind: 'survey',
        cadence: 'quarterly',
        unit: '%',
        direction: 'up',
      });
      await created(page.request, `/api/indicators/${indicator.id}/observations`, { period: '2025K4', value: 64, judgement: 'onTrack' });

      await mapPage.goto(`/plans/${plan.id}`);
      const health = (id: string) => mapPage.node(id).locator('.kompas-node__health [data-health]');
      await mapPage.reveal(action.id);
      await expect(health(action.id)).toHaveAttribute('data-health', 'onTrack');
      await expect(health(action.id)).toContainText('På sporet');
      // Beside the lifecycle status, not instead of it.
      await expect(mapPage.node(action.id).locator('.kompas-status')).toContainText(STATUS_WORDS[action.status as string]);
      await mapPage.reveal(focusArea.id);
      await expect(health(focusArea.id)).toHaveAttribute('data-health', 'onTrack');

      // The manager records the new quarter from the indicator's panel, judged "Ude af sporet".
      await mapPage.reveal(indicator.id);
      await mapPage.node(indicator.id).click();
      await page.getByTestId('observations-tab').click();
      const form = page.getByTestId('record-observation-form');
      await form.getByTestId('period-input').fill('2026K1');
      await form.getByTestId('value-input').fill('52');
      await form.getByTestId('judgement-input').selectOption({ label: 'Ude af sporet' });
      await form.getByTestId('record-submit').click();
      await expect(page.getByTestId('observation-row')).toHaveCount(2);

      // The action turns off track, and so does its focus area, whose only action it is.
      await mapPage.reveal(action.id);
      await expect(health(action.id)).toHaveAttribute('data-health', 'offTrack');
      await expect(health(action.id)).toContainText('Ude af sporet');
      await mapPage.reveal(focusArea.id);
      await expect(health(focusArea.id)).toHaveAttribute('data-health', 'offTrack');

      // The action's panel says why, naming the indicator; the reason leads to it.
      await mapPage.reveal(action.id);
      await mapPage.node(action.id).click();
      const why = page.getByTestId('health-why');
      await expect(why.getByRole('heading', { name: 'Hvorfor?' })).toBeVisible();
      await expect(why.getByTestId('health-explanation')).toHaveText(
        `Ude af sporet: 1 af 1 indikator er ikke på sporet; indikatoren '${title}' er vurderet ude af sporet for 2026K1`,
      );
      expect(await seriousViolations(page)).toEqual([]);
      await why.getByRole('button', { name: new RegExp(`indikatoren '${title}'`) }).click();
      await expect(page.getByTestId('side-panel').getByRole('heading', { name: title })).toBeVisible();

      // The focus area's explanation names the action.
      await mapPage.reveal(focusArea.id);
      await mapPage.node(focusArea.id).click();
      await expect(page.getByTestId('health-why').getByTestId('health-explanation')).toContainText(
        `handlingen '${action.title}' er ude af sporet`,
      );
    } finally {
      await member.removeFocusArea(focusArea.id);
    }
  });
});
