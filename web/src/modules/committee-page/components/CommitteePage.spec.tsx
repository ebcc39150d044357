import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initI18n } from '../../../i18n';
import { todayIso } from '../../../i18n/format';
import { apiError, fakeApi, renderAt, Sent, users } from '../../../testing/harness';
import { smallPlanGraph } from '../../../testing/small-plan-graph';
import type { Assessment } from '../../assessments/types';
import { moveTo, rankChanges } from '../utils/reorder';

const committees = [
  { id: 'c1', planId: 'p', name: 'Udvalget for Læring', position: 1, version: 1 },
  { id: 'c2', planId: 'p', name: 'Økonomiudvalget', position: 2, version: 1 },
];

const health = {
  planId: 'p',
  nodes: [
    { nodeId: 'fa1', health: 'atRisk', explanation: 'I risiko: indikatoren "Trivselsmåling" er 2 point fra målet', reasons: [] },
    { nodeId: 'fa2', health: 'noData', explanation: 'Ingen data: ingen målinger endnu', reasons: [] },
    { nodeId: 'a1', health: 'onTrack', explanation: 'På sporet', reasons: [] },
  ],
};

const proposal: Assessment = {
  id: 'as1',
  planId: 'p',
  nodeId: 'a1',
  nodeKind: 'action',
  date: '2026-05-01',
  status: 'offTrack',
  reflection: 'For få læsevenner',
  evidence: { indicatorIds: [], observationIds: [], kinds: ['dialogue'] },
  proposedAdjustment: 'Stop handlingen og flyt midlerne',
  proposal: 'open',
  answeredBy: null,
  declined: null,
  authorId: 'u-leder',
  authorName: 'Jonas Leder',
  createdAt: '2026-05-01T10:00:00.000Z',
};

/** The fake API of the committee's page; `adjust` answers the saved adjustment. */
function serve(
  adjust: (s: Sent) => { status: number; body?: unknown } = () => ({ status: 201, body: { groupId: 'g1', adjustments: [] } }),
) {
  return fakeApi((s) => {
    if (s.method === 'GET' && s.path === '/api/plans/p/graph') return { status: 200, body: smallPlanGraph };
    if (s.method === 'GET' && s.path === '/api/plans/p/committees') return { status: 200, body: committees };
    if (s.method === 'GET' && s.path.startsWith('/api/plans/p/health')) return { status: 200, body: health };
    if (s.method === 'GET' && s.path === '/api/plans/p/assessments?proposal=open&committeeId=c1') return { status: 200, body: [proposal] };
    if (s.method === 'POST' && s.path === '/api/adjustments') return adjust(s);
    return undefined;
  });
}

const titles = () => screen.getAllByTestId('priority-title').map((e) => e.textContent);

describe('the committee page', () => {
  beforeAll(() => initI18n('da'));
  afterEach(() => act(() => void i18next.changeLanguage('da')));

  it('shows the focus areas in priority order, with health, explanation, status, aiming points, actions and open proposals', async () => {
    serve();
    renderAt('/plans/p/committees/c1', users.viewer);
    expect(await screen.findByRole('heading', { level: 1, name: 'Udvalget for Læring' })).toBeTruthy();
    expect(titles()).toEqual(['Trivsel i skolen', 'Flere unge i uddannelse']);
    const areas = screen.getAllByTestId('committee-area');
    expect(areas.map((a) => a.getAttribute('data-id'))).toEqual(['fa1', 'fa2']);
    const first = within(areas[0]);
    expect(await first.findByText('I risiko')).toBeTruthy();
    expect(first.getByTestId('area-explanation').textContent).toContain('Trivselsmåling');
    expect(first.getByText('Foreslået')).toBeTruthy();
    expect(first.getByText('Forskellige sammen')).toBeTruthy();
    const action = first.getByTestId('area-action');
    expect(action.textContent).toContain('Læsevenner i indskolingen');
    expect(action.textContent).toContain('Igangsat');
    expect(action.textContent).toContain('På sporet');
    expect((await first.findByTestId('area-proposal')).textContent).toContain('Stop handlingen og flyt midlerne');
    // Each node is one click from the map with it selected.
    expect(first.getAllByTestId('on-map')[0].getAttribute('href')).toBe('/plans/p/nodes/fa1');
    // A reader sees the order, not the means to change it.
    expect(screen.queryByTestId('priority-move-up')).toBeNull();
    expect(screen.getByTestId('committee-print')).toBeTruthy();
  });

  it('reorders by keyboard, asks for the decision and saves one adjustment with each moved row’s version', async () => {
    const api = serve();
    renderAt('/plans/p/committees/c1', users.member);
    await screen.findByText('Flere unge i uddannelse', { selector: '[data-testid="priority-title"]' });
    fireEvent.click(screen.getByRole('button', { name: 'Flyt "Flere unge i uddannelse" op' }));
    expect(titles()).toEqual(['Flere unge i uddannelse', 'Trivsel i skolen']);
    expect(screen.getByTestId('priority-announcement').textContent).toBe('"Flere unge i uddannelse" er nu nummer 1 af 2.');

    fireEvent.click(screen.getByTestId('reorder-open'));
    const dialog = within(screen.getByTestId('reorder-dialog'));
    expect(screen.getByTestId('reorder-new-order').textContent).toContain('(før nr. 2)');
    expect((dialog.getByTestId('decision-date') as HTMLInputElement).value).toBe(todayIso());
    expect((dialog.getByTestId('decision-committee') as HTMLSelectElement).value).toBe('c1');

    // Nothing is sent before the reason and the case number are given.
    fireEvent.click(dialog.getByTestId('reorder-save'));
    expect(dialog.getAllByText('Skal udfyldes.')).toHaveLength(2);
    expect(api.writes()).toHaveLength(0);

    fireEvent.change(dialog.getByTestId('reorder-reason'), { target: { value: 'Udvalget prioriterer uddannelse' } });
    fireEvent.change(dialog.getByTestId('decision-date'), { target: { value: '2026-05-12' } });
    fireEvent.change(dialog.getByTestId('decision-case'), { target: { value: '26/1234' } });
    fireEvent.click(dialog.getByTestId('reorder-save'));
    await waitFor(() => expect(api.writes()).toHaveLength(1));
    expect(api.writes()[0].body).toEqual({
      planId: 'p',
      decision: { decidedBy: 'committee', committeeId: 'c1', decidedAt: '2026-05-12', caseNumber: '26/1234' },
      reason: 'Udvalget prioriterer uddannelse',
      changes: [
        { kind: 'focusAreaRank', id: 'fa2', version: 1, rank: 1 },
        { kind: 'focusAreaRank', id: 'fa1', version: 1, rank: 2 },
      ],
    });
    expect(await screen.findByText('Den nye prioritering er gemt (26/1234).')).toBeTruthy();
    expect(screen.queryByTestId('reorder-dialog')).toBeNull();
  });

  it('a decision by the council carries no committee', async () => {
    const api = serve();
    renderAt('/plans/p/committees/c1', users.member);
    fireEvent.click(await screen.findByRole('button', { name: 'Flyt "Trivsel i skolen" ned' }));
    fireEvent.click(screen.getByTestId('reorder-open'));
    const dialog = within(screen.getByTestId('reorder-dialog'));
    fireEvent.click(dialog.getByTestId('decided-by-council'));
    expect(dialog.getByText('Kommunalbestyrelsen')).toBeTruthy();
    fireEvent.change(dialog.getByTestId('reorder-reason'), { target: { value: 'Besluttet i KB' } });
    fireEvent.change(dialog.getByTestId('decision-case'), { target: { value: 'sag 26/99' } });
    fireEvent.click(dialog.getByTestId('reorder-save'));
    await waitFor(() => expect(api.writes()).toHaveLength(1));
    expect((api.writes()[0].body as { decision: unknown }).decision).toEqual({
      decidedBy: 'council',
      decidedAt: todayIso(),
      caseNumber: 'sag 26/99',
    });
  });

  it('words a refusal and names the focus area the refused change moves; the dialog stays open', async () => {
    serve(() =>
      apiError(409, 'version_conflict', 'changed', { details: [{ field: 'changes.1', code: 'version_conflict', message: 'changed' }] }),
    );
    renderAt('/plans/p/committees/c1', users.member);
    fireEvent.click(await screen.findByRole('button', { name: 'Flyt "Trivsel i skolen" ned' }));
    fireEvent.click(screen.getByTestId('reorder-open'));
    const dialog = within(screen.getByTestId('reorder-dialog'));
    fireEvent.change(dialog.getByTestId('reorder-reason'), { target: { value: 'Ny prioritering' } });
    fireEvent.change(dialog.getByTestId('decision-case'), { target: { value: '26/1234' } });
    fireEvent.click(dialog.getByTestId('reorder-save'));
    expect((await dialog.findByTestId('reorder-error')).textContent).toBe(
      '"Trivsel i skolen": Prioriteterne er ændret af en anden, siden siden blev hentet. Luk, se den nye rækkefølge og prøv igen.',
    );
    // Undo puts the saved order back.
    fireEvent.click(dialog.getByText('Annullér'));
    fireEvent.click(screen.getByTestId('reorder-reset'));
    expect(titles()).toEqual(['Trivsel i skolen', 'Flere unge i uddannelse']);
  });

  it('reorders by dragging a row onto another', async () => {
    serve();
    renderAt('/plans/p/committees/c1', users.member);
    await screen.findAllByTestId('priority-item');
    const [first, second] = screen.getAllByTestId('priority-item');
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (k: string, v: string) => data.set(k, v),
      getData: (k: string) => data.get(k) ?? '',
      effectAllowed: '',
    };
    fireEvent.dragStart(second, { dataTransfer });
    fireEvent.dragOver(first, { dataTransfer });
    fireEvent.drop(first, { dataTransfer });
    expect(titles()).toEqual(['Flere unge i uddannelse', 'Trivsel i skolen']);
    expect(screen.getByTestId('reorder-unsaved')).toBeTruthy();
  });
});

describe('rank changes', () => {
  it('name only the focus areas whose rank changes, with the versions they were read at', () => {
    const rows = [
      { id: 'a', rank: 1, version: 4 },
      { id: 'b', rank: 2, version: 7 },
      { id: 'c', rank: 3, version: 2 },
    ];
    expect(rankChanges(rows, moveTo(['a', 'b', 'c'], 2, 1))).toEqual([
      { kind: 'focusAreaRank', id: 'c', version: 2, rank: 2 },
      { kind: 'focusAreaRank', id: 'b', version: 7, rank: 3 },
    ]);
    expect(rankChanges(rows, ['a', 'b', 'c'])).toEqual([]);
    expect(moveTo(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });
});
