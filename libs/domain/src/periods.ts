import { allowed, ERROR_CODES, refused, RuleResult } from './errors';
import type { Cadence } from './kinds';

/** Calendar dates are plain `YYYY-MM-DD` strings: no time, no time zone. */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the (proleptic) Gregorian calendar; by arithmetic, as a plan document checks hundreds of thousands of dates. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function ymd(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Year, month and day of a date already known to be `YYYY-MM-DD`. */
function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

export const PERIOD_KINDS = ['day', 'month', 'quarter', 'halfYear', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type Period = { start: string; end: string };

/**
 * The periods Kompas knows, in words: every refusal of a period says this, so
 * whoever gave another one is told exactly which ones work.
 */
export const PERIOD_CODES_ACCEPTED =
  'A period is a year (2026), a half year (2026H1 or 2026H2), a quarter (2026K1 to 2026K4, also written 2026Q1 to 2026Q4), a month (2026M01 to 2026M12) or a day (2026-03-31).';

/** What span a start and end date describe, or null if it is not a whole day, month, quarter, half year or year. */
export function periodKind(start: string, end: string): PeriodKind | null {
  if (!isCalendarDate(start) || !isCalendarDate(end)) return null;
  if (start === end) return 'day';
  const [sy, sm, sd] = parts(start);
  const [ey, em, ed] = parts(end);
  if (sy !== ey || sd !== 1 || ed !== daysInMonth(ey, em)) return null;
  if (sm === em) return 'month';
  if (sm === 1 && em === 12) return 'year';
  if ((sm - 1) % 3 === 0 && em === sm + 2) return 'quarter';
  if ((sm === 1 && em === 6) || (sm === 7 && em === 12)) return 'halfYear';
  return null;
}

export function checkPeriod(start: string, end: string): RuleResult<PeriodKind> {
  const kind = periodKind(start, end);
  if (kind) return allowed(kind);
  return refused(
    ERROR_CODES.invalidPeriod,
    `An observation describes one whole period, from its first to its last day. ${PERIOD_CODES_ACCEPTED}`,
    'periodEnd',
  );
}

/**
 * Statistics Denmark's period codes, as Danish municipalities write them
 * (PERIOD_CODES_ACCEPTED): `2026` (year), `2026H1` (half year), `2026K1` or
 * `2026Q1` (quarter), `2026M03` (month), or a plain date. Letters in either
 * case, spaces around ignored; null for anything else.
 */
export function parsePeriodCode(code: string): Period | null {
  const s = code.trim().toUpperCase();
  let m = /^(\d{4})$/.exec(s);
  if (m) return { start: ymd(+m[1], 1, 1), end: ymd(+m[1], 12, 31) };
  m = /^(\d{4})H([12])$/.exec(s);
  if (m) return m[2] === '1' ? { start: ymd(+m[1], 1, 1), end: ymd(+m[1], 6, 30) } : { start: ymd(+m[1], 7, 1), end: ymd(+m[1], 12, 31) };
  m = /^(\d{4})[KQ]([1-4])$/.exec(s);
  if (m) {
    const first = (+m[2] - 1) * 3 + 1;
    return { start: ymd(+m[1], first, 1), end: ymd(+m[1], first + 2, daysInMonth(+m[1], first + 2)) };
  }
  m = /^(\d{4})M(\d{2})$/.exec(s);
  if (m && +m[2] >= 1 && +m[2] <= 12) {
    return { start: ymd(+m[1], +m[2], 1), end: ymd(+m[1], +m[2], daysInMonth(+m[1], +m[2])) };
  }
  if (isCalendarDate(s)) return { start: s, end: s };
  return null;
}

/** The period code of a whole period (the inverse of parsePeriodCode). */
export function periodCode(start: string, end: string): string | null {
  const kind = periodKind(start, end);
  const [y, m] = parts(start);
  switch (kind) {
    case 'day':
      return start;
    case 'month':
      return `${pad(y, 4)}M${pad(m)}`;
    case 'quarter':
      return `${pad(y, 4)}K${(m - 1) / 3 + 1}`;
    case 'halfYear':
      return `${pad(y, 4)}H${m === 1 ? 1 : 2}`;
    case 'year':
      return pad(y, 4);
    default:
      return null;
  }
}

/** The kind of period each cadence counts in. */
export const CADENCE_PERIOD_KIND = {
  monthly: 'month',
  quarterly: 'quarter',
  halfYearly: 'halfYear',
  yearly: 'year',
} as const satisfies Record<Cadence, PeriodKind>;

/** How many months a period of a cadence spans. */
const CADENCE_MONTHS: Record<Cadence, number> = { monthly: 1, quarterly: 3, halfYearly: 6, yearly: 12 };

/** The calendar-aligned period of a cadence that holds a date (`YYYY-MM-DD`): its month, quarter, half year or year. */
export function cadencePeriodOf(cadence: Cadence, date: string): Period {
  const [y, m] = parts(date);
  const months = CADENCE_MONTHS[cadence];
  const first = Math.floor((m - 1) / months) * months + 1;
  const last = first + months - 1;
  return { start: ymd(y, first, 1), end: ymd(y, last, daysInMonth(y, last)) };
}

/** The date a number of days after (or, negative, before) a date; calendar days, so no clock change can shift it. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d + days);
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Start must not come after end (both optional). */
export function checkDateOrder(start: string | null | undefined, end: string | null | undefined, endField = 'endDate'): RuleResult<true> {
  if (start && end && end < start) {
    return refused(ERROR_CODES.dateOrder, 'The end date comes before the start date.', endField);
  }
  return allowed(true);
}
