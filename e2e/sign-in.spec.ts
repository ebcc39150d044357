import { DEMO_PASSWORD, DEMO_PEOPLE } from './support/auth';
import { expect, test } from './support/fixtures';
import { ofKind } from './support/kompas-api';
import { SignInPage } from './support/sign-in-page';

test.describe('signing in and out', () => {
  // Nobody is signed in when the test starts.
  test.use({ as: null });

  test('a shared address asks for sign-in first, shows demo mode, refuses a wrong password, then opens where it pointed', async ({
    page,
    mapPage,
    apiAs,
  }) => {
    const api = await apiAs('laeser');
    const plan = await api.hedensted();
    const focusArea = ofKind(await api.graph(plan.id), 'focusArea').find((f) => f.title === 'Trivsel i skolen')!;
    const address = `/plans/${plan.id}/nodes/${focusArea.id}`;
    const signIn = new SignInPage(page);

    await page.goto(address);
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await expect(signIn.form.getByRole('heading', { name: 'Log ind' })).toBeVisible();
    await expect(signIn.demoMarker).toBeVisible();
    await expect(signIn.demoMarker).toContainText('DEMO');
    await expect(signIn.username).toBeFocused();
    await expect(page.getByLabel('Brugernavn')).toBeVisible();
    await expect(page.getByLabel('Adgangskode')).toBeVisible();

    // Picking a demo account fills its username; the keyboard goes on to the password.
    await signIn.demoAccount('udvalg').click();
    await expect(signIn.username).toHaveValue('udvalg');
    await expect(signIn.password).toBeFocused();
    await page.keyboard.type('forkert-kode');
    await page.keyboard.press('Enter');
    await expect(signIn.error).toHaveText('Forkert brugernavn eller adgangskode. Prøv igen.');
    await expect(signIn.password).toHaveValue('');
    await expect(page).toHaveURL(/\/sign-in/);

    await signIn.password.fill(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${address}$`));
    await mapPage.waitForMap();
    await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText('Trivsel i skolen');
    await expect(page.getByTestId('current-user')).toContainText(DEMO_PEOPLE.udvalg.name);
    await expect(page.getByTestId('current-user')).toContainText(DEMO_PEOPLE.udvalg.role);
    await expect(page.getByTestId('demo-marker')).toBeVisible();
  });

  test('signing out ends the session: the map asks for sign-in again', async ({ page, mapPage }) => {
    const signIn = new SignInPage(page);
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in$/);
    await signIn.signIn('laeser', DEMO_PASSWORD);
    await mapPage.waitForMap();
    await expect(page.getByTestId('current-user')).toContainText('Lars Læser');
    await expect(page.getByTestId('current-user')).toContainText('Læser');

    await page.getByTestId('sign-out').click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(signIn.form).toBeVisible();
    // The session is gone on the server too: the map is not shown again without signing in.
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in$/);
    expect((await page.request.get('/api/auth/me')).status()).toBe(401);
  });

  test('the sign-in page speaks English after the switch', async ({ page }) => {
    const signIn = new SignInPage(page);
    await page.goto('/sign-in');
    await page.getByTestId('language-switch').click();
    await expect(signIn.form.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByLabel('Username')).toBeVisible();
    await expect(page.getByLabel('Password')).toBeVisible();
    await page.getByTestId('language-switch').click();
    await expect(signIn.form.getByRole('heading', { name: 'Log ind' })).toBeVisible();
  });
});
