import { FieldError } from './errors';

/**
 * The rules of observations over a plan document's list of them, for the
 * document check. The same rules hold on the observation routes; when the
 * domain's own module of observation rules (observations.ts) provides
 * `observationProblems`, the document check uses that one and this file goes.
 *
 * Each problem names its field as `observations.{index}.{field}`, the index
 * being the position in the list given:
 * - an observation is corrected at most once (`already_superseded`);
 * - a correction keeps the indicator and the period of the observation it
 *   corrects (`correction_mismatch`);
 * - no chain of corrections comes back to where it started, an observation
 *   correcting itself included (`correction_cycle`);
 * - a period of an indicator has at most one current (uncorrected)
 *   observation (`observation_exists`, on each one after the first).
 * A correction of an id not in the list is left to the check of references.
 */
export type ObservationLink = { id: string; indicatorId: string; periodStart: string; periodEnd: string; supersedesId: string | null };

export function observationProblems(observations: readonly ObservationLink[]): FieldError[] {
  const problems: FieldError[] = [];
  const refusedAt = new Set<number>();
  const at = (i: number, field: string, code: string, message: string) => {
    refusedAt.add(i);
    problems.push({ field: `observations.${i}.${field}`, code, message });
  };
  // Only corrections and what they correct are looked up: most observations are neither.
  const targets = new Set<string>();
  for (const o of observations) if (o.supersedesId !== null) targets.add(o.supersedesId);
  const byId = new Map<string, ObservationLink>();
  for (const o of observations) if (targets.has(o.id)) byId.set(o.id, o);
  const correctedBy = new Map<string, string>();
  const cyclic = correctionCycles(observations);

  observations.forEach((o, i) => {
    if (o.supersedesId === null) return;
    if (cyclic.has(o.id)) at(i, 'supersedesId', 'correction_cycle', 'corrections may not come back to the observation they start from');
    const earlier = correctedBy.get(o.supersedesId);
    if (earlier !== undefined) at(i, 'supersedesId', 'already_superseded', `another observation ("${earlier}") already corrects that one`);
    else correctedBy.set(o.supersedesId, o.id);
    const corrected = byId.get(o.supersedesId);
    if (!corrected || corrected === o) return;
    if (corrected.indicatorId !== o.indicatorId) {
      at(i, 'indicatorId', 'correction_mismatch', 'a correction is of the same indicator as the observation it corrects');
    } else if (corrected.periodStart !== o.periodStart || corrected.periodEnd !== o.periodEnd) {
      at(
        i,
        corrected.periodStart !== o.periodStart ? 'periodStart' : 'periodEnd',
        'correction_mismatch',
        `a correction is for the same period as the observation it corrects (${corrected.periodStart} to ${corrected.periodEnd})`,
      );
    }
  });

  const firstOfPeriod = new Map<string, string>();
  observations.forEach((o, i) => {
    // Corrected ones are not current; a refused correction, or one of an id outside the list, is not counted twice.
    if (correctedBy.has(o.id) || refusedAt.has(i) || (o.supersedesId !== null && !byId.has(o.supersedesId))) return;
    const period = `${o.indicatorId}\n${o.periodStart}\n${o.periodEnd}`;
    const first = firstOfPeriod.get(period);
    if (first === undefined) firstOfPeriod.set(period, o.id);
    else {
      at(
        i,
        'periodStart',
        'observation_exists',
        `observation "${first}" is already the current one of this indicator for this period: make this one its correction (supersedesId)`,
      );
    }
  });
  return problems;
}

/** The ids of observations whose chain of corrections comes back to itself. */
function correctionCycles(observations: readonly ObservationLink[]): Set<string> {
  // A cycle runs through corrections only.
  const corrects = new Map<string, string>();
  for (const o of observations) if (o.supersedesId !== null) corrects.set(o.id, o.supersedesId);
  const seen = new Map<string, 'walking' | 'done'>();
  const cyclic = new Set<string>();
  for (const start of corrects.keys()) {
    const path: string[] = [];
    let id: string | null = start;
    while (id !== null && corrects.has(id) && !seen.has(id)) {
      seen.set(id, 'walking');
      path.push(id);
      id = corrects.get(id) ?? null;
    }
    if (id !== null && seen.get(id) === 'walking') for (const step of path.slice(path.indexOf(id))) cyclic.add(step);
    for (const step of path) seen.set(step, 'done');
  }
  return cyclic;
}
