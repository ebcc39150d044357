import { allowed, ERROR_CODES, refused, RuleResult } from './errors';
import { LinkKind, NodeKind } from './kinds';
import { MAX_LINK_STRENGTH, MIN_LINK_STRENGTH } from './limits';

/**
 * Which link a person may draw from one kind of node to another, for every
 * pair of kinds. `null` means the pair is refused. Direction matters: an
 * action contributes to a focus area, a focus area supports an aiming point.
 * The vision and the indicators take no drawn links: aiming points belong to
 * the vision, indicators to what they measure.
 */
export const LINK_RULES: Readonly<Record<NodeKind, Readonly<Record<NodeKind, LinkKind | null>>>> = {
  vision: { vision: null, aimingPoint: null, focusArea: null, action: null, indicator: null },
  aimingPoint: { vision: null, aimingPoint: null, focusArea: null, action: null, indicator: null },
  focusArea: { vision: null, aimingPoint: 'supports', focusArea: null, action: null, indicator: null },
  action: { vision: null, aimingPoint: null, focusArea: 'contributes', action: null, indicator: null },
  indicator: { vision: null, aimingPoint: null, focusArea: null, action: null, indicator: null },
};

/** The source and target kinds of each link kind. */
export const LINK_ENDS: Readonly<Record<LinkKind, { source: NodeKind; target: NodeKind }>> = {
  supports: { source: 'focusArea', target: 'aimingPoint' },
  contributes: { source: 'action', target: 'focusArea' },
};

const KIND_WORDS: Record<NodeKind, string> = {
  vision: 'the vision',
  aimingPoint: 'an aiming point',
  focusArea: 'a focus area',
  action: 'an action',
  indicator: 'an indicator',
};

/** The link kind allowed from `source` to `target`, or the reason it is refused. */
export function linkKindFor(source: NodeKind, target: NodeKind): RuleResult<LinkKind> {
  const kind = LINK_RULES[source]?.[target] ?? null;
  if (kind) return allowed(kind);
  const reversed = LINK_RULES[target]?.[source] ?? null;
  const hint = reversed ? ` Draw it the other way: from ${KIND_WORDS[target]} to ${KIND_WORDS[source]}.` : '';
  return refused(
    ERROR_CODES.linkKindForbidden,
    `A link from ${KIND_WORDS[source]} to ${KIND_WORDS[target]} is not allowed.${hint}`,
    'targetId',
  );
}

export type LinkEnd = { id: string; kind: NodeKind; planId: string };
export type ExistingLink = { sourceId: string; targetId: string };

/**
 * Every rule a new link must pass, in the order a person would want to hear
 * them: the kinds, the plan, itself, then duplicates.
 */
export function checkNewLink(source: LinkEnd, target: LinkEnd, existing: readonly ExistingLink[]): RuleResult<LinkKind> {
  const kind = linkKindFor(source.kind, target.kind);
  if (!kind.ok) return kind;
  if (source.planId !== target.planId) {
    return refused(ERROR_CODES.linkAcrossPlans, 'Both ends of a link must belong to the same plan.', 'targetId');
  }
  if (existing.some((l) => l.sourceId === source.id && l.targetId === target.id)) {
    return refused(ERROR_CODES.duplicateLink, 'These two are already linked.', 'targetId');
  }
  return kind;
}

export function isValidStrength(value: unknown): value is 1 | 2 | 3 {
  return Number.isInteger(value) && (value as number) >= MIN_LINK_STRENGTH && (value as number) <= MAX_LINK_STRENGTH;
}
