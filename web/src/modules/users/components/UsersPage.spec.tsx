import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { initI18n } from '../../../i18n';
import type { Me, User } from '../../api/types';
import { apiError, fakeApi, renderAt, userRow, users } from '../../../testing/harness';

const admin: Me = {
  id: 'u-admin',
  username: 'admin',
  name: 'Anne Admin',
  roles: ['administrator'],
  committeeIds: [],
  unitIds: [],
  demo: true,
};
const row = userRow;

function server(people: () => User[], patch: (body: unknown, headers: Record<string, string>) => ReturnType<typeof apiError> | undefined) {
  return fakeApi(({ method, path, body, headers }) => {
    if (method === 'GET' && path === '/api/users') return { status: 200, body: people() };
    if (method === 'GET' && path === '/api/units') return { status: 200, body: [] };
    if (method === 'GET' && path === '/api/plans') return { status: 200, body: [{ id: 'p1', title: 'Hedensted' }] };
    if (method === 'GET' && path === '/api/plans/p1/committees')
      return { status: 200, body: [{ id: 'c1', planId: 'p1', name: 'Udvalget for Læring' }] };
    if (method === 'PATCH' && path === '/api/users/u-mette') return patch(body, headers);
  });
}

describe('the users page', () => {
  beforeAll(() => initI18n('da'));

  it('lists everyone with their roles in words, and tells someone else it is only for administrators without asking the server', async () => {
    const api = server(
      () => [row({}), row({ id: 'u2', username: 'gammel', name: 'Gammel Bruger', roles: ['viewer'], committeeIds: [], active: false })],
      () => undefined,
    );
    const page = renderAt('/users', admin);
    const table = await screen.findByTestId('users-table');
    await waitFor(() => expect(within(table).getByTestId('user-row-mette').textContent).toContain('Udvalgsmedlem (Udvalget for Læring)'));
    expect(within(table).getByTestId('user-row-gammel').textContent).toContain('Deaktiveret');
    page.unmount();

    api.sent.length = 0;
    renderAt('/users', users.manager);
    expect(await screen.findByText('Kun administratorer kan se og ændre brugere.')).toBeTruthy();
    expect(api.sent.filter((s) => s.path === '/api/users')).toEqual([]);
  });

  it('sends the version it started from; when someone else saved first it shows what they changed and reloads their version', async () => {
    let people = [row({})];
    const api = server(
      () => people,
      (_body, headers) => {
        expect(headers['If-Match']).toBe('"3"');
        people = [row({ name: 'Mette Holm', version: 4 })];
        return apiError(412, 'version_conflict', 'Changed meanwhile.', { current: people[0], lastChange: null });
      },
    );
    renderAt('/users/u-mette', admin);
    const name = await screen.findByLabelText('Navn');
    fireEvent.change(name, { target: { value: 'Mette Hansen-Holm' } });
    fireEvent.click(screen.getByTestId('user-save'));
    // The same conflict dialog as the map's: what they changed, what I was about to save.
    const dialog = await screen.findByTestId('conflict-dialog');
    expect(within(dialog).getByTestId('conflict-fields').textContent).toContain('Mette Holm');
    expect(dialog.textContent).toContain('Mette Hansen-Holm');
    expect(api.writes()).toHaveLength(1);
    fireEvent.click(within(dialog).getByTestId('conflict-reload'));
    await waitFor(() => expect((screen.getByLabelText('Navn') as HTMLInputElement).value).toBe('Mette Holm'));
    expect(screen.queryByTestId('conflict-dialog')).toBeNull();
    expect(screen.queryByTestId('user-form-error')).toBeNull();
  });

  it('shows the server’s refusal at the field it names, in Danish', async () => {
    server(
      () => [row({})],
      () => ({
        status: 400,
        body: {
          statusCode: 400,
          code: 'validation_failed',
          message: 'You cannot take away your own administrator role.',
          details: [{ field: 'roles', code: 'yourself', message: 'You cannot take away your own administrator role.' }],
        },
      }),
    );
    renderAt('/users/u-mette', admin);
    fireEvent.change(await screen.findByLabelText('Navn'), { target: { value: 'Mette H.' } });
    fireEvent.click(screen.getByTestId('user-save'));
    expect(await screen.findByText('Det kan du ikke gøre ved din egen bruger.')).toBeTruthy();
  });

  it('starts a new user with no role ticked, and asks for the reason for a deactivation, not a deletion', async () => {
    server(
      () => [row({})],
      () => undefined,
    );
    const page = renderAt('/users/new', admin);
    const form = await screen.findByTestId('user-form');
    const roles = within(form)
      .getAllByRole('checkbox')
      .filter((box) => box.getAttribute('data-testid')?.startsWith('user-role-'));
    expect(roles).toHaveLength(5);
    expect(roles.filter((box) => (box as HTMLInputElement).checked)).toEqual([]);
    page.unmount();

    renderAt('/users/u-mette', admin);
    fireEvent.click(await screen.findByTestId('user-deactivate'));
    const dialog = await screen.findByTestId('confirm-dialog');
    expect(within(dialog).getByLabelText('Begrundelse for deaktiveringen (valgfri)')).toBeTruthy();
    expect(dialog.textContent).not.toMatch(/sletning/);
  });

  it('checks the e-mail address at its field before asking the server, and shows the server’s refusal there too', async () => {
    const sent: unknown[] = [];
    let refuse = false;
    server(
      () => [row({ email: 'mette@hedensted.dk' })],
      (body) => {
        sent.push(body);
        if (refuse)
          return {
            status: 400,
            body: {
              statusCode: 400,
              code: 'validation_failed',
              message: 'The request has invalid fields: email.',
              details: [{ field: 'email', code: 'invalid_email', message: 'email must be an e-mail address' }],
            },
          };
        return { status: 200, body: row({ email: null, version: 4 }) };
      },
    );
    renderAt('/users/u-mette', admin);
    const email = (await screen.findByLabelText('E-mail (valgfri)')) as HTMLInputElement;
    expect(email.value).toBe('mette@hedensted.dk');

    fireEvent.change(email, { target: { value: 'mette@' } });
    fireEvent.click(screen.getByTestId('user-save'));
    const said = 'Skriv en e-mailadresse som navn@kommune.dk – eller lad feltet stå tomt.';
    const problem = await screen.findByText(said);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain(problem.id);
    expect(document.activeElement).toBe(email);
    expect(sent).toEqual([]);

    // An address the form lets through but the server refuses: the refusal shows at the same field, in Danish.
    refuse = true;
    fireEvent.change(email, { target: { value: 'mette@hedensted.example' } });
    fireEvent.click(screen.getByTestId('user-save'));
    await waitFor(() => expect(sent).toEqual([{ email: 'mette@hedensted.example' }]));
    expect(await screen.findByText(said)).toBeTruthy();
    expect(screen.queryByTestId('user-form-error')).toBeNull();

    // Emptied: the address is cleared (sent as null).
    refuse = false;
    fireEvent.change(email, { target: { value: '  ' } });
    fireEvent.click(screen.getByTestId('user-save'));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({ email: null });
  });
});
