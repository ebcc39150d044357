import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** What has the keyboard focus: a map node, a map edge, or something else, with where a node sits. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const node = element?.closest('.react-flow__node');
    if (node) {
      // Where the node sits on the map itself (the view may pan to a node that gets the focus).
      const at = new DOMMatrix(getComputedStyle(node).transform);
      return { what: 'node' as const, id: node.getAttribute('data-id'), x: at.e, y: at.f };
    }
    if (element?.closest('.react-flow__edge')) return { what: 'edge' as const, id: element.getAttribute('data-id'), x: 0, y: 0 };
    const inMap = !!element?.closest('[data-testid=cascade-map]');
    return { what: inMap ? ('map' as const) : ('page' as const), id: null, x: 0, y: 0 };
  });
}

test.describe('the map by keyboard and screen reader', () => {
  test('Tab from the toolbar reaches the nodes in reading order before any edge, each with a visible focus ring', async ({
    mapPage,
    page,
    plan,
  }) => {
    await mapPage.goto(`/plans/${plan.id}`);
    // The last control of the toolbar, where a keyboard user comes from.
    await page.locator('.kompas-toolbar').locator('button, select, input, a[href]').last().focus();

    let first = await focused(page);
    for (let i = 0; i < 10 && first.what === 'page'; i++) {
      await page.keyboard.press('Tab');
      first = await focused(page);
    }
    expect(first.what, 'the first thing in the map that Tab reaches').toBe('node');

    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      // The node sits in the zoomed map: what reaches the screen is its outline times the zoom.
      const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
      const zoom = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 1;
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), zoom, shadow: style.boxShadow };
    });
    // What is drawn: an outline at least 2 px wide on screen (or a ring of shadow), not React Flow's `outline: none`.
    const outlined = ring.style !== 'none' && ring.width * ring.zoom >= 2;
    expect(outlined || (ring.shadow !== 'none' && ring.shadow !== ''), JSON.stringify(ring)).toBe(true);

    // The next stops are nodes too, top to bottom and left to right, never an edge.
    let previous = first;
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const next = await focused(page);
      expect(next.what).toBe('node');
      expect(next.y > previous.y - 1 || (Math.abs(next.y - previous.y) < 1 && next.x > previous.x), 'reading order').toBe(true);
      previous = next;
    }
  });

  test('a link is named by the titles of its ends, in Danish and in English', async ({ mapPage, api, plan }) => {
    const graph = await api.graph(plan.id);
    const link = graph.edges.find((e) => e.kind === 'supports')!;
    const title = (id: string) => graph.nodes.find((n) => n.id === id)!.title;
    await mapPage.goto(`/plans/${plan.id}`);
    await expect(mapPage.edge(link.id)).toHaveAttribute('aria-label', `Kobling fra «${title(link.source)}» til «${title(link.target)}»`);
    await expect(mapPage.page.locator('.react-flow__edge[aria-label^="Edge from"]')).toHaveCount(0);
    // A screen reader calls them by the app's words, not React Flow's "edge" and "node".
    await expect(mapPage.edge(link.id)).toHaveAttribute('aria-roledescription', 'kobling');
    await expect(mapPage.node(link.source)).toHaveAttribute('aria-roledescription', 'Fokusområde');

    await mapPage.languageSwitch.click();
    await expect(mapPage.edge(link.id)).toHaveAttribute('aria-label', `Link from “${title(link.source)}” to “${title(link.target)}”`);
  });

  test('Esc in the side panel closes it and gives the focus back to the node', async ({ mapPage, page, api, plan }) => {
    const graph = await api.graph(plan.id);
    // A focus area of the committee member's own committee: its fields can be typed in.
    const node = graph.nodes.find((n) => n.kind === 'focusArea' && n.committeeName === 'Udvalget for Læring')!;
    await mapPage.goto(`/plans/${plan.id}`);
    await mapPage.reveal(node.id);
    await mapPage.node(node.id).focus();
    await page.keyboard.press('Enter');
    await expect(mapPage.panel).toBeVisible();

    // Somewhere in the panel that is not a text field: its tabs.
    const tab = mapPage.panel.getByRole('tab').last();
    await tab.focus();
    await expect(tab).toBeFocused();
    await page.keyboard.press('Escape');

    await expect(mapPage.panel).toBeHidden();
    await expect(mapPage.node(node.id)).toBeFocused();

    // From a text field the first Esc only leaves the field, so what is typed stays; the next closes the panel.
    await page.keyboard.press('Enter');
    const title = mapPage.panel.locator('#node-title');
    await title.fill('Noget nyt');
    await page.keyboard.press('Escape');
    await expect(mapPage.panel).toBeVisible();
    await expect(mapPage.panel).toBeFocused();
    await expect(title).toHaveValue('Noget nyt');
    await page.keyboard.press('Escape');
    await expect(mapPage.panel).toBeHidden();
    await expect(mapPage.node(node.id)).toBeFocused();
  });
});
