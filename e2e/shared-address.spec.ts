import { authStateFile } from './support/auth';
import { expect, test } from './support/fixtures';
import { ofKind } from './support/kompas-api';

// A smaller laptop screen than the other tests use.
test.use({ viewport: { width: 1280, height: 720 } });

test("a selected node's address opens the same node for someone else", async ({ mapPage, page, browser, baseURL, api, plan }) => {
  const graph = await api.graph(plan.id);
  const focusArea = ofKind(graph, 'focusArea').find((f) => f.title === 'Trivsel i skolen')!;
  await mapPage.goto(`/plans/${plan.id}`);
  await mapPage.node(focusArea.id).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/nodes/${focusArea.id}$`));
  const address = page.url();

  // The colleague is signed in as a reader.
  const other = await browser.newContext({ baseURL, viewport: { width: 1280, height: 720 }, storageState: authStateFile('laeser') });
  try {
    const { MapPage } = await import('./support/map-page');
    const colleague = new MapPage(await other.newPage());
    await colleague.goto(address);
    await expect(colleague.panel).toBeVisible();
    await expect(colleague.panel.getByRole('heading', { level: 2 })).toHaveText('Trivsel i skolen');
    await expect(colleague.panel.getByTestId('node-form')).toBeVisible();
    await expect(colleague.panel.locator('#node-title')).toHaveValue('Trivsel i skolen');
    await expect(colleague.node(focusArea.id).locator('.kompas-node')).toHaveClass(/is-selected/);
    await expect(colleague.panel).toBeInViewport();
  } finally {
    await other.close();
  }
});
