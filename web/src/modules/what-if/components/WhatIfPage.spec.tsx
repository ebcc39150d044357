import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { initI18n } from '../../../i18n';
import { fakeApi, renderAt, users, type Sent } from '../../../testing/harness';
import { smallPlanGraph } from '../../../testing/small-plan-graph';

const plan = { id: 'p', title: 'Hedensted', status: 'adopted', periodStart: '2026-01-01', periodEnd: '2029-12-31', version: 1 };
const side = { findings: [], scores: { committees: [], aimingPoints: [] }, health: [] };
const stopReading = { kind: 'actionStatus', id: 'a1', version: 1, status: 'stopped' };
const stored = { id: 's1', planId: 'p', name: '', createdAt: '2026-11-12T09:30:00.000Z', changes: [stopReading] };

/** The API with the plan, and what `scenarios` answers for the reader's own scenarios. */
function api(scenarios: (request: Sent) => { status: number; body?: unknown } | undefined) {
  return fakeApi((request) => {
    const { method, path } = request;
    if (method === 'GET' && path === '/api/plans') return { status: 200, body: [plan] };
    if (method === 'GET' && path === '/api/plans/p/graph') return { status: 200, body: smallPlanGraph };
    if (method === 'GET' && path === '/api/plans/p/committees') return { status: 200, body: [] };
    if (method === 'GET' && path === '/api/units') return { status: 200, body: [] };
    if (method === 'GET' && path.startsWith('/api/scenarios/s1/preview')) return { status: 200, body: { now: side, scenario: side } };
    return scenarios(request);
  });
}

describe('a what-if scenario after a reload', () => {
  beforeAll(() => initI18n('da'));

  it('restores the staged changes of the scenario its address names, worded from the plan as it is', async () => {
    api(({ method, path }) => (method === 'GET' && path === '/api/scenarios/s1' ? { status: 200, body: stored } : undefined));
    renderAt('/plans/p/what-if?scenario=s1', users.member);
    const staged = await screen.findByTestId('what-if-staged');
    expect(
      within(staged)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Stop ‘Læsevenner i indskolingen’ Fjern']);
    expect(screen.queryByTestId('what-if-start')).toBeNull();
  });

  it('says a scenario that is gone is gone, and starts fresh', async () => {
    api(() => undefined);
    const { router } = renderAt('/plans/p/what-if?scenario=s1', users.member);
    expect((await screen.findByTestId('what-if-done')).textContent).toContain('Scenariet findes ikke længere');
    expect(await screen.findByTestId('what-if-start')).toBeTruthy();
    await waitFor(() => expect(router.state.location.search).toEqual({}));
  });

  it('offers to carry on with the newest open scenario instead of opening it unasked', async () => {
    const fake = api(({ method, path }) => {
      if (method === 'GET' && path === '/api/plans/p/scenarios')
        return { status: 200, body: [{ id: 's1', planId: 'p', createdAt: stored.createdAt, changeCount: 1 }] };
      if (method === 'GET' && path === '/api/scenarios/s1') return { status: 200, body: stored };
      return undefined;
    });
    const { router } = renderAt('/plans/p/what-if', users.member);
    const offer = await screen.findByTestId('what-if-resume');
    expect(offer.textContent).toContain('med 1 ændring');
    expect(within(offer).getByRole('button', { name: 'Start forfra' })).toBeTruthy();
    expect(fake.sent.some((s) => s.path === '/api/scenarios/s1')).toBe(false);
    fireEvent.click(within(offer).getByRole('button', { name: 'Fortsæt' }));
    expect(within(await screen.findByTestId('what-if-staged')).getByRole('listitem').textContent).toContain('Læsevenner i indskolingen');
    expect(router.state.location.search).toEqual({ scenario: 's1' });
    expect(fake.writes()).toEqual([]);
  });
});
