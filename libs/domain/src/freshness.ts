/**
 * Whether an indicator's data is due: one rule for the map, the indicator
 * page, the "Til opfølgning" list and the reminders.
 *
 * Days are Copenhagen's: an instant (when the indicator was created, now) is
 * the date it was in Europe/Copenhagen. An indicator's periods are the
 * calendar-aligned periods of its cadence (months, quarters, half years,
 * years). Only periods that began on or after the later of the indicator's
 * creation and the plan's `periodStart` count — nobody owes a value for a
 * period that had begun before the indicator or the plan existed — and of
 * those only the latest one that has ended (its last day is before today).
 *
 * - no counted period has ended yet: `notYetDue`;
 * - the period has a current observation of the indicator's own series inside
 *   it (its whole period within the period: a month's value for a quarterly
 *   indicator counts, a year's does not): `fresh`;
 * - else its value is due `graceDays` (default DEFAULT_GRACE_DAYS) after the
 *   period's last day: `due` up to and including that day, `overdue` after it.
 *
 * Indicators of plans that are not adopted, of stopped or completed actions
 * and of retired focus areas are `neverDue`.
 */
import { DEFAULT_GRACE_DAYS, MeasuredKind, ObservationSeries } from './indicator-model';
import type { ActionStatus, Cadence, FocusAreaStatus, PlanStatus } from './kinds';
import { addDays, cadencePeriodOf, isCalendarDate, Period, periodCode } from './periods';

export const FRESHNESS_STATES = ['neverDue', 'notYetDue', 'fresh', 'due', 'overdue'] as const;
export type FreshnessState = (typeof FRESHNESS_STATES)[number];

/** Why an indicator is never due. */
export type NeverDueReason = 'planNotAdopted' | 'actionStopped' | 'actionCompleted' | 'focusAreaRetired';

/** What freshness needs to know of an indicator. `createdAt` is an instant (a `Date` or an ISO time) or a Copenhagen date. */
export type FreshnessIndicator = { cadence: Cadence; createdAt: Date | string; graceDays?: number | null };

/** Where the indicator sits: its plan, and the node it measures with that node's status. */
export type FreshnessContext = {
  plan: { status: PlanStatus; periodStart: string };
  measures:
    | { kind: Extract<MeasuredKind, 'action'>; status: ActionStatus }
    | { kind: Extract<MeasuredKind, 'focusArea'>; status: FocusAreaStatus }
    | { kind: Extract<MeasuredKind, 'vision' | 'aimingPoint'> };
};

/** An observation as freshness reads it: its period and series (left out: `actual`). Pass the current ones. */
export type DatedObservation = { periodStart: string; periodEnd: string; series?: ObservationSeries };

/** A period with its code (`2026K1`). */
export type CodedPeriod = Period & { code: string };

/**
 * An indicator's freshness:
 * - `period`, `dueDate`: the period in question and the day its value is due
 *   by (its last day plus the grace) — for `fresh`, `due` and `overdue` the
 *   latest ended period, for `notYetDue` the first period that will count;
 *   null when `neverDue`;
 * - `next`: the next value still to come and its due date — the period in
 *   question unless it is `fresh`, then the period after it; null when `neverDue`;
 * - `why`: the reason it is `neverDue`, else null.
 */
export type Freshness = {
  state: FreshnessState;
  period: CodedPeriod | null;
  dueDate: string | null;
  next: { period: CodedPeriod; dueDate: string } | null;
  why: NeverDueReason | null;
};

let copenhagen: Intl.DateTimeFormat | undefined;

/** The date an instant was in Copenhagen (`YYYY-MM-DD`), summer time or not. */
export function copenhagenDate(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('copenhagenDate needs a valid instant');
  copenhagen ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = copenhagen.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** A date as it is (`2026-03-31`), or an instant (a `Date` or an ISO time) as its Copenhagen date. */
function localDate(when: Date | string): string {
  if (typeof when === 'string' && isCalendarDate(when)) return when;
  return copenhagenDate(typeof when === 'string' ? new Date(when) : when);
}

function neverDueReason(context: FreshnessContext): NeverDueReason | null {
  if (context.plan.status !== 'adopted') return 'planNotAdopted';
  const m = context.measures;
  if (m.kind === 'action' && m.status === 'stopped') return 'actionStopped';
  if (m.kind === 'action' && m.status === 'completed') return 'actionCompleted';
  if (m.kind === 'focusArea' && m.status === 'retired') return 'focusAreaRetired';
  return null;
}

const coded = (p: Period): CodedPeriod => ({ ...p, code: periodCode(p.start, p.end) ?? `${p.start}/${p.end}` });

/** The first period of a cadence that begins on or after a date. */
function firstPeriodFrom(cadence: Cadence, date: string): Period {
  const holding = cadencePeriodOf(cadence, date);
  return holding.start === date ? holding : cadencePeriodOf(cadence, addDays(holding.end, 1));
}

/** Whether an indicator's data is due on a day (`today`: an instant, or a Copenhagen date), by the rule above. */
export function freshnessOf(
  indicator: FreshnessIndicator,
  context: FreshnessContext,
  observations: readonly DatedObservation[],
  today: Date | string,
): Freshness {
  const why = neverDueReason(context);
  if (why) return { state: 'neverDue', period: null, dueDate: null, next: null, why };
  const grace = indicator.graceDays ?? DEFAULT_GRACE_DAYS;
  const day = localDate(today);
  const created = localDate(indicator.createdAt);
  const from = created > context.plan.periodStart ? created : context.plan.periodStart;
  const first = firstPeriodFrom(indicator.cadence, from);
  const latestEnded = cadencePeriodOf(indicator.cadence, addDays(cadencePeriodOf(indicator.cadence, day).start, -1));
  const withDue = (p: Period) => ({ period: coded(p), dueDate: addDays(p.end, grace) });

  if (latestEnded.start < first.start) {
    const { period, dueDate } = withDue(first);
    return { state: 'notYetDue', period, dueDate, next: { period, dueDate }, why: null };
  }
  const { period, dueDate } = withDue(latestEnded);
  const recorded = observations.some(
    (o) => (o.series ?? 'actual') === 'actual' && o.periodStart >= latestEnded.start && o.periodEnd <= latestEnded.end,
  );
  if (recorded) {
    return { state: 'fresh', period, dueDate, next: withDue(cadencePeriodOf(indicator.cadence, addDays(latestEnded.end, 1))), why: null };
  }
  return { state: day <= dueDate ? 'due' : 'overdue', period, dueDate, next: { period, dueDate }, why: null };
}

/**
 * Whether a node's data is old: the worst freshness among its indicators
 * (`overdue` before `due`), or null when none is due, with how many are due
 * and overdue.
 */
export function oldData(freshness: readonly Pick<Freshness, 'state'>[]): { state: 'due' | 'overdue' | null; due: number; overdue: number } {
  const due = freshness.filter((f) => f.state === 'due').length;
  const overdue = freshness.filter((f) => f.state === 'overdue').length;
  return { state: overdue ? 'overdue' : due ? 'due' : null, due, overdue };
}
