import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ofKind } from './support/kompas-api';

/** Serious and critical findings of an axe scan, one readable line per element. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} – ${n.failureSummary?.replace(/\s+/g, ' ')}`));
}

test('the map, and the map with a node open in the panel, have no serious or critical axe violations', async ({
  mapPage,
  page,
  api,
  plan,
}) => {
  // Two full scans of a 77-node map take a while on a busy two-core machine.
  test.setTimeout(60_000);
  const focusArea = ofKind(await api.graph(plan.id), 'focusArea')[0];
  await mapPage.goto(`/plans/${plan.id}`);
  const onMap = await test.step('scan the map', () => seriousViolations(page));
  expect.soft(onMap, `On the map:\n${onMap.join('\n')}`).toEqual([]);

  // Opening a node dims everything off its path and adds the panel's form.
  await mapPage.reveal(focusArea.id);
  await mapPage.node(focusArea.id).click();
  await expect(mapPage.panel.getByTestId('node-form')).toBeVisible();
  await expect(mapPage.node(focusArea.id).locator('.kompas-node')).toHaveClass(/is-selected/);
  const withPanel = await test.step('scan the map with the panel open', () => seriousViolations(page));
  expect.soft(withPanel, `With the panel open:\n${withPanel.join('\n')}`).toEqual([]);
});

test.describe('before signing in', () => {
  test.use({ as: null });

  test('the sign-in page, with a refusal shown, has no serious or critical axe violations', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByTestId('demo-marker')).toBeVisible();
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('signin-error')).toBeVisible();
    const found = await seriousViolations(page);
    expect(found, found.join('\n')).toEqual([]);
  });
});

test.describe('as an administrator', () => {
  test.use({ as: 'admin' });

  test('the users page, with a new user’s form showing its refusals, has no serious or critical axe violations', async ({ page }) => {
    await page.goto('/users/new');
    await expect(page.getByTestId('users-table')).toBeVisible();
    await page.getByTestId('user-save').click();
    await expect(page.getByText('Skriv brugerens navn.')).toBeVisible();
    const found = await seriousViolations(page);
    expect(found, found.join('\n')).toEqual([]);
  });

  test('the whole history, with its chain check and filters, has no serious or critical axe violations', async ({ page }) => {
    await page.goto('/audit');
    await expect(page.getByTestId('audit-chain')).toBeVisible();
    await expect(page.getByTestId('audit-row').first()).toBeVisible();
    const found = await seriousViolations(page);
    expect(found, found.join('\n')).toEqual([]);
  });
});
