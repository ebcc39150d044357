import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { AuditEntry } from '@kompas/domain';
import { initI18n } from '../../../i18n';
import { Me } from '../../api/types';
import { smallPlanGraph as graph } from '../../../testing/small-plan-graph';
import { fakeApi, renderApp, Reply, users } from '../../../testing/harness';
import { DeletedNodePanel } from './DeletedNodePanel';

const deletion: AuditEntry = {
  seq: 12,
  id: 'e12',
  at: '2026-11-27T10:41:00.000Z',
  userId: 'u-udvalg',
  userName: 'Mette Udvalg',
  action: 'delete',
  entity: 'focusArea',
  entityId: 'fa9',
  entityIds: ['fa9'],
  changes: [{ table: 'focus_area', id: 'fa9', before: { title: 'Tidlig indsats i dagtilbud', committeeId: 'c1' }, after: null }],
  reason: 'Dubleret',
  detail: null,
  prevHash: '',
  hash: '',
  keyed: true,
  record: null,
  migration: null,
  changesTotal: 0,
};

function openDeleted(me: Me, restored: Reply = { status: 200, body: { id: 'fa9', kind: 'focusArea', restored: ['fa9'] } }) {
  const api = fakeApi(({ method, path }) => {
    if (path.startsWith('/api/audit?entityId=fa9')) return { status: 200, body: { items: [deletion], total: 1, limit: 50, offset: 0 } };
    if (method === 'POST' && path === '/api/restore/fa9') return restored;
  });
  renderApp(<DeletedNodePanel planId="p" nodeId="fa9" graph={graph} committees={[]} units={[]} onSelectNode={jest.fn()} />, me);
  return api;
}

describe('the panel of a deleted node', () => {
  beforeAll(() => initI18n('da'));

  it('says it is deleted, by whom and why, lists its history, and its committee’s member restores it with a reason', async () => {
    const api = openDeleted(users.member);
    expect(await screen.findByText('Slettet af Mette Udvalg · 27. nov. 2026 10:41')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Tidlig indsats i dagtilbud' })).toBeTruthy();
    expect(screen.getByTestId('history-entry').textContent).toContain('Mette Udvalg slettede fokusområdet');
    fireEvent.change(screen.getByTestId('reason-input'), { target: { value: 'Slettet ved en fejl' } });
    fireEvent.click(screen.getByTestId('restore-button'));
    await waitFor(() =>
      expect(api.writes()).toEqual([expect.objectContaining({ path: '/api/restore/fa9', body: { reason: 'Slettet ved en fejl' } })]),
    );
    expect(await screen.findByText('"Tidlig indsats i dagtilbud" er gendannet.')).toBeTruthy();
  });

  it('offers no restore to someone who may not change it', async () => {
    openDeleted(users.manager);
    await screen.findByText('Slettet af Mette Udvalg · 27. nov. 2026 10:41');
    expect(screen.queryByTestId('restore-button')).toBeNull();
  });

  it('says to restore what it belongs to first when that is deleted too, not that it is in use', async () => {
    openDeleted(users.member, {
      status: 409,
      body: {
        statusCode: 409,
        code: 'in_use',
        message: 'Restore the committee first.',
        details: [{ field: 'committeeId', code: 'in_use', message: 'deleted' }],
      },
    });
    await screen.findByText('Slettet af Mette Udvalg · 27. nov. 2026 10:41');
    fireEvent.click(screen.getByTestId('restore-button'));
    expect(await screen.findByText('Det, den hører under, er selv slettet. Gendan det først.')).toBeTruthy();
    expect(screen.queryByText(/kan ikke slettes|Restore/)).toBeNull();
  });
});
