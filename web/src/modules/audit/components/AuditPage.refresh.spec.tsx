import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { AuditEntry } from '@kompas/domain';
import type { Me } from '../../api/types';
import { initI18n } from '../../../i18n';
import { useUpdateNode } from '../../api/hooks';
import { fakeApi, renderAt } from '../../../testing/harness';

const director: Me = {
  id: 'u-dir',
  username: 'direktor',
  name: 'Dorte Direktør',
  roles: ['director'],
  committeeIds: [],
  unitIds: [],
  demo: true,
};

const entry = (seq: number): AuditEntry => ({
  seq,
  id: `e${seq}`,
  at: '2026-12-01T10:00:00.000Z',
  userId: 'u-udvalg',
  userName: 'Mette Udvalg',
  action: 'update',
  entity: 'focusArea',
  entityId: 'fa1',
  entityIds: ['fa1'],
  changes: [
    { table: 'focus_area', id: 'fa1', before: { planId: 'p1', title: 'Læring' }, after: { planId: 'p1', title: 'Læring for alle' } },
  ],
  changesTotal: 1,
  reason: null,
  detail: null,
  prevHash: '0'.repeat(64),
  hash: '1'.repeat(64),
  keyed: true,
  record: null,
  migration: null,
});

describe('the whole history after a change', () => {
  beforeAll(() => initI18n('da'));

  it('shows the change at once, without waiting for the history to go stale', async () => {
    let trail = [entry(1)];
    fakeApi(({ method, path }) => {
      if (method === 'PATCH' && path === '/api/focus-areas/fa1') {
        trail = [entry(2), ...trail];
        return { status: 200, body: { id: 'fa1', version: 2 } };
      }
      if (path.startsWith('/api/audit?')) return { status: 200, body: { items: trail, total: trail.length, limit: 50, offset: 0 } };
      if (path === '/api/audit/verify')
        return { status: 200, body: { ok: true, entries: trail.length, broken: [], drift: [], unkeyed: 0 } };
      if (path === '/api/plans' || path === '/api/units') return { status: 200, body: [] };
    });
    const page = renderAt('/audit', director);
    expect((await screen.findByTestId('audit-count', {}, { timeout: 5000 })).textContent).toBe('1 post');

    // The same change the map's panel makes, through the same client.
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={page.client}>{children}</QueryClientProvider>;
    const update = renderHook(() => useUpdateNode('p1'), { wrapper });
    await act(() => update.result.current.mutateAsync({ kind: 'focusArea', id: 'fa1', version: 1, changes: { title: 'Læring for alle' } }));

    await waitFor(() => expect(screen.getByTestId('audit-count').textContent).toBe('Post 1–2 af 2'));
  });
});
