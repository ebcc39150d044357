import { expect, test } from './support/fixtures';
import { Link, unlinkedActionAndFocusArea } from './support/kompas-api';

test.describe('a link in the side panel', () => {
  // The manager edits the links of his unit's actions.
  test.use({ as: 'leder' });
  let link: Link;
  test.beforeEach(async ({ api, plan }) => {
    const graph = await api.graph(plan.id);
    const { action, focusArea } = unlinkedActionAndFocusArea(graph);
    link = await api.createLink({ sourceId: action.id, targetId: focusArea.id, rationale: 'Oprettet til testen', strength: 2 });
  });
  test.afterEach(async ({ api }) => {
    await api.removeLink(link.id);
  });

  test('its rationale is edited and saved, then it is deleted after confirming', async ({ mapPage, page, api, plan }) => {
    await mapPage.goto(`/plans/${plan.id}`);
    await mapPage.zoomTo([link.sourceId, link.targetId]);
    await mapPage.clickEdge(link.id);

    await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/links/${link.id}$`));
    const rationale = mapPage.linkPanel.getByTestId('link-rationale');
    await expect(rationale).toHaveValue('Oprettet til testen');
    const text = 'Handlingen giver flere elever lyst til at blive i skolen – derfor bidrager den.';
    await rationale.fill(text);
    await mapPage.linkPanel.getByTestId('link-strength').selectOption('3');
    await mapPage.linkPanel.getByTestId('link-save').click();
    await expect(mapPage.toast(/Koblingen er gemt/)).toBeVisible();
    await expect.poll(() => api.link(link.id)).toMatchObject({ rationale: text, strength: 3 });
    // The selected line's label shows the saved rationale.
    await expect(page.locator('.kompas-edge-label')).toContainText(text);

    await mapPage.reload();
    await expect(mapPage.linkPanel.getByTestId('link-rationale')).toHaveValue(text);
    await expect(mapPage.linkPanel.getByTestId('link-strength')).toHaveValue('3');

    await mapPage.linkPanel.getByTestId('link-delete').click();
    await expect(mapPage.confirmDialog).toBeVisible();
    await expect(mapPage.confirmDialog).toContainText('Slet koblingen?');
    await mapPage.confirmDialog.getByTestId('confirm-yes').click();

    await expect(mapPage.toast(/Koblingen er slettet/)).toBeVisible();
    await expect(mapPage.edge(link.id)).toHaveCount(0);
    await expect(mapPage.linkPanel).toHaveCount(0);
    await expect.poll(() => api.linkStatus(link.id)).toBe(404);
    expect(await api.findLink(plan.id, link.sourceId, link.targetId)).toBeUndefined();
  });

  test('Delete on the map asks before removing the selected link, and Cancel keeps it', async ({ mapPage, api, plan }) => {
    await mapPage.goto(`/plans/${plan.id}/links/${link.id}`);
    await expect(mapPage.linkPanel).toBeVisible();
    await mapPage.edge(link.id).focus();
    await mapPage.page.keyboard.press('Delete');
    await expect(mapPage.confirmDialog).toBeVisible();
    await mapPage.confirmDialog.getByRole('button', { name: 'Annullér' }).click();
    await expect(mapPage.confirmDialog).toBeHidden();
    expect(await api.linkStatus(link.id)).toBe(200);

    await mapPage.edge(link.id).focus();
    await mapPage.page.keyboard.press('Delete');
    await mapPage.confirmDialog.getByTestId('confirm-yes').click();
    await expect(mapPage.edge(link.id)).toHaveCount(0);
    await expect.poll(() => api.linkStatus(link.id)).toBe(404);
  });

  test('the deletion message offers Undo, which brings the link back', async ({ mapPage, api, plan }) => {
    await mapPage.goto(`/plans/${plan.id}/links/${link.id}`);
    await mapPage.linkPanel.getByTestId('link-delete').click();
    await mapPage.confirmDialog.getByTestId('confirm-yes').click();
    const deleted = mapPage.toast(/Koblingen er slettet/);
    await expect(deleted).toBeVisible();
    await expect.poll(() => api.linkStatus(link.id)).toBe(404);

    await deleted.getByRole('button', { name: 'Fortryd' }).click();
    const answer = mapPage.toasts.filter({ hasNotText: /slettet/ });
    await expect(answer).toBeVisible();
    expect(await answer.textContent()).toContain('Koblingen er tilbage.');
    // The same link, with its id and history, not a copy.
    await expect.poll(() => api.linkStatus(link.id)).toBe(200);
    const restored = await api.findLink(plan.id, link.sourceId, link.targetId);
    expect(restored).toMatchObject({ id: link.id, rationale: 'Oprettet til testen', strength: 2 });
    await api.removeLink(restored!.id);
  });
});
