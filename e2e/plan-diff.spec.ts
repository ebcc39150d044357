import { authStateFile } from './support/auth';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { KompasApi, LEDER_UNIT, ofKind, type FocusArea } from './support/kompas-api';
import { MapPage, titleOnScreen } from './support/map-page';

const today = () => new Date().toISOString().slice(0, 10);
// UX: text a person must read is at least 12 px on screen, at the zoom a view opens at.
const READABLE_PX = 12;

test.describe('the plan diff', () => {
  test.use({ as: 'direktor' });

  test('a director adopts a revision, the plan moves on, and the diff since it lists and draws the moved priority and the removed link', async ({
    page,
    api,
    plan,
    mapPage,
    playwright,
    baseURL,
  }) => {
    test.slow();
    // The plan's changes are made by those who own them: a committee member moves its priority, a unit's
    // manager removes one of its actions' links (a director reads, compares and adopts).
    const managerRequest = await playwright.request.newContext({ baseURL, storageState: authStateFile('leder') });
    const manager = new KompasApi(managerRequest);
    const memberRequest = await playwright.request.newContext({ baseURL, storageState: authStateFile('udvalg') });
    const member = new KompasApi(memberRequest);
    const memberOf = new Set((await member.me()).committeeIds);
    const graph = await api.graph(plan.id);
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));

    // A committee of the member's with two priorities or more.
    const focusAreas = ofKind(graph, 'focusArea');
    const committeeId = [...memberOf].find((id) => focusAreas.filter((f) => f.committeeId === id).length > 1)!;
    const ranked = (await Promise.all(focusAreas.filter((f) => f.committeeId === committeeId).map((f) => api.focusArea(f.id)))).sort(
      (a: FocusArea, b: FocusArea) => a.rank - b.rank,
    );
    const moved = ranked[ranked.length - 1];
    const link = graph.edges.find((e) => e.kind === 'contributes' && e.version !== null && byId.get(e.source)?.unitName === LEDER_UNIT)!;
    const [source, target] = [byId.get(link.source)!, byId.get(link.target)!];
    const removedLink = await api.link(link.id);

    // The revision, through the API as the director.
    const adopted = await page.request.post(`/api/plans/${plan.id}/revisions`, {
      data: { name: 'Budgetforlig 2027', decidedAt: today(), decidedBy: 'Kommunalbestyrelsen', caseNumber: 'sag 26/4711' },
    });
    expect(adopted.status(), await adopted.text()).toBe(201);
    const revision = (await adopted.json()) as { id: string };

    try {
      // After it: a priority moves to first and a link is removed, each with its reason.
      await member.updateFocusArea(moved.id, { rank: 1, reason: 'Udvalget prioriterer om efter budgettet' });
      const removal = await managerRequest.delete(
        `/api/links/${link.id}?reason=${encodeURIComponent('Handlingen bidrager ikke længere')}`,
        {
          headers: { 'If-Match': `"${removedLink.version}"` },
        },
      );
      expect([200, 204], await removal.text()).toContain(removal.status());

      await page.goto(`/plans/${plan.id}/diff?from=${revision.id}&to=now`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ændringer i planen');

      const priorities = page.getByTestId('diff-priorities');
      await expect(priorities.getByRole('listitem').filter({ hasText: `${moved.title}: prioritet ${moved.rank} → 1` })).toContainText(
        'Udvalget prioriterer om efter budgettet',
      );
      const linkWords = `${source.title} → ${target.title}`;
      const removedItem = page.getByTestId('diff-links-removed').getByRole('listitem').filter({ hasText: linkWords });
      await expect(removedItem).toContainText('Handlingen bidrager ikke længere');
      await expect(removedItem.locator('s')).toHaveText(linkWords);

      // Drawn on the cascade map (React Flow, read-only): the moved focus area marked with its move, readable where
      // the map opens; the removed link a dashed ghost saying so; a legend in words.
      const diffMap = new MapPage(page);
      await diffMap.waitForMap();
      const movedNode = diffMap.node(moved.id);
      await expect(movedNode).toHaveAttribute('data-diff', 'moved');
      await expect(movedNode.locator('.kompas-diff-badge')).toHaveText(`↕ Prioritet ${moved.rank} → 1`);
      await expect(movedNode).toBeInViewport();
      expect((await titleOnScreen(movedNode.locator('.kompas-node__title'))).fontPx).toBeGreaterThanOrEqual(READABLE_PX);
      const ghost = diffMap.edge(link.id);
      await expect(ghost).toHaveAttribute('data-diff', 'removed');
      expect(await ghost.locator('path.react-flow__edge-path').evaluate((path) => getComputedStyle(path).strokeDasharray)).not.toBe('none');
      await expect(page.locator(`[data-testid="diff-edge-mark"][data-edge="${link.id}"]`)).toHaveText('− Fjernet');
      await expect(diffMap.node(link.source)).toHaveAttribute('data-diff', /^(unchanged|changed)$/);
      await expect(page.locator('.react-flow__handle.connectablestart')).toHaveCount(0);
      await expect(page.getByTestId('diff-legend')).toContainText('stiplet kant');

      // Choosing the focus area on the map marks its entry in the list; the list's entry, by keyboard, chooses the link on the map.
      await movedNode.click();
      await expect(priorities.getByRole('listitem').filter({ hasText: moved.title })).toHaveClass(/is-selected/);
      await removedItem.getByRole('button').focus();
      await page.keyboard.press('Enter');
      await expect(ghost).toHaveClass(/selected/);
      await expect(removedItem).toHaveClass(/is-selected/);
      await expect(ghost).toBeFocused();

      // On a projector (1280×720) the changed part opens in view too, readable.
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.reload();
      await diffMap.waitForMap();
      await expect(movedNode).toBeInViewport();
      expect((await titleOnScreen(movedNode.locator('.kompas-node__title'))).fontPx).toBeGreaterThanOrEqual(READABLE_PX);
      await page.setViewportSize({ width: 1440, height: 900 });

      // The same from the map's toolbar: the latest revision (this one) against now is the default.
      await page.goto(`/plans/${plan.id}`);
      await page.getByTestId('open-plan-diff').click();
      await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/diff`));
      await expect(page.getByTestId('diff-links-removed')).toContainText(linkWords);

      // A date in the future is refused in words.
      await page.goto(`/plans/${plan.id}/diff?from=${revision.id}&to=2999-01-01`);
      await expect(page.getByTestId('diff-error')).toHaveText('Til: datoen ligger i fremtiden. Planen kendes kun frem til i dag.');

      // The map as the revision kept it, reached by keyboard from Ændringer (its Fra side is that revision by default):
      // Tab from the side's choice to "Se kortet som det var", and Enter.
      await page.goto(`/plans/${plan.id}/diff`);
      await page.getByTestId('diff-from-choice').focus();
      await page.keyboard.press('Tab');
      await expect(page.getByTestId('diff-from-map')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}\\?revision=${revision.id}$`));
      await mapPage.waitForMap();
      await expect(page.getByTestId('asof-banner')).toBeVisible();
      // The moved focus area, found by search, shows its priority of then in a read-only panel; Esc closes the panel.
      await mapPage.searchInput.fill(moved.title);
      await mapPage.searchInput.press('Enter');
      const pastNode = page.getByTestId('past-node');
      await expect(pastNode.getByRole('heading', { level: 2 })).toHaveText(moved.title);
      await expect(pastNode.locator('[data-field="rank"] dd')).toHaveText(String(moved.rank));
      await expect(pastNode.locator('input, textarea, select, [role=tab]')).toHaveCount(0);
      await expect(page.getByTestId('asof-banner')).toBeVisible();
      await pastNode.locator('.kompas-linklist button').first().focus();
      await page.keyboard.press('Escape');
      await expect(mapPage.panel).toHaveCount(0);

      // The map as it was today, read-only: a banner, no editing tools, and the way back to now.
      await page.goto(`/plans/${plan.id}?asOf=${today()}`);
      await expect(page.getByTestId('asof-banner')).toContainText('skrivebeskyttet');
      await expect(page.getByTestId('open-plan-diff')).toHaveCount(0);
      // Clicking a node opens it as it was that day: the priority the committee moved it to.
      await mapPage.waitForMap();
      await mapPage.reveal(moved.id);
      await mapPage.node(moved.id).click();
      await expect(page.getByTestId('past-node').locator('[data-field="rank"] dd')).toHaveText('1');
      await page.getByTestId('asof-back').click();
      await expect(page.getByTestId('asof-banner')).toHaveCount(0);
      await expect(page.getByTestId('open-plan-diff')).toBeVisible();

      await page.goto(`/plans/${plan.id}/diff?from=${revision.id}&to=now`);
      await expect(page.getByTestId('diff-list')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      // The plan as other tests expect it: the order back, the link again.
      const order = ranked.map((f) => f.id);
      const reorder = await memberRequest.put(`/api/committees/${committeeId}/focus-area-order`, { data: { focusAreaIds: order } });
      expect(reorder.ok(), await reorder.text()).toBe(true);
      if ((await api.linkStatus(link.id)) === 404)
        await manager.createLink({
          sourceId: link.source,
          targetId: link.target,
          rationale: removedLink.rationale ?? undefined,
          strength: removedLink.strength,
        });
      await managerRequest.dispose();
      await memberRequest.dispose();
    }
  });
});
