import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from '@playwright/test';
import { DEMO_PASSWORD, DemoUser } from './support/auth';
import { expect, test } from './support/fixtures';
import { LEDER_UNIT, ofKind } from './support/kompas-api';
import { MapPage, titleOnScreen } from './support/map-page';
import { SignInPage } from './support/sign-in-page';

const RESULTS = join(__dirname, 'results');
const COMMITTEE = 'Udvalget for Læring';
// UX: text a person must read is at least 12 px on screen at 1280×720, at the zoom a view opens at.
const READABLE_PX = 12;

// A projector in a meeting room.
test.use({ viewport: { width: 1280, height: 720 }, as: null });

/** Signs in through the sign-in page, as a person would, and waits for the map it opens on. */
async function signIn(page: Page, mapPage: MapPage, user: DemoUser): Promise<void> {
  await page.goto('/');
  await new SignInPage(page).signIn(user, DEMO_PASSWORD);
  await mapPage.waitForMap();
}

function intersects(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test.describe('a map people can read', () => {
  test('Mette signs in and reads her committee’s focus-area titles at 12 px or more, clear of the minimap, without zooming', async ({
    page,
    mapPage,
    apiAs,
  }) => {
    const api = await apiAs('udvalg');
    const plan = await api.hedensted();
    const committee = (await api.committees(plan.id)).find((c) => c.name === COMMITTEE)!;
    // Her committee's lane: the focus areas it leads.
    const own = ofKind(await api.graph(plan.id), 'focusArea').filter((f) => f.committeeId === committee.id);
    expect(own.length).toBeGreaterThan(0);

    await signIn(page, mapPage, 'udvalg');
    await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}$`));
    for (const focusArea of own) {
      const node = mapPage.node(focusArea.id);
      await expect(node).toBeInViewport({ ratio: 0.99 });
      const size = await titleOnScreen(node.locator('.kompas-node__title'));
      expect(size.fontPx, `the title of "${focusArea.title}"`).toBeGreaterThanOrEqual(READABLE_PX);
      expect(size.linePx, `the first line of "${focusArea.title}"`).toBeGreaterThanOrEqual(READABLE_PX);
      expect(await mapPage.shows(focusArea.id), `"${focusArea.title}" is covered`).toBe(true);
    }

    // The minimap, for the rest of the plan, stays off the lane in view.
    const minimap = await page.locator('.react-flow__minimap').boundingBox();
    const lane = await page.locator('.kompas-lane').filter({ hasText: COMMITTEE }).boundingBox();
    const map = await mapPage.map.boundingBox();
    expect(minimap && lane && map).toBeTruthy();
    const laneInView = {
      x: Math.max(lane!.x, map!.x),
      y: Math.max(lane!.y, map!.y),
      width: Math.min(lane!.x + lane!.width, map!.x + map!.width) - Math.max(lane!.x, map!.x),
      height: Math.min(lane!.y + lane!.height, map!.y + map!.height) - Math.max(lane!.y, map!.y),
    };
    expect(intersects(minimap!, laneInView), 'the minimap covers the committee’s lane').toBe(false);

    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'readable-map-1280x720.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
    await mapPage.reload();
    for (const focusArea of own) await expect(mapPage.node(focusArea.id)).toBeInViewport({ ratio: 0.99 });
    await page.screenshot({ path: join(RESULTS, 'readable-map-1440x900.png') });
  });

  test('Jonas filters to his unit and finds all of its actions, readable, with link handles of 12 px or more', async ({
    page,
    mapPage,
    apiAs,
  }) => {
    const api = await apiAs('leder');
    const plan = await api.hedensted();
    const actions = ofKind(await api.graph(plan.id), 'action').filter((a) => a.unitName === LEDER_UNIT);
    // The demo seed gives his unit five actions.
    expect(actions).toHaveLength(5);

    await signIn(page, mapPage, 'leder');
    // He opens on his own actions: some of them on screen at once, readable.
    const onScreen = await mapPage.nodeBoxes();
    const inView = onScreen.filter(
      (n) =>
        actions.some((a) => a.id === n.id) &&
        n.box.x >= 0 &&
        n.box.y >= 0 &&
        n.box.x + n.box.width <= 1280 &&
        n.box.y + n.box.height <= 720,
    );
    expect(inView.length).toBeGreaterThan(0);
    for (const n of inView)
      expect((await titleOnScreen(mapPage.node(n.id).locator('.kompas-node__title'))).fontPx).toBeGreaterThanOrEqual(READABLE_PX);

    await page.getByTestId('filter-unit').selectOption({ label: LEDER_UNIT });
    await expect(page).toHaveURL(new RegExp(`[?&]unit=${actions[0].unitId}`));
    await mapPage.waitForMap();
    await expect(mapPage.nodesOfKind('action')).toHaveCount(actions.length);
    for (const action of actions) {
      const node = mapPage.node(action.id);
      await expect(node).toBeInViewport({ ratio: 0.99 });
      expect((await titleOnScreen(node.locator('.kompas-node__title'))).fontPx).toBeGreaterThanOrEqual(READABLE_PX);
      const handle = await node.locator('.react-flow__handle.source').boundingBox();
      expect(handle!.width, `the link handle of "${action.title}"`).toBeGreaterThanOrEqual(READABLE_PX);
      expect(handle!.height).toBeGreaterThanOrEqual(READABLE_PX);
    }
    await page.screenshot({ path: join(RESULTS, 'readable-map-unit.png') });

    // Search finds them by the unit's name too.
    await mapPage.clearFilters.click();
    await mapPage.searchInput.fill('Juelsminde');
    const options = page.locator('#search-results [role=option]');
    for (const action of actions) await expect(options.filter({ hasText: action.title })).toHaveCount(1);
  });

  test('zoomed out to the whole plan, every card shows its title in type of 12 px or more', async ({ page, mapPage }) => {
    await signIn(page, mapPage, 'direktor');
    const titles = mapPage.nodes.locator('.kompas-node.is-compact .kompas-node__title');
    await expect(titles.first()).toBeVisible();
    expect(await titles.count()).toBe(await mapPage.nodes.count());
    for (const title of await titles.all()) expect((await titleOnScreen(title)).fontPx).toBeGreaterThanOrEqual(READABLE_PX);
    // The committees' names over their lanes too.
    const labels = await page.locator('.kompas-lane__label').evaluateAll((elements) =>
      elements.map((e) => {
        const lane = e.parentElement as HTMLElement;
        return parseFloat(getComputedStyle(e).fontSize) * (lane.getBoundingClientRect().width / lane.offsetWidth);
      }),
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const px of labels) expect(px).toBeGreaterThanOrEqual(READABLE_PX);
    await page.screenshot({ path: join(RESULTS, 'readable-map-whole.png') });
  });

  test('the list view holds every node of the map', async ({ page, mapPage, apiAs }) => {
    const api = await apiAs('laeser');
    const plan = await api.hedensted();
    const graph = await api.graph(plan.id);
    await signIn(page, mapPage, 'laeser');
    await expect(mapPage.nodes).toHaveCount(graph.nodes.length);

    await page.getByTestId('list-view-toggle').click();
    const list = page.getByTestId('list-view');
    await expect(list).toBeVisible();
    const listed = await list.locator('[data-node-id]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-node-id')));
    expect(new Set(listed)).toEqual(new Set(graph.nodes.map((n) => n.id)));
    // Focus areas under an aiming point come in priority order within each committee.
    const trivsel = list.getByRole('button', { name: /Trivsel i skolen/ }).first();
    await expect(trivsel.locator('..')).toContainText(COMMITTEE);
  });
});
