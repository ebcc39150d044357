/** The diff page's two sides, as its address carries them: a revision id, a date `YYYY-MM-DD` or `now`. */
export type DiffSearch = { from?: string; to?: string };

/**
 * Each side as the address gives it (trimmed, at most 64 characters); whether it is a revision, a date
 * or `now` is the API's to say, and the page words its refusal.
 */
export function validateDiffSearch(raw: Record<string, unknown>): DiffSearch {
  const side = (v: unknown) => {
    const text = typeof v === 'string' ? v.trim() : '';
    return text && text.length <= 64 ? text : undefined;
  };
  return { from: side(raw['from']), to: side(raw['to']) };
}

/**
 * What to ask the graph route for a side's plan (`asOf=…` or `revision=…`), or null for now. A side that
 * is none of the three is asked as a revision, for the API to refuse.
 */
export function graphQueryOf(side: string): string | null {
  if (side === 'now') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(side)) return `asOf=${side}`;
  return `revision=${encodeURIComponent(side)}`;
}
