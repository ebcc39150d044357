import { screen } from '@testing-library/react';
import { initI18n } from '../../../i18n';
import { fakeApi, renderAt, users } from '../../../testing/harness';
import { smallPlanGraph } from '../../../testing/small-plan-graph';

const plan = { id: 'p', title: 'Hedensted', status: 'adopted', periodStart: '2026-01-01', periodEnd: '2029-12-31', version: 1 };

describe('the map as the plan was', () => {
  beforeAll(() => initI18n('da'));

  it('asks for the plan as of the day, says it is read-only and offers the way back to now, without the editing tools', async () => {
    const api = fakeApi(({ method, path }) => {
      if (method === 'GET' && path === '/api/plans') return { status: 200, body: [plan] };
      if (method === 'GET' && path === '/api/plans/p/graph?asOf=2026-03-01') return { status: 200, body: smallPlanGraph };
      if (method === 'GET' && path === '/api/plans/p/committees') return { status: 200, body: [] };
      if (method === 'GET' && path === '/api/units') return { status: 200, body: [] };
      return undefined;
    });
    renderAt('/plans/p?asOf=2026-03-01', users.member);
    const banner = await screen.findByTestId('asof-banner');
    expect(banner.textContent).toContain('Planen som den var 1. marts 2026 — skrivebeskyttet');
    expect(screen.getByTestId('asof-back').getAttribute('href')).toBe('/plans/p');
    expect(screen.queryByTestId('open-plan-diff')).toBeNull();
    expect(screen.queryByRole('button', { name: /Opret/ })).toBeNull();
    expect(api.sent.some((s) => s.path === '/api/plans/p/graph?asOf=2026-03-01')).toBe(true);
  });
});
