/**
 * The words of an indicator's targets, reference series and responsibility:
 * shared by the API, the plan document, the web app and the rules that judge
 * a value against its target (targets.ts) and its freshness (freshness.ts).
 */

/** What an indicator can measure: exactly one of these. */
export const MEASURED_KINDS = ['vision', 'aimingPoint', 'focusArea', 'action'] as const;
export type MeasuredKind = (typeof MEASURED_KINDS)[number];

/** How a relative target relates to the reference series. */
export const TARGET_RELATIONS = ['atMost', 'atLeast'] as const;
export type TargetRelation = (typeof TARGET_RELATIONS)[number];

/**
 * One step of a quantitative indicator's target path: a value for a period, or
 * a relation to the reference series ("at most 0.5 above the reference") for
 * it. `period` is a period code (periods.ts); `offset` is in the indicator's unit.
 */
export type TargetEntry = { period: string; value: number } | { period: string; relation: TargetRelation; offset: number };

/** The long-term target: a value by a date (what `targetValue`/`targetDate` were). */
export type LongTermTarget = { value: number; date: string };

/** A series to compare with, e.g. the national average ("hele landet"). */
export type ReferenceSeries = { name: string; source: string };

/** Which series an observation belongs to: the indicator's own, or its reference. */
export const OBSERVATION_SERIES = ['actual', 'reference'] as const;
export type ObservationSeries = (typeof OBSERVATION_SERIES)[number];

/** Days after a period ends before its value is due. */
export const DEFAULT_GRACE_DAYS = 30;
export const MAX_GRACE_DAYS = 365;
/** The most steps a target path may have. */
export const MAX_TARGETS = 200;

/** What the app calls the council unless a plan says otherwise. */
export const DEFAULT_COUNCIL_NAME = 'Kommunalbestyrelsen';
