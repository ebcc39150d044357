import { allowed, ERROR_CODES, refused, RuleResult } from './errors';

/**
 * A committee ranks its focus areas 1, 2, 3 … with no gaps and no ties. These
 * functions work on the ordered list of ids (position 0 is rank 1); the API
 * writes the resulting ranks in one transaction.
 */

function rankRange(rank: number, max: number): RuleResult<number> {
  if (!Number.isInteger(rank) || rank < 1 || rank > max) {
    return refused(ERROR_CODES.rankOutOfRange, `Priority must be a whole number from 1 to ${max}.`, 'rank');
  }
  return allowed(rank);
}

/** Insert `id` at `rank` (default: last), moving the ones at and below it down one. */
export function insertAtRank(order: readonly string[], id: string, rank?: number): RuleResult<string[]> {
  const at = rank ?? order.length + 1;
  const range = rankRange(at, order.length + 1);
  if (!range.ok) return range;
  const next = order.filter((x) => x !== id);
  next.splice(at - 1, 0, id);
  return allowed(next);
}

/** Move `id`, already in the order, to `rank`; the others close up around it. */
export function moveToRank(order: readonly string[], id: string, rank: number): RuleResult<string[]> {
  if (!order.includes(id)) {
    return refused(ERROR_CODES.notFound, 'That focus area is not ranked by this committee.', 'id');
  }
  const range = rankRange(rank, order.length);
  if (!range.ok) return range;
  const next = order.filter((x) => x !== id);
  next.splice(rank - 1, 0, id);
  return allowed(next);
}

export function removeFromOrder(order: readonly string[], id: string): string[] {
  return order.filter((x) => x !== id);
}

/** A proposed full order must name every current id exactly once, and nothing else. */
export function checkNewOrder(current: readonly string[], proposed: readonly string[]): RuleResult<string[]> {
  const seen = new Set<string>();
  for (const id of proposed) {
    if (seen.has(id)) {
      return refused(ERROR_CODES.orderNotPermutation, `The order names ${id} twice.`, 'focusAreaIds');
    }
    seen.add(id);
  }
  const missing = current.filter((id) => !seen.has(id));
  const extra = proposed.filter((id) => !current.includes(id));
  if (missing.length || extra.length) {
    const parts = [
      missing.length ? `missing: ${missing.join(', ')}` : '',
      extra.length ? `not this committee's: ${extra.join(', ')}` : '',
    ].filter(Boolean);
    return refused(
      ERROR_CODES.orderNotPermutation,
      `The order must list each of the committee's ${current.length} focus areas exactly once (${parts.join('; ')}).`,
      'focusAreaIds',
    );
  }
  return allowed([...proposed]);
}

/** Rank of each id in an order (1-based). */
export function ranksOf(order: readonly string[]): Map<string, number> {
  return new Map(order.map((id, i) => [id, i + 1]));
}

/** True when the ranks are exactly 1..n in some order. */
export function isGapFree(ranks: readonly number[]): boolean {
  const sorted = [...ranks].sort((a, b) => a - b);
  return sorted.every((r, i) => r === i + 1);
}
