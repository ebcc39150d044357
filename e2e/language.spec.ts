import { expect, test } from './support/fixtures';

// A manager, who sees the button for new actions.
test.use({ as: 'leder' });

test('the map speaks Danish by default and English after the switch, also after a reload', async ({ mapPage, page, plan }) => {
  await mapPage.goto(`/plans/${plan.id}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByLabel('Udvalg', { exact: true })).toHaveAttribute('data-testid', 'filter-committee');
  await expect(mapPage.languageSwitch).toHaveText('English');
  await expect(page.getByTestId('create-action')).toHaveText('+ Handling');
  await expect(mapPage.searchInput).toHaveAttribute('placeholder', 'Søg efter titel, udvalg eller enhed …');

  await mapPage.languageSwitch.click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Committee', { exact: true })).toHaveAttribute('data-testid', 'filter-committee');
  await expect(mapPage.languageSwitch).toHaveText('Dansk');
  await expect(page.getByTestId('create-action')).toHaveText('+ Action');
  await expect(mapPage.searchInput).toHaveAttribute('placeholder', 'Search by title, committee or unit …');
  await expect(mapPage.nodesOfKind('vision').locator('.kompas-node__kind')).toHaveText('Vision');
  await expect(mapPage.nodesOfKind('aimingPoint').first().locator('.kompas-node__kind')).toHaveText('Aiming point');

  await mapPage.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Committee', { exact: true })).toBeVisible();
  await expect(mapPage.languageSwitch).toHaveText('Dansk');

  await mapPage.languageSwitch.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByLabel('Udvalg', { exact: true })).toBeVisible();
  await expect(mapPage.languageSwitch).toHaveText('English');
});
