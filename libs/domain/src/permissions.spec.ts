import { can, checkRoleScopes, Principal, Role, whyNot } from './permissions';

const person = (roles: Role[], committeeIds: string[] = [], unitIds: string[] = []): Principal => ({
  userId: 'u',
  roles,
  committeeIds,
  unitIds,
});

describe('who may do what', () => {
  const admin = person(['administrator']);
  const director = person(['director']);
  const member = person(['committeeMember'], ['laering']);
  const manager = person(['manager'], [], ['juelsminde']);
  const viewer = person(['viewer']);

  it('lets everyone signed in read and comment, and nobody signed out do anything', () => {
    for (const p of [admin, director, member, manager, viewer]) {
      expect(can(p, { do: 'read' })).toBe(true);
      expect(can(p, { do: 'comment' })).toBe(true);
    }
    expect(can(null, { do: 'read' })).toBe(false);
    expect(whyNot(undefined, { do: 'comment' })).toBe('Sign in first.');
    expect(can(person([]), { do: 'read' })).toBe(false);
  });

  it('keeps the whole trail for directors and administrators', () => {
    expect([admin, director, member, manager, viewer].map((p) => can(p, { do: 'readAudit' }))).toEqual([true, true, false, false, false]);
  });

  it('gives users, plans, committees and units to administrators only', () => {
    for (const perm of ['manageUsers', 'managePlans', 'manageCommittees', 'manageUnits'] as const) {
      expect([admin, director, member, manager, viewer].map((p) => can(p, { do: perm }))).toEqual([true, false, false, false, false]);
    }
  });

  it("lets a committee member change only their own committee's focus areas", () => {
    expect(can(member, { do: 'editFocusArea', committeeId: 'laering' })).toBe(true);
    expect(whyNot(member, { do: 'editFocusArea', committeeId: 'oekonomi' })).toMatch(/not a member/);
    expect(can(admin, { do: 'editFocusArea', committeeId: 'laering' })).toBe(false);
    expect(can(manager, { do: 'editFocusArea', committeeId: 'laering' })).toBe(false);
  });

  it("lets a manager change only their own unit's actions", () => {
    expect(can(manager, { do: 'editAction', unitId: 'juelsminde' })).toBe(true);
    expect(whyNot(manager, { do: 'editAction', unitId: 'hornsyld' })).toMatch(/do not manage/);
    expect(can(member, { do: 'editAction', unitId: 'juelsminde' })).toBe(false);
    expect(can(director, { do: 'editAction', unitId: 'juelsminde' })).toBe(false);
  });

  it('does not let a scope without its role count', () => {
    expect(can(person(['viewer'], ['laering'], ['juelsminde']), { do: 'editFocusArea', committeeId: 'laering' })).toBe(false);
  });
});

describe('checking roles against their scopes', () => {
  it('needs a committee for a committee member and a unit for a manager', () => {
    expect(checkRoleScopes(['committeeMember'], [], [])).toMatchObject({ code: 'committee_required', field: 'committeeIds' });
    expect(checkRoleScopes(['manager'], [], [])).toMatchObject({ code: 'unit_required', field: 'unitIds', message: /unit/ });
    expect(checkRoleScopes(['committeeMember', 'manager'], ['c'], ['u'])).toBeNull();
  });

  it('refuses no roles, and scopes the roles do not use', () => {
    expect(checkRoleScopes([], [], [])).toMatchObject({ code: 'no_role', field: 'roles', message: /at least one role/ });
    expect(checkRoleScopes(['viewer'], ['c'], [])).toMatchObject({ code: 'committees_unused', field: 'committeeIds' });
    expect(checkRoleScopes(['director'], [], ['u'])).toMatchObject({ code: 'units_unused', field: 'unitIds', message: /Only managers/ });
  });
});
