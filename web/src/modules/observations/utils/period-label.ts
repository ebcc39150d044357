import { formatDate } from '../../../i18n/format';

/**
 * A period code as the reader writes it: Danish statistics' `2026K1` for a quarter, `2026Q1` in
 * English; a single day as a date in the chosen language.
 */
export function periodLabel(code: string, language: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(code)) return formatDate(code, language);
  return language === 'en' ? code.replace(/^(\d{4})K([1-4])$/, '$1Q$2') : code;
}
