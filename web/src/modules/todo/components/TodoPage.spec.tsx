import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initI18n } from '../../../i18n';
import { fakeApi, renderAt, users } from '../../../testing/harness';
import type { DueIndicator, DueList, UnreadComment } from '../../api/types';

const plan = {
  id: 'p',
  organisation: 'Testrup Kommune',
  councilName: 'Byrådet',
  title: 'Testrup – sammen',
  visionStatement: '',
  motivations: [],
  sections: [],
  periodStart: '2026-01-01',
  periodEnd: '2029-12-31',
  status: 'adopted',
  example: false,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const indicator = (over: Partial<DueIndicator> = {}): DueIndicator => ({
  indicatorId: 'i1',
  title: 'Læsescore',
  state: 'overdue',
  period: { code: '2026M10', start: '2026-10-01', end: '2026-10-31' },
  dueDate: '2026-10-31',
  owner: { kind: 'unit', id: 'u1', name: 'Skoledistrikt Nord' },
  responsible: null,
  measures: { kind: 'action', id: 'a1', title: 'Læsevenner' },
  ...over,
});

const comment = (over: Partial<UnreadComment> = {}): UnreadComment => ({
  commentId: 'k1',
  nodeId: 'a1',
  nodeKind: 'action',
  nodeTitle: 'Læsevenner',
  author: { id: 'u-viewer', name: 'Lise Læser' },
  createdAt: '2026-11-27T08:05:00.000Z',
  excerpt: 'Hvordan går det med læsevennerne?',
  ...over,
});

const list = (over: Partial<DueList> = {}): DueList => ({ planId: 'p', today: '2026-12-06', indicators: [], comments: [], ...over });

function serve(mine: DueList, all: DueList, plans: unknown[] = [plan]) {
  return fakeApi(({ method, path }) => {
    if (method === 'GET' && path === '/api/plans') return { status: 200, body: plans };
    if (method === 'GET' && path === '/api/plans/p/due?mine=true') return { status: 200, body: mine };
    if (method === 'GET' && path === '/api/plans/p/due?mine=false') return { status: 200, body: all };
    return undefined;
  });
}

describe('the "Til opfølgning" page', () => {
  beforeAll(() => initI18n('da'));
  afterEach(() => act(() => void i18next.changeLanguage('da')));

  it('shows the signed-in user’s list first, then the whole plan’s, each row naming what, whose, by when and how late', async () => {
    const mine = list({
      indicators: [
        indicator(),
        indicator({
          indicatorId: 'i2',
          title: 'Udlån',
          state: 'due',
          dueDate: '2026-12-30',
          responsible: { id: 'u-leder', name: 'Jonas Leder' },
        }),
      ],
      comments: [comment()],
    });
    const all = list({
      indicators: [
        ...mine.indicators,
        indicator({
          indicatorId: 'i3',
          title: 'Borgertilfredshed',
          owner: { kind: 'council', id: 'p', name: 'Byrådet' },
          measures: { kind: 'vision', id: 'p', title: 'Testrup – sammen' },
        }),
      ],
      comments: [comment()],
    });
    serve(mine, all);
    renderAt('/todo', users.manager);

    expect(await screen.findByRole('heading', { level: 1, name: 'Til opfølgning' })).toBeTruthy();
    const sections = await screen.findAllByRole('region');
    expect(sections.map((s) => within(s).getAllByRole('heading')[0].textContent)).toEqual(['Dit ansvar', 'Hele planen']);

    const own = screen.getByTestId('todo-mine');
    const rows = await within(own).findAllByTestId('todo-indicator');
    expect(rows.map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => c.textContent))).toEqual([
      ['LæsescorePeriode 2026M10', 'Handling: Læsevenner', 'Skoledistrikt Nord', 'ingen', '31. okt. 2026', '! Overskredet'],
      ['UdlånPeriode 2026M10', 'Handling: Læsevenner', 'Skoledistrikt Nord', 'Jonas Leder', '30. dec. 2026', '◷ Forfalden'],
    ]);
    expect(within(own).getByTestId('todo-counts').textContent).toBe('Overskredet: 1 · Forfalden: 1');

    // One click from the recording form: the map with the indicator selected, opened on #record.
    expect(within(rows[0]).getByTestId('todo-record-link').getAttribute('href')).toBe('/plans/p/nodes/i1#record');
    // A comment leads to its node's comments.
    const comments = within(own).getAllByTestId('todo-comment');
    expect(comments.map((c) => c.textContent)).toEqual([expect.stringContaining('Læsevenner (Handling) · Lise Læser · 27. nov. 2026')]);
    expect(within(comments[0]).getByText('Hvordan går det med læsevennerne?')).toBeTruthy();
    expect(within(comments[0]).getByTestId('todo-comment-link').getAttribute('href')).toBe('/plans/p/nodes/a1#comments');

    const everyone = screen.getByTestId('todo-all');
    await waitFor(() => expect(within(everyone).getAllByTestId('todo-indicator')).toHaveLength(3));
    expect(within(everyone).getByText('Byrådet')).toBeTruthy();
    expect(within(everyone).getByText('Vision:')).toBeTruthy();
  });

  it('says so when nothing is waiting', async () => {
    serve(list(), list());
    renderAt('/todo', users.viewer);
    const own = await screen.findByTestId('todo-mine');
    expect((await within(own).findByTestId('todo-indicators-empty')).textContent).toBe('Du mangler ikke at registrere data lige nu.');
    expect(within(own).getByTestId('todo-comments-empty').textContent).toBe('Du har ingen ulæste kommentarer.');
    const everyone = screen.getByTestId('todo-all');
    expect((await within(everyone).findByTestId('todo-indicators-empty')).textContent).toBe('Ingen indikatorer i planen mangler data.');
    expect(within(everyone).getByTestId('todo-comments-empty').textContent).toBe('Ingen ulæste kommentarer i planen.');
  });

  it('says so when there is no plan', async () => {
    serve(list(), list(), []);
    renderAt('/todo', users.viewer);
    expect(await screen.findByText('Der er ingen planer endnu.')).toBeTruthy();
  });

  it('speaks English, with the same shapes', async () => {
    serve(list({ indicators: [indicator(), indicator({ indicatorId: 'i2', state: 'due' })] }), list());
    renderAt('/todo', users.manager);
    await act(() => i18next.changeLanguage('en'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Follow-up' })).toBeTruthy();
    const states = await within(screen.getByTestId('todo-mine')).findAllByTestId('todo-state');
    expect(states.map((s) => s.textContent)).toEqual(['! Overdue', '◷ Due']);
    expect(screen.getByRole('heading', { name: 'Your responsibility' })).toBeTruthy();
  });

  it('is in the top navigation for everyone, and marked as the current page', async () => {
    serve(list(), list());
    renderAt('/todo', users.viewer);
    const link = await screen.findByTestId('nav-todo');
    expect(link.textContent).toBe('Til opfølgning');
    expect(link.getAttribute('href')).toBe('/todo');
    expect(link.getAttribute('aria-current')).toBe('page');
  });

  it('offers the other plans, and lists the chosen one', async () => {
    const other = { ...plan, id: 'q', title: 'Gammel plan', status: 'archived', periodStart: '2020-01-01', periodEnd: '2023-12-31' };
    const api = serve(list(), list(), [plan, other]);
    renderAt('/todo', users.viewer);
    const select = (await screen.findByTestId('todo-plan')) as HTMLSelectElement;
    expect(select.value).toBe('p');
    fireEvent.change(select, { target: { value: 'q' } });
    await waitFor(() => expect(api.sent.some((s) => s.path === '/api/plans/q/due?mine=true')).toBe(true));
  });
});
