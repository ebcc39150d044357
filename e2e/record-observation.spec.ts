import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { LEDER_UNIT, ofKind } from './support/kompas-api';

test.describe('a manager records an observation from the map', () => {
  test.use({ as: 'leder' });

  test('records one from the indicator’s panel, sees the node’s value change at once, then corrects it with a reason', async ({
    page,
    mapPage,
    plan,
    api,
  }) => {
    test.setTimeout(90_000);
    // A new quantitative indicator of one of Jonas's unit's actions, followed up every quarter.
    const graph = await api.graph(plan.id);
    const action = ofKind(graph, 'action').find((a) => a.unitName === LEDER_UNIT);
    if (!action) throw new Error(`The demo plan has no action of ${LEDER_UNIT}.`);
    const title = `Læseresultater ${Date.now().toString(36)}`;
    const created = await page.request.post('/api/indicators', {
      data: { actionId: action.id, title, type: 'quantitative', evidenceKind: 'survey', cadence: 'quarterly', unit: '%', direction: 'up' },
    });
    expect(created.status(), await created.text()).toBe(201);
    const indicator = (await created.json()) as { id: string };

    await mapPage.goto(`/plans/${plan.id}`);
    await mapPage.reveal(indicator.id);
    const value = mapPage.node(indicator.id).locator('.kompas-node__value strong');
    await expect(value).not.toContainText('%');
    await mapPage.node(indicator.id).click();
    await page.getByTestId('observations-tab').click();
    const form = page.getByTestId('record-observation-form');
    await expect(form).toBeVisible();

    // A code no statistics office uses is refused while it is typed; the quarter is read as its dates.
    const period = form.getByTestId('period-input');
    await period.fill('2026K7');
    await expect(form.getByText(/Perioden kendes ikke/)).toBeVisible();
    await period.fill('2026K1');
    await expect(form.getByText('1. jan. 2026 – 31. mar. 2026.')).toBeVisible();
    await form.getByTestId('value-input').fill('61,5');
    await form.getByTestId('judgement-input').selectOption({ label: 'I risiko' });
    await form.getByTestId('source-input').fill('Skolernes læsetest');
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByTestId('record-submit').click();

    // The map shows the new value at once, and the history lists it with who recorded it.
    await expect(value).toHaveText('61,5 %');
    const rows = page.getByTestId('observation-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('2026K1');
    await expect(rows.first()).toContainText('61,5 % · I risiko');
    await expect(rows.first().getByTestId('observation-recorded')).toContainText('af Jonas');

    // Corrected with a reason: the new value on the map, the old one struck through with who and why.
    await rows.first().getByTestId('correct-observation').click();
    const correction = rows.first().getByTestId('record-observation-form');
    await expect(correction.getByTestId('value-input')).toHaveValue('61,5');
    await correction.getByTestId('value-input').fill('63,1');
    await correction.getByTestId('correction-reason').fill('Tastefejl i indberetningen');
    await correction.getByTestId('record-submit').click();
    await expect(value).toHaveText('63,1 %');
    await expect(rows).toHaveCount(2);
    const old = page.locator('[data-testid="observation-row"][data-superseded="true"]');
    await expect(old.locator('del').first()).toHaveText('61,5 %');
    await expect(old.getByTestId('observation-corrected')).toContainText('med 63,1 %. Begrundelse: Tastefejl i indberetningen');
    await expect(old.getByTestId('observation-corrected')).toContainText('af Jonas');
    expect(await seriousViolations(page)).toEqual([]);

    // And so the server says.
    const listed = (await (await page.request.get(`/api/indicators/${indicator.id}/observations`)).json()) as {
      value: number;
      supersededById: string | null;
      reason: string | null;
    }[];
    expect(listed.map((o) => [o.value, !!o.supersededById, o.reason])).toEqual([
      [61.5, true, null],
      [63.1, false, 'Tastefejl i indberetningen'],
    ]);
  });
});
