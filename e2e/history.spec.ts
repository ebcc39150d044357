import { expect, test } from './support/fixtures';
import { ofKind } from './support/kompas-api';

test.describe('deleting, finding in the history, restoring', () => {
  test.use({ as: 'udvalg' });
  const made: string[] = [];
  test.afterEach(async ({ api }) => {
    for (const id of made.splice(0)) await api.removeFocusArea(id);
  });

  /** A focus area of the committee member's committee, supporting an aiming point. */
  async function newFocusArea(api: import('./support/kompas-api').KompasApi, planId: string, title: string) {
    const graph = await api.graph(planId);
    const sibling = ofKind(graph, 'focusArea').find((f) => f.title === 'Trivsel i skolen')!;
    const aimingPoint = ofKind(graph, 'aimingPoint').find((a) => a.title === 'Forskellige sammen')!;
    const created = await api.createFocusArea({ title, committeeId: sibling.committeeId!, description: 'Til testen' });
    made.push(created.id);
    const link = await api.createLink({ sourceId: created.id, targetId: aimingPoint.id, rationale: 'Tidlig indsats styrker fællesskabet' });
    return { created, link, aimingPoint };
  }

  test('a deleted focus area is gone from the map; its address shows the deletion in its history and restores it', async ({
    mapPage,
    page,
    api,
    plan,
  }) => {
    const title = `Tidlig indsats i dagtilbud ${Date.now()}`;
    const { created, link, aimingPoint } = await newFocusArea(api, plan.id, title);
    await mapPage.goto(`/plans/${plan.id}/nodes/${created.id}`);
    await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(title);

    await mapPage.panel.getByTestId('node-delete').click();
    await expect(mapPage.confirmDialog).toContainText(`"${title}" og dets koblinger slettes.`);
    await mapPage.confirmDialog.getByTestId('reason-input').fill('Slået sammen med Trivsel i skolen');
    await mapPage.confirmDialog.getByTestId('confirm-yes').click();
    await expect(mapPage.toast(`"${title}" er slettet.`)).toBeVisible();
    await expect(mapPage.node(created.id)).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}$`));

    // Back to where it was: its address still says what happened to it.
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/nodes/${created.id}$`));
    const deleted = page.getByTestId('deleted-node');
    await expect(deleted).toBeVisible();
    await expect(deleted.getByRole('heading', { level: 2 })).toHaveText(title);
    await expect(deleted).toContainText('Slettet af Mette Udvalg');
    const entries = deleted.getByTestId('history-list').getByTestId('history-entry');
    await expect(entries.first()).toContainText('Mette Udvalg slettede fokusområdet');
    await expect(entries.first()).toContainText('Begrundelse: Slået sammen med Trivsel i skolen');
    await expect(entries.last()).toContainText('Mette Udvalg oprettede fokusområdet');

    await deleted.getByTestId('reason-input').fill('Udvalget fortrød');
    await deleted.getByTestId('restore-button').click();
    await expect(mapPage.toast(`"${title}" er gendannet.`)).toBeVisible();
    await expect(mapPage.node(created.id)).toBeVisible();
    await expect(mapPage.panel.getByTestId('node-form')).toBeVisible();
    // Its link came back with it.
    expect(await api.findLink(plan.id, created.id, aimingPoint.id)).toMatchObject({ id: link.id });

    await mapPage.panel.getByTestId('history-tab').click();
    const history = mapPage.panel.getByTestId('history-entry');
    await expect(history.first()).toContainText('Mette Udvalg gendannede fokusområdet');
    await expect(history.first()).toContainText('Begrundelse: Udvalget fortrød');
    await expect(history.nth(1)).toContainText('Mette Udvalg slettede fokusområdet');
  });

  test('the deletion message’s undo restores the focus area at once', async ({ mapPage, api, plan }) => {
    const title = `Fortrudt fokusområde ${Date.now()}`;
    const { created } = await newFocusArea(api, plan.id, title);
    await mapPage.goto(`/plans/${plan.id}/nodes/${created.id}`);
    await mapPage.panel.getByTestId('node-delete').click();
    await mapPage.confirmDialog.getByTestId('confirm-yes').click();
    const deleted = mapPage.toast(`"${title}" er slettet.`);
    await expect(deleted).toBeVisible();
    await expect(mapPage.node(created.id)).toHaveCount(0);

    await deleted.getByRole('button', { name: 'Fortryd' }).click();
    await expect(mapPage.toast(`"${title}" er gendannet.`)).toBeVisible();
    await expect(mapPage.node(created.id)).toBeVisible();
    await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(title);
    const lifecycle = (await api.history(created.id)).map((e) => e.action).filter((a) => ['create', 'delete', 'restore'].includes(a));
    expect(lifecycle).toEqual(['restore', 'delete', 'create']);
  });
});

test.describe('comments', () => {
  test.use({ as: 'direktor' });

  test('a director leaves a comment on a focus area; it shows with her name and stays', async ({ mapPage, api, plan }) => {
    const focusArea = ofKind(await api.graph(plan.id), 'focusArea').find((f) => f.title === 'Flere unge i uddannelse')!;
    const body = `Hvilke data viser frafaldet? (${Date.now()})`;
    await mapPage.goto(`/plans/${plan.id}/nodes/${focusArea.id}`);
    await mapPage.panel.getByTestId('comments-tab').click();
    await mapPage.panel.getByTestId('comment-input').fill(body);
    await mapPage.panel.getByTestId('comment-submit').click();
    const list = mapPage.panel.getByTestId('comment-list');
    await expect(list.getByTestId('comment').filter({ hasText: body })).toContainText('Hanne Direktør');
    await expect(mapPage.panel.getByTestId('comment-input')).toHaveValue('');
    expect((await api.comments(focusArea.id)).some((c) => c.body === body && c.authorName === 'Hanne Direktør')).toBe(true);

    await mapPage.reload();
    await mapPage.panel.getByTestId('comments-tab').click();
    await expect(mapPage.panel.getByTestId('comment').filter({ hasText: body })).toBeVisible();
  });
});
