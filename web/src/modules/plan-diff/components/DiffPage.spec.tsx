import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { initI18n } from '../../../i18n';
import type { Me } from '../../api/types';
import { apiError, fakeApi, renderAt, users } from '../../../testing/harness';
import { smallPlanGraph } from '../../../testing/small-plan-graph';
import { graphQueryOf, validateDiffSearch } from '../utils/diff-search';

const director: Me = { ...users.viewer, id: 'u-dir', username: 'direktor', name: 'Dorte Direktør', roles: ['director'] };

const revision = {
  id: '0190aaaa-0000-7000-8000-000000000001',
  planId: 'p',
  name: 'Vedtaget 1. marts 2026',
  decidedAt: '2026-03-01',
  decidedBy: 'Kommunalbestyrelsen',
  caseNumber: 'sag 26/1234',
  createdAt: '2026-03-01T10:00:00.000Z',
  createdByName: 'Kompas',
  auditSeq: 3,
};

const decided = {
  reason: 'Udvalget vil styrke trivslen først',
  adjustment: {
    id: 'adj1',
    decision: { decidedBy: 'committee', committeeName: 'Udvalget for Læring', decidedAt: '2026-05-12', caseNumber: '26/1234' },
  },
  seq: 9,
};

const diff = {
  nodes: { added: [], removed: [], changed: [] },
  links: {
    added: [],
    removed: [
      {
        id: 'l9',
        kind: 'contributes',
        source: 'a1',
        target: 'fa2',
        edge: { id: 'l9', kind: 'contributes', source: 'a1', target: 'fa2', rationale: null, strength: 1, example: false, version: 2 },
        because: { reason: 'Bidrager ikke længere', adjustment: null, seq: 8 },
      },
    ],
    changed: [],
  },
  priorities: [
    { focusAreaId: 'fa1', title: 'Trivsel i skolen', committeeId: 'c1', from: 2, to: 1, because: decided },
    { focusAreaId: 'fa2', title: 'Flere unge i uddannelse', committeeId: 'c1', from: 1, to: 2, because: decided },
  ],
  targets: [],
};

function serve(answer: () => { status: number; body?: unknown } = () => ({ status: 200, body: diff })) {
  return fakeApi((s) => {
    if (s.method === 'GET' && s.path === '/api/plans/p/graph') return { status: 200, body: smallPlanGraph };
    if (s.method === 'GET' && s.path === '/api/plans/p/graph?asOf=2026-05-01') return { status: 200, body: smallPlanGraph };
    if (s.method === 'GET' && s.path === '/api/plans/p/revisions') return { status: 200, body: [revision] };
    if (s.method === 'GET' && s.path.startsWith('/api/plans/p/diff')) return answer();
    if (s.method === 'POST' && s.path === '/api/plans/p/revisions')
      return { status: 201, body: { ...revision, id: 'r2', name: 'Budget 2027' } };
    return undefined;
  });
}

const node = (id: string) => document.querySelector(`.react-flow__node[data-id="${id}"]`) as HTMLElement;
const edge = (id: string) => document.querySelector(`.react-flow__edge[data-id="${id}"]`) as HTMLElement;

describe('the diff page', () => {
  beforeAll(() => initI18n('da'));
  afterEach(() => jest.restoreAllMocks());

  it('lists the moved priorities with their decision and the removed link, and draws them on the map with a legend in words', async () => {
    const api = serve();
    renderAt(`/plans/p/diff?from=${revision.id}&to=now`, users.viewer);
    const priorities = await screen.findByTestId('diff-priorities');
    expect(priorities.textContent).toContain('Trivsel i skolen: prioritet 2 → 1');
    expect(priorities.textContent).toContain('Udvalget for Læring, 2026-05-12, sag 26/1234');
    const removed = screen.getByTestId('diff-links-removed');
    expect(removed.querySelector('s')?.textContent).toBe('Læsevenner i indskolingen → Flere unge i uddannelse');
    expect(removed.textContent).toContain('Bidrager ikke længere');
    // Nothing was added or changed field by field: those kinds are left out of the list.
    expect(screen.queryByTestId('diff-nodes-added')).toBeNull();

    // On the map: both focus areas marked with their move, the rest quiet, the removed link a ghost saying so.
    await waitFor(() => expect(node('fa1')).not.toBeNull());
    expect(node('fa1').getAttribute('data-diff')).toBe('moved');
    expect(node('fa1').textContent).toContain('↕ Prioritet 2 → 1');
    expect(node('fa2').textContent).toContain('↕ Prioritet 1 → 2');
    expect(node('fa1').getAttribute('aria-label')).toBe('Trivsel i skolen (Prioritet 2 → 1)');
    expect(node('ap1').getAttribute('data-diff')).toBe('unchanged');
    expect(node('ap1').querySelector('.kompas-diff-badge')).toBeNull();
    expect(node('a1').getAttribute('data-diff')).toBe('unchanged');
    await waitFor(() => expect(edge('l9')).not.toBeNull());
    const ghost = edge('l9');
    expect(ghost.getAttribute('data-diff')).toBe('removed');
    expect(ghost.querySelector('.kompas-edge')?.getAttribute('class')).toContain('diff-removed');
    expect(edge('l1').getAttribute('data-diff')).toBe('unchanged');
    expect(document.querySelector('[data-testid="diff-edge-mark"][data-edge="l9"]')?.textContent).toBe('− Fjernet');
    // Read-only: nothing to draw a link from.
    expect(document.querySelector('.react-flow__handle.connectablestart')).toBeNull();

    const legend = screen.getByTestId('diff-legend');
    for (const words of ['+ Ny', '− Fjernet', '✎ Ændret', '↕ Flyttet', 'stiplet kant']) expect(legend.textContent).toContain(words);
    expect(api.sent.some((s) => s.path === `/api/plans/p/diff?from=${revision.id}&to=now`)).toBe(true);
    // A reader compares, but does not adopt.
    expect(screen.queryByTestId('adopt-revision')).toBeNull();
  });

  it('marks a node’s entries in the list when it is chosen on the map, and shows an entry’s node on the map', async () => {
    // jsdom lays nothing out: the map's glide to a chosen node runs through a zero-sized view, which React reports.
    const consoleError = console.error;
    jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).startsWith('Received NaN for the')) consoleError(...args);
    });
    serve();
    renderAt(`/plans/p/diff?from=${revision.id}&to=now`, users.viewer);
    await waitFor(() => expect(node('fa2')).not.toBeNull());
    expect(screen.getByTestId('diff-chosen').textContent).toContain('Vælg et element');

    fireEvent.click(node('fa2'));
    const marked = () => [...document.querySelectorAll('.kompas-diff__list li.is-selected')].map((li) => li.textContent);
    await waitFor(() =>
      expect(screen.getByTestId('diff-chosen').textContent).toBe('»Flere unge i uddannelse«: 2 ændringer, markeret herunder.'),
    );
    expect(marked()).toEqual([
      expect.stringContaining('Læsevenner i indskolingen → Flere unge i uddannelse'),
      expect.stringContaining('Flere unge i uddannelse: prioritet 1 → 2'),
    ]);
    expect(node('fa2').querySelector('.kompas-node')?.className).toContain('is-selected');

    // An unchanged node says so.
    fireEvent.click(node('ap1'));
    await waitFor(() => expect(screen.getByTestId('diff-chosen').textContent).toBe('»Forskellige sammen« er uændret.'));
    expect(marked()).toEqual([]);

    // The list's entry, by keyboard: its title is a button that chooses the link on the map.
    const show = within(screen.getByTestId('diff-links-removed')).getByRole('button', {
      name: /Læsevenner i indskolingen → Flere unge i uddannelse/,
    });
    fireEvent.click(show);
    await waitFor(() => expect(edge('l9').classList.contains('selected')).toBe(true));
    expect(screen.getByTestId('diff-chosen').textContent).toBe(
      '»Læsevenner i indskolingen → Flere unge i uddannelse«: én ændring, markeret herunder.',
    );
  });

  it('draws the plan as it was at the second moment when that is a date, not as it is now', async () => {
    const api = serve();
    renderAt(`/plans/p/diff?from=${revision.id}&to=2026-05-01`, users.viewer);
    await waitFor(() => expect(node('fa1')?.getAttribute('data-diff')).toBe('moved'));
    expect(api.sent.some((s) => s.path === '/api/plans/p/graph?asOf=2026-05-01')).toBe(true);
  });

  it('says in words that the plan did not exist yet on the chosen date', async () => {
    serve(() => apiError(422, 'before_plan', 'before', { details: [{ field: 'from', code: 'before_plan', message: 'x' }] }));
    renderAt('/plans/p/diff?from=2001-01-01&to=now', users.viewer);
    expect((await screen.findByTestId('diff-error')).textContent).toBe(
      'Planen fandtes ikke endnu på den valgte dato. Vælg en senere dato.',
    );
  });

  it('lets a director adopt a revision with its decision', async () => {
    const api = serve();
    renderAt('/plans/p/diff', director);
    fireEvent.click(await screen.findByTestId('adopt-revision'));
    const dialog = within(screen.getByTestId('adopt-revision-dialog'));
    fireEvent.click(dialog.getByTestId('adopt-revision-save'));
    expect(dialog.getAllByText('Skal udfyldes.')).toHaveLength(3);
    fireEvent.change(dialog.getByTestId('revision-name'), { target: { value: 'Budget 2027' } });
    fireEvent.change(dialog.getByTestId('revision-decidedAt'), { target: { value: '2026-10-08' } });
    fireEvent.change(dialog.getByTestId('revision-decidedBy'), { target: { value: 'Kommunalbestyrelsen' } });
    fireEvent.change(dialog.getByTestId('revision-caseNumber'), { target: { value: 'sag 26/4711' } });
    fireEvent.click(dialog.getByTestId('adopt-revision-save'));
    expect(await screen.findByText('Revisionen »Budget 2027« er vedtaget.')).toBeTruthy();
    const post = api.sent.find((s) => s.method === 'POST');
    expect(post?.body).toEqual({
      name: 'Budget 2027',
      decidedAt: '2026-10-08',
      decidedBy: 'Kommunalbestyrelsen',
      caseNumber: 'sag 26/4711',
    });
  });

  it('keeps each side of the address as given, for the API to judge', () => {
    expect(validateDiffSearch({ from: ' 2026-03-01 ', to: 'now' })).toEqual({ from: '2026-03-01', to: 'now' });
    expect(validateDiffSearch({ from: '', to: 'x'.repeat(65) })).toEqual({ from: undefined, to: undefined });
    // The second side's plan, for the map: now, a day, or a revision.
    expect([graphQueryOf('now'), graphQueryOf('2026-03-01'), graphQueryOf(revision.id)]).toEqual([
      null,
      'asOf=2026-03-01',
      `revision=${revision.id}`,
    ]);
  });
});
