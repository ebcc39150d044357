import { screen, waitFor, within } from '@testing-library/react';
import { initI18n } from '../../../i18n';
import type { Me } from '../../api/types';
import { fakeApi, renderAt } from '../../../testing/harness';

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
      if (path === '/api/audit/verify')
        return {
          status: 200,
          body: {
            intact: false,
            entries: 120,
            brokenAt: 7,
            broken: [
              { seq: 7, problem: 'hash' },
              { seq: 8, problem: 'link' },
              { seq: 31, problem: 'hash' },
            ],
            drift: [
              { table: 'focus_area', id: 'fa-1', field: 'title', trail: 'Læring', now: 'Omskrevet' },
              { table: 'action', id: 'a-9', field: '*', trail: null, now: { id: 'a-9' } },
            ],
            seal: { entries: 121, hash: 'ab'.repeat(32), at: '2026-12-01T10:00:00.000Z', matches: false },
            unkeyed: 0,
          },
        };
      if (path.startsWith('/api/audit?')) return { status: 200, body: { items: [], total: 0, limit: 50, offset: 50 } };
      if (path === '/api/plans' || path === '/api/units') return { status: 200, body: [] };
    });
    renderAt('/audit?action=denied&user=leder&page=2', director);
    expect((await screen.findByTestId('audit-chain')).textContent).toContain('Kæden er brudt ved post nr. 7 (af 120)');
    // Every break is listed, not only the first, and so is every row changed outside Kompas.
    const breaks = within(screen.getByTestId('audit-breaks'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(breaks).toEqual([
      expect.stringContaining('Nr. 7: indholdet passer ikke'),
      expect.stringContaining('Nr. 8: posten hænger ikke sammen'),
      expect.stringContaining('Nr. 31: indholdet passer ikke'),
    ]);
    expect(screen.getByTestId('audit-drift').textContent).toContain(
      'Fokusområdet fa-1, feltet titel: historikken siger “Læring”, databasen har nu “Omskrevet”.',
    );
    expect(screen.getByTestId('audit-drift').textContent).toContain('Handlingen a-9 findes i databasen, men historikken kender den ikke.');
    expect(screen.getByTestId('audit-seal').textContent).toContain('passer ikke længere til forseglingen');
    expect(await screen.findByText('Ingen poster passer til filtrene.')).toBeTruthy();
    await waitFor(() => expect(api.sent.some((s) => s.path.startsWith('/api/audit?'))).toBe(true));
    const asked = new URL(api.sent.find((s) => s.path.startsWith('/api/audit?'))!.path, 'http://x').searchParams;
    expect(Object.fromEntries(asked)).toEqual({ action: 'denied', user: 'leder', limit: '50', offset: '50' });
  });
});
