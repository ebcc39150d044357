import { parsePeriodCode, periodCode, periodKind } from '@kompas/domain';
import { ApiError } from '../../common/api-error';
import { isUuid } from '../../common/id.pipe';
import { REPORT_LANGS, type ReportLang } from './report-model';

/** What a report is asked for: the period, the committees it is narrowed to (none: the whole plan) and the language. */
export type ReportQuery = { period: { code: string; start: string; end: string }; committeeIds: string[]; lang: ReportLang };

const PERIODS_OF_A_REPORT =
  'A report covers a year (2026), a half year (2026H1 or 2026H2), a quarter (2026K1 to 2026K4, also written 2026Q1 to 2026Q4) or a month (2026M01 to 2026M12).';

/** One value of a query parameter that may be given once at most. */
function single(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw ApiError.invalid(name, 'single_value', `${name} may be given once`);
  return value;
}

/**
 * Reads `period`, `committeeId` (repeatable) and `lang` of a report request.
 * The period defaults to the year of `today`; a period code that is not a
 * year, half year, quarter or month is refused naming `period`.
 */
export function readReportQuery(query: Record<string, unknown>, today: string): ReportQuery {
  const given = single('period', query['period']);
  let period: ReportQuery['period'];
  if (given === undefined) {
    const year = today.slice(0, 4);
    period = { code: year, start: `${year}-01-01`, end: `${year}-12-31` };
  } else {
    const parsed = parsePeriodCode(given);
    const kind = parsed ? periodKind(parsed.start, parsed.end) : null;
    if (!parsed || !kind || kind === 'day') throw ApiError.invalid('period', 'invalid_period', PERIODS_OF_A_REPORT);
    period = { code: periodCode(parsed.start, parsed.end) as string, ...parsed };
  }

  const raw = query['committeeId'];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const committeeIds: string[] = [];
  for (const id of list) {
    if (!isUuid(id)) throw ApiError.invalid('committeeId', 'is_uuid', 'committeeId must be the id of a committee of the plan');
    if (!committeeIds.includes(id.toLowerCase())) committeeIds.push(id.toLowerCase());
  }

  const lang = single('lang', query['lang']) ?? 'da';
  if (!(REPORT_LANGS as readonly string[]).includes(lang)) throw ApiError.invalid('lang', 'is_in', 'lang must be da or en');
  return { period, committeeIds, lang: lang as ReportLang };
}

/** Lower-case ASCII words joined by hyphens, for a file name: "Hedensted – sammen" → "hedensted-sammen". */
export function slugOf(text: string, max = 48): string {
  const ascii = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const cut = slug.length <= max ? slug : slug.slice(0, max).replace(/-[^-]*$/, '');
  return cut || 'plan';
}

/** The report's file name: `kompas-<plan>-<period>.<ext>` (and the committees' names when narrowed to one). */
export function reportFileName(planTitle: string, period: string, ext: 'pdf' | 'xlsx', committee?: string): string {
  return `kompas-${slugOf(planTitle)}${committee ? `-${slugOf(committee, 32)}` : ''}-${period.toLowerCase()}.${ext}`;
}
