import { periodKind } from '@kompas/domain';
import { formatDate, formatNumber, localeOf } from '../../../i18n/format';

const monthFormats = new Map<string, Intl.DateTimeFormat>();
function monthYear(date: string, language: string): string {
  const locale = localeOf(language);
  let f = monthFormats.get(locale);
  if (!f) monthFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })));
  return f.format(new Date(`${date}T12:00:00Z`));
}

/**
 * A period in words, as people in a municipality say it: "2026", "1. halvår 2026", "1. kvt. 2026",
 * "jan. 2026", "27. nov. 2026" in Danish; "2026", "H1 2026", "Q1 2026", "Jan 2026", "27 Nov 2026" in
 * English. A span that is none of these: its first and last day.
 */
export function formatPeriod(start: string, end: string, language: string): string {
  const year = start.slice(0, 4);
  const month = +start.slice(5, 7);
  const en = language === 'en';
  switch (periodKind(start, end)) {
    case 'year':
      return year;
    case 'halfYear':
      return en ? `H${month === 1 ? 1 : 2} ${year}` : `${month === 1 ? 1 : 2}. halvår ${year}`;
    case 'quarter': {
      const q = (month - 1) / 3 + 1;
      return en ? `Q${q} ${year}` : `${q}. kvt. ${year}`;
    }
    case 'month':
      return monthYear(start, language);
    case 'day':
      return formatDate(start, language);
    default:
      return `${formatDate(start, language)} – ${formatDate(end, language)}`;
  }
}

/** A value with its unit, in the chosen locale: "1.234,5 personer". */
export function formatValue(value: number | null, unit: string | null, language: string): string {
  if (value === null) return '';
  const text = formatNumber(value, language);
  if (!unit) return text;
  return unit === '%' ? `${text} %` : `${text} ${unit}`;
}
