import { expect, test } from './support/fixtures';
import { ofKind } from './support/kompas-api';

test.describe('nodes in the side panel', () => {
  test.describe('as the manager of Skoledistrikt Juelsminde', () => {
    test.use({ as: 'leder' });
    test('an action is created from the map, linked at once, refused with a field message first, and deleted after confirming', async ({
      mapPage,
      page,
      api,
      plan,
    }) => {
      const graph = await api.graph(plan.id);
      const focusArea = ofKind(graph, 'focusArea').find((n) => n.title === 'Trivsel i skolen');
      expect(focusArea).toBeDefined();
      await mapPage.goto(`/plans/${plan.id}`);

      await page.getByTestId('create-action').click();
      const form = page.getByTestId('create-panel');
      await expect(form.getByRole('heading', { name: 'Ny handling' })).toBeVisible();
      // Nothing filled in: the API's refusal shows under the fields it names.
      await form.getByTestId('create-save').click();
      await expect(form.locator('#create-title').locator('xpath=..').getByRole('alert')).toHaveText('Skal udfyldes.');
      expect(ofKind(await api.graph(plan.id), 'action')).toHaveLength(ofKind(graph, 'action').length);

      const title = `Læsevenner i indskolingen ${Date.now()}`;
      await form.getByLabel('Titel').fill(title);
      await form.getByLabel('Enhed (ejer)').selectOption({ label: 'Skoledistrikt Juelsminde' });
      await form.getByLabel('Kobl straks til').selectOption({ label: 'Trivsel i skolen' });
      await form.getByTestId('create-save').click();

      await expect(mapPage.toast(`"${title}" er oprettet.`)).toBeVisible();
      const created = ofKind(await api.graph(plan.id), 'action').find((n) => n.title === title);
      expect(created).toBeDefined();
      await expect(page).toHaveURL(new RegExp(`/nodes/${created!.id}`));
      await expect(mapPage.node(created!.id)).toBeVisible();
      expect(await api.findLink(plan.id, created!.id, focusArea!.id)).toMatchObject({ kind: 'contributes' });
      await expect(page.getByTestId('side-panel')).toContainText('bidrager til Trivsel i skolen');

      await page.getByTestId('node-delete').click();
      await expect(mapPage.confirmDialog).toContainText(`"${title}" og dets koblinger slettes.`);
      await mapPage.confirmDialog.getByTestId('confirm-yes').click();
      await expect(mapPage.toast(`"${title}" er slettet.`)).toBeVisible();
      await expect(mapPage.node(created!.id)).toHaveCount(0);
      expect(ofKind(await api.graph(plan.id), 'action').some((n) => n.id === created!.id)).toBe(false);
    });
  });

  test('selecting an action lights its path up to the vision and down to its data, and dims the rest', async ({ mapPage, api, plan }) => {
    const graph = await api.graph(plan.id);
    const action = ofKind(graph, 'action').find((a) => graph.edges.some((e) => e.source === a.id && e.kind === 'contributes'));
    expect(action).toBeDefined();
    // Its path upward: the focus areas it serves, their aiming points, the vision.
    const up = new Set<string>([action!.id]);
    for (let grew = true; grew;) {
      grew = false;
      for (const e of graph.edges) {
        if (up.has(e.source) && !up.has(e.target)) {
          up.add(e.target);
          grew = true;
        }
      }
    }
    const offPath = graph.nodes.find((n) => n.kind === 'focusArea' && !up.has(n.id));

    await mapPage.goto(`/plans/${plan.id}`);
    await mapPage.node(action!.id).click();
    await expect(mapPage.node(action!.id).locator('.kompas-node')).toHaveClass(/is-selected/);
    for (const id of up) await expect(mapPage.node(id).locator('.kompas-node')).not.toHaveClass(/is-dimmed/);
    await expect(mapPage.node(offPath!.id).locator('.kompas-node')).toHaveClass(/is-dimmed/);
  });

  test('a node chosen at the right edge of the map stays in view when the panel opens beside it', async ({ mapPage, page, plan }) => {
    await mapPage.goto(`/plans/${plan.id}`);
    const boxes = (await mapPage.nodeBoxes()).filter((n) => n.kind !== 'vision');
    const rightmost = boxes.reduce((a, b) => (b.box.x + b.box.width > a.box.x + a.box.width ? b : a));
    const panelWidth = 380;
    expect(rightmost.box.x + rightmost.box.width, 'the node would sit behind the panel').toBeGreaterThan(1440 - panelWidth);

    await mapPage.node(rightmost.id).click();
    await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(rightmost.title);
    await expect.poll(() => mapPage.shows(rightmost.id)).toBe(true);
    const map = await page.locator('.react-flow__pane').boundingBox();
    const node = await mapPage.node(rightmost.id).boundingBox();
    expect(node!.x + node!.width).toBeLessThanOrEqual(map!.x + map!.width);
    await expect(mapPage.node(rightmost.id).locator('.kompas-node')).toHaveClass(/is-selected/);
  });

  test('a focus area moves one place up its committee’s priority list', async ({ mapPage, page, api, plan }) => {
    const graph = await api.graph(plan.id);
    const trivsel = ofKind(graph, 'focusArea').find((n) => n.title === 'Trivsel i skolen');
    const rank = (await api.focusArea(trivsel!.id)).rank;
    expect(rank).toBeGreaterThan(1);
    await mapPage.goto(`/plans/${plan.id}/nodes/${trivsel!.id}`);
    await page.getByTestId('priority-up').click();
    await expect(mapPage.toast('"Trivsel i skolen" er gemt.')).toBeVisible();
    await expect.poll(async () => (await api.focusArea(trivsel!.id)).rank).toBe(rank - 1);
    await expect(mapPage.node(trivsel!.id)).toContainText(`Prioritet ${rank - 1}`);
    await page.getByTestId('priority-down').click();
    await expect.poll(async () => (await api.focusArea(trivsel!.id)).rank).toBe(rank);
  });
});
