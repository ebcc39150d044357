import { expect, Locator, Page } from '@playwright/test';

export type Box = { x: number; y: number; width: number; height: number };

const center = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/**
 * How tall a node's title type is on screen: the height of its first line as drawn, and its font size times
 * the scale its card is drawn at (the card's width on screen over its laid-out width).
 */
export function titleOnScreen(title: Locator): Promise<{ fontPx: number; linePx: number }> {
  return title.evaluate((element) => {
    const html = element as HTMLElement;
    const card = html.closest<HTMLElement>('.react-flow__node') ?? html;
    const scale = card.getBoundingClientRect().width / card.offsetWidth;
    const range = document.createRange();
    range.selectNodeContents(html);
    const line = range.getClientRects()[0];
    return { fontPx: parseFloat(getComputedStyle(html).fontSize) * scale, linePx: line?.height ?? 0 };
  });
}

/** The cascade map as a user sees it: header, filters, the React Flow canvas and the side panel. */
export class MapPage {
  readonly map: Locator;
  readonly nodes: Locator;
  readonly panel: Locator;
  readonly linkPanel: Locator;
  readonly toasts: Locator;
  readonly searchInput: Locator;
  readonly languageSwitch: Locator;
  readonly committeeFilter: Locator;
  readonly clearFilters: Locator;
  readonly confirmDialog: Locator;
  readonly linkTargetDialog: Locator;

  constructor(readonly page: Page) {
    this.map = page.getByTestId('cascade-map');
    this.nodes = page.locator('.react-flow__node');
    this.panel = page.getByTestId('side-panel');
    this.linkPanel = page.getByTestId('link-panel');
    this.toasts = page.getByTestId('toast');
    this.searchInput = page.getByTestId('search-input');
    this.languageSwitch = page.getByTestId('language-switch');
    this.committeeFilter = page.getByTestId('filter-committee');
    this.clearFilters = page.getByTestId('clear-filters');
    this.confirmDialog = page.getByTestId('confirm-dialog');
    this.linkTargetDialog = page.getByTestId('link-target-dialog');
  }

  /** Opens an address of the app and waits until the map is drawn and fitted. */
  async goto(path = '/'): Promise<void> {
    await this.page.goto(path);
    await this.waitForMap();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitForMap();
  }

  /**
   * The map is ready when it has opened its view (on the user's own part, or what the address names)
   * and a node shows inside the visible canvas.
   */
  async waitForMap(): Promise<void> {
    await expect(this.map).toHaveAttribute('data-view', 'open');
    await expect(this.nodes.first()).toBeVisible();
    await this.waitForStillViewport();
  }

  /** Waits until the canvas stops moving (fitting, centring and zooming animate briefly). */
  async waitForStillViewport(): Promise<void> {
    const transform = () => this.page.locator('.react-flow__viewport').evaluate((e) => (e as HTMLElement).style.transform);
    let last = '';
    await expect
      .poll(
        async () => {
          const now = await transform();
          const still = now === last;
          last = now;
          return still;
        },
        { intervals: [60] },
      )
      .toBe(true);
  }

  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  nodeByTitle(title: string): Locator {
    return this.nodes.filter({ has: this.page.locator('.kompas-node__title').getByText(title, { exact: true }) });
  }

  nodesOfKind(kind: string): Locator {
    return this.page.locator(`.react-flow__node-${kind}`);
  }

  /** The titles of the drawn nodes of one kind. */
  titlesOfKind(kind: string): Promise<string[]> {
    return this.nodesOfKind(kind).locator('.kompas-node__title').allTextContents();
  }

  edge(id: string): Locator {
    return this.page.locator(`.react-flow__edge[data-id="${id}"]`);
  }

  toast(text: string | RegExp): Locator {
    return this.toasts.filter({ hasText: text });
  }

  private async box(locator: Locator): Promise<Box> {
    const box = await locator.boundingBox();
    if (!box) throw new Error(`Not on screen: ${locator}`);
    return box;
  }

  /**
   * Zooms with the mouse wheel around the given nodes until they fill a good
   * part of the canvas, so their handles are big enough to grab like a user would.
   */
  async zoomTo(ids: string[], fill = 0.5): Promise<void> {
    const canvas = await this.box(this.map);
    // The map opens on the user's own part: for nodes outside it, first show the whole map, as a user would.
    const inView = (b: Box) =>
      b.x >= canvas.x && b.y >= canvas.y && b.x + b.width <= canvas.x + canvas.width && b.y + b.height <= canvas.y + canvas.height;
    if (!(await Promise.all(ids.map((id) => this.box(this.node(id))))).every(inView)) {
      await this.page.locator('.react-flow__controls-fitview').click();
      await this.waitForStillViewport();
    }
    for (let step = 0; step < 40; step++) {
      const boxes = await Promise.all(ids.map((id) => this.box(this.node(id))));
      const left = Math.min(...boxes.map((b) => b.x));
      const top = Math.min(...boxes.map((b) => b.y));
      const right = Math.max(...boxes.map((b) => b.x + b.width));
      const bottom = Math.max(...boxes.map((b) => b.y + b.height));
      if (right - left > canvas.width * fill || bottom - top > canvas.height * fill) break;
      await this.page.mouse.move((left + right) / 2, (top + bottom) / 2);
      await this.page.mouse.wheel(0, -250);
      await this.waitForStillViewport();
    }
    for (const id of ids) await expect(this.node(id)).toBeInViewport();
  }

  /**
   * Drags the map by its empty background, like a user would, until the node's centre shows and
   * nothing covers it (the side panel narrows the map, so a node on the right may sit behind its edge).
   */
  /** Whether a click on the node's centre would reach it: it is inside the map and nothing covers it. */
  shows(id: string): Promise<boolean> {
    return this.node(id).evaluate((node) => {
      const n = node.getBoundingClientRect();
      return document.elementFromPoint(n.x + n.width / 2, n.y + n.height / 2)?.closest('.react-flow__node') === node;
    });
  }

  async reveal(id: string): Promise<void> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const plan = await this.page.evaluate((nodeId) => {
        const node = document.querySelector(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
        const pane = document.querySelector('.react-flow__pane');
        if (!node || !pane) return null;
        const n = node.getBoundingClientRect();
        const m = pane.getBoundingClientRect();
        const target = { x: n.x + n.width / 2, y: n.y + n.height / 2 };
        if (document.elementFromPoint(target.x, target.y)?.closest('.react-flow__node') === node) return 'shown';
        // A node far off screen comes closer a screenful at a time.
        const clamp = (d: number, room: number) => Math.max(-0.8 * room, Math.min(0.8 * room, d));
        const move = { x: clamp(m.x + m.width / 2 - target.x, m.width), y: clamp(m.y + m.height / 2 - target.y, m.height) };
        // A point of the empty background from which the move ends inside the map.
        for (let fy = 0.05; fy < 1; fy += 0.05)
          for (let fx = 0.05; fx < 1; fx += 0.05) {
            const from = { x: m.x + m.width * fx, y: m.y + m.height * fy };
            const to = { x: from.x + move.x, y: from.y + move.y };
            const inside = (p: { x: number; y: number }) => p.x > m.x && p.x < m.right && p.y > m.y && p.y < m.bottom;
            if (inside(to) && document.elementFromPoint(from.x, from.y) === pane) return { from, to };
          }
        return null;
      }, id);
      if (plan === 'shown') return;
      if (!plan) throw new Error(`No empty spot on the map to drag ${id} into view from.`);
      await this.page.mouse.move(plan.from.x, plan.from.y);
      await this.page.mouse.down();
      await this.page.mouse.move(plan.to.x, plan.to.y, { steps: 10 });
      await this.page.mouse.up();
      await this.waitForStillViewport();
    }
    throw new Error(`Could not bring ${id} into view.`);
  }

  /**
   * Draws a link with the mouse: presses on the source node's link handle,
   * moves in steps (React Flow follows real pointer events) and lets go over the target node.
   */
  async dragLink(sourceId: string, targetId: string): Promise<void> {
    const handle = this.node(sourceId).locator('.react-flow__handle.source');
    const from = center(await this.box(handle));
    const to = center(await this.box(this.node(targetId)));
    const grabbed = await this.page.evaluate(
      ({ x, y, id }) => document.elementFromPoint(x, y)?.closest('.react-flow__handle.source')?.getAttribute('data-nodeid') === id,
      { ...from, id: sourceId },
    );
    expect(grabbed, `the link handle of ${sourceId} is covered`).toBe(true);
    const mouse = this.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(from.x + 4, from.y - 4, { steps: 2 });
    await mouse.move(to.x, to.y, { steps: 15 });
    await mouse.up();
  }

  /** Clicks a drawn link on a point of its line that nothing else covers. */
  async clickEdge(id: string): Promise<void> {
    const point = await this.edge(id).evaluate((element, edgeId) => {
      const path = element.querySelector<SVGPathElement>('path.react-flow__edge-interaction') ?? element.querySelector('path');
      const matrix = path?.getScreenCTM();
      if (!path || !matrix) return null;
      const length = path.getTotalLength();
      for (const share of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
        const p = path.getPointAtLength(length * share).matrixTransform(matrix);
        const hit = document.elementFromPoint(p.x, p.y)?.closest('.react-flow__edge');
        if (hit?.getAttribute('data-id') === edgeId) return { x: p.x, y: p.y };
      }
      return null;
    }, id);
    if (!point) throw new Error(`No free point on the line of link ${id} to click.`);
    await this.page.mouse.click(point.x, point.y);
  }

  /** Every drawn node's box on screen, with its id and kind. */
  nodeBoxes(): Promise<{ id: string; kind: string; title: string; box: Box }[]> {
    return this.nodes.evaluateAll((elements) =>
      elements.map((e) => {
        const r = e.getBoundingClientRect();
        return {
          id: e.getAttribute('data-id') ?? '',
          kind: [...e.classList].find((c) => c.startsWith('react-flow__node-'))?.slice('react-flow__node-'.length) ?? '',
          title: e.querySelector('.kompas-node__title')?.textContent ?? '',
          box: { x: r.x, y: r.y, width: r.width, height: r.height },
        };
      }),
    );
  }
}
