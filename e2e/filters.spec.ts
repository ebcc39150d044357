import { expect, test } from './support/fixtures';
import { ofKind } from './support/kompas-api';

const COMMITTEE = 'Udvalget for Læring';

test('filtering by a committee keeps only its focus areas, in the address too, until the filters are cleared', async ({
  mapPage,
  page,
  api,
  plan,
}) => {
  const graph = await api.graph(plan.id);
  const committee = (await api.committees(plan.id)).find((c) => c.name === COMMITTEE)!;
  expect(committee).toBeTruthy();
  const focusAreas = ofKind(graph, 'focusArea');
  const owned = focusAreas.filter((f) => f.committeeId === committee.id || f.coOwnerCommitteeIds?.includes(committee.id));
  const others = focusAreas.filter((f) => !owned.includes(f));
  expect(owned.map((f) => f.title)).toEqual(expect.arrayContaining(['Flere unge i uddannelse', 'Trivsel i skolen']));
  expect(others.length).toBeGreaterThan(0);

  await mapPage.goto(`/plans/${plan.id}`);
  await expect(mapPage.nodesOfKind('focusArea')).toHaveCount(20);

  await mapPage.committeeFilter.selectOption({ label: COMMITTEE });

  await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}\\?committee=${committee.id}$`));
  await expect(mapPage.nodesOfKind('focusArea')).toHaveCount(owned.length);
  expect((await mapPage.titlesOfKind('focusArea')).sort()).toEqual(owned.map((f) => f.title).sort());
  for (const other of others) await expect(mapPage.node(other.id)).toHaveCount(0);
  // The plan's top stays: the vision is always shown.
  await expect(mapPage.nodesOfKind('vision')).toHaveCount(1);

  // The filtered address can be reloaded or shared.
  await mapPage.reload();
  await expect(mapPage.committeeFilter.locator('option:checked')).toHaveText(COMMITTEE);
  await expect(mapPage.nodesOfKind('focusArea')).toHaveCount(owned.length);

  await mapPage.clearFilters.click();
  await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}$`));
  await expect(mapPage.nodesOfKind('focusArea')).toHaveCount(20);
  expect((await mapPage.titlesOfKind('focusArea')).sort()).toEqual(focusAreas.map((f) => f.title).sort());
  await expect(mapPage.committeeFilter.locator('option:checked')).toHaveText('Alle udvalg');
});
