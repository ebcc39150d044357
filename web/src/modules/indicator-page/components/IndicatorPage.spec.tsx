import { act, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import type { PlanGraph } from '@kompas/domain';
import { initI18n } from '../../../i18n';
import { fakeApi, renderAt, users } from '../../../testing/harness';
import { smallPlanGraph } from '../../../testing/small-plan-graph';
import type { Indicator } from '../../api/types';
import type { Observation } from '../types';

const indicator: Indicator = {
  id: 'i1',
  planId: 'p',
  measures: { kind: 'focusArea', id: 'fa1' },
  aimingPointId: null,
  focusAreaId: 'fa1',
  actionId: null,
  measuresVision: false,
  title: 'Trivselsmåling',
  description: 'Andel elever, der trives.',
  type: 'quantitative',
  evidenceKind: 'survey',
  cadence: 'yearly',
  unit: '%',
  direction: 'up',
  baselineValue: 80,
  baselineDate: '2024-12-31',
  targets: [{ period: '2025', value: 82 }],
  longTermTarget: { value: 90, date: '2029-12-31' },
  reference: null,
  graceDays: 30,
  responsibleUserId: users.member.id,
  targetValue: 90,
  targetDate: '2029-12-31',
  example: false,
  createdAt: '2024-06-01T10:00:00.000Z',
  updatedAt: '2024-06-01T10:00:00.000Z',
  version: 1,
};

const observation = (over: Partial<Observation>): Observation => ({
  id: 'o1',
  indicatorId: 'i1',
  recordedBy: null,
  reason: null,
  series: 'actual',
  period: '2025',
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  value: 1234.5,
  narrative: null,
  judgement: null,
  sourceNote: 'Trivselsmålingen',
  recordedAt: '2026-01-10T09:00:00.000Z',
  supersedesId: null,
  supersededById: null,
  example: false,
  ...over,
});

function serve(observations: Observation[], graph: PlanGraph = smallPlanGraph, entity: Indicator = indicator) {
  return fakeApi(({ method, path }) => {
    if (method !== 'GET') return undefined;
    if (path === '/api/plans/p/graph') return { status: 200, body: graph };
    if (path === '/api/plans') return { status: 200, body: [] };
    if (path === '/api/indicators/i1') return { status: 200, body: entity };
    if (path === '/api/indicators/i1/observations') return { status: 200, body: observations };
    if (path === '/api/nodes/i1/comments') return { status: 200, body: [] };
    if (path === '/api/people') return { status: 200, body: [{ id: users.member.id, name: users.member.name }] };
    return undefined;
  });
}

describe("an indicator's page", () => {
  beforeAll(() => initI18n('da'));
  afterEach(() => act(() => void i18next.changeLanguage('da')));

  it('shows what it measures, its facts, its history and its observations, a correction struck through with who made it and why', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    serve([
      observation({ id: 'old', period: '2024', periodStart: '2024-01-01', periodEnd: '2024-12-31', value: 7, supersededById: 'fix' }),
      observation({
        id: 'fix',
        period: '2024',
        periodStart: '2024-01-01',
        periodEnd: '2024-12-31',
        value: 81,
        supersedesId: 'old',
        recordedAt: '2025-02-01T09:00:00.000Z',
        recordedBy: { id: 'u-udvalg', name: 'Mette Udvalg' },
        reason: 'Tastefejl i udtrækket',
      }),
      observation({}),
    ]);
    renderAt('/plans/p/indicators/i1', users.member);

    expect(await screen.findByTestId('indicator-title', {}, { timeout: 10_000 })).toHaveProperty('textContent', 'Trivselsmåling');
    // The way up to the vision, each a link back to the map.
    const path = screen.getByTestId('indicator-path');
    expect(
      within(path)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Trivsel i skolen', '/plans/p/nodes/fa1'],
      ['Forskellige sammen', '/plans/p/nodes/ap1'],
      ['Hedensted – sammen om at skabe et liv i balance', '/plans/p/nodes/v'],
    ]);
    const facts = screen.getByTestId('indicator-facts');
    expect(facts.textContent).toContain('Spørgeundersøgelse');
    expect(facts.textContent).toContain('Årlig');
    expect(facts.textContent).toContain('90 % senest 31. dec. 2029');
    // The responsible person is named from the list of people.
    await waitFor(() => expect(screen.getByTestId('indicator-responsible').textContent).toBe('Mette Udvalg'));
    expect(screen.getByTestId('indicator-due').textContent).toMatch(/senest \d{1,2}\. [a-z]+\. \d{4}/);

    // Newest first; the replaced value struck through and marked in words, the correction saying who and why.
    const rows = screen.getAllByTestId('indicator-observation');
    expect(rows.map((r) => r.getAttribute('data-superseded'))).toEqual(['false', 'false', 'true']);
    expect(rows[0].textContent).toContain('1.234,5 %');
    expect(rows[1].textContent).toContain('Mette Udvalg');
    expect(rows[1].textContent).toContain('Retter en tidligere måling: Tastefejl i udtrækket');
    expect(rows[2].className).toBe('is-superseded');
    expect(rows[2].textContent).toContain('Rettet');

    // The chart's figures as a table: each period against its target, in words besides the shape.
    const table = screen.getByTestId('indicator-chart-table');
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual([
      // Before the path's first step only the long-term target is known.
      '202481 %90 % Målet ikke nået',
      '20251.234,5 %82 % Målet nået',
    ]);
    expect(screen.getByTestId('indicator-chart-legend').textContent).toContain('Rettet værdi (erstattet)');
    // Recording is for the responsible person: the section offers it.
    expect(screen.getByTestId('indicator-record-link').getAttribute('href')).toBe('/plans/p/nodes/i1');
    await waitFor(() => expect(screen.queryByText('Tegner diagrammet …')).toBeNull());
  });

  it('says so when there are no observations, and shows a qualitative indicator’s narratives as a timeline', async () => {
    serve([]);
    const { unmount } = renderAt('/plans/p/indicators/i1', users.viewer);
    expect((await screen.findByTestId('indicator-empty')).textContent).toContain('Der er ingen målinger endnu');
    expect(screen.queryByTestId('indicator-chart')).toBeNull();
    expect(screen.getByTestId('indicator-responsible').textContent).toBe('En bruger er udpeget (navnet kan ikke vises her)');
    expect(screen.queryByTestId('indicator-record-link')).toBeNull();
    unmount();

    serve([observation({ value: null, narrative: 'Eleverne fortæller om bedre frikvarterer.' })], smallPlanGraph, {
      ...indicator,
      type: 'qualitative',
      direction: null,
    });
    renderAt('/plans/p/indicators/i1', users.viewer);
    const timeline = await screen.findByTestId('indicator-timeline');
    expect(timeline.textContent).toContain('Eleverne fortæller om bedre frikvarterer.');
    expect(screen.queryByTestId('indicator-chart')).toBeNull();
  });

  it('speaks English when asked', async () => {
    serve([observation({})]);
    await act(() => i18next.changeLanguage('en'));
    renderAt('/plans/p/indicators/i1', users.member);
    const rows = await screen.findAllByTestId('indicator-observation');
    expect(rows[0].textContent).toContain('1,234.5 %');
    expect(screen.getByTestId('indicator-facts').textContent).toContain('90 % by 31 Dec 2029');
  });
});
