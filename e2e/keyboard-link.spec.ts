import { expect, test } from './support/fixtures';
import { unlinkedActionAndFocusArea } from './support/kompas-api';

test.describe('making a link with the keyboard', () => {
  // The manager links his unit's actions.
  test.use({ as: 'leder' });
  let created: string | undefined;
  test.afterEach(async ({ api }) => {
    if (created) await api.removeLink(created);
    created = undefined;
  });

  test('search an action, press L, pick the focus area from the list', async ({ mapPage, page, api, plan }) => {
    const graph = await api.graph(plan.id);
    const { action, focusArea } = unlinkedActionAndFocusArea(graph);
    await mapPage.goto(`/plans/${plan.id}`);
    const keyboard = page.keyboard;

    // The only pointer-free step that is not a key: put the caret in the search box.
    await mapPage.searchInput.focus();
    await keyboard.type(action.title);
    const activeResult = page.locator('#search-results [role=option][aria-selected=true]');
    await expect(activeResult).toContainText(action.title);
    await keyboard.press('Enter');

    // The map jumps to the action, opens it and gives it the keyboard focus.
    await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/nodes/${action.id}$`));
    await expect(mapPage.node(action.id)).toBeFocused();
    await expect(mapPage.node(action.id)).toBeInViewport();

    await keyboard.press('L');
    await expect(mapPage.linkTargetDialog).toBeVisible();
    const search = mapPage.linkTargetDialog.getByTestId('link-target-search');
    await expect(search).toBeFocused();
    await keyboard.type(focusArea.title.slice(0, 10));
    const options = mapPage.linkTargetDialog.getByRole('option');
    await expect(options.filter({ hasText: focusArea.title })).toHaveCount(1);
    const active = mapPage.linkTargetDialog.locator('[role=option][aria-selected=true]');
    for (let i = 0; i < 20 && !(await active.textContent())?.includes(focusArea.title); i++) await keyboard.press('ArrowDown');
    await expect(active).toContainText(focusArea.title);
    await keyboard.press('Enter');

    await expect(mapPage.linkTargetDialog).toBeHidden();
    await expect(mapPage.toast('Koblingen er gemt. Skriv gerne en begrundelse.')).toBeVisible();
    await expect.poll(() => api.findLink(plan.id, action.id, focusArea.id)).toBeTruthy();
    const link = (await api.findLink(plan.id, action.id, focusArea.id))!;
    created = link.id;
    expect(link.kind).toBe('contributes');
    await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/links/${link.id}$`));
    await expect(mapPage.edge(link.id)).toBeAttached();
  });
});
