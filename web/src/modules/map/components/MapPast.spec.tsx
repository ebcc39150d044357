import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { initI18n } from '../../../i18n';
import { fakeApi, renderAt, users } from '../../../testing/harness';
import { smallPlanGraph } from '../../../testing/small-plan-graph';

const plan = { id: 'p', title: 'Hedensted', status: 'adopted', periodStart: '2026-01-01', periodEnd: '2029-12-31', version: 1 };

/** The map of 1 March 2026, whose API answers the plan's graph of then. */
function openPast() {
  return fakeApi(({ method, path }) => {
    if (method === 'GET' && path === '/api/plans') return { status: 200, body: [plan] };
    if (method === 'GET' && path === '/api/plans/p/graph?asOf=2026-03-01') return { status: 200, body: smallPlanGraph };
    if (method === 'GET' && path === '/api/plans/p/committees') return { status: 200, body: [] };
    if (method === 'GET' && path === '/api/units') return { status: 200, body: [] };
    return undefined;
  });
}

const node = (id: string) => document.querySelector(`.react-flow__node[data-id="${id}"]`) as HTMLElement;
const field = (name: string) => within(screen.getByTestId('past-fields')).getByText((_, el) => el?.getAttribute('data-field') === name);

describe('the map as the plan was', () => {
  beforeAll(() => {
    initI18n('da');
    // jsdom has no CSS.escape; the map's ids need no escaping.
    if (!('CSS' in globalThis)) Object.assign(globalThis, { CSS: { escape: (id: string) => id } });
  });

  it('asks for the plan as of the day, says it is read-only and offers the way back to now, without the editing tools', async () => {
    const api = openPast();
    renderAt('/plans/p?asOf=2026-03-01', users.member);
    const banner = await screen.findByTestId('asof-banner');
    expect(banner.textContent).toContain('Planen som den var 1. marts 2026 — skrivebeskyttet');
    expect(screen.getByTestId('asof-back').getAttribute('href')).toBe('/plans/p');
    expect(screen.queryByTestId('open-plan-diff')).toBeNull();
    expect(screen.queryByRole('button', { name: /Opret/ })).toBeNull();
    expect(api.sent.some((s) => s.path === '/api/plans/p/graph?asOf=2026-03-01')).toBe(true);
  });

  it('opens a read-only panel with what the plan held for a node then, whose links select the node at their other end', async () => {
    const api = openPast();
    renderAt('/plans/p?asOf=2026-03-01', users.member);
    await screen.findByTestId('asof-banner');
    expect(screen.queryByTestId('side-panel')).toBeNull();

    // By keyboard: Enter on the focus area.
    fireEvent.keyDown(node('fa1'), { key: 'Enter' });
    const panel = await screen.findByTestId('side-panel');
    expect(within(panel).getByRole('heading', { name: 'Trivsel i skolen' })).toBeTruthy();
    expect(field('committeeId').textContent).toBe('Udvalg (ejer)Udvalget for Læring');
    expect(field('rank').textContent).toBe('Prioritet1');
    expect(field('status').textContent).toBe('StatusForeslået');
    // Nothing that writes: no form, no tabs (comments, assessments, history), no field, no save.
    expect(within(panel).queryByTestId('node-form')).toBeNull();
    expect(within(panel).queryByRole('tab')).toBeNull();
    expect(within(panel).queryByRole('textbox')).toBeNull();
    expect(within(panel).queryByRole('button', { name: /Gem|Slet|kobling/ })).toBeNull();

    // Its link to the aiming point selects that.
    fireEvent.click(within(panel).getByRole('button', { name: 'Forskellige sammen' }));
    expect(await within(panel).findByRole('heading', { name: 'Forskellige sammen' })).toBeTruthy();
    expect(field('ambition').textContent).toBe('Ambition ("Vi vil …")Vi vil have stærke fællesskaber');

    // Esc closes it, as the map's own panel, and gives the focus back to the node it spoke of.
    fireEvent.keyDown(panel, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('side-panel')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(node('ap1')));
    // Reading the past asks nothing of the node's current version and writes nothing.
    expect(api.sent.filter((s) => s.path.startsWith('/api/focus-areas') || s.method !== 'GET')).toEqual([]);
  });

  it('finds a node by search and shows it as it was, staying on the day', async () => {
    const api = openPast();
    renderAt('/plans/p?asOf=2026-03-01', users.member);
    await screen.findByTestId('asof-banner');
    fireEvent.change(screen.getByTestId('search-input'), { target: { value: 'Læsevenner' } });
    fireEvent.keyDown(screen.getByTestId('search-input'), { key: 'Enter' });
    expect(await within(await screen.findByTestId('side-panel')).findByRole('heading', { name: 'Læsevenner i indskolingen' })).toBeTruthy();
    expect(field('unitId').textContent).toBe('Enhed (ejer)Skoledistrikt Juelsminde');
    expect(screen.getByTestId('asof-banner')).toBeTruthy();
    // Neither the search nor the opening asked for the plan as it is now.
    expect(api.sent.filter((s) => s.path === '/api/plans/p/graph')).toEqual([]);
  });

  it('shows an indicator’s value as the plan held it then, with its period', async () => {
    openPast();
    renderAt('/plans/p?asOf=2026-03-01', users.member);
    await screen.findByTestId('asof-banner');
    fireEvent.click(node('i1'));
    await screen.findByTestId('past-node');
    expect(field('latest').textContent).toBe('Seneste måling dengang1.234,5 % (2025)');
    expect(field('targetValue').textContent).toBe('Mål90');
    expect(field('measuresId').textContent).toBe('MålerTrivsel i skolen');
  });
});
