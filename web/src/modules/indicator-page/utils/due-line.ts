import type { Freshness } from '@kompas/domain';

/** A sign beside the word, so that the state is not told by colour alone. */
export const FRESHNESS_SIGN: Record<Freshness['state'], string> = {
  overdue: '!',
  due: '◷',
  fresh: '✓',
  notYetDue: '…',
  neverDue: '–',
};

/**
 * The due line's text key and values: what value is owed next and by when, or why none is.
 * `period` is the owed period in words, `date` its due date in words.
 */
export function dueLine(
  freshness: Freshness,
  words: { period: (start: string, end: string) => string; date: (date: string) => string },
): { key: string; values: Record<string, string> } {
  if (freshness.state === 'neverDue' || !freshness.next) {
    return { key: `indicatorPage.due.never.${freshness.why ?? 'planNotAdopted'}`, values: {} };
  }
  const { period, dueDate } = freshness.next;
  const values = { period: words.period(period.start, period.end), date: words.date(dueDate) };
  if (freshness.state === 'overdue') return { key: 'indicatorPage.due.overdue', values };
  if (freshness.state === 'due') return { key: 'indicatorPage.due.due', values };
  return { key: 'indicatorPage.due.next', values };
}
