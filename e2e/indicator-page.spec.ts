import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { LEDER_UNIT, ofKind } from './support/kompas-api';

type Observation = { id: string; period: string; value: number | null; supersededById: string | null };

test.describe("an indicator's own page", () => {
  test.use({ as: 'leder', viewport: { width: 1280, height: 720 } });

  test('opens from the map and shows the history as a chart, the observations with a correction struck through, and what is due', async ({
    page,
    mapPage,
    plan,
    api,
  }) => {
    test.setTimeout(90_000);
    // A quantitative indicator of one of Jonas's unit's actions, so that he may record its values.
    const graph = await api.graph(plan.id);
    const ownActions = new Set(
      ofKind(graph, 'action')
        .filter((a) => a.unitName === LEDER_UNIT)
        .map((a) => a.id),
    );
    const measured = new Map(graph.edges.filter((e) => e.kind === 'measures').map((e) => [e.source, e.target] as const));
    let indicator: { id: string; title: string } | undefined;
    for (const candidate of ofKind(graph, 'indicator')) {
      if (!ownActions.has(measured.get(candidate.id) ?? '')) continue;
      const full = (await (await page.request.get(`/api/indicators/${candidate.id}`)).json()) as { type: string };
      if (full.type === 'quantitative') {
        indicator = candidate;
        break;
      }
    }
    if (!indicator) throw new Error(`The demo plan has no quantitative indicator of ${LEDER_UNIT}'s actions.`);

    // Three quarters of values, the middle one corrected afterwards.
    const record = async (path: string, data: Record<string, unknown>) => {
      const res = await page.request.post(path, { data });
      expect(res.status(), await res.text()).toBe(201);
      return (await res.json()) as Observation;
    };
    await record(`/api/indicators/${indicator.id}/observations`, { period: '2017K1', value: 1234.5, sourceNote: 'Eget udtræk' });
    const wrong = await record(`/api/indicators/${indicator.id}/observations`, { period: '2017K2', value: 99, sourceNote: 'Eget udtræk' });
    await record(`/api/indicators/${indicator.id}/observations`, { period: '2017K3', value: 1301, sourceNote: 'Eget udtræk' });
    await record(`/api/observations/${wrong.id}/supersede`, { period: '2017K2', value: 1260, sourceNote: 'Rettet udtræk' });
    const all = (await (await page.request.get(`/api/indicators/${indicator.id}/observations`)).json()) as Observation[];

    await mapPage.goto(`/plans/${plan.id}/nodes/${indicator.id}`);
    await page.getByTestId('open-indicator-page').click();
    await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/indicators/${indicator.id}$`));
    await expect(page.getByTestId('indicator-title')).toHaveText(indicator.title);

    // The chart is drawn on a canvas of real size.
    const chart = page.getByTestId('indicator-chart');
    await expect(chart).toHaveAttribute('data-drawn', 'true');
    const canvas = chart.locator('canvas');
    await expect(canvas).toBeVisible();
    const box = await canvas.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
    expect(box?.height ?? 0).toBeGreaterThan(200);
    await expect(page.getByTestId('indicator-chart-legend')).toContainText('Målt');

    // Every observation is listed, newest first; the corrected one struck through and marked in words.
    const rows = page.getByTestId('indicator-observation');
    await expect(rows).toHaveCount(all.length);
    await expect(page.getByTestId('indicator-observations')).toContainText('1.234,5');
    const corrected = rows.filter({ hasText: '99' }).filter({ hasText: '2. kvt. 2017' });
    await expect(corrected).toHaveAttribute('data-superseded', 'true');
    await expect(corrected).toContainText('Rettet');
    const struck = await corrected
      .locator('.kompas-observations__cell')
      .first()
      .evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(struck).toContain('line-through');

    // What is due, and the way up to the vision with links back to the map.
    await expect(page.getByTestId('indicator-due')).toBeVisible();
    await expect(page.getByTestId('indicator-due')).toContainText(/senest \d{1,2}\. [a-z]+\.? \d{4}/);
    await expect(page.getByTestId('indicator-path').getByRole('link').last()).toHaveAttribute(
      'href',
      `/plans/${plan.id}/nodes/${ofKind(graph, 'vision')[0].id}`,
    );
    await expect(page.locator('#record')).toBeVisible();

    expect(await seriousViolations(page)).toEqual([]);
  });
});
