import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { LEDER_UNIT, ofKind } from './support/kompas-api';

const csvFile = (name: string, lines: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n') + '\r\n') });

test.describe('a manager imports observations from a file', () => {
  test.use({ as: 'leder' });

  test('picks a CSV with one bad row, sees the problem at its cell and nothing written, fixes it and imports it', async ({
    page,
    mapPage,
    plan,
    api,
  }) => {
    test.setTimeout(90_000);
    // A quantitative indicator of one of Jonas's unit's actions.
    const graph = await api.graph(plan.id);
    const ownActions = new Set(
      ofKind(graph, 'action')
        .filter((a) => a.unitName === LEDER_UNIT)
        .map((a) => a.id),
    );
    const measured = new Map(
      graph.edges.filter((e) => e.kind === 'measures').flatMap((e) => [[e.source, e.target] as const, [e.target, e.source] as const]),
    );
    let indicator: { id: string; title: string } | undefined;
    for (const candidate of ofKind(graph, 'indicator')) {
      if (!ownActions.has(measured.get(candidate.id) ?? '')) continue;
      const full = (await (await page.request.get(`/api/indicators/${candidate.id}`)).json()) as { type: string };
      if (full.type === 'quantitative') {
        indicator = candidate;
        break;
      }
    }
    if (!indicator) throw new Error(`The demo plan has no quantitative indicator of ${LEDER_UNIT}'s actions.`);
    const observations = async () =>
      (
        (await (await page.request.get(`/api/indicators/${indicator.id}/observations`)).json()) as { period: string; value: number }[]
      ).filter((o) => o.period.startsWith('2019'));

    await mapPage.goto(`/plans/${plan.id}`);
    await page.getByTestId('open-observation-import').click();
    await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/import$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Indlæs målinger');

    // Row 3 names a period no statistics office uses.
    const header = 'indikator;periode;værdi;kilde';
    await page
      .getByTestId('observation-import-file')
      .setInputFiles(
        csvFile('maalinger.csv', [header, `${indicator.id};2019K1;12,5;Eget udtræk`, `${indicator.id};2019K7;13,5;Eget udtræk`]),
      );
    const problemCell = page.locator('[data-cell="3:period"]');
    await expect(problemCell).toHaveClass(/is-problem/);
    await expect(problemCell).toContainText('2019K7');
    await expect(page.getByTestId('observation-import-decimal')).toContainText(/komma/i);
    await expect(page.getByTestId('observation-import-confirm')).toBeDisabled();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await observations()).toEqual([]);

    // The fixed file is clean: both rows are new, and importing writes them.
    await page
      .getByTestId('observation-import-file')
      .setInputFiles(
        csvFile('maalinger-rettet.csv', [header, `${indicator.id};2019K1;12,5;Eget udtræk`, `${indicator.id};2019K2;13,5;Eget udtræk`]),
      );
    await expect(page.getByTestId('observation-import-problem-cell')).toHaveCount(0);
    await expect(page.getByTestId('observation-import-count-new')).toHaveText('2');
    await page.getByTestId('observation-import-confirm').click();
    await expect(page.getByTestId('observation-import-done')).toContainText('2 målinger er gemt');
    expect((await observations()).map((o) => [o.period, o.value]).sort()).toEqual([
      ['2019K1', 12.5],
      ['2019K2', 13.5],
    ]);
  });
});
