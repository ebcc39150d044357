/**
 * Who answers for what, for the "Til opfølgning" list and the reminders.
 *
 * A node is owned as `ownerOf` (permissions.ts) decides: an action by its
 * unit (the unit's managers), a focus area by its committee (the committee's
 * members), the vision and the aiming points by the council (in Kompas, the
 * administrators). An indicator is owned as what it measures, and may have a
 * responsible person besides.
 *
 * - An indicator's data is answered for by its responsible person and by the
 *   owners of what it measures (`answersFor`). Reminders go to the
 *   responsible person, else to the owners (`remindedOf`).
 * - A node's comments are answered for by the node's owners and, for an
 *   indicator, its responsible person (`answersFor` too) — never by the
 *   comment's own author (`reachesPerson`).
 */
import type { Principal } from './permissions';

/** Who owns a node: a unit, a committee, or the council (whose people in Kompas are the administrators). */
export const OWNER_KINDS = ['unit', 'committee', 'council'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

/** An owner: a unit or a committee by its id, the council by its plan's id. */
export type NodeOwner = { kind: OwnerKind; id: string };

/** What is needed to know who owns a node that an indicator can measure. */
export type OwnedNode =
  | { kind: 'vision'; planId: string }
  | { kind: 'aimingPoint'; planId: string }
  | { kind: 'focusArea'; committeeId: string }
  | { kind: 'action'; unitId: string };

/**
 * Something someone answers for: an indicator (the owner of what it measures,
 * and its responsible person) or a node's comments (the node's owner; for an
 * indicator's comments also its responsible person).
 */
export type Answerable = { owner: NodeOwner; responsibleUserId?: string | null };

/** A person as the rule sees them: a principal, perhaps deactivated (who then answers for nothing). */
export type Answerer = Principal & { active?: boolean };

/** The owner of a node: an action's unit, a focus area's committee, else the plan's council. */
export function ownerOfNode(node: OwnedNode): NodeOwner {
  switch (node.kind) {
    case 'action':
      return { kind: 'unit', id: node.unitId };
    case 'focusArea':
      return { kind: 'committee', id: node.committeeId };
    default:
      return { kind: 'council', id: node.planId };
  }
}

/** Whether a person is one of an owner's people: the unit's managers, the committee's members, or (the council) an administrator. */
export function isOwnerPerson(person: Answerer, owner: Pick<NodeOwner, 'kind' | 'id'>): boolean {
  if (person.active === false) return false;
  switch (owner.kind) {
    case 'unit':
      return person.roles.includes('manager') && person.unitIds.includes(owner.id);
    case 'committee':
      return person.roles.includes('committeeMember') && person.committeeIds.includes(owner.id);
    case 'council':
      return person.roles.includes('administrator');
  }
}

/** Whether a person is the responsible person named (and active). */
export function isResponsiblePerson(person: Answerer, responsibleUserId: string | null | undefined): boolean {
  return person.active !== false && !!responsibleUserId && person.userId === responsibleUserId;
}

/** Whether a person answers for an indicator or a node's comments: as the responsible person, or as one of the owner's people. */
export function answersFor(person: Answerer, thing: Answerable): boolean {
  return isResponsiblePerson(person, thing.responsibleUserId) || isOwnerPerson(person, thing.owner);
}

/** Whether a comment reaches a person: they answer for its node and did not write it. */
export function reachesPerson(person: Answerer, comment: { authorId: string }, node: Answerable): boolean {
  return person.userId !== comment.authorId && answersFor(person, node);
}

/**
 * Who is reminded of an indicator's data: its responsible person when it has
 * one who is active, else the owner's people. User ids, in the order given.
 */
export function remindedOf(indicator: Answerable, people: readonly Answerer[]): string[] {
  const responsible = people.filter((p) => isResponsiblePerson(p, indicator.responsibleUserId));
  if (responsible.length) return responsible.map((p) => p.userId);
  return people.filter((p) => isOwnerPerson(p, indicator.owner)).map((p) => p.userId);
}
