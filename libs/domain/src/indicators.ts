import { allowed, ERROR_CODES, FieldError, refused, RuleResult } from './errors';
import {
  LongTermTarget,
  MAX_TARGETS,
  MEASURED_KINDS,
  MeasuredKind,
  ReferenceSeries,
  TARGET_RELATIONS,
  TargetEntry,
  TargetRelation,
} from './indicator-model';
import { Direction, IndicatorType, isOneOf } from './kinds';
import { parsePeriodCode, PERIOD_CODES_ACCEPTED, periodCode } from './periods';

/**
 * What an indicator measures, as its fields say it: exactly one of an aiming
 * point, a focus area, an action, or the vision (the plan itself).
 */
export type MeasuredFields = {
  aimingPointId: string | null;
  focusAreaId: string | null;
  actionId: string | null;
  measuresVision: boolean;
};

/** The field that names each kind of measured node, in the order a refusal names them. */
export const MEASURED_FIELDS = {
  vision: 'measuresVision',
  aimingPoint: 'aimingPointId',
  focusArea: 'focusAreaId',
  action: 'actionId',
} as const satisfies Record<MeasuredKind, keyof MeasuredFields>;

/** What an indicator measures: the kind of node and its id (the plan's id for the vision). */
export type Measured = { kind: MeasuredKind; id: string };

/** The kinds of node the fields name (null, undefined and false name nothing). */
export function measuredKindsGiven(i: Partial<MeasuredFields>): MeasuredKind[] {
  return MEASURED_KINDS.filter((kind) => (kind === 'vision' ? i.measuresVision === true : i[MEASURED_FIELDS[kind]] != null));
}

const MEASURES_WORDS = 'give exactly one of aimingPointId, focusAreaId, actionId or measuresVision: true';

/**
 * An indicator measures exactly one node. None: each of the four fields is
 * named (`one_required`); two or more: each one given is named (`only_one`).
 */
export function measuresProblems(i: Partial<MeasuredFields>): FieldError[] {
  const given = measuredKindsGiven(i);
  if (given.length === 1) return [];
  if (given.length === 0) {
    return MEASURED_KINDS.map((kind) => ({ field: MEASURED_FIELDS[kind], code: 'one_required', message: MEASURES_WORDS }));
  }
  return given.map((kind) => ({ field: MEASURED_FIELDS[kind], code: 'only_one', message: MEASURES_WORDS }));
}

/** What an indicator with exactly one measured node measures; `planId` is the vision's id. */
export function measuredOf(i: MeasuredFields & { planId: string }): Measured {
  if (i.aimingPointId) return { kind: 'aimingPoint', id: i.aimingPointId };
  if (i.focusAreaId) return { kind: 'focusArea', id: i.focusAreaId };
  if (i.actionId) return { kind: 'action', id: i.actionId };
  return { kind: 'vision', id: i.planId };
}

/** A target entry as a request or a document gives it, before it is known to be one of the two forms. */
export type TargetEntryInput = {
  period: string;
  value?: number | null;
  relation?: TargetRelation | null;
  offset?: number | null;
};

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The rules of a target path, each problem naming its field under `at`
 * (`targets.3.period`): at most MAX_TARGETS entries; each a period code and
 * either a value, or a relation (`atMost`/`atLeast`) and an offset; one entry
 * per period (2026K1 and 2026Q1 are one period); a relative entry only where
 * the indicator has a reference series.
 */
export function targetPathProblems(entries: readonly TargetEntryInput[], hasReference: boolean, at = 'targets'): FieldError[] {
  const problems: FieldError[] = [];
  if (entries.length > MAX_TARGETS) {
    problems.push({ field: at, code: 'array_max_size', message: `must have at most ${MAX_TARGETS} entries` });
    return problems;
  }
  const seen = new Map<string, number>();
  entries.forEach((e, i) => {
    const field = (name: string) => `${at}.${i}.${name}`;
    const period = typeof e.period === 'string' ? parsePeriodCode(e.period) : null;
    if (!period) {
      problems.push({
        field: field('period'),
        code: ERROR_CODES.invalidPeriod,
        message: `must be a period code. ${PERIOD_CODES_ACCEPTED}`,
      });
    } else {
      const key = `${period.start}/${period.end}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({ field: field('period'), code: 'duplicate_period', message: `${at}.${first} is already for this period` });
      } else seen.set(key, i);
    }
    const hasValue = e.value != null;
    const relative = e.relation != null || e.offset != null;
    if (hasValue && relative) {
      problems.push({ field: field('value'), code: 'value_or_relation', message: 'give either a value, or a relation and an offset' });
    } else if (!hasValue && !relative) {
      problems.push({ field: field('value'), code: 'required', message: 'give a value, or a relation and an offset' });
    } else if (hasValue && !isNumber(e.value)) {
      problems.push({ field: field('value'), code: 'is_number', message: 'must be a number' });
    } else if (relative) {
      if (!isOneOf(TARGET_RELATIONS, e.relation)) {
        problems.push({ field: field('relation'), code: e.relation == null ? 'required' : 'is_in', message: 'must be atMost or atLeast' });
      } else if (!hasReference) {
        problems.push({
          field: field('relation'),
          code: 'reference_required',
          message: 'a target relative to the reference needs the indicator to have a reference series',
        });
      }
      if (!isNumber(e.offset))
        problems.push({ field: field('offset'), code: e.offset == null ? 'required' : 'is_number', message: 'must be a number' });
    }
  });
  return problems;
}

/**
 * A checked target path as it is stored: each period written as its code
 * (`2026q1` → `2026K1`), each entry in one of the two forms, ordered by period.
 */
export function normalTargetPath(entries: readonly TargetEntryInput[]): TargetEntry[] {
  return entries
    .map((e) => {
      const p = parsePeriodCode(e.period);
      const period = (p && periodCode(p.start, p.end)) ?? e.period.trim().toUpperCase();
      const entry: TargetEntry =
        e.value != null ? { period, value: e.value } : { period, relation: e.relation as TargetRelation, offset: e.offset as number };
      return { entry, start: p?.start ?? '', end: p?.end ?? '' };
    })
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0))
    .map((e) => e.entry);
}

/**
 * What a single target (`targetValue` and `targetDate`, as indicators had
 * before target paths) becomes: the long-term target, and a one-entry path
 * for the year of its date. Without a date, the plan's last day is the date.
 * Without a value there is no target.
 */
export function fromSingleTarget(
  targetValue: number | null,
  targetDate: string | null,
  planEnd: string,
): { targets: TargetEntry[]; longTermTarget: LongTermTarget | null } {
  if (targetValue === null) return { targets: [], longTermTarget: null };
  const date = targetDate ?? planEnd;
  return { targets: [{ period: date.slice(0, 4), value: targetValue }], longTermTarget: { value: targetValue, date } };
}

export type IndicatorShape = MeasuredFields & {
  type: IndicatorType;
  unit: string | null;
  direction: Direction | null;
  baselineValue: number | null;
  baselineDate: string | null;
  targets: readonly TargetEntryInput[];
  longTermTarget: LongTermTarget | null;
  reference: ReferenceSeries | null;
};

const QUANTITATIVE_ONLY = ['unit', 'direction', 'baselineValue', 'baselineDate'] as const;
/** What only a quantitative indicator has, and what it is when it has none. */
export const QUANTITATIVE_ONLY_EXTRAS = ['targets', 'longTermTarget', 'reference'] as const;

/**
 * The problems of an indicator's measured node, targets and reference, each
 * naming its field (answered 400 `validation_failed`): what it measures
 * (`measuresProblems`); a qualitative indicator has no target path,
 * long-term target or reference series (`quantitative_only`); a quantitative
 * one's target path follows `targetPathProblems`.
 */
export function indicatorProblems(i: IndicatorShape): FieldError[] {
  const problems = measuresProblems(i);
  if (i.type === 'qualitative') {
    for (const field of QUANTITATIVE_ONLY_EXTRAS) {
      const value = i[field];
      if (Array.isArray(value) ? value.length > 0 : value != null) {
        problems.push({
          field,
          code: 'quantitative_only',
          message: 'only a quantitative indicator has targets, a long-term target and a reference series',
        });
      }
    }
    return problems;
  }
  return [...problems, ...targetPathProblems(i.targets, i.reference !== null)];
}

/**
 * The rules of an indicator's numbers (answered 422): a quantitative one has
 * a unit and a direction; a qualitative one is narrative only, so it has no
 * unit, direction or baseline; the long-term target's date does not come
 * before the baseline's.
 */
export function checkIndicatorShape(i: IndicatorShape): RuleResult<true> {
  if (i.type === 'quantitative') {
    if (!i.unit || !i.unit.trim()) {
      return refused(ERROR_CODES.indicatorShape, 'A quantitative indicator needs a unit.', 'unit');
    }
    if (!i.direction) {
      return refused(ERROR_CODES.indicatorShape, 'A quantitative indicator needs a direction (up, down or hold).', 'direction');
    }
  } else {
    const field = QUANTITATIVE_ONLY.find((f) => i[f] != null);
    if (field) {
      return refused(
        ERROR_CODES.indicatorShape,
        `A qualitative indicator has no ${field}: only quantitative indicators have units, directions, baselines and targets.`,
        field,
      );
    }
  }
  const targetDate = i.longTermTarget?.date;
  if (i.baselineDate && targetDate && targetDate < i.baselineDate) {
    return refused(ERROR_CODES.dateOrder, 'The long-term target’s date comes before the baseline date.', 'longTermTarget.date');
  }
  return allowed(true);
}

export type ObservationShape = { value: number | null; narrative: string | null };

/** A quantitative observation has a value (a narrative may explain it); a qualitative one has a narrative and no value. */
export function checkObservationShape(type: IndicatorType, o: ObservationShape): RuleResult<true> {
  if (type === 'quantitative' && (o.value == null || !Number.isFinite(o.value))) {
    return refused(ERROR_CODES.observationShape, 'An observation of a quantitative indicator needs a numeric value.', 'value');
  }
  if (type === 'qualitative') {
    if (o.value != null) {
      return refused(ERROR_CODES.observationShape, 'An observation of a qualitative indicator has no numeric value.', 'value');
    }
    if (!o.narrative || !o.narrative.trim()) {
      return refused(ERROR_CODES.observationShape, 'An observation of a qualitative indicator needs a narrative.', 'narrative');
    }
  }
  return allowed(true);
}
