import { fireEvent, screen, within } from '@testing-library/react';
import { initI18n } from '../../../i18n';
import type { Me } from '../../api/types';
import { apiError, fakeApi, renderAt, users } from '../../../testing/harness';
import { smallPlanGraph } from '../../../testing/small-plan-graph';
import { validateDiffSearch } from '../utils/diff-search';

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
        edge: {},
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
    if (s.method === 'GET' && s.path === '/api/plans/p/revisions') return { status: 200, body: [revision] };
    if (s.method === 'GET' && s.path.startsWith('/api/plans/p/diff')) return answer();
    if (s.method === 'POST' && s.path === '/api/plans/p/revisions')
      return { status: 201, body: { ...revision, id: 'r2', name: 'Budget 2027' } };
    return undefined;
  });
}

describe('the diff page', () => {
  beforeAll(() => initI18n('da'));

  it('lists the moved priorities with their decision and the removed link as a ghost, with a legend in words', async () => {
    const api = serve();
    renderAt(`/plans/p/diff?from=${revision.id}&to=now`, users.viewer);
    const priorities = await screen.findByTestId('diff-priorities');
    expect(priorities.textContent).toContain('Trivsel i skolen: prioritet 2 → 1');
    expect(priorities.textContent).toContain('Udvalget for Læring, 2026-05-12, sag 26/1234');
    const removed = screen.getByTestId('diff-links-removed');
    expect(removed.textContent).toContain('Læsevenner i indskolingen → Flere unge i uddannelse');
    expect(removed.textContent).toContain('Bidrager ikke længere');
    const ghost = screen.getByTestId('diff-link-removed');
    expect(ghost.className).toContain('is-removed');
    expect(ghost.textContent).toContain('fjernet');
    expect(ghost.querySelector('s')?.textContent).toBe('Læsevenner i indskolingen → Flere unge i uddannelse');
    expect(screen.getAllByTestId('diff-card-changed').map((c) => c.textContent)).toEqual([
      expect.stringContaining('Trivsel i skolen'),
      expect.stringContaining('Flere unge i uddannelse'),
    ]);
    expect(screen.getByTestId('diff-legend').textContent).toContain('stiplet kant');
    expect(api.sent.some((s) => s.path === `/api/plans/p/diff?from=${revision.id}&to=now`)).toBe(true);
    // A reader compares, but does not adopt.
    expect(screen.queryByTestId('adopt-revision')).toBeNull();
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
  });
});
