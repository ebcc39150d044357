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
 * unit.
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
  | { do: 'editAction'; unitId: string };

export type PermissionKind = Permission['do'];

const has = (p: Principal, role: Role) => p.roles.includes(role);

/** Whether the principal may do this; `null` (nobody signed in) may do nothing. */
export function can(p: Principal | null | undefined, permission: Permission): boolean {
  return whyNot(p, permission) === null;
}

/** The reason in words a request is refused, or null when it is allowed. */
export function whyNot(p: Principal | null | undefined, permission: Permission): string | null {
  if (!p) return 'Sign in first.';
  if (!p.roles.length) return 'This user has no role.';
  switch (permission.do) {
    case 'read':
    case 'comment':
      return null;
    case 'readAudit':
      return has(p, 'administrator') || has(p, 'director') ? null : 'Only directors and administrators read the whole trail.';
    case 'manageUsers':
      return has(p, 'administrator') ? null : 'Only administrators manage users.';
    case 'managePlans':
      return has(p, 'administrator') ? null : 'Only administrators manage plans, their vision and aiming points.';
    case 'manageCommittees':
      return has(p, 'administrator') ? null : 'Only administrators manage committees.';
    case 'manageUnits':
      return has(p, 'administrator') ? null : 'Only administrators manage units.';
    case 'editFocusArea':
      if (!has(p, 'committeeMember')) return "Only the committee's members change its focus areas.";
      return p.committeeIds.includes(permission.committeeId) ? null : 'This focus area belongs to a committee you are not a member of.';
    case 'editAction':
      if (!has(p, 'manager')) return "Only the owning unit's managers change its actions.";
      return p.unitIds.includes(permission.unitId) ? null : 'This action belongs to a unit you do not manage.';
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
