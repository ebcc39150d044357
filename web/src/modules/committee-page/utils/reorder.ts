import type { FocusAreaRankChange } from '../../assessments/types';

/** The order with the item at `from` moved to `to` (both 0-based); the others close up around it. */
export function moveTo<T>(order: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || from >= order.length || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/**
 * The rank changes a new order makes, as an adjustment carries them: one per focus area whose rank
 * changes, with the version it was read at, in the new order.
 */
export function rankChanges(
  current: readonly { id: string; rank: number; version: number }[],
  order: readonly string[],
): FocusAreaRankChange[] {
  const byId = new Map(current.map((f) => [f.id, f]));
  return order.flatMap((id, index) => {
    const focusArea = byId.get(id);
    return focusArea && focusArea.rank !== index + 1
      ? [{ kind: 'focusAreaRank' as const, id, version: focusArea.version, rank: index + 1 }]
      : [];
  });
}
