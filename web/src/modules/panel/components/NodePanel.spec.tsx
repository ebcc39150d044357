import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { explainHealth, explainReason, planHealth, type AuditEntry, type GraphNode } from '@kompas/domain';
import { initI18n } from '../../../i18n';
import { Committee, Me, Unit } from '../../api/types';
import { smallPlanGraph as graph } from '../../../testing/small-plan-graph';
import { apiError, fakeApi, Reply, renderApp, Sent, users } from '../../../testing/harness';
import { NodePanel } from './NodePanel';

const row = { example: false, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
const committees = [
  { ...row, id: 'c1', version: 1, planId: 'p', name: 'Udvalget for Læring', shortName: '', coreAreas: [], position: 1 },
  { ...row, id: 'c2', version: 1, planId: 'p', name: 'Økonomiudvalget', shortName: '', coreAreas: [], position: 2 },
] satisfies Committee[];
const units = [
  { ...row, id: 'u1', version: 1, name: 'Skoledistrikt Juelsminde', parentId: null },
  { ...row, id: 'u2', version: 1, name: 'Dagtilbud Nord', parentId: null },
] satisfies Unit[];
const action = {
  ...row,
  id: 'a1',
  version: 2,
  planId: 'p',
  title: 'Læsevenner i indskolingen',
  description: '',
  unitId: 'u1',
  responsiblePerson: null,
  status: 'launched',
  startDate: null,
  endDate: null,
};
const focusArea = {
  ...row,
  id: 'fa1',
  version: 3,
  planId: 'p',
  committeeId: 'c1',
  coOwnerCommitteeIds: ['c2'],
  title: 'Trivsel i skolen',
  description: '',
  rank: 1,
  status: 'proposed',
};
const node = (id: string) => graph.nodes.find((n) => n.id === id) as GraphNode;

function openPanel(id: string, me: Me, handler: (request: Sent) => Reply | undefined = () => undefined) {
  const api = fakeApi((request) => {
    const answer = handler(request);
    if (answer) return answer;
    if (request.method === 'GET' && request.path === '/api/actions/a1') return { status: 200, body: action };
    if (request.method === 'GET' && request.path === '/api/focus-areas/fa1') return { status: 200, body: focusArea };
  });
  const props = {
    planId: 'p',
    node: node(id),
    graph,
    committees,
    units,
    onSelectLink: jest.fn(),
    onSelectNode: jest.fn(),
    onStartLink: jest.fn(),
    onDeleted: jest.fn(),
  };
  renderApp(<NodePanel {...props} />, me);
  return { api, props };
}

describe('the node panel', () => {
  beforeAll(() => initI18n('da'));
  afterEach(() => act(() => void i18next.changeLanguage('da')));

  it('says why under "Hvorfor?": the health, the explanation, and each reason as a link that selects the node it names', async () => {
    // The indicator under the focus area is judged off track, so the focus area's reasons name it.
    const troubled = {
      ...graph,
      nodes: graph.nodes.map((n) =>
        n.kind === 'indicator' && n.latest ? { ...n, latest: { ...n.latest, judgement: 'offTrack' as const } } : n,
      ),
    };
    const results = planHealth(troubled, { today: '2026-11-27' });
    const answer = (lang: 'da' | 'en') => ({
      planId: 'p',
      nodes: [...results.values()].map((r) => ({ ...r, explanation: explainHealth(r, graph, lang) })),
    });
    const { props, api } = openPanel('fa1', users.manager, (request) =>
      request.path.startsWith('/api/plans/p/health') ? { status: 200, body: answer(request.path.endsWith('en') ? 'en' : 'da') } : undefined,
    );
    const why = within(await screen.findByTestId('health-why'));
    expect(why.getByRole('heading', { name: 'Hvorfor?' })).toBeTruthy();
    const fa = results.get('fa1')!;
    expect(fa.health).toBe('offTrack');
    expect(await why.findByTestId('health-explanation')).toHaveProperty('textContent', explainHealth(fa, graph, 'da'));
    expect(
      why
        .getByText(/Sundhed:/)
        .closest('[data-health]')
        ?.getAttribute('data-health'),
    ).toBe(fa.health);
    // The indicator it names is a link that selects it on the map.
    const named = fa.reasons.find((r) => r.nodeId === 'i1')!;
    fireEvent.click(why.getByRole('button', { name: explainReason(named, graph, 'da') }));
    expect(props.onSelectNode).toHaveBeenCalledWith('i1');
    expect(api.sent.some((r) => r.path === '/api/plans/p/health?lang=da')).toBe(true);
    await act(() => i18next.changeLanguage('en'));
    expect(await screen.findByRole('heading', { name: 'Why?' })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('health-explanation').textContent).toBe(explainHealth(fa, graph, 'en')));
  });

  describe('shows only what the signed-in user may do', () => {
    it('a viewer reads an action: fields shown but locked, no save, delete, link or reason, and why', async () => {
      openPanel('a1', users.viewer);
      const title = await screen.findByLabelText(/Titel/);
      expect(title).toHaveProperty('value', 'Læsevenner i indskolingen');
      expect(title).toHaveProperty('disabled', true);
      expect(screen.getByLabelText(/Status/)).toHaveProperty('disabled', true);
      for (const id of ['node-save', 'node-delete', 'start-link', 'reason-input']) expect(screen.queryByTestId(id)).toBeNull();
      expect(screen.getByTestId('permission-note').textContent).toBe(
        'Kun ledere af Skoledistrikt Juelsminde kan ændre dette. Du kan læse og kommentere.',
      );
    });

    it('the manager of the action’s unit may change it, link it and delete it', async () => {
      openPanel('a1', users.manager);
      const title = await screen.findByLabelText(/Titel/);
      expect(title).toHaveProperty('disabled', false);
      for (const id of ['node-save', 'node-delete', 'start-link', 'reason-input']) expect(screen.getByTestId(id)).toBeTruthy();
      expect(screen.queryByTestId('permission-note')).toBeNull();
    });

    it('a manager of another unit only reads it', async () => {
      openPanel('a1', users.otherManager);
      expect(await screen.findByLabelText(/Titel/)).toHaveProperty('disabled', true);
      expect(screen.queryByTestId('node-save')).toBeNull();
    });

    it('a manager reads a focus area without priority arrows; its committee’s member gets them', async () => {
      openPanel('fa1', users.manager);
      await screen.findByLabelText(/Titel/);
      expect(screen.queryByTestId('priority-down')).toBeNull();
      expect(screen.getByTestId('permission-note').textContent).toContain('Kun medlemmer af Udvalget for Læring');
    });
  });

  describe('never offers what the server would refuse', () => {
    const options = (label: RegExp) => [...(screen.getByLabelText(label) as HTMLSelectElement).options].map((o) => o.textContent);

    it('offers a manager only the units he leads as an action’s owner', async () => {
      openPanel('a1', users.manager);
      await screen.findByLabelText(/Titel/);
      expect(options(/Enhed/)).toEqual(['Skoledistrikt Juelsminde']);
    });

    it('offers a committee member only her own committees as a focus area’s owner', async () => {
      openPanel('fa1', users.member);
      await screen.findByLabelText(/Titel/);
      expect(options(/Udvalg \(ejer\)/)).toEqual(['Udvalget for Læring']);
    });

    it('does not offer to delete a focus area whose indicator holds observations, and says what to do instead', async () => {
      openPanel('fa1', users.member);
      await screen.findByLabelText(/Titel/);
      expect(screen.queryByTestId('node-delete')).toBeNull();
      expect(screen.getByTestId('delete-refused-note').textContent).toContain('Sæt status til „Udfaset“ i stedet');
    });
  });

  describe('when someone else saved first', () => {
    const current = { ...focusArea, version: 4, title: 'Trivsel for alle', status: 'adopted', updatedAt: '2026-11-27T10:41:00Z' };
    const lastChange = { at: '2026-11-27T10:41:00.000Z', userName: 'Hanne Direktør', action: 'update', reason: 'Besluttet på mødet 26/11' };
    const conflictThenSave = (request: Sent): Reply | undefined => {
      if (request.method !== 'PATCH') return undefined;
      if (request.headers['If-Match'] === '"3"')
        return apiError(412, 'version_conflict', 'Changed meanwhile', {
          details: [{ field: 'If-Match', code: 'stale', message: 'stale' }],
          current,
          lastChange,
        });
      return { status: 200, body: { ...current, version: 5, title: 'Trivsel og læring' } };
    };

    async function saveTitle(title: string) {
      fireEvent.change(await screen.findByLabelText(/Titel/), { target: { value: title } });
      fireEvent.change(screen.getByTestId('reason-input'), { target: { value: 'Sag 26-123' } });
      fireEvent.click(screen.getByTestId('node-save'));
      return screen.findByTestId('conflict-dialog');
    }

    it('shows who changed what, when and why', async () => {
      const { api } = openPanel('fa1', users.member, conflictThenSave);
      const dialog = await saveTitle('Trivsel og læring');
      expect(api.writes()[0]).toMatchObject({
        method: 'PATCH',
        path: '/api/focus-areas/fa1',
        headers: { 'If-Match': '"3"' },
        body: { title: 'Trivsel og læring', reason: 'Sag 26-123' },
      });
      const text = dialog.textContent ?? '';
      expect(text).toContain('Ændret af Hanne Direktør · 27. nov. 2026 10:41');
      expect(text).toContain('Begrundelse: Besluttet på mødet 26/11');
      // jsdom has no modal dialogs: read the list by its elements, not by role.
      expect([...screen.getByTestId('conflict-fields').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
        'titel fra „Trivsel i skolen“ til „Trivsel for alle“',
        'status fra Foreslået til Vedtaget',
      ]);
      expect(text).toContain('titel fra „Trivsel i skolen“ til „Trivsel og læring“');
    });

    it('re-apply sends the same edit over the current version', async () => {
      const { api } = openPanel('fa1', users.member, conflictThenSave);
      await saveTitle('Trivsel og læring');
      fireEvent.click(screen.getByTestId('conflict-reapply'));
      await waitFor(() => expect(screen.queryByTestId('conflict-dialog')).toBeNull());
      expect(api.writes()).toHaveLength(2);
      expect(api.writes()[1]).toMatchObject({
        headers: { 'If-Match': '"4"' },
        body: { title: 'Trivsel og læring', reason: 'Sag 26-123' },
      });
      expect(await screen.findByText('"Trivsel og læring" er gemt.')).toBeTruthy();
    });

    it('reload drops the edit and shows what is saved now, sending nothing', async () => {
      const { api } = openPanel('fa1', users.member, conflictThenSave);
      await saveTitle('Trivsel og læring');
      fireEvent.click(screen.getByTestId('conflict-reload'));
      await waitFor(() => expect(screen.queryByTestId('conflict-dialog')).toBeNull());
      await waitFor(() => expect(screen.getByLabelText(/Titel/)).toHaveProperty('value', 'Trivsel for alle'));
      expect(screen.getByLabelText(/Status/)).toHaveProperty('value', 'adopted');
      expect(api.writes()).toHaveLength(1);
    });
  });

  it('lists the node’s history newest first in plain words, with reasons', async () => {
    const entry = (seq: number, at: string, changes: AuditEntry['changes'], extra: Partial<AuditEntry> = {}): AuditEntry => ({
      seq,
      id: `e${seq}`,
      at,
      userId: 'u-udvalg',
      userName: 'Mette Udvalg',
      action: 'update',
      entity: 'focusArea',
      entityId: 'fa1',
      entityIds: ['fa1'],
      changes,
      reason: null,
      detail: null,
      prevHash: '',
      hash: '',
      keyed: true,
      record: null,
      migration: null,
      changesTotal: 0,
      ...extra,
    });
    const items = [
      entry(7, '2026-11-20T09:00:00.000Z', [{ table: 'focus_area', id: 'fa1', before: null, after: { title: 'Trivsel' } }], {
        action: 'create',
      }),
      entry(
        9,
        '2026-11-27T10:41:00.000Z',
        [
          {
            table: 'focus_area',
            id: 'fa1',
            before: { title: 'Trivsel', version: 1, updatedAt: 'a' },
            after: { title: 'Trivsel i skolen', version: 2, updatedAt: 'b' },
          },
        ],
        { reason: 'Udvalgets beslutning' },
      ),
    ];
    const { api } = openPanel('fa1', users.viewer, ({ path }) =>
      path.startsWith('/api/audit?') ? { status: 200, body: { items, total: 2, limit: 50, offset: 0 } } : undefined,
    );
    fireEvent.click(screen.getByTestId('history-tab'));
    const list = await screen.findByTestId('history-list');
    expect(api.sent.some((s) => s.path === '/api/audit?entityId=fa1&limit=50&offset=0')).toBe(true);
    const entries = within(list)
      .getAllByTestId('history-entry')
      .map((e) => e.textContent);
    expect(entries).toEqual([
      'Mette Udvalg ændrede titel fra „Trivsel“ til „Trivsel i skolen“27. nov. 2026 10:41 · Begrundelse: Udvalgets beslutning',
      'Mette Udvalg oprettede fokusområdet20. nov. 2026 09:00',
    ]);
  });

  it('lists comments with author and time, and anyone signed in adds one', async () => {
    const comment = {
      id: 'k1',
      nodeId: 'fa1',
      planId: 'p',
      authorId: 'u-leder',
      authorName: 'Jonas Leder',
      createdAt: '2026-11-27T08:05:00Z',
    };
    const stored = [{ ...comment, body: 'Hvordan måler vi trivsel?' }];
    const { api } = openPanel('fa1', users.viewer, ({ method, path, body }) => {
      if (path !== '/api/nodes/fa1/comments') return undefined;
      if (method === 'GET') return { status: 200, body: stored };
      stored.push({ ...comment, id: 'k2', authorName: 'Lise Læser', body: (body as { body: string }).body });
      return { status: 201, body: stored[stored.length - 1] };
    });
    fireEvent.click(screen.getByTestId('comments-tab'));
    const list = await screen.findByTestId('comment-list');
    expect(list.textContent).toContain('Jonas Leder · 27. nov. 2026 08:05');
    expect(list.textContent).toContain('Hvordan måler vi trivsel?');
    fireEvent.change(screen.getByTestId('comment-input'), { target: { value: '  Med den årlige trivselsmåling.  ' } });
    fireEvent.click(screen.getByTestId('comment-submit'));
    await waitFor(() => expect(screen.getByTestId('comment-list').textContent).toContain('Med den årlige trivselsmåling.'));
    expect(api.writes().filter((w) => w.path === '/api/nodes/fa1/comments')).toEqual([
      expect.objectContaining({ method: 'POST', body: { body: 'Med den årlige trivselsmåling.' } }),
    ]);
    expect(screen.getByTestId('comment-input')).toHaveProperty('value', '');
  });

  it('marks the comments read up to the newest when they are opened, not before', async () => {
    const stored = [
      {
        id: 'k1',
        nodeId: 'fa1',
        planId: 'p',
        authorId: 'u-leder',
        authorName: 'Jonas Leder',
        createdAt: '2026-11-27T08:05:00Z',
        body: 'Første',
      },
      {
        id: 'k2',
        nodeId: 'fa1',
        planId: 'p',
        authorId: 'u-leder',
        authorName: 'Jonas Leder',
        createdAt: '2026-11-27T09:05:00Z',
        body: 'Anden',
      },
    ];
    const { api } = openPanel('fa1', users.member, ({ method, path, body }) => {
      if (path === '/api/nodes/fa1/comments/read' && method === 'POST')
        return { status: 200, body: { nodeId: 'fa1', lastCommentId: (body as { lastCommentId: string }).lastCommentId, readAt: '' } };
      if (path === '/api/nodes/fa1/comments' && method === 'GET') return { status: 200, body: stored };
      return undefined;
    });
    const reads = () => api.writes().filter((w) => w.path === '/api/nodes/fa1/comments/read');
    // Not before the comments are opened.
    expect(reads()).toEqual([]);
    fireEvent.click(screen.getByTestId('comments-tab'));
    await screen.findByTestId('comment-list');
    await waitFor(() => expect(reads()).toEqual([expect.objectContaining({ method: 'POST', body: { lastCommentId: 'k2' } })]));
  });
});
