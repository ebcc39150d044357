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
 *   owners of what it measures (`answersForIndicator`). Reminders go to the
 *   responsible person, else to the owners (`remindedOf`).
 * - A node's comments are answered for by the node's owners and, for an
 *   indicator, its responsible person (`answersForComments`) — never by the
 *   comment's own author (`reachesPerson`).
 */
import type { Principal } from './permissions';

/** Who owns a node: a unit, a committee, or the council (whose people in Kompas are the administrators). */
export const OWNER_KINDS = ['unit', 'committee', 'council'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

export type NodeOwner = { kind: 'unit'; unitId: string } | { kind: 'committee'; committeeId: string } | { kind: 'council' };

/** What is needed to know who owns a node of each kind. */
export type OwnedNode =
  { kind: 'vision' } | { kind: 'aimingPoint' } | { kind: 'focusArea'; committeeId: string } | { kind: 'action'; unitId: string };

/** An indicator as the rule sees it: what it measures (with that node's owner facts) and its responsible person. */
export type AnsweredIndicator = { measures: OwnedNode; responsibleUserId: string | null };

/** A node whose comments someone answers for: a plan node, or an indicator. */
export type CommentedNode = OwnedNode | ({ kind: 'indicator' } & AnsweredIndicator);

/** A person as the rule sees them: a principal, perhaps deactivated (who then answers for nothing). */
export type Answerer = Principal & { active?: boolean };

/** The owner of a node: an action's unit, a focus area's committee, else the council. */
export function ownerOfNode(node: OwnedNode): NodeOwner {
  switch (node.kind) {
    case 'action':
      return { kind: 'unit', unitId: node.unitId };
    case 'focusArea':
      return { kind: 'committee', committeeId: node.committeeId };
    default:
      return { kind: 'council' };
  }
}

/** Whether a person is one of an owner's people: the unit's managers, the committee's members, or (the council) an administrator. */
export function isOwnerPerson(person: Answerer, owner: NodeOwner): boolean {
  if (person.active === false) return false;
  switch (owner.kind) {
    case 'unit':
      return person.roles.includes('manager') && person.unitIds.includes(owner.unitId);
    case 'committee':
      return person.roles.includes('committeeMember') && person.committeeIds.includes(owner.committeeId);
    case 'council':
      return person.roles.includes('administrator');
  }
}

const isResponsible = (person: Answerer, responsibleUserId: string | null) =>
  person.active !== false && responsibleUserId !== null && person.userId === responsibleUserId;

/** Whether a person answers for an indicator's data: as its responsible person, or as an owner of what it measures. */
export function answersForIndicator(person: Answerer, indicator: AnsweredIndicator): boolean {
  return isResponsible(person, indicator.responsibleUserId) || isOwnerPerson(person, ownerOfNode(indicator.measures));
}

/** Whether a person answers for a node's comments: its owners and, for an indicator, its responsible person. */
export function answersForComments(person: Answerer, node: CommentedNode): boolean {
  if (node.kind === 'indicator') return answersForIndicator(person, node);
  return isOwnerPerson(person, ownerOfNode(node));
}

/** Whether a comment reaches a person: they answer for its node and did not write it. */
export function reachesPerson(person: Answerer, comment: { authorId: string }, node: CommentedNode): boolean {
  return person.userId !== comment.authorId && answersForComments(person, node);
}

/**
 * Who is reminded of an indicator's data: its responsible person when it has
 * one who is active, else the owners' people. Returns user ids, in the order given.
 */
export function remindedOf(indicator: AnsweredIndicator, people: readonly Answerer[]): string[] {
  const responsible = people.filter((p) => isResponsible(p, indicator.responsibleUserId));
  if (responsible.length) return responsible.map((p) => p.userId);
  const owner = ownerOfNode(indicator.measures);
  return people.filter((p) => isOwnerPerson(p, owner)).map((p) => p.userId);
}
