import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { alignmentOf, planHealth } from '@kompas/domain';
import { initI18n } from '../../../i18n';
import { fakeApi, renderAt, users } from '../../../testing/harness';
import { smallPlanGraph } from '../../../testing/small-plan-graph';

const committees = [
  { id: 'c1', planId: 'p', name: 'Udvalget for Læring', position: 1, version: 1 },
  { id: 'c2', planId: 'p', name: 'Økonomiudvalget', position: 2, version: 1 },
];

/** The audit the API would answer for the small plan: computed by the same rules. */
function answer(committeeId?: string) {
  const today = '2026-06-15';
  const health = planHealth(smallPlanGraph, { today });
  return {
    planId: 'p',
    ...alignmentOf(
      { graph: smallPlanGraph, health, assessments: [], today, committees: committees.map(({ id, name }) => ({ id, name })) },
      { committeeId },
    ),
  };
}

function serve() {
  return fakeApi((s) => {
    if (s.method === 'GET' && s.path === '/api/plans/p/graph') return { status: 200, body: smallPlanGraph };
    if (s.method === 'GET' && s.path === '/api/plans/p/committees') return { status: 200, body: committees };
    if (s.method === 'GET' && s.path === '/api/plans/p/alignment') return { status: 200, body: answer() };
    if (s.method === 'GET' && s.path === '/api/plans/p/alignment?committeeId=c2') return { status: 200, body: answer('c2') };
    return undefined;
  });
}

describe('the overview page (Overblik)', () => {
  beforeAll(() => initI18n('da'));
  afterEach(() => act(() => void i18next.changeLanguage('da')));

  it('shows the matrix in words, the findings by kind with their counts, each a way to the map and to its comments', async () => {
    serve();
    renderAt('/plans/p/overview', users.viewer);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sammenhæng i planen' })).toBeTruthy();
    const matrix = await screen.findByTestId('overview-matrix');
    expect(
      within(matrix)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Udvalg', 'Forskellige sammen']);
    expect(
      within(matrix)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Udvalget for Læring', 'Økonomiudvalget']);
    const cell = screen.getByTestId('overview-cell-c1-ap1');
    expect(cell.textContent).toContain('1 fokusområde · 1 handling');
    expect(cell.textContent).toContain('Trivsel i skolen');
    // The shared focus area stands in its co-owner's row too.
    expect(screen.getByTestId('overview-cell-c2-ap1').textContent).toContain('Trivsel i skolen');

    // "Flere unge i uddannelse" supports no aiming point and has no action.
    const group = screen.getByTestId('overview-group-focusAreaWithoutAction');
    expect(within(group).getByRole('heading', { level: 3 }).textContent).toBe('Fokusområder uden handlinger (1)');
    const item = within(group).getByTestId('overview-finding');
    expect(item.getAttribute('data-node')).toBe('fa2');
    expect(within(item).getByTestId('overview-finding-link').getAttribute('href')).toBe('/plans/p/nodes/fa2');
    expect(within(item).getByTestId('overview-finding-comment').getAttribute('href')).toBe('/plans/p/nodes/fa2#comments');
    expect(item.textContent).toContain('Udvalget for Læring');
    expect(screen.getByTestId('overview-group-focusAreaWithoutAimingPoint')).toBeTruthy();
  });

  it('shows each score with the findings that cost its points', async () => {
    serve();
    renderAt('/plans/p/overview', users.viewer);
    const table = await screen.findByTestId('overview-scores-committees');
    const row = within(table).getByRole('row', { name: /Udvalget for Læring/ });
    const expected = answer().scores.committees.find((s) => s.id === 'c1')!;
    expect(expected.score).toBeLessThan(100);
    expect(row.textContent).toContain(`${expected.score} af 100`);
    expect(row.textContent).toContain('−10 Fokusområder uden handlinger: Flere unge i uddannelse');
  });

  it('narrows to one committee when chosen', async () => {
    const api = serve();
    renderAt('/plans/p/overview', users.viewer);
    await screen.findByTestId('overview-matrix');
    fireEvent.change(screen.getByTestId('overview-committee'), { target: { value: 'c2' } });
    await waitFor(() => expect(api.sent.some((s) => s.path === '/api/plans/p/alignment?committeeId=c2')).toBe(true));
    await waitFor(() =>
      expect(
        within(screen.getByTestId('overview-matrix'))
          .getAllByRole('rowheader')
          .map((h) => h.textContent),
      ).toEqual(['Økonomiudvalget']),
    );
    expect(screen.getByText('Kun fund, der angår Økonomiudvalget.')).toBeTruthy();
  });
});
