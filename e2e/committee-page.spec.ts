import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { ofKind } from './support/kompas-api';

const COMMITTEE = 'Udvalget for Læring';
const SEEDED_ORDER = ['Flere unge i uddannelse', 'Trivsel i skolen', 'Læselyst og faglighed'];

const priorityTitles = (page: Page) => page.getByTestId('priority-title').allTextContents();

test.describe('the committee page', () => {
  test.use({ as: 'udvalg' });

  // The committee's seeded priorities come back after each test: other tests read them.
  test.afterEach(async ({ page, api, plan }) => {
    const focusAreas = ofKind(await api.graph(plan.id), 'focusArea').filter((f) => f.committeeName === COMMITTEE);
    const ids = SEEDED_ORDER.map((title) => focusAreas.find((f) => f.title === title)!.id);
    const committeeId = focusAreas[0].committeeId!;
    const response = await page.request.put(`/api/committees/${committeeId}/focus-area-order`, { data: { focusAreaIds: ids } });
    expect(response.ok(), await response.text()).toBe(true);
  });

  test('a committee member opens it from the map lane, reorders two priorities by keyboard with a case number, and finds the decision in the history', async ({
    page,
    mapPage,
    plan,
  }) => {
    // The map, the page, a save and the map again: longer than one page's test.
    test.slow();
    await mapPage.goto(`/plans/${plan.id}`);
    const lane = page.getByTestId('lane-link').filter({ hasText: COMMITTEE });
    await expect(lane).toHaveAccessibleName(`Åbn udvalgets side: ${COMMITTEE}`);
    await lane.click();
    await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/committees/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(COMMITTEE);
    await expect.poll(() => priorityTitles(page)).toEqual(SEEDED_ORDER);

    // By keyboard: "Trivsel i skolen" up to first, then "Læselyst og faglighed" up above "Flere unge i uddannelse".
    const up = (title: string) => page.getByRole('button', { name: `Flyt "${title}" op` });
    await up('Trivsel i skolen').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('priority-announcement')).toHaveText('"Trivsel i skolen" er nu nummer 1 af 3.');
    await up('Læselyst og faglighed').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => priorityTitles(page)).toEqual(['Trivsel i skolen', 'Læselyst og faglighed', 'Flere unge i uddannelse']);

    await page.getByTestId('reorder-open').click();
    const dialog = page.getByTestId('reorder-dialog');
    await expect(dialog.getByTestId('decision-committee')).toHaveValue(/.+/);
    await dialog.getByTestId('reorder-reason').fill('Udvalget vil styrke trivslen først');
    await dialog.getByTestId('decision-date').fill('2026-05-12');
    await dialog.getByTestId('decision-case').fill('26/1234');
    await dialog.getByTestId('reorder-save').click();
    await expect(mapPage.toast('Den nye prioritering er gemt (26/1234).')).toBeVisible();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('reorder-unsaved')).toHaveCount(0);
    await page.reload();
    await expect.poll(() => priorityTitles(page)).toEqual(['Trivsel i skolen', 'Læselyst og faglighed', 'Flere unge i uddannelse']);

    // From the focus area's section to the map with it selected, and its history names the decision.
    const area = page.getByTestId('committee-area').filter({ has: page.getByRole('heading', { name: /Trivsel i skolen/ }) });
    await area.getByRole('link', { name: 'Vis "Trivsel i skolen" på kortet' }).click();
    await mapPage.waitForMap();
    await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText('Trivsel i skolen');
    await mapPage.panel.getByTestId('history-tab').click();
    const entry = mapPage.panel.getByTestId('history-entry').first();
    await expect(entry).toContainText('26/1234');
    await expect(entry).toContainText(COMMITTEE);
  });

  test('a priority is dragged into place, and the change can be given up before it is saved', async ({ page, plan, api }) => {
    const committeeId = ofKind(await api.graph(plan.id), 'focusArea').find((f) => f.committeeName === COMMITTEE)!.committeeId!;
    await page.goto(`/plans/${plan.id}/committees/${committeeId}`);
    await expect.poll(() => priorityTitles(page)).toEqual(SEEDED_ORDER);
    const items = page.getByTestId('priority-item');
    await items.nth(2).dragTo(items.nth(0));
    await expect.poll(() => priorityTitles(page)).toEqual(['Læselyst og faglighed', 'Flere unge i uddannelse', 'Trivsel i skolen']);
    await page.getByTestId('reorder-reset').click();
    await expect.poll(() => priorityTitles(page)).toEqual(SEEDED_ORDER);
  });

  test('the committee page and the Vurderinger tab have no serious or critical axe violations', async ({ page, mapPage, plan, api }) => {
    // Two pages, each scanned whole.
    test.slow();
    const graph = await api.graph(plan.id);
    const focusArea = ofKind(graph, 'focusArea').find((f) => f.title === 'Trivsel i skolen')!;
    await page.goto(`/plans/${plan.id}/committees/${focusArea.committeeId}`);
    await expect(page.getByTestId('committee-area').first()).toBeVisible();
    await page.getByRole('button', { name: 'Flyt "Trivsel i skolen" op' }).click();
    await page.getByTestId('reorder-open').click();
    await page.getByTestId('reorder-save').click();
    await expect(page.getByTestId('reorder-dialog').getByRole('alert').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('reorder-dialog').getByRole('button', { name: 'Annullér' }).click();

    await mapPage.goto(`/plans/${plan.id}/nodes/${focusArea.id}`);
    await mapPage.panel.getByTestId('assessments-tab').click();
    await expect(mapPage.panel.getByTestId('assessment-form')).toBeVisible();
    await mapPage.panel.getByTestId('assessment-submit').click();
    await expect(mapPage.panel.getByText('Vælg en vurdering.')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a committee member records an assessment with a proposal, and declines it with the committee’s decision', async ({
    mapPage,
    plan,
    api,
  }) => {
    const focusArea = ofKind(await api.graph(plan.id), 'focusArea').find((f) => f.title === 'Læselyst og faglighed')!;
    const reflection = `Læselysten står stille (${Date.now()})`;
    await mapPage.goto(`/plans/${plan.id}/nodes/${focusArea.id}`);
    await mapPage.panel.getByTestId('assessments-tab').click();
    const form = mapPage.panel.getByTestId('assessment-form');
    await form.getByTestId('assessment-status-atRisk').check();
    await form.getByTestId('assessment-reflection').fill(reflection);
    await form.getByLabel('Spørgeundersøgelse').check();
    await form.getByTestId('assessment-proposal-input').fill('Flere timer til læsevejledning');
    await form.getByTestId('assessment-submit').click();
    await expect(mapPage.toast('Vurderingen er gemt.')).toBeVisible();
    const item = mapPage.panel.getByTestId('assessment').filter({ hasText: reflection });
    await expect(item.getByTestId('assessment-status')).toHaveText('▲ I risiko');
    await expect(item.getByTestId('proposal-state')).toContainText('Åbent');

    await item.getByTestId('decline-proposal').click();
    const dialog = mapPage.page.getByTestId('decline-dialog');
    await dialog.getByTestId('decision-date').fill('2026-06-10');
    await dialog.getByTestId('decision-case').fill('26/2000');
    await dialog.getByTestId('decline-reason').fill('Timerne er fordelt for i år');
    await dialog.getByTestId('decline-confirm').click();
    await expect(mapPage.toast('Forslaget er afvist.')).toBeVisible();
    await expect(item.getByTestId('proposal-state')).toContainText('Afvist');
    await expect(item.getByTestId('proposal-declined')).toContainText('sag 26/2000');
  });
});
