import {
  checkTarget,
  currentObservations,
  IndicatorNode,
  parsePeriodCode,
  periodCode,
  TargetCheck,
  TargetEntry,
  type ObservedValue,
} from '@kompas/domain';
import type { Observation } from '../types';

/** What a period's value shows on the chart: whether it meets its target, or why that cannot be told. */
export type MarkerKind = 'met' | 'notMet' | 'pending' | 'noTarget' | 'corrected';

/** One marker on the chart: a value at its period's last day (x in seconds since 1970, UTC). */
export type ChartMarker = { x: number; y: number; kind: MarkerKind; period: string };

/** One period of the indicator's own series, as the chart's text alternative lists it. */
export type ChartRow = {
  period: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  /** What the value was compared with: the target's value, or the reference value plus the offset; null when none. */
  target: number | null;
  reference: number | null;
  state: Exclude<MarkerKind, 'corrected'>;
};

/**
 * The chart's data in uPlot's aligned shape: one x per day something is drawn at (a period's last day,
 * a target's period end, the long-term target's date), and one value or null per series at each x.
 */
export type ChartData = {
  xs: number[];
  actual: (number | null)[];
  reference: (number | null)[];
  target: (number | null)[];
  baseline: (number | null)[];
  markers: ChartMarker[];
  rows: ChartRow[];
  has: { reference: boolean; target: boolean; baseline: boolean; corrections: boolean };
};

type ChartIndicator = Pick<IndicatorNode, 'direction' | 'targets' | 'longTermTarget' | 'baselineValue'> & {
  baselineDate?: string | null;
};

/** A date (`YYYY-MM-DD`) as uPlot's x: seconds since 1970 at midnight UTC. */
export const dateToX = (date: string): number => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 1000;

/** An x back to its date. */
export const xToDate = (x: number): string => new Date(x * 1000).toISOString().slice(0, 10);

const codeOf = (o: { period?: string | null; periodStart: string; periodEnd: string }) =>
  o.period ?? periodCode(o.periodStart, o.periodEnd) ?? `${o.periodStart}/${o.periodEnd}`;

const toValue = (o: Observation): ObservedValue => ({ periodStart: o.periodStart, periodEnd: o.periodEnd, value: o.value });

function markerKind(check: TargetCheck): Exclude<MarkerKind, 'corrected'> {
  if (check.state === 'met' || check.state === 'notMet' || check.state === 'pending') return check.state;
  return 'noTarget';
}

/** A step of the target path at its period's end: an absolute value, or a relative one resolved against that period's reference value. */
function targetPoint(entry: TargetEntry, reference: readonly ObservedValue[]): { x: number; y: number } | null {
  const period = parsePeriodCode(entry.period);
  if (!period) return null;
  if ('value' in entry) return { x: dateToX(period.end), y: entry.value };
  const ref = reference.find((r) => r.periodStart === period.start && r.periodEnd === period.end && r.value !== null);
  return ref?.value != null ? { x: dateToX(period.end), y: ref.value + entry.offset } : null;
}

/**
 * The chart of an indicator's history, from all its observations (both series, corrections included):
 * - `actual`, `reference`: the current values of each series, at their periods' last days;
 * - `target`: the target path — each step at its period's end (relative steps resolved against the
 *   reference value of their period, left out while there is none), the bound each value was judged
 *   against (targets.ts `checkTarget`), and the long-term target at its date;
 * - `baseline`: the baseline across the chart's whole span;
 * - `markers`: every current value of the own series marked met, not met, pending (a relative target
 *   without its reference value yet) or without a target, and every corrected value of either series.
 */
export function buildChartData(indicator: ChartIndicator, observations: readonly Observation[]): ChartData {
  const current = currentObservations(observations);
  const isCurrent = new Set(current.map((o) => o.id));
  const numeric = (o: Observation) => o.value !== null && Number.isFinite(o.value);
  const actual = current.filter((o) => o.series === 'actual' && numeric(o));
  const reference = current.filter((o) => o.series === 'reference' && numeric(o));
  const corrected = observations.filter((o) => !isCurrent.has(o.id) && numeric(o));
  const referenceValues = reference.map(toValue);

  const rows: ChartRow[] = actual
    .map((o) => {
      const check = checkTarget(indicator, toValue(o), referenceValues);
      return {
        period: codeOf(o),
        periodStart: o.periodStart,
        periodEnd: o.periodEnd,
        value: o.value as number,
        target: check.state === 'met' || check.state === 'notMet' ? check.bound : null,
        reference: check.state === 'met' || check.state === 'notMet' ? check.reference : null,
        state: markerKind(check),
      };
    })
    .sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : a.periodEnd > b.periodEnd ? 1 : a.periodStart > b.periodStart ? -1 : 1));

  const targets = new Map<number, number>();
  const direction = indicator.direction;
  if (direction !== null) {
    for (const entry of indicator.targets) {
      const point = targetPoint(entry, referenceValues);
      if (point) targets.set(point.x, point.y);
    }
    if (indicator.longTermTarget) targets.set(dateToX(indicator.longTermTarget.date), indicator.longTermTarget.value);
    // What a value was actually judged against wins at its own day.
    for (const row of rows) if (row.target !== null) targets.set(dateToX(row.periodEnd), row.target);
  }

  const byX = <T extends { periodEnd: string }>(list: readonly T[]) => new Map(list.map((o) => [dateToX(o.periodEnd), o]));
  const actualAt = byX(actual);
  const referenceAt = byX(reference);
  const xs = new Set<number>([...actualAt.keys(), ...referenceAt.keys(), ...targets.keys(), ...corrected.map((o) => dateToX(o.periodEnd))]);
  if (indicator.baselineDate && indicator.baselineValue !== null) xs.add(dateToX(indicator.baselineDate));
  const sorted = [...xs].sort((a, b) => a - b);
  const baseline = indicator.baselineValue;

  const markers: ChartMarker[] = [
    ...rows.map((r) => ({ x: dateToX(r.periodEnd), y: r.value, kind: r.state, period: r.period })),
    ...corrected.map((o) => ({ x: dateToX(o.periodEnd), y: o.value as number, kind: 'corrected' as const, period: codeOf(o) })),
  ];

  return {
    xs: sorted,
    actual: sorted.map((x) => actualAt.get(x)?.value ?? null),
    reference: sorted.map((x) => referenceAt.get(x)?.value ?? null),
    target: sorted.map((x) => targets.get(x) ?? null),
    baseline: sorted.map(() => baseline),
    markers,
    rows,
    has: {
      reference: reference.length > 0,
      target: targets.size > 0,
      baseline: baseline !== null && sorted.length > 0,
      corrections: corrected.length > 0,
    },
  };
}
