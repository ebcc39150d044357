import { expect, test } from './support/fixtures';

test.describe('the administrator manages people', () => {
  test.use({ as: 'admin' });

  test('creates a manager with a password and a unit, corrects what was refused, and deactivates her; the history keeps her name', async ({
    page,
    mapPage,
    plan,
    playwright,
    baseURL,
  }) => {
    const username = `birthe-${Date.now()}`;
    const password = 'et langt og godt kodeord';
    await mapPage.goto(`/plans/${plan.id}`);
    await page.getByTestId('nav-users').click();
    await expect(page).toHaveURL(/\/users$/);
    const table = page.getByTestId('users-table');
    await expect(page.getByRole('heading', { level: 1, name: 'Brugere' })).toBeVisible();
    await expect(table.getByTestId('user-row-leder')).toContainText('Leder (Skoledistrikt Juelsminde)');
    await expect(table.getByTestId('user-row-udvalg')).toContainText('Udvalgsmedlem (Udvalget for Læring)');
    await expect(table.getByTestId('user-row-admin')).toContainText('(dig)');

    await page.getByTestId('user-new').click();
    await expect(page).toHaveURL(/\/users\/new$/);
    const form = page.getByTestId('user-form');
    await expect(form.getByRole('heading', { name: 'Ny bruger' })).toBeVisible();
    // Nothing filled in: each field says what it needs, in Danish, before anything is sent.
    await form.getByTestId('user-save').click();
    await expect(form.getByText('Brug 2–60 bogstaver, tal, punktum, bindestreg eller understreg.')).toBeVisible();
    await expect(form.getByText('Skriv brugerens navn.')).toBeVisible();
    await expect(form.getByText('Adgangskoden skal være mindst 12 tegn.')).toBeVisible();
    await expect(form.getByLabel('Brugernavn', { exact: true })).toBeFocused();

    await form.getByLabel('Brugernavn', { exact: true }).fill(username);
    await form.getByLabel('Navn', { exact: true }).fill('Birthe Skoleleder');
    await form.getByLabel('Adgangskode', { exact: true }).fill(password);
    // A new user starts with no role ticked: the administrator chooses one.
    for (const role of ['administrator', 'director', 'committeeMember', 'manager', 'viewer'])
      await expect(form.getByTestId(`user-role-${role}`)).not.toBeChecked();
    await form.getByTestId('user-role-manager').check();
    await form.getByTestId('user-save').click();
    await expect(form.getByText('Vælg mindst én enhed til lederen.')).toBeVisible();
    await form.getByRole('group', { name: 'Enheder, som lederen leder' }).getByLabel('Skoledistrikt Juelsminde').check();
    await form.getByTestId('user-save').click();

    await expect(mapPage.toast('Birthe Skoleleder er oprettet.')).toBeVisible();
    await expect(page).toHaveURL(/\/users$/);
    const row = table.getByTestId(`user-row-${username}`);
    await expect(row).toContainText('Leder (Skoledistrikt Juelsminde)');
    await expect(row).toContainText('Aktiv');

    // She can sign in with the password the administrator gave her.
    const signIn = (context: Awaited<ReturnType<typeof playwright.request.newContext>>) =>
      context.post('/api/auth/login', { data: { username, password } });
    const birthe = await playwright.request.newContext({ baseURL });
    expect((await signIn(birthe)).status()).toBe(200);
    expect(((await (await birthe.get('/api/auth/me')).json()) as { roles: string[] }).roles).toEqual(['manager']);

    // A login that is taken is refused at its field.
    await page.getByTestId('user-new').click();
    await form.getByLabel('Brugernavn', { exact: true }).fill(username);
    await form.getByLabel('Navn', { exact: true }).fill('En anden Birthe');
    await form.getByLabel('Adgangskode', { exact: true }).fill(password);
    await form.getByTestId('user-role-viewer').check();
    await form.getByTestId('user-save').click();
    await expect(form.getByText('Brugernavnet er allerede i brug.')).toBeVisible();
    await form.getByRole('button', { name: 'Annullér' }).click();

    // She leaves: deactivated, with a reason, after confirming.
    await row.getByRole('link', { name: 'Birthe Skoleleder' }).click();
    await expect(form.getByRole('heading', { name: 'Rediger Birthe Skoleleder' })).toBeVisible();
    await expect(form.getByLabel('Brugernavn', { exact: true })).toHaveAttribute('readonly', '');
    await form.getByTestId('user-deactivate').click();
    await expect(mapPage.confirmDialog).toContainText('Birthe Skoleleder kan ikke længere logge ind');
    await expect(mapPage.confirmDialog.getByLabel('Begrundelse for deaktiveringen (valgfri)')).toBeVisible();
    await expect(mapPage.confirmDialog).not.toContainText('sletning');
    await mapPage.confirmDialog.getByTestId('reason-input').fill('Fratrådt 30. november');
    await mapPage.confirmDialog.getByTestId('confirm-yes').click();
    await expect(mapPage.toast('Birthe Skoleleder er deaktiveret.')).toBeVisible();
    await expect(form.getByTestId('user-inactive-note')).toBeVisible();
    await expect(row).toContainText('Deaktiveret');

    // Her session has ended and she cannot sign in again; the trail keeps her name and the reason.
    expect((await birthe.get('/api/auth/me')).status()).toBe(401);
    expect((await signIn(birthe)).status()).toBe(401);
    await birthe.dispose();
    const users = (await (await page.request.get('/api/users')).json()) as { id: string; username: string }[];
    const id = users.find((u) => u.username === username)!.id;
    const trail = (await (await page.request.get(`/api/audit?entity=user&entityId=${id}`)).json()) as {
      items: { action: string; userName: string; reason: string | null }[];
    };
    expect(trail.items.map((e) => [e.action, e.userName, e.reason])).toEqual([
      ['update', 'Anne Admin', 'Fratrådt 30. november'],
      ['create', 'Anne Admin', null],
    ]);

    // Reactivating brings her back.
    await form.getByTestId('user-reactivate').click();
    await expect(mapPage.toast('Birthe Skoleleder er genaktiveret.')).toBeVisible();
    await expect(row).toContainText('Aktiv');
  });
});

test.describe('someone who is not an administrator', () => {
  test.use({ as: 'leder' });

  test('finds no way to the users page, and is told so at its address', async ({ page, mapPage, plan }) => {
    await mapPage.goto(`/plans/${plan.id}`);
    await expect(page.getByTestId('nav-users')).toHaveCount(0);
    await page.goto('/users');
    await expect(page.getByText('Kun administratorer kan se og ændre brugere.')).toBeVisible();
    await expect(page.getByTestId('users-table')).toHaveCount(0);
  });
});
