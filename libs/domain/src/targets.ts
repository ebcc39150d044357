/**
 * How a value stands against its indicator's targets: which target applies to
 * a period, whether the value meets it, and the indicator's health from its
 * latest value. One rule for the API, the map and the indicator page.
 *
 * **Which target applies to an observation.** Periods of different lengths
 * (a yearly target path, quarterly figures) are compared at the observation's
 * last day: a value tells how things stood when its period ended.
 *
 * 1. The entry of the path for the observation's own period applies (2026K1
 *    and 2026Q1 are one period).
 * 2. Else an entry whose period holds the observation's last day: a yearly
 *    target for a quarter of that year; the year-end quarter's target for the
 *    year. Where several hold it, the shortest (a quarter's target before its
 *    half year's, before its year's).
 * 3. Else the nearest earlier one: of the entries that ended before that day,
 *    the one that ended last (of those ending the same day, the shortest).
 * 4. Else — the observation comes before the path's first step — the
 *    long-term target, the only target known then; or none.
 *
 * In 2–3 the long-term target counts as an entry for the one day of its date:
 * after that date it applies until a later step of the path does. Entries
 * whose period is not a period code are passed by.
 *
 * **Whether a value meets its target.** An absolute target by the indicator's
 * direction: `up` at least the target, `down` at most, `hold` within 5 % of it
 * (of the target's size; a target of 0 is held only exactly). A relative
 * target compares with the reference series' value of the observation's own
 * period plus `offset`: `atMost` at most that, `atLeast` at least that (the
 * direction does not matter). Without a reference value for that very period
 * it cannot be judged yet (`pending`) — never a pass.
 *
 * **Health**, from the latest current observation of the indicator's own
 * series (the one whose period ends last; of those ending the same day, the
 * shortest): the judgement someone recorded with it wins; else its target met
 * is on track; not met but better than the baseline is at risk (for `hold`:
 * nearer the target than the baseline was), not met and no better than the
 * baseline is off track, and not met without a baseline is at risk (nothing
 * says it got worse). No observation, no value, no target or a pending
 * relative target: no health.
 */
import type { LongTermTarget, ObservationSeries, TargetEntry } from './indicator-model';
import type { Direction, Judgement } from './kinds';
import { parsePeriodCode, Period } from './periods';

/** What the target rules need to know of an indicator. */
export type TargetedIndicator = {
  /** Which way is better; null for a qualitative indicator, which has no targets to meet. */
  direction: Direction | null;
  targets: readonly TargetEntry[];
  longTermTarget: LongTermTarget | null;
};

/** An observation as the target rules read it: its period and value. */
export type ObservedValue = { periodStart: string; periodEnd: string; value: number | null };

/** The target that applies to a period: a step of the path (with its period), or the long-term target. */
export type AppliedTarget = { kind: 'path'; entry: TargetEntry; period: Period } | { kind: 'longTerm'; target: LongTermTarget };

/**
 * A value against its target:
 * - `met`, `notMet`: judged; `bound` is what the value was compared with (the
 *   target's value, or the reference value plus the offset), `reference` the
 *   reference value a relative target used;
 * - `pending`: a relative target without a reference value for the period yet;
 * - `noTarget`: no target applies (or the indicator has no direction);
 * - `noValue`: the observation has no value (a narrative only).
 */
export type TargetCheck =
  | { state: 'met' | 'notMet'; target: AppliedTarget; bound: number; reference: number | null }
  | { state: 'pending'; target: AppliedTarget }
  | { state: 'noTarget' }
  | { state: 'noValue' };

/** How far from an absolute target a `hold` indicator may be and still meet it: 5 % of the target. */
export const HOLD_TOLERANCE = 0.05;

/** A candidate target with the days it covers. */
type Step = { target: AppliedTarget; start: string; end: string; days: number };

const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;

function steps(indicator: Pick<TargetedIndicator, 'targets' | 'longTermTarget'>): Step[] {
  const out: Step[] = [];
  for (const entry of indicator.targets) {
    const period = parsePeriodCode(entry.period);
    if (period) out.push({ target: { kind: 'path', entry, period }, ...period, days: dayNumber(period.end) - dayNumber(period.start) });
  }
  const lt = indicator.longTermTarget;
  if (lt) out.push({ target: { kind: 'longTerm', target: lt }, start: lt.date, end: lt.date, days: 0 });
  return out;
}

/** Shorter first; of equal length, the path's step before the long-term target. */
const shorter = (a: Step, b: Step) => a.days - b.days || (a.target.kind === 'path' ? -1 : 0) - (b.target.kind === 'path' ? -1 : 0);

/** The target that applies to a period, by the rule above; null when none does. */
export function targetFor(indicator: Pick<TargetedIndicator, 'targets' | 'longTermTarget'>, period: Period): AppliedTarget | null {
  const all = steps(indicator);
  const own = all.find((s) => s.target.kind === 'path' && s.start === period.start && s.end === period.end);
  if (own) return own.target;
  const last = period.end;
  const holding = all.filter((s) => s.start <= last && last <= s.end).sort(shorter);
  if (holding.length) return holding[0].target;
  const earlier = all.filter((s) => s.end < last).sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : shorter(a, b)));
  if (earlier.length) return earlier[0].target;
  const lt = indicator.longTermTarget;
  return lt ? { kind: 'longTerm', target: lt } : null;
}

/** The current reference value of exactly this period, or null. */
function referenceValue(reference: readonly ObservedValue[], period: Period): number | null {
  const same = reference.find((r) => r.periodStart === period.start && r.periodEnd === period.end && r.value !== null);
  return same?.value ?? null;
}

/**
 * Whether an observation's value meets the target that applies to its period.
 * `reference` holds the current observations of the indicator's reference
 * series (none when it has no reference series).
 */
export function checkTarget(
  indicator: TargetedIndicator,
  observation: ObservedValue,
  reference: readonly ObservedValue[] = [],
): TargetCheck {
  const { value } = observation;
  if (value === null || !Number.isFinite(value)) return { state: 'noValue' };
  if (indicator.direction === null) return { state: 'noTarget' };
  const period = { start: observation.periodStart, end: observation.periodEnd };
  const target = targetFor(indicator, period);
  if (!target) return { state: 'noTarget' };
  const entry = target.kind === 'path' ? target.entry : target.target;
  if ('relation' in entry) {
    const ref = referenceValue(reference, period);
    if (ref === null) return { state: 'pending', target };
    const bound = ref + entry.offset;
    // The bound is a sum of two decimals (10.1 + 0.2): a value equal to it in decimals must meet it.
    const slack = 1e-9 * Math.max(1, Math.abs(ref), Math.abs(entry.offset));
    const met = entry.relation === 'atMost' ? value <= bound + slack : value >= bound - slack;
    return { state: met ? 'met' : 'notMet', target, bound, reference: ref };
  }
  const bound = entry.value;
  const met =
    indicator.direction === 'up'
      ? value >= bound
      : indicator.direction === 'down'
        ? value <= bound
        : Math.abs(value - bound) <= Math.abs(bound) * HOLD_TOLERANCE;
  return { state: met ? 'met' : 'notMet', target, bound, reference: null };
}

/** An observation as health reads it: its period, value, the judgement recorded with it and its series (left out: `actual`). */
export type JudgedObservation = ObservedValue & { judgement?: Judgement | null; series?: ObservationSeries };

/** Why an indicator has the health it has (or none). */
export type IndicatorHealthReason =
  | 'judgement'
  | 'targetMet'
  | 'betterThanBaseline'
  | 'noBetterThanBaseline'
  | 'noBaseline'
  | 'noObservation'
  | 'noValue'
  | 'noTarget'
  | 'pending';

/**
 * An indicator's health: on track, at risk or off track, or null (no
 * judgement possible), with the reason, the observation it comes from and
 * its check against the target (null without an observation).
 */
export type Health<O extends JudgedObservation = JudgedObservation> = {
  health: Judgement | null;
  reason: IndicatorHealthReason;
  observation: O | null;
  check: TargetCheck | null;
};

/** The latest of a series' observations: the one whose period ends last; of those ending the same day, the shortest; of the same period, the last listed. */
export function latestObservation<O extends ObservedValue>(observations: readonly O[]): O | null {
  let latest: O | null = null;
  for (const o of observations) {
    if (!latest || o.periodEnd > latest.periodEnd || (o.periodEnd === latest.periodEnd && o.periodStart >= latest.periodStart)) latest = o;
  }
  return latest;
}

/**
 * The health of an indicator from its latest current observation of its own
 * series. `observations` are its current observations (a reference-series one
 * among them is passed by); `reference` the current ones of its reference
 * series, for a relative target.
 */
export function healthOf<O extends JudgedObservation>(
  indicator: TargetedIndicator & { baselineValue: number | null },
  observations: readonly O[],
  reference: readonly ObservedValue[] = [],
): Health<O> {
  const observation = latestObservation(observations.filter((o) => (o.series ?? 'actual') === 'actual'));
  if (!observation) return { health: null, reason: 'noObservation', observation: null, check: null };
  const check = checkTarget(indicator, observation, reference);
  if (observation.judgement) return { health: observation.judgement, reason: 'judgement', observation, check };
  if (check.state === 'noValue' || check.state === 'noTarget' || check.state === 'pending') {
    return { health: null, reason: check.state, observation, check };
  }
  if (check.state === 'met') return { health: 'onTrack', reason: 'targetMet', observation, check };
  const baseline = indicator.baselineValue;
  if (baseline === null) return { health: 'atRisk', reason: 'noBaseline', observation, check };
  const value = observation.value as number;
  const better =
    indicator.direction === 'up'
      ? value > baseline
      : indicator.direction === 'down'
        ? value < baseline
        : Math.abs(value - check.bound) < Math.abs(baseline - check.bound);
  return better
    ? { health: 'atRisk', reason: 'betterThanBaseline', observation, check }
    : { health: 'offTrack', reason: 'noBetterThanBaseline', observation, check };
}
