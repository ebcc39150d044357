import { fireEvent, screen, waitFor } from '@testing-library/react';
import { initI18n } from '../../../i18n';
import { fakeApi, renderAt, users } from '../../../testing/harness';
import { smallPlanGraph } from '../../../testing/small-plan-graph';
import { pastMapSearchOf } from '../utils/past-map';

const revision = {
  id: 'r1',
  planId: 'p',
  name: 'Vedtaget 1. marts 2026',
  decidedAt: '2026-03-01',
  decidedBy: 'Kommunalbestyrelsen',
  caseNumber: null,
};
const diff = {
  nodes: { added: [], removed: [], changed: [] },
  links: { added: [], removed: [], changed: [] },
  priorities: [],
  targets: [],
};

describe('the way from the diff page to the map as it was', () => {
  beforeAll(() => initI18n('da'));
  beforeEach(() =>
    fakeApi((s) => {
      if (s.method === 'GET' && s.path === '/api/plans/p/graph') return { status: 200, body: smallPlanGraph };
      if (s.method === 'GET' && s.path === '/api/plans/p/revisions') return { status: 200, body: [revision] };
      if (s.method === 'GET' && s.path.startsWith('/api/plans/p/diff')) return { status: 200, body: diff };
      return undefined;
    }),
  );

  it('offers "Se kortet som det var" for a date and a revision, and none for now', async () => {
    renderAt('/plans/p/diff?from=r1&to=2026-06-30', users.viewer);
    const from = await screen.findByTestId('diff-from-map');
    expect(from.textContent).toBe('Se kortet som det var');
    expect(from.getAttribute('href')).toBe('/plans/p?revision=r1');
    expect(screen.getByTestId('diff-to-map').getAttribute('href')).toBe('/plans/p?asOf=2026-06-30');
    fireEvent.change(screen.getByTestId('diff-to-choice'), { target: { value: 'now' } });
    await waitFor(() => expect(screen.queryByTestId('diff-to-map')).toBeNull());
  });

  it('leads from the latest revision, the side the page starts from', async () => {
    renderAt('/plans/p/diff', users.viewer);
    expect((await screen.findByTestId('diff-from-map')).getAttribute('href')).toBe('/plans/p?revision=r1');
    expect(screen.queryByTestId('diff-to-map')).toBeNull();
  });

  it('knows a date, a revision of the plan and nothing else', () => {
    expect(pastMapSearchOf('2026-03-01', [])).toEqual({ asOf: '2026-03-01' });
    expect(pastMapSearchOf('r1', ['r1'])).toEqual({ revision: 'r1' });
    expect(pastMapSearchOf('now', ['r1'])).toBeNull();
    expect(pastMapSearchOf('r9', ['r1'])).toBeNull();
  });
});
