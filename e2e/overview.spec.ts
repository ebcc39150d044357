import type { APIRequestContext } from '@playwright/test';
import { authStateFile } from './support/auth';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const ORPHAN = 'Lektiecafé uden fokusområde';

test.describe('the overview (Overblik)', () => {
  test.use({ as: 'direktor' });

  let leder: APIRequestContext;
  let orphanId: string | null = null;

  test.beforeEach(async ({ playwright, baseURL, plan }) => {
    // A manager starts an action and links it to nothing: the audit must find it.
    leder = await playwright.request.newContext({ baseURL, storageState: authStateFile('leder') });
    const me = (await (await leder.get('/api/auth/me')).json()) as { unitIds: string[] };
    const created = await leder.post('/api/actions', { data: { planId: plan.id, unitId: me.unitIds[0], title: ORPHAN } });
    expect(created.ok(), await created.text()).toBe(true);
    orphanId = ((await created.json()) as { id: string }).id;
  });

  // Other tests read the demo plan: the action goes again.
  test.afterEach(async () => {
    if (orphanId) {
      const action = (await (await leder.get(`/api/actions/${orphanId}`)).json()) as { version: number };
      const removed = await leder.delete(`/api/actions/${orphanId}`, { headers: { 'If-Match': `"${action.version}"` } });
      expect(removed.ok(), await removed.text()).toBe(true);
    }
    orphanId = null;
    await leder.dispose();
  });

  test('a director follows an orphan action from the Overblik page to the map, sees it selected, and comments on it', async ({
    page,
    mapPage,
    plan,
  }) => {
    test.slow();
    await page.setViewportSize({ width: 1280, height: 720 });
    await mapPage.goto(`/plans/${plan.id}`);
    await page.getByTestId('open-overview').click();
    await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/overview$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sammenhæng i planen');
    await expect(page.getByTestId('overview-matrix')).toBeVisible();

    const group = page.getByTestId('overview-group-actionWithoutFocusArea');
    await expect(group.getByRole('heading', { level: 3 })).toContainText('Handlinger uden fokusområde');
    const finding = group.getByTestId('overview-finding').filter({ hasText: ORPHAN });
    await expect(finding).toHaveCount(1);
    await expect(finding).toHaveAttribute('data-node', orphanId!);

    expect(await seriousViolations(page)).toEqual([]);

    // To the map: the action selected, open in the panel.
    await finding.getByTestId('overview-finding-link').click();
    await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/nodes/${orphanId}`));
    await mapPage.waitForMap();
    await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(ORPHAN);
    // Its path stands out, the rest of the plan is dimmed.
    const card = page.locator(`.react-flow__node[data-id="${orphanId}"] .kompas-node`);
    await expect(card).toHaveClass(/is-selected/);
    await expect(card).toHaveClass(/is-on-path/);
    await expect(page.locator('.react-flow__node .kompas-node.is-dimmed').first()).toBeAttached();

    // Back, and to its comments straight from the finding.
    await page.goBack();
    await page
      .getByTestId('overview-group-actionWithoutFocusArea')
      .getByTestId('overview-finding')
      .filter({ hasText: ORPHAN })
      .getByTestId('overview-finding-comment')
      .click();
    await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/nodes/${orphanId}#comments$`));
    const input = mapPage.panel.getByTestId('comment-input');
    await expect(input).toBeVisible();
    await input.fill('Hvilket fokusområde skal lektiecaféen tjene?');
    await mapPage.panel.getByTestId('comment-submit').click();
    await expect(mapPage.panel.getByTestId('comment').filter({ hasText: 'Hvilket fokusområde skal lektiecaféen tjene?' })).toBeVisible();
    await expect(input).toHaveValue('');
  });
});
