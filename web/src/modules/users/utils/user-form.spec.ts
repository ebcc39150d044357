import da from '../../../i18n/da.json';
import en from '../../../i18n/en.json';
import { userRow } from '../../../testing/harness';
import { emptyUserForm, formProblems, toggleRole, userBody, userFormOf } from './user-form';

const mette = userRow({ id: 'u1' });

describe('the user form', () => {
  it('starts a new user with no role ticked', () => {
    expect(emptyUserForm()).toMatchObject({ roles: [], committeeIds: [], unitIds: [] });
  });

  it('finds every problem of an empty new user at once: login, name, password and role', () => {
    expect(formProblems({ ...emptyUserForm() }, true).map((p) => `${p.field}:${p.code}`)).toEqual([
      'username:username_shape',
      'name:name_required',
      'password:password_short',
      'roles:no_role',
    ]);
  });

  it('asks a committee member for a committee and a manager for a unit, with the rules the server uses', () => {
    const base = { ...emptyUserForm(), username: 'jonas', name: 'Jonas', password: 'et langt og godt kodeord' };
    expect(formProblems(toggleRole(base, 'manager', true), true)).toEqual([{ field: 'unitIds', code: 'unit_required' }]);
    expect(formProblems({ ...toggleRole(base, 'manager', true), unitIds: ['x'] }, true)).toEqual([]);
    expect(formProblems(base, true)).toEqual([{ field: 'roles', code: 'no_role' }]);
    expect(formProblems(toggleRole(base, 'viewer', true), true)).toEqual([]);
  });

  it('leaves the password alone when an existing user is changed, unless a new one is typed', () => {
    const form = userFormOf(mette);
    expect(formProblems(form, false)).toEqual([]);
    expect(formProblems({ ...form, password: 'kort' }, false)).toEqual([{ field: 'password', code: 'password_short' }]);
    expect(userBody(form, mette)).toEqual({});
    expect(userBody({ ...form, name: ' Mette Holm ' }, mette)).toEqual({ name: 'Mette Holm' });
    expect(userBody({ ...form, password: 'et nyt og langt kodeord' }, mette)).toEqual({ password: 'et nyt og langt kodeord' });
  });

  it('checks an e-mail address with the server’s rule, sends it trimmed in lower case, and an emptied one as null', () => {
    const withMail = userRow({ id: 'u2', email: 'mette@hedensted.dk' });
    const form = userFormOf(withMail);
    expect(form.email).toBe('mette@hedensted.dk');
    expect(userFormOf(mette).email).toBe('');
    expect(formProblems({ ...form, email: 'mette@hedensted' }, false)).toEqual([{ field: 'email', code: 'invalid_email' }]);
    expect(formProblems({ ...form, email: '' }, false)).toEqual([]);
    expect(userBody({ ...form, email: ' Mette.Holm@Hedensted.DK ' }, withMail)).toEqual({ email: 'mette.holm@hedensted.dk' });
    expect(userBody({ ...form, email: 'METTE@hedensted.dk' }, withMail)).toEqual({});
    expect(userBody({ ...form, email: ' ' }, withMail)).toEqual({ email: null });
    const fresh = {
      ...emptyUserForm(),
      username: 'jonas',
      name: 'Jonas',
      password: 'et langt og godt kodeord',
      roles: ['viewer' as const],
    };
    expect(userBody(fresh, null)).not.toHaveProperty('email');
    expect(userBody({ ...fresh, email: 'Jonas@Kommune.dk' }, null)).toMatchObject({ email: 'jonas@kommune.dk' });
  });

  it('drops a scope when its role is taken away, so what is sent is what is shown', () => {
    const form = toggleRole(toggleRole(userFormOf(mette), 'committeeMember', false), 'viewer', true);
    expect(form).toMatchObject({ roles: ['viewer'], committeeIds: [] });
    expect(userBody(form, mette)).toEqual({ roles: ['viewer'], committeeIds: [], unitIds: [] });
  });

  it('keeps the roles in their fixed order, whatever order they were ticked in', () => {
    const form = toggleRole(toggleRole({ ...emptyUserForm(), roles: [] }, 'viewer', true), 'administrator', true);
    expect(form.roles).toEqual(['administrator', 'viewer']);
  });

  it('has words in both languages for every problem the form or the server can name', () => {
    const codes = [
      'username_shape',
      'taken',
      'name_required',
      'password_short',
      'no_role',
      'committee_required',
      'unit_required',
      'committees_unused',
      'units_unused',
      'yourself',
      'invalid_email',
    ];
    for (const words of [da, en]) for (const code of codes) expect(words.users.problem).toHaveProperty(code);
  });
});
