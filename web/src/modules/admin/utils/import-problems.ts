import type { FieldError } from '@kompas/domain';

/** Where in a plan document a problem is: the list and row (`committees`, 3rd) and the field within it. */
export type ProblemPlace = { collection: string | null; index: number | null; field: string | null };

/** Reads a problem's dotted path (`committees.2.name`, `plan.periodEnd`, `links.4`, `aimingPoints`, `format`, ''), knowing the document's lists. */
export function placeOfProblem(path: string, lists: readonly string[] = []): ProblemPlace {
  const parts = path ? path.split('.') : [];
  if (!parts.length) return { collection: null, index: null, field: null };
  // A whole list missing or of the wrong kind (`aimingPoints`): the list itself.
  if (parts.length === 1 && lists.includes(parts[0])) return { collection: parts[0], index: null, field: null };
  const [first, second, ...rest] = parts;
  if (second !== undefined && /^\d+$/.test(second)) {
    return { collection: first, index: Number(second), field: rest.length ? rest.join('.') : null };
  }
  if (first === 'plan') return { collection: 'plan', index: null, field: [second, ...rest].filter(Boolean).join('.') || null };
  return { collection: null, index: null, field: parts.join('.') };
}

export type ProblemGroup = { collection: string | null; problems: (FieldError & { place: ProblemPlace })[] };

/** The problems in the document's own order (plan, aiming points, committees …), grouped by the list they are in. */
export function groupProblems(problems: readonly FieldError[], order: readonly string[]): ProblemGroup[] {
  const rank = (c: string | null) => (c === null ? -1 : order.indexOf(c) === -1 ? order.length : order.indexOf(c));
  const groups = new Map<string | null, ProblemGroup>();
  for (const p of problems) {
    const place = placeOfProblem(p.field, order);
    const group = groups.get(place.collection) ?? { collection: place.collection, problems: [] };
    group.problems.push({ ...p, place });
    groups.set(place.collection, group);
  }
  return [...groups.values()]
    .sort((a, b) => rank(a.collection) - rank(b.collection))
    .map((g) => ({ ...g, problems: g.problems.sort((a, b) => (a.place.index ?? -1) - (b.place.index ?? -1)) }));
}
