// The vocabulary of the cascade. Every other module speaks in these terms.

export const NODE_KINDS = ['vision', 'aimingPoint', 'focusArea', 'action', 'indicator'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/**
 * Edge kinds in the graph. `supports` and `contributes` are links people draw;
 * `partOf` (aiming point → vision) and `measures` (indicator → the vision, an aiming point, a focus area or
 * action) follow from where a node belongs and are never drawn by hand.
 */
export const EDGE_KINDS = ['partOf', 'supports', 'contributes', 'measures'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const LINK_KINDS = ['supports', 'contributes'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const PLAN_STATUSES = ['draft', 'adopted', 'archived'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const FOCUS_AREA_STATUSES = ['proposed', 'adopted', 'retired'] as const;
export type FocusAreaStatus = (typeof FOCUS_AREA_STATUSES)[number];

export const ACTION_STATUSES = ['identified', 'launched', 'adjusting', 'completed', 'stopped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const INDICATOR_TYPES = ['quantitative', 'qualitative'] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

export const DIRECTIONS = ['up', 'down', 'hold'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The five kinds of evidence the Hedensted vision names ("Sådan følger vi udviklingen"). */
export const EVIDENCE_KINDS = ['dialogue', 'staffAssessment', 'caseSystem', 'survey', 'statistics'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const CADENCES = ['monthly', 'quarterly', 'halfYearly', 'yearly'] as const;
export type Cadence = (typeof CADENCES)[number];

export const JUDGEMENTS = ['onTrack', 'atRisk', 'offTrack'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
