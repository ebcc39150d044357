import { expect, test } from './support/fixtures';

test.describe('when the server answers with an error', () => {
  test('a failing map is a server error, not a lost connection, and the retry brings the map', async ({ page, mapPage, plan }) => {
    // The server is there and answers, but the plan's graph fails (as after a crash inside it) until it is mended.
    let failing = true;
    await page.route(`**/api/plans/${plan.id}/graph`, (route) =>
      failing
        ? route.fulfill({
            status: 500,
            contentType: 'application/json',
            body: JSON.stringify({ statusCode: 500, code: 'internal_error', message: 'Internal server error.', details: [] }),
          })
        : route.fallback(),
    );
    await page.goto(`/plans/${plan.id}`);
    const message = page.getByRole('alert').filter({ hasText: 'Kortet kunne ikke hentes' });
    await expect(message).toBeVisible();
    await expect(message).toContainText('Der skete en fejl på serveren.');
    await expect(page.getByText('ingen forbindelse', { exact: false })).toHaveCount(0);

    failing = false;
    await message.getByRole('button', { name: 'Prøv igen' }).click();
    await mapPage.waitForMap();
  });

  test('a bare 502 from a proxy in front of Kompas is not called a lost connection either', async ({ page }) => {
    await page.route('**/api/auth/me', (route) => route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad Gateway</h1>' }));
    await page.goto('/');
    const message = page.getByRole('alert').filter({ hasText: 'Kompas kunne ikke svare lige nu' });
    await expect(message).toBeVisible();
    await expect(message).toContainText('Kompas er ikke klar lige nu');
    await expect(page.getByText('ingen forbindelse', { exact: false })).toHaveCount(0);
  });
});
