import { allowed, ERROR_CODES, FieldError, refused, RuleResult } from './errors';
import type { ObservationSeries } from './indicator-model';

/**
 * What the rules of observations need to know of one: its indicator and
 * series (the indicator's own, `actual`, or its reference series; left out:
 * `actual`), its period and the observation it corrects.
 *
 * An observation is current when no other observation corrects it
 * (supersedes it). Each period of an indicator's series has at most one
 * current observation: a second reading of the same period is a correction
 * of the first, never a second observation beside it.
 */
export type ObservationLink = {
  id: string;
  indicatorId: string;
  series?: ObservationSeries;
  periodStart: string;
  periodEnd: string;
  supersedesId: string | null;
};

type Reading = Pick<ObservationLink, 'indicatorId' | 'series' | 'periodStart' | 'periodEnd'>;

const seriesOf = (o: Reading): ObservationSeries => o.series ?? 'actual';

const samePeriod = (a: Reading, b: Reading) =>
  a.indicatorId === b.indicatorId && seriesOf(a) === seriesOf(b) && a.periodStart === b.periodStart && a.periodEnd === b.periodEnd;

/** What one current observation per period is counted by: the indicator, the series and the period. */
const periodKey = (o: Reading) => `${o.indicatorId}\n${seriesOf(o)}\n${o.periodStart}\n${o.periodEnd}`;

/** The observations no other observation of the list corrects. */
export function currentObservations<T extends ObservationLink>(observations: readonly T[]): T[] {
  const corrected = new Set(observations.map((o) => o.supersedesId).filter((id): id is string => id !== null));
  return observations.filter((o) => !corrected.has(o.id));
}

/**
 * The current observation of the same indicator and period that a new
 * observation would stand beside, or null when the period is free. The route
 * answers 409 `observation_exists` with its id: correct it instead.
 */
export function observationConflict<T extends ObservationLink>(existing: readonly T[], incoming: Reading): T | null {
  return currentObservations(existing).find((o) => samePeriod(o, incoming)) ?? null;
}

/** The words of a refused second observation of a period, naming the one to correct. */
export function observationExistsMessage(existingId: string): string {
  return `This indicator already has an observation for this period (${existingId}); correct that one instead.`;
}

/**
 * A correction keeps the indicator, the series and the period of the
 * observation it corrects. Refused with `correction_mismatch`, naming the
 * first field that differs.
 */
export function checkCorrection(corrected: Reading, correction: Reading): RuleResult<true> {
  if (correction.indicatorId !== corrected.indicatorId) {
    return refused(ERROR_CODES.correctionMismatch, 'A correction is of the same indicator as the observation it corrects.', 'indicatorId');
  }
  if (seriesOf(correction) !== seriesOf(corrected)) {
    return refused(
      ERROR_CODES.correctionMismatch,
      `A correction is of the same series as the observation it corrects (${seriesOf(corrected)}).`,
      'series',
    );
  }
  for (const field of ['periodStart', 'periodEnd'] as const) {
    if (correction[field] !== corrected[field]) {
      return refused(
        ERROR_CODES.correctionMismatch,
        `A correction is for the same period as the observation it corrects (${corrected.periodStart} to ${corrected.periodEnd}).`,
        field,
      );
    }
  }
  return allowed(true);
}

/**
 * The ids of the observations that, following what each corrects, come back
 * to themselves (an observation correcting itself included).
 */
function inCycles(observations: readonly ObservationLink[]): Set<string> {
  // Only corrections can be on a cycle: the walk starts from them alone (most observations correct nothing).
  const corrections = observations.filter((o) => o.supersedesId !== null);
  const corrects = new Map(corrections.map((o) => [o.id, o.supersedesId]));
  const state = new Map<string, 'walking' | 'done'>();
  const cyclic = new Set<string>();
  for (const start of corrections) {
    const path: string[] = [];
    let id: string | null = start.id;
    while (id !== null && corrects.has(id) && !state.has(id)) {
      state.set(id, 'walking');
      path.push(id);
      id = corrects.get(id) ?? null;
    }
    if (id !== null && state.get(id) === 'walking') {
      // The walk came back to a step of its own: from there on, the path is a cycle.
      for (const step of path.slice(path.indexOf(id))) cyclic.add(step);
    }
    for (const step of path) state.set(step, 'done');
  }
  return cyclic;
}

/**
 * The rules of observations over a whole list (a plan document's), each
 * problem naming its field as `observations.{index}.{field}`: an observation
 * is corrected at most once (`already_superseded`), a correction keeps the
 * indicator and period of what it corrects (`correction_mismatch`), no chain
 * of corrections comes back to itself (`correction_cycle`), and a period of
 * an indicator has at most one current observation (`observation_exists`,
 * on each one after the first). A correction of an id not in the list is
 * left to the check of references, and a refused correction is not counted
 * again as a second observation of its period.
 */
export function observationProblems(observations: readonly ObservationLink[]): FieldError[] {
  const problems: FieldError[] = [];
  // A correction already refused, or of an id outside the list, is not counted again as a second observation of its period.
  const refusedAt = new Set<number>();
  const at = (i: number, field: string, code: string, message: string) => {
    refusedAt.add(i);
    problems.push({ field: `observations.${i}.${field}`, code, message });
  };
  const byId = new Map(observations.map((o) => [o.id, o]));
  const correctedBy = new Map<string, string>();
  const cyclic = inCycles(observations);
  observations.forEach((o, i) => {
    if (o.supersedesId === null) return;
    if (cyclic.has(o.id)) {
      at(i, 'supersedesId', ERROR_CODES.correctionCycle, 'corrections may not come back to the observation they start from');
    }
    const earlier = correctedBy.get(o.supersedesId);
    if (earlier !== undefined) {
      at(i, 'supersedesId', ERROR_CODES.alreadySuperseded, `another observation ("${earlier}") already corrects that one`);
    } else correctedBy.set(o.supersedesId, o.id);
    const corrected = byId.get(o.supersedesId);
    if (corrected && corrected !== o) {
      const same = checkCorrection(corrected, o);
      if (!same.ok) at(i, same.field ?? 'supersedesId', same.code, same.message);
    }
  });
  const firstOfPeriod = new Map<string, string>();
  observations.forEach((o, i) => {
    if (correctedBy.has(o.id) || refusedAt.has(i) || (o.supersedesId !== null && !byId.has(o.supersedesId))) return;
    const key = periodKey(o);
    const first = firstOfPeriod.get(key);
    if (first === undefined) firstOfPeriod.set(key, o.id);
    else {
      at(
        i,
        'periodStart',
        ERROR_CODES.observationExists,
        `observation "${first}" is already the current one of this indicator's series for this period: make this one its correction (supersedesId)`,
      );
    }
  });
  return problems;
}

/**
 * The current observations that share an indicator and a period with another
 * current one, in groups of those that share it, each group in the order of
 * the list: what was recorded before the rule of one current observation per
 * period, kept as it was.
 */
export function duplicateObservations<T extends ObservationLink>(observations: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const o of currentObservations(observations)) {
    const key = periodKey(o);
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
