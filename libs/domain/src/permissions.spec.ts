import {
  can,
  checkRoleScopes,
  ownerOf,
  Permission,
  Principal,
  recordingOf,
  Refusal,
  Role,
  WHY_NOT_CODES,
  WhyNotCode,
  whyNot,
} from './permissions';

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
    expect(whyNot(undefined, { do: 'comment' })).toEqual({ code: 'signed_out', params: {} });
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
    expect(whyNot(member, { do: 'editFocusArea', committeeId: 'oekonomi' })).toEqual({
      code: 'other_committee',
      params: { committeeId: 'oekonomi' },
    });
    expect(can(admin, { do: 'editFocusArea', committeeId: 'laering' })).toBe(false);
    expect(can(manager, { do: 'editFocusArea', committeeId: 'laering' })).toBe(false);
  });

  it("lets a manager change only their own unit's actions", () => {
    expect(can(manager, { do: 'editAction', unitId: 'juelsminde' })).toBe(true);
    expect(whyNot(manager, { do: 'editAction', unitId: 'hornsyld' })).toEqual({ code: 'other_unit', params: { unitId: 'hornsyld' } });
    expect(can(member, { do: 'editAction', unitId: 'juelsminde' })).toBe(false);
    expect(can(director, { do: 'editAction', unitId: 'juelsminde' })).toBe(false);
  });

  it('does not let a scope without its role count', () => {
    expect(can(person(['viewer'], ['laering'], ['juelsminde']), { do: 'editFocusArea', committeeId: 'laering' })).toBe(false);
  });
});

describe('why a request is refused', () => {
  const admin = person(['administrator']);
  const member = person(['committeeMember'], ['laering']);
  const manager = person(['manager'], [], ['juelsminde']);
  const viewer = person(['viewer']);

  // One refusal of each kind, with the parameters its words need.
  const cases: [WhyNotCode, Principal | null, Permission, Refusal['params']][] = [
    ['signed_out', null, { do: 'read' }, {}],
    ['no_role', person([]), { do: 'comment' }, {}],
    ['not_audit_reader', member, { do: 'readAudit' }, {}],
    ['not_revision_adopter', member, { do: 'adoptRevisions' }, {}],
    ['not_user_admin', manager, { do: 'manageUsers' }, {}],
    ['not_plan_admin', viewer, { do: 'managePlans' }, {}],
    ['not_committee_admin', member, { do: 'manageCommittees' }, {}],
    ['not_unit_admin', manager, { do: 'manageUnits' }, {}],
    ['not_committee_member', manager, { do: 'editFocusArea', committeeId: 'laering' }, { committeeId: 'laering' }],
    ['other_committee', member, { do: 'editFocusArea', committeeId: 'oekonomi' }, { committeeId: 'oekonomi' }],
    ['not_manager', admin, { do: 'editAction', unitId: 'juelsminde' }, { unitId: 'juelsminde' }],
    ['other_unit', manager, { do: 'editAction', unitId: 'hornsyld' }, { unitId: 'hornsyld' }],
    ['not_linker', person(['director', 'viewer']), { do: 'drawLinks' }, {}],
    ['not_assessor', viewer, { do: 'assess', owner: { do: 'editAction', unitId: 'juelsminde' } }, { unitId: 'juelsminde' }],
    ['not_scenario_stager', person(['administrator', 'manager']), { do: 'stageScenarios' }, {}],
  ];

  it.each(cases)('answers %s with its parameters', (code, who, permission, params) => {
    expect(whyNot(who, permission)).toEqual({ code, params });
  });

  it('lets directors and committee members, and nobody else, try changes out in a scenario', () => {
    expect(can(person(['director']), { do: 'stageScenarios' })).toBe(true);
    expect(can(member, { do: 'stageScenarios' })).toBe(true);
    for (const who of [admin, manager, viewer]) expect(can(who, { do: 'stageScenarios' })).toBe(false);
  });

  it('has a case above for every code', () => {
    expect(cases.map(([code]) => code).sort()).toEqual([...WHY_NOT_CODES].sort());
  });

  it('lets whoever has a committee or a unit draw links', () => {
    expect([member, manager].map((p) => can(p, { do: 'drawLinks' }))).toEqual([true, true]);
    expect(can(person(['committeeMember']), { do: 'drawLinks' })).toBe(false);
  });
});

describe('who may assess', () => {
  const onFocusArea: Permission = { do: 'assess', owner: { do: 'editFocusArea', committeeId: 'laering' } };
  const onAction: Permission = { do: 'assess', owner: { do: 'editAction', unitId: 'juelsminde' } };
  const onAimingPoint: Permission = { do: 'assess', owner: { do: 'managePlans' } };

  it('lets whoever may change a node assess it, and directors and administrators assess anything', () => {
    const member = person(['committeeMember'], ['laering']);
    const manager = person(['manager'], [], ['juelsminde']);
    expect([onFocusArea, onAction, onAimingPoint].map((p) => can(member, p))).toEqual([true, false, false]);
    expect([onFocusArea, onAction, onAimingPoint].map((p) => can(manager, p))).toEqual([false, true, false]);
    for (const boss of [person(['director']), person(['administrator'])])
      expect([onFocusArea, onAction, onAimingPoint].map((p) => can(boss, p))).toEqual([true, true, true]);
  });

  it('refuses others with the committee or unit the node belongs to', () => {
    expect(whyNot(person(['committeeMember'], ['oekonomi']), onFocusArea)).toEqual({
      code: 'not_assessor',
      params: { committeeId: 'laering' },
    });
    expect(whyNot(person(['viewer']), onAimingPoint)).toEqual({ code: 'not_assessor', params: {} });
  });
});

describe('who owns what', () => {
  it('gives the plan, its vision and aiming points to the administrators, committees and units to those who manage them', () => {
    expect([ownerOf('plan', {}), ownerOf('vision', {}), ownerOf('aimingPoint', {})]).toEqual(Array(3).fill({ do: 'managePlans' }));
    expect(ownerOf('committee', {})).toEqual({ do: 'manageCommittees' });
    expect(ownerOf('unit', {})).toEqual({ do: 'manageUnits' });
  });

  it('gives a focus area and its supports links to its committee, an action and its contributes links to its unit', () => {
    expect(ownerOf('focusArea', { committeeId: 'c' })).toEqual({ do: 'editFocusArea', committeeId: 'c' });
    expect(ownerOf('supportLink', { committeeId: 'c' })).toEqual({ do: 'editFocusArea', committeeId: 'c' });
    expect(ownerOf('action', { unitId: 'u' })).toEqual({ do: 'editAction', unitId: 'u' });
    expect(ownerOf('contributionLink', { unitId: 'u' })).toEqual({ do: 'editAction', unitId: 'u' });
  });

  it('gives an indicator and its observations to the owner of what it measures', () => {
    for (const kind of ['indicator', 'observation'] as const) {
      expect(ownerOf(kind, { committeeId: 'c' })).toEqual({ do: 'editFocusArea', committeeId: 'c' });
      expect(ownerOf(kind, { unitId: 'u' })).toEqual({ do: 'editAction', unitId: 'u' });
    }
  });

  it('gives an indicator of the vision or of an aiming point, and its observations, to the administrators', () => {
    for (const kind of ['indicator', 'observation'] as const) expect(ownerOf(kind, { plan: true })).toEqual({ do: 'managePlans' });
    expect(can(person(['administrator']), ownerOf('indicator', { plan: true }))).toBe(true);
    expect(whyNot(person(['committeeMember'], ['c']), ownerOf('indicator', { plan: true }))).toEqual({
      code: 'not_plan_admin',
      params: {},
    });
  });

  it('lets the owner and the responsible person record an indicator’s observations, and nobody else', () => {
    const viewer = { ...person(['viewer']), userId: 'responsible' };
    const manager = person(['manager'], [], ['u']);
    const other = person(['manager'], [], ['elsewhere']);
    const recording = recordingOf(ownerOf('indicator', { unitId: 'u' }), 'responsible');
    expect([viewer, manager, other].map((p) => can(p, recording))).toEqual([true, true, false]);
    expect(whyNot(other, recording)).toEqual({ code: 'other_unit', params: { unitId: 'u' } });
    // Without a responsible person, only the owner; the responsible person may not change the indicator itself.
    expect(can(viewer, recordingOf(ownerOf('indicator', { unitId: 'u' }), null))).toBe(false);
    expect(can(viewer, ownerOf('indicator', { unitId: 'u' }))).toBe(false);
    expect(can(viewer, recordingOf(ownerOf('indicator', { plan: true }), 'responsible'))).toBe(true);
    expect(can(null, recordingOf(ownerOf('indicator', { plan: true }), ''))).toBe(false);
  });

  it('lets only the owner change a thing', () => {
    const member = person(['committeeMember'], ['c']);
    const manager = person(['manager'], [], ['u']);
    expect(can(member, ownerOf('indicator', { committeeId: 'c' }))).toBe(true);
    expect(can(manager, ownerOf('indicator', { committeeId: 'c' }))).toBe(false);
    expect(can(manager, ownerOf('observation', { unitId: 'u' }))).toBe(true);
    expect(whyNot(member, ownerOf('contributionLink', { unitId: 'u' }))).toEqual({ code: 'not_manager', params: { unitId: 'u' } });
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
