import type { Role } from '@kompas/domain';

export type ScopedRole = Extract<Role, 'committeeMember' | 'manager'>;
type Person = { roles: readonly Role[]; committeeIds: readonly string[]; unitIds: readonly string[] };

/**
 * The change to a person that adds them to, or removes them from, one committee (as a member) or one
 * unit (as its manager): the role comes with the first such scope and goes with the last.
 */
export function membershipChange(person: Person, role: ScopedRole, scopeId: string, add: boolean): Record<string, unknown> {
  const field = role === 'committeeMember' ? 'committeeIds' : 'unitIds';
  const current = person[field];
  const ids = add ? [...current.filter((id) => id !== scopeId), scopeId] : current.filter((id) => id !== scopeId);
  const roles = ids.length
    ? person.roles.includes(role)
      ? [...person.roles]
      : [...person.roles, role]
    : person.roles.filter((r) => r !== role);
  return { roles, [field]: ids };
}
