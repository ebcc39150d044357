import { readFileSync } from 'node:fs';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test.use({ as: 'laeser', viewport: { width: 1280, height: 720 } });

/**
 * A reader downloads the follow-up report from the map's toolbar at 1280×720, with the keyboard:
 * the menu opens on this year, the period is chosen, and the PDF arrives under the plan's and the
 * period's name; Escape closes the menu.
 */
test('a reader downloads the yearly report as a PDF from the map, by keyboard', async ({ page, plan }) => {
  test.setTimeout(60_000);
  await page.goto(`/plans/${plan.id}`);
  const menu = page.getByTestId('report-menu');
  await expect(menu).toBeVisible();
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  const year = page.getByLabel('År', { exact: true });
  await expect(year).toBeFocused();
  await expect(year).toHaveValue(String(new Date().getFullYear()));
  expect(await seriousViolations(page)).toEqual([]);
  if (process.env['KOMPAS_SHOT']) await page.screenshot({ path: process.env['KOMPAS_SHOT'] });

  await year.selectOption('2026');
  await page.getByLabel('Periode', { exact: true }).selectOption({ label: 'Hele året' });
  const downloading = page.waitForEvent('download');
  await page.getByTestId('report-pdf').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('kompas-hedensted-sammen-om-at-skabe-et-liv-i-balance-2026.pdf');
  const file = await download.path();
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByTestId('report-status')).toHaveText(/Rapporten er hentet: kompas-hedensted/);

  // Escape closes the menu and gives the focus back to its button.
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
});

test('says that the report is being made while the server makes it, and disables the buttons', async ({ page, plan }) => {
  await page.route('**/report.xlsx?**', async (route) => {
    await new Promise((done) => setTimeout(done, 1500));
    await route.continue();
  });
  await page.goto(`/plans/${plan.id}`);
  await page.getByTestId('report-menu').click();
  const downloading = page.waitForEvent('download');
  await page.getByTestId('report-xlsx').click();
  await expect(page.getByTestId('report-status')).toHaveText('Danner rapport…');
  await expect(page.getByTestId('report-pdf')).toBeDisabled();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^kompas-hedensted-.*\.xlsx$/);
  await expect(page.getByTestId('report-pdf')).toBeEnabled();
});
