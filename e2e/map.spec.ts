import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { HEDENSTED_TITLE, ofKind } from './support/kompas-api';

const RESULTS = join(__dirname, 'results');

test.describe('the Hedensted map', () => {
  test('opens the current plan at / with the vision, the aiming points and every focus area', async ({ mapPage, page, api, plan }) => {
    await mapPage.goto('/');
    await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}$`));

    const graph = await api.graph(plan.id);
    await expect(mapPage.nodesOfKind('vision')).toHaveCount(1);
    await expect(mapPage.nodesOfKind('vision').locator('.kompas-node__title')).toHaveText(HEDENSTED_TITLE);

    const aimingPoints = ofKind(graph, 'aimingPoint').map((n) => n.title);
    expect(aimingPoints.sort()).toEqual(['Forskellige sammen', 'Smidigt samarbejde', 'Vækst og udvikling i balance']);
    for (const title of aimingPoints) await expect(mapPage.nodeByTitle(title)).toBeVisible();

    const focusAreas = ofKind(graph, 'focusArea');
    expect(focusAreas).toHaveLength(20);
    expect((await mapPage.titlesOfKind('focusArea')).sort()).toEqual(focusAreas.map((n) => n.title).sort());
    for (const focusArea of focusAreas) await expect(mapPage.node(focusArea.id)).toBeVisible();

    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'map.png') });
  });

  test('draws no node over another, indicators included', async ({ mapPage, api, plan }) => {
    await mapPage.goto(`/plans/${plan.id}`);
    await expect(mapPage.page.getByTestId('toggle-indicators')).toBeChecked();
    const graph = await api.graph(plan.id);
    await expect(mapPage.nodes).toHaveCount(graph.nodes.length);

    const boxes = await mapPage.nodeBoxes();
    expect(new Set(boxes.map((b) => b.kind))).toEqual(new Set(['vision', 'aimingPoint', 'focusArea', 'action', 'indicator']));
    const tolerance = 0.5;
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].box;
        const b = boxes[j].box;
        const apart =
          a.x + a.width <= b.x + tolerance ||
          b.x + b.width <= a.x + tolerance ||
          a.y + a.height <= b.y + tolerance ||
          b.y + b.height <= a.y + tolerance;
        if (!apart) overlaps.push(`"${boxes[i].title}" (${boxes[i].kind}) and "${boxes[j].title}" (${boxes[j].kind})`);
      }
    }
    expect(overlaps, 'nodes drawn over each other').toEqual([]);
  });
});

test.describe('when the server cannot be reached', () => {
  test('the page says so, offers a retry, and the retry brings the map', async ({ page, mapPage }) => {
    // The page itself loads; every API call fails as if the server had stopped.
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.goto('/');
    const message = page.getByRole('alert').filter({ hasText: 'Der er ingen forbindelse til Kompas' });
    await expect(message).toBeVisible({ timeout: 15_000 });
    await expect(message).toContainText('Kompas-serveren svarer ikke');

    await page.unroute('**/api/**');
    await message.getByRole('button', { name: 'Prøv igen' }).click();
    await mapPage.waitForMap();
    await expect(mapPage.nodesOfKind('vision')).toHaveCount(1);
  });
});
