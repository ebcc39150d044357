import { authStateFile } from './support/auth';
import { expect, test } from './support/fixtures';
import { ofKind } from './support/kompas-api';
import { MapPage } from './support/map-page';

test.describe('two people editing the same focus area', () => {
  test.use({ as: 'udvalg' });
  let restore: (() => Promise<unknown>) | undefined;
  test.afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  test('the later save shows who changed what; re-apply saves over it, reload shows theirs', async ({
    mapPage,
    browser,
    baseURL,
    api,
    plan,
  }) => {
    const focusArea = ofKind(await api.graph(plan.id), 'focusArea').find((f) => f.title === 'Læselyst og faglighed')!;
    const original = await api.focusArea(focusArea.id);
    restore = () => api.updateFocusArea(focusArea.id, { description: original.description });
    const address = `/plans/${plan.id}/nodes/${focusArea.id}`;

    // The secretary at her desk, and a colleague on the meeting room's screen, open the same focus area.
    const meetingRoom = await browser.newContext({ baseURL, storageState: authStateFile('udvalg') });
    try {
      const other = new MapPage(await meetingRoom.newPage());
      await Promise.all([mapPage.goto(address), other.goto(address)]);
      await expect(mapPage.panel.locator('#node-description')).toHaveValue(original.description);
      await expect(other.panel.locator('#node-description')).toHaveValue(original.description);

      // The meeting room saves first, with a reason.
      await other.panel.locator('#node-description').fill('Besluttet på mødet: læselyst i alle klasser.');
      await other.panel.getByTestId('reason-input').fill('Udvalgsmøde 26/11');
      await other.panel.getByTestId('node-save').click();
      await expect(other.toast('"Læselyst og faglighed" er gemt.')).toBeVisible();

      // The desk saves its own edit, made from the older version.
      await mapPage.panel.locator('#node-description').fill('Læselyst fra indskolingen.');
      await mapPage.panel.getByTestId('node-save').click();
      const dialog = mapPage.page.getByTestId('conflict-dialog');
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('Ændret af Mette Udvalg');
      await expect(dialog).toContainText('Begrundelse: Udvalgsmøde 26/11');
      await expect(dialog).toContainText('beskrivelse fra');
      await expect(dialog).toContainText('til „Besluttet på mødet: læselyst i alle klasser.“');
      await expect(dialog).toContainText('til „Læselyst fra indskolingen.“');
      expect((await api.focusArea(focusArea.id)).description).toBe('Besluttet på mødet: læselyst i alle klasser.');

      await dialog.getByTestId('conflict-reapply').click();
      await expect(dialog).toBeHidden();
      await expect(mapPage.toast('"Læselyst og faglighed" er gemt.')).toBeVisible();
      await expect.poll(async () => (await api.focusArea(focusArea.id)).description).toBe('Læselyst fra indskolingen.');
      await expect(mapPage.panel.locator('#node-description')).toHaveValue('Læselyst fra indskolingen.');

      // Now the meeting room is behind: it reloads and sees the desk's version.
      await other.panel.locator('#node-description').fill('En tredje udgave.');
      await other.panel.getByTestId('node-save').click();
      const otherDialog = other.page.getByTestId('conflict-dialog');
      await expect(otherDialog).toBeVisible();
      await otherDialog.getByTestId('conflict-reload').click();
      await expect(otherDialog).toBeHidden();
      await expect(other.panel.locator('#node-description')).toHaveValue('Læselyst fra indskolingen.');
      expect((await api.focusArea(focusArea.id)).description).toBe('Læselyst fra indskolingen.');
    } finally {
      await meetingRoom.close();
    }
  });
});
