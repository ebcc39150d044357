import { screen, waitFor } from '@testing-library/react';
import { initI18n } from '../../../i18n';
import type { Me } from '../../api/types';
import { fakeApi, renderApp } from '../../../testing/harness';
import { AuditPage } from './AuditPage';

const director: Me = {
  id: 'u-dir',
  username: 'direktor',
  name: 'Hanne Direktør',
  roles: ['director'],
  committeeIds: [],
  unitIds: [],
  demo: false,
};

describe('the whole history', () => {
  beforeAll(() => initI18n('da'));

  it('says plainly where the chain breaks, and asks the API for the filters in the address', async () => {
    const api = fakeApi(({ method, path }) => {
      if (method !== 'GET') return undefined;
      if (path === '/api/audit/verify') return { status: 200, body: { intact: false, entries: 120, brokenAt: 7 } };
      if (path.startsWith('/api/audit?')) return { status: 200, body: { items: [], total: 0, limit: 50, offset: 50 } };
      if (path === '/api/plans' || path === '/api/units') return { status: 200, body: [] };
    });
    window.history.replaceState(null, '', '/audit?action=denied&user=leder&page=2');
    renderApp(<AuditPage />, director);
    expect((await screen.findByTestId('audit-chain')).textContent).toContain('Kæden er brudt ved post nr. 7 (af 120)');
    expect(await screen.findByText('Ingen poster passer til filtrene.')).toBeTruthy();
    await waitFor(() => expect(api.sent.some((s) => s.path.startsWith('/api/audit?'))).toBe(true));
    const asked = new URL(api.sent.find((s) => s.path.startsWith('/api/audit?'))!.path, 'http://x').searchParams;
    expect(Object.fromEntries(asked)).toEqual({ action: 'denied', user: 'leder', limit: '50', offset: '50' });
  });
});
