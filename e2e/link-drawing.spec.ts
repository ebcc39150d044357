import { expect, test } from './support/fixtures';
import { LEDER_UNIT, ofKind, unlinkedActionAndFocusArea } from './support/kompas-api';

test.describe('drawing links with the mouse', () => {
  // The manager draws links from his unit's actions.
  test.use({ as: 'leder' });
  const created: string[] = [];
  test.afterEach(async ({ api }) => {
    for (const id of created.splice(0)) await api.removeLink(id);
  });

  test('a drag from an action to a focus area it does not serve yet makes a lasting link', async ({ mapPage, page, api, plan }) => {
    const graph = await api.graph(plan.id);
    const { action, focusArea } = unlinkedActionAndFocusArea(graph);
    await mapPage.goto(`/plans/${plan.id}`);
    await mapPage.zoomTo([action.id, focusArea.id]);

    await mapPage.dragLink(action.id, focusArea.id);

    await expect(mapPage.toast('Koblingen er gemt. Skriv gerne en begrundelse.')).toBeVisible();
    await expect.poll(() => api.findLink(plan.id, action.id, focusArea.id)).toBeTruthy();
    const link = await api.findLink(plan.id, action.id, focusArea.id);
    created.push(link!.id);
    expect(link).toMatchObject({ kind: 'contributes', sourceId: action.id, targetId: focusArea.id });

    // The new link is selected: drawn on the map and open in the panel.
    await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/links/${link!.id}$`));
    await expect(mapPage.edge(link!.id)).toBeVisible();
    await expect(mapPage.linkPanel.getByTestId('link-source')).toHaveText(action.title);
    await expect(mapPage.linkPanel.getByTestId('link-target')).toHaveText(focusArea.title);

    await mapPage.reload();
    await expect(mapPage.edge(link!.id)).toBeAttached();
    await expect(mapPage.linkPanel.getByTestId('link-target')).toHaveText(focusArea.title);
  });

  test('a drag from an action to an aiming point is refused and saves nothing', async ({ mapPage, api, plan }) => {
    const graph = await api.graph(plan.id);
    const action = ofKind(graph, 'action').find(
      (a) => a.unitName === LEDER_UNIT && graph.edges.some((e) => e.source === a.id && e.kind === 'contributes'),
    )!;
    const aimingPoint = ofKind(graph, 'aimingPoint')[0];
    const before = await api.links(plan.id);
    await mapPage.goto(`/plans/${plan.id}`);
    await mapPage.zoomTo([action.id, aimingPoint.id]);

    await mapPage.dragLink(action.id, aimingPoint.id);

    const refusal = mapPage.toasts.and(mapPage.page.getByRole('alert'));
    await expect(refusal).toHaveText(/En kobling fra en handling til et sigtepunkt er ikke tilladt/);
    expect(await api.links(plan.id)).toHaveLength(before.length);
    expect(await api.findLink(plan.id, action.id, aimingPoint.id)).toBeUndefined();
    await expect(mapPage.page).toHaveURL(new RegExp(`/plans/${plan.id}$`));
  });
});
