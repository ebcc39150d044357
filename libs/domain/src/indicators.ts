import { allowed, ERROR_CODES, refused, RuleResult } from './errors';
import { Direction, IndicatorType } from './kinds';

export type IndicatorShape = {
  type: IndicatorType;
  focusAreaId: string | null;
  actionId: string | null;
  unit: string | null;
  direction: Direction | null;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
};

const QUANTITATIVE_ONLY = ['unit', 'direction', 'baselineValue', 'baselineDate', 'targetValue', 'targetDate'] as const;

/**
 * An indicator measures exactly one focus area or action. A quantitative one
 * has a unit and a direction; a qualitative one is narrative only, so it has
 * no unit, direction, baseline or target.
 */
export function checkIndicatorShape(i: IndicatorShape): RuleResult<true> {
  if ((i.focusAreaId == null) === (i.actionId == null)) {
    return refused(
      ERROR_CODES.indicatorShape,
      'An indicator measures exactly one focus area or one action: give focusAreaId or actionId, not both.',
      'focusAreaId',
    );
  }
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
  if (i.baselineDate && i.targetDate && i.targetDate < i.baselineDate) {
    return refused(ERROR_CODES.dateOrder, 'The target date comes before the baseline date.', 'targetDate');
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
