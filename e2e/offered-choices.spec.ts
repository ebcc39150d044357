import { expect, test } from './support/fixtures';
import { GraphNode, LEDER_UNIT, ofKind } from './support/kompas-api';

// The app offers only what the server accepts: no owner the user may not give, no deletion of recorded data.
test.describe('the manager of Skoledistrikt Juelsminde (leder)', () => {
  test.use({ as: 'leder' });

  test('is offered only his own unit as an action’s owner, and no delete of an action whose indicators hold data', async ({
    mapPage,
    api,
    plan,
  }) => {
    const graph = await api.graph(plan.id);
    // An indicator's node carries what it measures and its latest observation (null without data).
    const indicators = ofKind(graph, 'indicator') as (GraphNode & { measuresId: string; latest: unknown })[];
    const measured = new Set(indicators.filter((i) => i.latest).map((i) => i.measuresId));
    const own = ofKind(graph, 'action').filter((a) => a.unitName === LEDER_UNIT);
    const withData = own.find((a) => measured.has(a.id))!;
    const without = own.find((a) => !measured.has(a.id))!;

    await mapPage.goto(`/plans/${plan.id}/nodes/${without.id}`);
    const owner = mapPage.panel.getByLabel('Enhed (ejer)');
    await expect(owner).toBeEnabled();
    expect(await owner.locator('option').allTextContents()).toEqual([LEDER_UNIT]);
    await expect(mapPage.panel.getByTestId('node-delete')).toBeVisible();

    await mapPage.goto(`/plans/${plan.id}/nodes/${withData.id}`);
    await expect(mapPage.panel.getByTestId('node-form')).toBeVisible();
    await expect(mapPage.panel.getByTestId('delete-refused-note')).toContainText('Sæt status til „Stoppet“ i stedet');
    await expect(mapPage.panel.getByTestId('node-delete')).toHaveCount(0);
  });
});
