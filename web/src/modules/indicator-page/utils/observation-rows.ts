import type { Observation } from '../types';

/**
 * Observations as the table lists them: newest period first (of periods ending the same day, the
 * shorter first); within a period the current one above the ones it corrected, newest recorded first.
 */
export function newestFirst(observations: readonly Observation[]): Observation[] {
  const corrected = new Set(observations.flatMap((o) => (o.supersedesId ? [o.supersedesId] : [])));
  const replaced = (o: Observation) => (corrected.has(o.id) || o.supersededById ? 1 : 0);
  return [...observations].sort(
    (a, b) =>
      b.periodEnd.localeCompare(a.periodEnd) ||
      b.periodStart.localeCompare(a.periodStart) ||
      a.series.localeCompare(b.series) ||
      replaced(a) - replaced(b) ||
      b.recordedAt.localeCompare(a.recordedAt),
  );
}

/** A qualitative indicator's narratives, newest period first, the corrected ones left out. */
export function narratives(observations: readonly Observation[]): Observation[] {
  const corrected = new Set(observations.map((o) => o.supersedesId).filter(Boolean));
  return newestFirst(observations.filter((o) => !corrected.has(o.id) && !o.supersededById && (o.narrative || o.value !== null)));
}
