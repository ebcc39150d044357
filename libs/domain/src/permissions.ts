/**
 * Who may do what (docs/domain.md, "People and what they may do"). Pure: the API enforces these rules on
 * every route, and the web app uses the same rules to hide or disable what a
 * user may not do (the server still decides).
 */
export const ROLES = ['administrator', 'director', 'committeeMember', 'manager', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** A signed-in person as the rules see them: roles, and the committees and units they are bound to. */
export type Principal = {
  userId: string;
  roles: readonly Role[];
  /** Committees a committee member sits on. */
  committeeIds: readonly string[];
  /** Owning units a manager leads. */
  unitIds: readonly string[];
};

/**
 * One thing a person may want to do. Focus areas, their supports links and
 * their indicators belong to the focus area's committee; actions, their
 * contributes links, their indicators and observations belong to the action's
 * unit. `ownerOf` says which of these changing a thing takes.
 */
export type Permission =
  | { do: 'read' }
  | { do: 'comment' }
  /** The whole trail, its verification and every entry's before and after. */
  | { do: 'readAudit' }
  | { do: 'manageUsers' }
  /** Plans, their vision and aiming points, import. */
  | { do: 'managePlans' }
  | { do: 'manageCommittees' }
  | { do: 'manageUnits' }
  /** Create, change, rank, adopt, retire, delete or restore a focus area of this committee; link it to aiming points; its indicators. */
  | { do: 'editFocusArea'; committeeId: string }
  /** Create, change, delete or restore an action of this unit; link it to focus areas; its indicators and observations. */
  | { do: 'editAction'; unitId: string }
  /** Draw links at all: a committee member with a committee, or a manager with a unit. */
  | { do: 'drawLinks' }
  /**
   * Record and correct an indicator's observations: whoever owns the
   * indicator (`owner`, as `ownerOf` says), and its responsible person, who
   * may do that and nothing more.
   */
  | { do: 'recordObservations'; owner: Permission; responsibleUserId: string | null }
  /**
   * Assess an aiming point, focus area or action (and decline a proposal made
   * on it): whoever may change it (`owner`, as `ownerOf` says), and directors
   * and administrators anything.
   */
  | { do: 'assess'; owner: Permission }
  /** Adopt a revision of a plan: a named, dated snapshot with its decision (administrators and directors). */
  | { do: 'adoptRevisions' }
  /** Try changes out in a private what-if scenario before deciding them: directors and committee members. */
  | { do: 'stageScenarios' };

export type PermissionKind = Permission['do'];

/** The kinds of things someone owns, in the words of the graph and the trail. */
export const OWNED_KINDS = [
  'plan',
  'vision',
  'aimingPoint',
  'committee',
  'unit',
  'focusArea',
  'action',
  'indicator',
  'supportLink',
  'contributionLink',
  'observation',
] as const;
export type OwnedKind = (typeof OWNED_KINDS)[number];

/**
 * What is measured, as its owner is known: a focus area by its committee, an
 * action by its unit; the vision and aiming points are the plan's
 * (`{ plan: true }`).
 */
export type MeasuredOwner = { committeeId: string } | { unitId: string } | { plan: true };

/**
 * What deciding who owns a thing of each kind needs to know: a focus area's
 * committee, an action's unit; a link the owner of where it starts; an
 * indicator (and its observations) the owner of what it measures — the
 * administrators' for the vision and aiming points. The rest is the
 * administrators'.
 */
export type OwnerFacts = {
  plan: object;
  vision: object;
  aimingPoint: object;
  committee: object;
  unit: object;
  focusArea: { committeeId: string };
  action: { unitId: string };
  supportLink: { committeeId: string };
  contributionLink: { unitId: string };
  indicator: MeasuredOwner;
  observation: MeasuredOwner;
};

/**
 * Who owns what, as the permission changing (or deleting, or restoring) it
 * takes. The one place this is decided: the API's checks, the restore and the
 * web app's enabling and disabling all ask it.
 */
export function ownerOf<K extends OwnedKind>(kind: K, facts: OwnerFacts[K]): Permission {
  const f = facts as Partial<{ committeeId: string; unitId: string }>;
  switch (kind) {
    case 'plan':
    case 'vision':
    case 'aimingPoint':
      return { do: 'managePlans' };
    case 'committee':
      return { do: 'manageCommittees' };
    case 'unit':
      return { do: 'manageUnits' };
    case 'focusArea':
    case 'supportLink':
      return { do: 'editFocusArea', committeeId: f.committeeId ?? '' };
    case 'action':
    case 'contributionLink':
      return { do: 'editAction', unitId: f.unitId ?? '' };
    default:
      // An indicator and its observations: whoever owns what it measures; the vision and aiming points are the plan's.
      if (f.unitId !== undefined) return { do: 'editAction', unitId: f.unitId };
      if (f.committeeId !== undefined) return { do: 'editFocusArea', committeeId: f.committeeId };
      return { do: 'managePlans' };
  }
}

/**
 * What recording and correcting an indicator's observations takes: being its
 * owner (`owner`, what changing the indicator takes), or its responsible person.
 */
export function recordingOf(owner: Permission, responsibleUserId: string | null | undefined): Permission {
  return { do: 'recordObservations', owner, responsibleUserId: responsibleUserId ?? null };
}

/** Every reason a request can be refused for. Stable: each side words them in its own language. */
export const WHY_NOT_CODES = [
  'signed_out',
  'no_role',
  'not_audit_reader',
  'not_user_admin',
  'not_plan_admin',
  'not_committee_admin',
  'not_unit_admin',
  'not_committee_member',
  'other_committee',
  'not_manager',
  'other_unit',
  'not_linker',
  'not_assessor',
  'not_revision_adopter',
  'not_scenario_stager',
] as const;
export type WhyNotCode = (typeof WHY_NOT_CODES)[number];

/**
 * Why a request is refused: a stable code and what the words need (the
 * committee or unit the thing belongs to), never words themselves.
 */
export type Refusal = { code: WhyNotCode; params: Record<string, string> };

const has = (p: Principal, role: Role) => p.roles.includes(role);

/** Whether the principal may do this; `null` (nobody signed in) may do nothing. */
export function can(p: Principal | null | undefined, permission: Permission): boolean {
  return whyNot(p, permission) === null;
}

/** Why a request is refused, or null when it is allowed. */
export function whyNot(p: Principal | null | undefined, permission: Permission): Refusal | null {
  const no = (code: WhyNotCode, params: Record<string, string> = {}): Refusal => ({ code, params });
  if (!p) return no('signed_out');
  if (!p.roles.length) return no('no_role');
  const admin = has(p, 'administrator');
  const member = has(p, 'committeeMember');
  const manager = has(p, 'manager');
  switch (permission.do) {
    case 'read':
    case 'comment':
      return null;
    case 'readAudit':
      return admin || has(p, 'director') ? null : no('not_audit_reader');
    case 'manageUsers':
      return admin ? null : no('not_user_admin');
    case 'managePlans':
      return admin ? null : no('not_plan_admin');
    case 'manageCommittees':
      return admin ? null : no('not_committee_admin');
    case 'manageUnits':
      return admin ? null : no('not_unit_admin');
    case 'editFocusArea':
      if (!member) return no('not_committee_member', { committeeId: permission.committeeId });
      return p.committeeIds.includes(permission.committeeId) ? null : no('other_committee', { committeeId: permission.committeeId });
    case 'editAction':
      if (!manager) return no('not_manager', { unitId: permission.unitId });
      return p.unitIds.includes(permission.unitId) ? null : no('other_unit', { unitId: permission.unitId });
    case 'drawLinks':
      return (member && p.committeeIds.length) || (manager && p.unitIds.length) ? null : no('not_linker');
    case 'recordObservations':
      // The responsible person answers for the data whoever owns what it measures; everyone else is the owner's case.
      return permission.responsibleUserId !== null && p.userId === permission.responsibleUserId ? null : whyNot(p, permission.owner);
    case 'adoptRevisions':
      return admin || has(p, 'director') ? null : no('not_revision_adopter');
    case 'assess': {
      if (admin || has(p, 'director')) return null;
      const owner = whyNot(p, permission.owner);
      return owner === null ? null : no('not_assessor', owner.params);
    }
    case 'stageScenarios':
      return member || has(p, 'director') ? null : no('not_scenario_stager');
  }
}

/**
 * Checks a set of roles and scopes given to a user: a committee member needs a
 * committee, a manager a unit, and nobody gets a scope their roles do not use.
 */
export function checkRoleScopes(
  roles: readonly Role[],
  committeeIds: readonly string[],
  unitIds: readonly string[],
): RoleScopeProblem | null {
  const problem = (code: RoleScopeProblem['code'], field: RoleScopeProblem['field'], message: string) => ({ code, field, message });
  if (!roles.length) return problem('no_role', 'roles', 'Give the user at least one role.');
  if (roles.includes('committeeMember') && !committeeIds.length)
    return problem('committee_required', 'committeeIds', 'A committee member must sit on at least one committee.');
  if (roles.includes('manager') && !unitIds.length) return problem('unit_required', 'unitIds', 'A manager must lead at least one unit.');
  if (!roles.includes('committeeMember') && committeeIds.length)
    return problem('committees_unused', 'committeeIds', 'Only committee members are bound to committees.');
  if (!roles.includes('manager') && unitIds.length) return problem('units_unused', 'unitIds', 'Only managers are bound to units.');
  return null;
}

/** What is wrong with a user's roles and scopes: a stable code, the field at fault and the words. */
export type RoleScopeProblem = {
  code: 'no_role' | 'committee_required' | 'unit_required' | 'committees_unused' | 'units_unused';
  field: 'roles' | 'committeeIds' | 'unitIds';
  message: string;
};
