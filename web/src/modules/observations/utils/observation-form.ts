import {
  addDays,
  Cadence,
  cadencePeriodOf,
  CADENCE_PERIOD_KIND,
  LatestObservation,
  parsePeriodCode,
  Period,
  periodCode,
  periodKind,
  PlanGraph,
} from '@kompas/domain';
import type { Observation } from '../../api/types';

/** A period a picker offers: its code and its span. */
export type PeriodChoice = Period & { code: string };

const choice = (p: Period): PeriodChoice => ({ ...p, code: periodCode(p.start, p.end) ?? p.start });

/** The latest period of a cadence that has ended by `today` (`YYYY-MM-DD`): the one whose value is most likely due. */
export function latestEndedPeriod(cadence: Cadence, today: string): PeriodChoice {
  return choice(cadencePeriodOf(cadence, addDays(cadencePeriodOf(cadence, today).start, -1)));
}

/**
 * The periods of a cadence a picker offers, newest first: the current one (still running), then the
 * ended ones back to `count` periods before it.
 */
export function periodChoices(cadence: Cadence, today: string, count = 12): PeriodChoice[] {
  const out: PeriodChoice[] = [];
  let p: Period = cadencePeriodOf(cadence, today);
  for (let i = 0; i <= count; i++) {
    out.push(choice(p));
    p = cadencePeriodOf(cadence, addDays(p.start, -1));
  }
  return out;
}

/** What a typed period code means: its span, or why it is none. */
export type PeriodReading = { ok: true; period: PeriodChoice; matchesCadence: boolean } | { ok: false; empty: boolean };

export function readPeriod(text: string, cadence: Cadence): PeriodReading {
  if (!text.trim()) return { ok: false, empty: true };
  const parsed = parsePeriodCode(text);
  if (!parsed) return { ok: false, empty: false };
  return { ok: true, period: choice(parsed), matchesCadence: periodKind(parsed.start, parsed.end) === CADENCE_PERIOD_KIND[cadence] };
}

/**
 * A number as a person types it: a decimal comma or point, `.` or spaces for thousands when a comma
 * is the decimal sign (1.234,5), a minus; null for anything else.
 */
export function parseDecimal(text: string): number | null {
  let s = text
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace('−', '-');
  if (!s) return null;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** The current observation (not superseded) of the indicator's own series for a period, if any. */
export function currentFor(
  observations: readonly Observation[],
  period: Period,
  series: Observation['series'] = 'actual',
): Observation | null {
  return (
    observations.find(
      (o) => o.series === series && o.supersededById === null && o.periodStart === period.start && o.periodEnd === period.end,
    ) ?? null
  );
}

/** Newest period first; within a period the newest recorded first, so a correction stands above what it corrected. */
export function newestFirst(observations: readonly Observation[]): Observation[] {
  return [...observations].sort(
    (a, b) =>
      b.periodEnd.localeCompare(a.periodEnd) || b.periodStart.localeCompare(a.periodStart) || b.recordedAt.localeCompare(a.recordedAt),
  );
}

/**
 * The graph with an indicator's latest value as it is after recording `o`, as the server will say
 * (the newest current observation of its own series): the map shows it before the graph is read again.
 */
export function graphWithRecorded(graph: PlanGraph, indicatorId: string, o: Observation): PlanGraph {
  if (o.series !== 'actual') return graph;
  let changed = false;
  const nodes = graph.nodes.map((n) => {
    if (n.kind !== 'indicator' || n.id !== indicatorId) return n;
    const latest = n.latest;
    const replaces =
      !latest ||
      latest.id === o.supersedesId ||
      o.periodEnd > latest.periodEnd ||
      (o.periodEnd === latest.periodEnd && o.recordedAt >= latest.recordedAt);
    if (!replaces) return n;
    changed = true;
    const next: LatestObservation = {
      id: o.id,
      series: o.series,
      periodStart: o.periodStart,
      periodEnd: o.periodEnd,
      value: o.value,
      narrative: o.narrative,
      judgement: o.judgement,
      recordedAt: o.recordedAt,
    };
    return { ...n, latest: next };
  });
  return changed ? { ...graph, nodes } : graph;
}
