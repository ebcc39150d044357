import { screen } from '@testing-library/react';
import { initI18n } from '../../../i18n';
import type { Me } from '../../api/types';
import { fakeApi, renderAt, users } from '../../../testing/harness';

const admin: Me = {
  id: 'u-admin',
  username: 'admin',
  name: 'Anne Admin',
  roles: ['administrator'],
  committeeIds: [],
  unitIds: [],
  demo: true,
};

describe('the map without any plan', () => {
  beforeAll(() => initI18n('da'));
  beforeEach(() => {
    fakeApi(({ method, path }) => {
      if (method === 'GET' && path === '/api/plans') return { status: 200, body: [] };
      if (method === 'GET' && path === '/api/units') return { status: 200, body: [] };
    });
  });

  it('points an administrator to the import page, not to the API', async () => {
    renderAt('/', admin);
    expect(await screen.findByText('Der er ingen planer endnu')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Indlæs et plandokument' }).getAttribute('href')).toBe('/admin/import');
    expect(document.body.textContent).not.toContain('POST /api');
  });

  it('offers the import to no one else', async () => {
    renderAt('/', users.viewer);
    expect(await screen.findByText('Der er ingen planer endnu')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Indlæs et plandokument' })).toBeNull();
  });
});
