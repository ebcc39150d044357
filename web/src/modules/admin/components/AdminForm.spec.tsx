import { fireEvent, screen, waitFor } from '@testing-library/react';
import { initI18n } from '../../../i18n';
import type { Committee, Me } from '../../api/types';
import { apiError, fakeApi, renderApp } from '../../../testing/harness';
import { committeeFields, planFields } from '../utils/admin-fields';
import { AdminForm } from './AdminForm';

const admin: Me = {
  id: 'u-admin',
  username: 'admin',
  name: 'Anne Admin',
  roles: ['administrator'],
  committeeIds: [],
  unitIds: [],
  demo: true,
};

const committee = (over: Partial<Committee> = {}): Committee => ({
  id: 'c1',
  planId: 'p1',
  name: 'Udvalget for Læring',
  shortName: 'Læring',
  coreAreas: ['skoler'],
  position: 1,
  example: false,
  version: 4,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('the administration forms', () => {
  beforeAll(() => initI18n('da'));

  it('refuse an empty name and an end before the start at their fields, focus the first, and send nothing', async () => {
    const api = fakeApi(() => undefined);
    renderApp(
      <AdminForm
        kind="plan"
        row={null}
        fields={planFields((s) => s)}
        heading="Opret en plan"
        nameOf={() => ''}
        onSaved={jest.fn()}
        testId="plan-form"
      />,
      admin,
    );
    fireEvent.change(screen.getByLabelText('Periodens start'), { target: { value: '2029-01-01' } });
    fireEvent.change(screen.getByLabelText('Periodens slut'), { target: { value: '2026-12-31' } });
    fireEvent.click(screen.getByTestId('plan-form-save'));
    // Every field is named by its label (the form's heading must not take the title field's id).
    expect(screen.getByLabelText('Titel').tagName).toBe('INPUT');
    const organisation = screen.getByLabelText('Organisation');
    expect(organisation.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(organisation.getAttribute('aria-describedby')!)?.textContent).toBe('Skal udfyldes.');
    expect(screen.getByText('Slutdatoen ligger før startdatoen.')).toBeTruthy();
    expect(document.activeElement).toBe(organisation);
    // A section added without a heading is refused at that section's heading.
    fireEvent.click(screen.getByText('Tilføj afsnit'));
    fireEvent.click(screen.getByTestId('plan-form-save'));
    expect(screen.getByLabelText('Overskrift, afsnit 1').getAttribute('aria-invalid')).toBe('true');
    expect(api.writes()).toEqual([]);
  });

  it('show the API’s refusal at its field, and send a new committee with its plan once it is corrected', async () => {
    let answer = apiError(400, 'validation_failed', 'Validation failed', {
      details: [{ field: 'name', code: 'has_visible_text', message: 'x' }],
    });
    const api = fakeApi(({ method, path }) => (method === 'POST' && path === '/api/committees' ? answer : undefined));
    const saved = jest.fn();
    renderApp(
      <AdminForm
        kind="committee"
        row={null}
        fields={committeeFields}
        createExtras={{ planId: 'p1' }}
        heading="Opret"
        nameOf={(c) => c.name}
        onSaved={saved}
        testId="committee-form"
      />,
      admin,
    );
    fireEvent.change(screen.getByLabelText('Navn'), { target: { value: '\u200b' } });
    fireEvent.click(screen.getByTestId('committee-form-save'));
    expect(await screen.findByText('Skal indeholde synlige tegn.')).toBeTruthy();
    answer = { status: 201, body: committee({ name: 'Udvalget for Prøver', coreAreas: ['prøver', 'kvalitet'] }) };
    fireEvent.change(screen.getByLabelText('Navn'), { target: { value: 'Udvalget for Prøver' } });
    fireEvent.change(screen.getByLabelText('Kerneområder'), { target: { value: 'prøver\n\nkvalitet\n' } });
    fireEvent.click(screen.getByTestId('committee-form-save'));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    expect(api.writes().at(-1)?.body).toEqual({ planId: 'p1', name: 'Udvalget for Prøver', coreAreas: ['prøver', 'kvalitet'] });
    expect(await screen.findByText('Udvalget for Prøver er oprettet.')).toBeTruthy();
  });

  it('show who changed a committee meanwhile, and send the same change again over their version', async () => {
    const theirs = committee({ version: 5, shortName: 'Børn og læring' });
    const api = fakeApi(({ method, headers }) => {
      if (method !== 'PATCH') return undefined;
      if (headers['If-Match'] === '"4"')
        return apiError(412, 'version_conflict', 'changed', {
          current: theirs,
          lastChange: { at: '2026-03-01T10:00:00Z', userName: 'Hanne', action: 'update', reason: null },
        });
      return { status: 200, body: { ...theirs, name: 'Udvalget for Læring og Trivsel', version: 6 } };
    });
    renderApp(
      <AdminForm
        kind="committee"
        row={committee()}
        fields={committeeFields}
        heading="Udvalget"
        nameOf={(c) => c.name}
        onSaved={jest.fn()}
        testId="committee-form"
      />,
      admin,
    );
    fireEvent.change(screen.getByLabelText('Navn'), { target: { value: 'Udvalget for Læring og Trivsel' } });
    fireEvent.click(screen.getByTestId('committee-form-save'));
    const dialog = await screen.findByTestId('conflict-dialog');
    expect(dialog.textContent).toContain('Hanne');
    expect(screen.getByTestId('conflict-fields').textContent).toContain('Børn og læring');
    fireEvent.click(screen.getByTestId('conflict-reapply'));
    await waitFor(() => expect(api.writes()).toHaveLength(2));
    expect(api.writes()[1].headers['If-Match']).toBe('"5"');
    // Only the user's own change is sent again: the other person's short name stays.
    expect(api.writes()[1].body).toEqual({ name: 'Udvalget for Læring og Trivsel' });
    expect(await screen.findByText('Udvalget for Læring og Trivsel er gemt.')).toBeTruthy();
  });
});
