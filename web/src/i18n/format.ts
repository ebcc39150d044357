/** Dates and numbers in the chosen language: 27. nov. 2026 and 1.234,5 in Danish. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'da-DK';
}

// Formatters are costly to create and a big map shows thousands of values: one of each per language.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f as T;
}

export function formatDate(date: string | null, language: string): string {
  if (!date) return '';
  const d = new Date(`${date.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  const locale = localeOf(language);
  return formatter(
    `date:${locale}`,
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  ).format(d);
}

export function formatNumber(value: number | null, language: string): string {
  if (value === null) return '';
  const locale = localeOf(language);
  return formatter(`number:${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(value);
}

/** "for 3 måneder siden" / "3 months ago", in the largest whole unit. */
export function formatAge(days: number, language: string): string {
  const locale = localeOf(language);
  const rtf = formatter(`age:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  if (Math.abs(days) < 31) return rtf.format(-days, 'day');
  if (Math.abs(days) < 365) return rtf.format(-Math.round(days / 30.4), 'month');
  return rtf.format(-Math.round(days / 365), 'year');
}

export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A date and time of day: 27. nov. 2026 10:41 (in the browser's time zone). */
export function formatDateTime(iso: string, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const locale = localeOf(language);
  const date = formatter(`datetime:${locale}`, () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.format(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A wait in words: "45 sekunder", "2 minutter" (whole minutes from a minute on, rounded up). */
export function formatDuration(seconds: number, language: string): string {
  const locale = localeOf(language);
  const minutes = seconds >= 60;
  const unit = minutes ? 'minute' : 'second';
  const f = formatter(`duration:${unit}:${locale}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }));
  return f.format(minutes ? Math.ceil(seconds / 60) : Math.max(1, Math.round(seconds)));
}
