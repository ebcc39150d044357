import { expect, test } from './support/fixtures';
import { LEDER_UNIT, ofKind } from './support/kompas-api';

test.describe('a reader (laeser)', () => {
  test.use({ as: 'laeser' });

  test('sees the whole map but no create buttons, no link handles, and locked fields', async ({ mapPage, page, api, plan }) => {
    const graph = await api.graph(plan.id);
    const action = ofKind(graph, 'action')[0];
    await mapPage.goto(`/plans/${plan.id}`);
    await expect(page.getByTestId('current-user')).toContainText('Lars Læser');
    await expect(mapPage.nodes).toHaveCount(graph.nodes.length);
    await expect(page.getByTestId('create-menu')).toHaveCount(0);
    await expect(page.getByTestId('create-action')).toHaveCount(0);
    // No node offers a handle to start a link from.
    await expect(page.locator('.react-flow__handle.source.connectablestart')).toHaveCount(0);

    await mapPage.node(action.id).click();
    await expect(mapPage.panel.getByTestId('node-form')).toBeVisible();
    await expect(mapPage.panel.locator('#node-title')).toBeDisabled();
    await expect(mapPage.panel.getByTestId('permission-note')).toContainText(`Kun ledere af ${action.unitName}`);
    for (const id of ['node-save', 'node-delete', 'start-link', 'reason-input']) await expect(mapPage.panel.getByTestId(id)).toHaveCount(0);

    // The keyboard way to draw a link is refused with the reason too.
    await mapPage.node(action.id).focus();
    await page.keyboard.press('L');
    await expect(mapPage.toast(`Kun ledere af ${action.unitName} kan ændre dette.`)).toBeVisible();
    await expect(mapPage.linkTargetDialog).toBeHidden();
  });
});

test.describe('the manager of Skoledistrikt Juelsminde (leder)', () => {
  test.use({ as: 'leder' });

  test('changes and links his unit’s actions, and only reads another unit’s', async ({ mapPage, page, api, plan }) => {
    const graph = await api.graph(plan.id);
    const own = ofKind(graph, 'action').find((a) => a.unitName === LEDER_UNIT)!;
    const other = ofKind(graph, 'action').find((a) => a.unitName !== LEDER_UNIT)!;
    await mapPage.goto(`/plans/${plan.id}`);
    await expect(page.getByTestId('current-user')).toContainText('Jonas Leder');
    await expect(page.getByTestId('create-action')).toBeVisible();
    await expect(page.getByTestId('create-focusArea')).toHaveCount(0);
    await expect(mapPage.node(own.id).locator('.react-flow__handle.source')).toHaveClass(/connectablestart/);
    await expect(mapPage.node(other.id).locator('.react-flow__handle.source')).not.toHaveClass(/connectablestart/);
    const focusArea = ofKind(graph, 'focusArea')[0];
    await expect(mapPage.node(focusArea.id).locator('.react-flow__handle.source')).not.toHaveClass(/connectablestart/);

    await mapPage.node(own.id).click();
    await expect(mapPage.panel.locator('#node-title')).toBeEnabled();
    for (const id of ['node-save', 'node-delete', 'start-link', 'reason-input']) await expect(mapPage.panel.getByTestId(id)).toBeVisible();
    await expect(mapPage.panel.getByTestId('permission-note')).toHaveCount(0);

    // The open panel has narrowed the map; the other unit's action may now sit behind its edge.
    await mapPage.reveal(other.id);
    await mapPage.node(other.id).click();
    await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(other.title);
    await expect(mapPage.panel.locator('#node-title')).toBeDisabled();
    await expect(mapPage.panel.getByTestId('node-save')).toHaveCount(0);
    await expect(mapPage.panel.getByTestId('permission-note')).toContainText(`Kun ledere af ${other.unitName}`);
  });

  test('a refusal from the server is shown in the user’s language', async ({ page, mapPage, api, plan }) => {
    const graph = await api.graph(plan.id);
    const own = ofKind(graph, 'action').find((a) => a.unitName === LEDER_UNIT)!;
    await mapPage.goto(`/plans/${plan.id}/nodes/${own.id}`);
    // As if his role had been taken away after the page was loaded.
    await page.route(`**/api/actions/${own.id}`, (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill({
            status: 403,
            contentType: 'application/json',
            body: JSON.stringify({
              statusCode: 403,
              code: 'forbidden',
              message: 'This action belongs to a unit you do not manage.',
              details: [],
              reason: { code: 'other_unit', params: { unitId: own.unitId } },
            }),
          })
        : route.fallback(),
    );
    await mapPage.panel.locator('#node-title').fill(`${own.title} (ændret)`);
    await mapPage.panel.getByTestId('node-save').click();
    await expect(mapPage.toast(`Det har du ikke ret til: Handlingen hører til ${LEDER_UNIT}, som du ikke er leder af.`)).toBeVisible();
    await expect(mapPage.toast(/belongs|manage/)).toHaveCount(0);
    expect((await api.graph(plan.id)).nodes.find((n) => n.id === own.id)?.title).toBe(own.title);
  });
});
