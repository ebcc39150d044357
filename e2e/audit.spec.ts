import { expect, test } from './support/fixtures';
import { ofKind } from './support/kompas-api';

test.describe('the director reads the whole history', () => {
  test.use({ as: 'direktor' });

  test('sees the chain is intact, finds a committee’s change by person and action with its reason, and follows it to the map', async ({
    page,
    mapPage,
    plan,
    apiAs,
  }) => {
    // Mette changes a focus area's description, with the committee's decision as the reason.
    const udvalg = await apiAs('udvalg');
    const focusArea = ofKind(await udvalg.graph(plan.id), 'focusArea').find((f) => f.title === 'Trivsel i skolen')!;
    const reason = `Udvalgsmøde ${Date.now()}`;
    await udvalg.updateFocusArea(focusArea.id, { description: 'Alle børn skal trives i skolen.', reason });

    await mapPage.goto(`/plans/${plan.id}`);
    await expect(page.getByTestId('nav-users')).toHaveCount(0);
    await page.getByTestId('nav-audit').click();
    await expect(page).toHaveURL(/\/audit$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Historik' })).toBeVisible();
    await expect(page.getByTestId('audit-chain')).toContainText('Kæden er intakt');
    await expect(page.getByTestId('audit-row').first()).toBeVisible();

    const filters = page.getByTestId('audit-filters');
    await filters.getByLabel('Handling').selectOption({ label: 'Ændret' });
    await filters.getByLabel('Hvem (brugernavn)').fill('udvalg');
    await filters.getByTestId('audit-apply').click();
    await expect(page).toHaveURL(/\/audit\?action=update&user=udvalg$/);
    const row = page.getByTestId('audit-row').filter({ hasText: reason });
    await expect(row).toContainText('Mette Udvalg ændrede fokusområdet „Trivsel i skolen“');
    await expect(row).toContainText('beskrivelse');
    // Once the filtered page has replaced the unfiltered one, every row is hers.
    await expect(page.getByTestId('audit-row').filter({ hasNotText: 'Mette Udvalg' })).toHaveCount(0);

    // The same view opens from its address, e.g. shared with a colleague.
    await page.reload();
    await expect(page.getByTestId('audit-row').filter({ hasText: reason })).toBeVisible();

    await row.getByRole('link', { name: 'vis på kortet' }).click();
    await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/nodes/${focusArea.id}$`));
    await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText('Trivsel i skolen');

    // The trail begins with the import that made the plan.
    await page.goto('/audit?action=import');
    await expect(page.getByTestId('audit-row').last()).toContainText('indlæste planen');
    await expect(page.getByTestId('audit-row').last().locator('td').first()).toHaveText('1');
  });
});

test.describe('a committee member', () => {
  test('is told the whole history is for directors and administrators, and nothing is asked of the server', async ({
    page,
    mapPage,
    plan,
  }) => {
    await mapPage.goto(`/plans/${plan.id}`);
    await expect(page.getByTestId('nav-audit')).toHaveCount(0);
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/audit')) asked.push(request.url());
    });
    await page.goto('/audit');
    await expect(page.getByText('Kun direktion og administratorer kan se hele historikken.')).toBeVisible();
    expect(asked).toEqual([]);
  });
});
