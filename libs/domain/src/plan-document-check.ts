import type { core, z } from 'zod';
import { FieldError } from './errors';
import { checkIndicatorShape, checkObservationShape, indicatorProblems } from './indicators';
import { LinkKind } from './kinds';
import { LINK_ENDS } from './links';
import { PERIOD_CODES_ACCEPTED, periodKind } from './periods';
import { observationProblems } from './observations';
import { isGapFree } from './ranking';
import { isOwnAncestor } from './units';
import {
  PLAN_DOCUMENT_COLLECTIONS as COLLECTIONS,
  PLAN_DOCUMENT_FORMAT,
  PLAN_DOCUMENT_VERSIONS,
  PlanDocument,
  PlanDocumentCollection as Collection,
  planDocumentSchema,
  PlanDocumentV1,
  planDocumentV1Schema,
  upgradePlanDocument,
} from './plan-document';

/** Largest number of problems reported for one document: enough to fix, not a flood. */
export const MAX_DOCUMENT_ERRORS = 50;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Collector {
  readonly errors: FieldError[] = [];
  add(field: string, code: string, message: string) {
    if (this.errors.length < MAX_DOCUMENT_ERRORS) this.errors.push({ field, code, message });
  }
  get full() {
    return this.errors.length >= MAX_DOCUMENT_ERRORS;
  }
}

const TYPE_CODES: Record<string, [code: string, message: string]> = {
  string: ['is_string', 'must be a string'],
  number: ['is_number', 'must be a number'],
  int: ['is_int', 'must be a whole number'],
  boolean: ['is_boolean', 'must be true or false'],
  array: ['is_array', 'must be an array'],
  object: ['is_object', 'must be an object'],
};

/** Whether the document has a value at a path at all (a key left out is "required", not of a wrong type). */
function isPresent(doc: unknown, path: readonly PropertyKey[]): boolean {
  let value: unknown = doc;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return false;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return true;
}

/** One of zod's issues in the API's terms: the field as a dotted path, and the code the routes give the same problem. */
function toFieldErrors(issue: core.$ZodIssue, doc: unknown, at: readonly PropertyKey[]): FieldError[] {
  const path = [...at, ...issue.path];
  const field = path.map(String).join('.');
  if (issue.code !== 'unrecognized_keys' && !isPresent(doc, path)) return [{ field, code: 'required', message: 'is missing' }];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({
        field: field ? `${field}.${k}` : k,
        code: 'unknown_field',
        message: 'is not part of the plan format',
      }));
    case 'invalid_type': {
      const [code, message] = TYPE_CODES[issue.expected] ?? [`is_${issue.expected}`, `must be of type ${issue.expected}`];
      return [{ field, code, message }];
    }
    case 'invalid_value':
      return [{ field, code: 'is_in', message: `must be one of: ${issue.values.map(String).join(', ')}` }];
    case 'too_big':
      if (issue.origin === 'string') return [{ field, code: 'max_length', message: `must be at most ${issue.maximum} characters` }];
      if (issue.origin === 'array') return [{ field, code: 'array_max_size', message: `must have at most ${issue.maximum} items` }];
      return [{ field, code: 'max', message: `must be at most ${issue.maximum}` }];
    case 'too_small':
      if (issue.origin === 'string') return [{ field, code: 'min_length', message: 'must not be empty' }];
      if (issue.origin === 'array') return [{ field, code: 'array_min_size', message: `must have at least ${issue.minimum} items` }];
      return [{ field, code: 'min', message: `must be at least ${issue.minimum}` }];
    case 'custom': {
      const code = (issue.params as { code?: string } | undefined)?.code ?? 'invalid';
      return [{ field, code, message: issue.message }];
    }
    case 'invalid_union': {
      // One of several forms (a target entry): the problems of the form it comes closest to.
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      if (!closest?.length) return [{ field, code: 'invalid', message: issue.message }];
      return closest.flatMap((inner) => toFieldErrors(inner, doc, path));
    }
    default:
      return [{ field, code: 'invalid', message: issue.message }];
  }
}

/**
 * Checks a plan document completely before anything is written, and reports
 * every kind of problem in one answer: the shape of every field (the schema in
 * plan-document.ts, with the API routes' limits and codes), then — on every
 * row whose own shape is right — the references between rows and the rules
 * the routes apply (dates in order, ranks, link ends, indicator and
 * observation shapes, target paths, corrections). Returns the problems (at
 * most MAX_DOCUMENT_ERRORS), each naming its field as a path such as
 * `actions.3.unitId`; an empty list means the document can be imported.
 * A version 1 document is checked as version 1 and its rules as what it
 * becomes in version 2, its problems named by its own fields.
 */
export function checkPlanDocument(doc: unknown): FieldError[] {
  return readPlanDocument(doc).problems;
}

/**
 * Checks a plan document (`checkPlanDocument`) and, when it has no problem,
 * gives it as version 2 (a version 1 document converted by `upgradePlanDocument`).
 */
export function readPlanDocument(doc: unknown): { problems: FieldError[]; document: PlanDocument | null } {
  const c = new Collector();
  const refused = () => ({ problems: c.errors, document: null });
  if (!isObj(doc)) {
    c.add('', 'is_object', 'The plan document must be a JSON object.');
    return refused();
  }
  if (doc['format'] !== PLAN_DOCUMENT_FORMAT) {
    c.add('format', 'unsupported_format', `must be "${PLAN_DOCUMENT_FORMAT}"`);
    return refused();
  }
  const version = doc['version'];
  if (!(PLAN_DOCUMENT_VERSIONS as readonly unknown[]).includes(version)) {
    c.add('version', 'unsupported_version', `this Kompas reads versions ${PLAN_DOCUMENT_VERSIONS.join(' and ')}`);
    return refused();
  }
  const v1 = version === 1;
  /** Rows (`actions.3`) whose own shape is wrong: the rules between rows pass them by. */
  const badRows = new Set<string>();
  /** Checks one part of the document against its schema; whether its fields can be read (a field too many leaves them readable). */
  const shapeOf = (schema: z.ZodType, value: unknown, at: (string | number)[]): boolean => {
    // Part by part, so that what the schema makes of each is garbage at once, not a second copy of the whole document.
    const parsed = schema.safeParse(value);
    if (parsed.success) return true;
    for (const issue of parsed.error.issues) for (const e of toFieldErrors(issue, doc, at)) c.add(e.field, e.code, e.message);
    return parsed.error.issues.every((issue) => issue.code === 'unrecognized_keys' && issue.path.length === 0);
  };
  // Each version's own shapes; the collections are the same in both.
  const shape = (v1 ? planDocumentV1Schema.shape : planDocumentSchema.shape) as typeof planDocumentSchema.shape;
  const planBad = !shapeOf(shape.plan, doc['plan'], ['plan']);
  let collectionsBad = false;
  for (const name of COLLECTIONS) {
    const list = doc[name];
    if (!Array.isArray(list)) {
      shapeOf(shape[name], list, [name]);
      collectionsBad = true;
      continue;
    }
    const row = shape[name].element;
    for (let i = 0; i < list.length && !c.full; i++) if (!shapeOf(row, list[i], [name, i])) badRows.add(`${name}.${i}`);
  }
  for (const key of Object.keys(doc)) {
    if (!Object.hasOwn(shape, key)) c.add(key, 'unknown_field', 'is not part of the plan format');
  }
  const good = badRows.size ? (name: Collection, i: number) => !badRows.has(`${name}.${i}`) : () => true;
  if (collectionsBad || c.full) return refused();
  const document = v1 ? upgradePlanDocument(doc as PlanDocumentV1) : (doc as PlanDocument);
  if (v1) {
    // The rules judge what the document becomes; a problem is named by the field the version 1 document has.
    const rules = new Collector();
    checkRules(rules, document, good, !planBad);
    const named = new Set<string>();
    for (const e of rules.errors) {
      const field = v1Field(e.field);
      if (field !== null && !named.has(`${field}\n${e.code}`)) c.add(field, e.code, e.message);
      named.add(`${field}\n${e.code}`);
    }
  } else checkRules(c, document, good, !planBad);
  return c.errors.length ? refused() : { problems: [], document };
}

/** The field of a version 1 document a problem of what it becomes is about; null for a field it has no counterpart of. */
function v1Field(field: string): string | null {
  const m = /^(indicators\.\d+)\.(.*)$/.exec(field);
  if (!m) return field;
  const [, row, rest] = m;
  if (rest === 'aimingPointId' || rest === 'measuresVision') return null;
  if (rest === 'longTermTarget.date') return `${row}.targetDate`;
  if (rest.startsWith('longTermTarget') || rest.startsWith('targets')) return `${row}.targetValue`;
  return field;
}

/** The rules between rows and the routes' rules, on the rows `good` lets through. */
function checkRules(c: Collector, doc: PlanDocument, good: (name: Collection, i: number) => boolean, planGood: boolean) {
  // Ids are unique across the document, so a reference can never be ambiguous. A row of the wrong shape still holds its id.
  const kindOf = new Map<string, Collection>();
  /** Collections with a row whose id cannot be read: a reference to them may name that row, so it is not judged. */
  const unreadable = new Set<Collection>();
  for (const name of COLLECTIONS) {
    (doc[name] as unknown[]).forEach((row, i) => {
      const id = isObj(row) && typeof row['id'] === 'string' ? row['id'] : null;
      if (id === null) return void unreadable.add(name);
      if (kindOf.has(id)) c.add(`${name}.${i}.id`, 'duplicate_id', `id "${id}" is used twice`);
      else kindOf.set(id, name);
    });
  }
  // The field's path is only written out for a problem: most references are right.
  const ref = (name: Collection, i: number, field: string, id: string | null, want: Collection) => {
    if (id !== null && kindOf.get(id) !== want && !(unreadable.has(want) && !kindOf.has(id))) {
      c.add(`${name}.${i}.${field}`, 'unknown_reference', `"${id}" is not the id of one of the document's ${want}`);
    }
  };
  const each = <K extends Collection>(name: K, fn: (row: PlanDocument[K][number], i: number) => void) =>
    (doc[name] as PlanDocument[K][number][]).forEach((row, i) => {
      if (good(name, i)) fn(row, i);
    });
  const allGood = (name: Collection) => doc[name].every((_, i) => good(name, i));

  const p = doc.plan;
  if (planGood && p.periodEnd < p.periodStart) c.add('plan.periodEnd', 'date_order', 'comes before periodStart');

  each('units', (u, i) => ref('units', i, 'parentId', u.parentId, 'units'));
  const parentOf = new Map(doc.units.filter((_, i) => good('units', i)).map((u) => [u.id, u.parentId]));
  each('units', (u, i) => {
    if (isOwnAncestor(u.id, u.parentId, parentOf)) c.add(`units.${i}.parentId`, 'unit_cycle', 'units may not be their own ancestors');
  });

  const ranks = new Map<string, number[]>();
  each('focusAreas', (f, i) => {
    ref('focusAreas', i, 'committeeId', f.committeeId, 'committees');
    f.coOwnerCommitteeIds.forEach((id, j) => ref('focusAreas', i, `coOwnerCommitteeIds.${j}`, id, 'committees'));
    if (f.coOwnerCommitteeIds.includes(f.committeeId)) {
      c.add(`focusAreas.${i}.coOwnerCommitteeIds`, 'owner_as_co_owner', 'must not contain the owning committee');
    }
    if (new Set(f.coOwnerCommitteeIds).size !== f.coOwnerCommitteeIds.length) {
      c.add(`focusAreas.${i}.coOwnerCommitteeIds`, 'array_unique', 'names a committee twice');
    }
    ranks.set(f.committeeId, [...(ranks.get(f.committeeId) ?? []), f.rank]);
  });
  // Ranks are only judged when every focus area's rank could be read.
  if (allGood('focusAreas')) {
    for (const [committeeId, list] of ranks) {
      if (!isGapFree(list)) {
        const i = doc.focusAreas.findIndex((f) => f.committeeId === committeeId);
        c.add(
          `focusAreas.${i}.rank`,
          'rank_out_of_range',
          `ranks of committee "${committeeId}" must be 1..${list.length} with no gaps or ties`,
        );
      }
    }
  }

  each('actions', (a, i) => {
    ref('actions', i, 'unitId', a.unitId, 'units');
    if (a.startDate && a.endDate && a.endDate < a.startDate) c.add(`actions.${i}.endDate`, 'date_order', 'comes before startDate');
  });

  const typeOf = new Map<string, string>();
  const hasReference = new Set<string>();
  each('indicators', (ind, i) => {
    typeOf.set(ind.id, ind.type);
    if (ind.reference !== null) hasReference.add(ind.id);
    ref('indicators', i, 'aimingPointId', ind.aimingPointId, 'aimingPoints');
    ref('indicators', i, 'focusAreaId', ind.focusAreaId, 'focusAreas');
    ref('indicators', i, 'actionId', ind.actionId, 'actions');
    for (const e of indicatorProblems(ind)) c.add(`indicators.${i}.${e.field}`, e.code, e.message);
    const shape = checkIndicatorShape(ind);
    if (!shape.ok) c.add(`indicators.${i}.${shape.field ?? 'type'}`, shape.code, shape.message);
  });

  const goodObservations: number[] = [];
  each('observations', (o, i) => {
    goodObservations.push(i);
    ref('observations', i, 'indicatorId', o.indicatorId, 'indicators');
    ref('observations', i, 'supersedesId', o.supersedesId, 'observations');
    if (!periodKind(o.periodStart, o.periodEnd)) {
      c.add(
        `observations.${i}.periodEnd`,
        'invalid_period',
        `the period must run from the first to the last day of one whole period. ${PERIOD_CODES_ACCEPTED}`,
      );
    }
    const type = typeOf.get(o.indicatorId);
    if (type) {
      const shape = checkObservationShape(type as 'quantitative' | 'qualitative', o);
      if (!shape.ok) c.add(`observations.${i}.${shape.field}`, shape.code, shape.message);
      if (o.series === 'reference' && !hasReference.has(o.indicatorId)) {
        c.add(`observations.${i}.series`, 'no_reference_series', 'its indicator has no reference series');
      }
    }
  });
  // The rules are given the well-shaped observations only; their problems name the observations' places in the document.
  const observations =
    goodObservations.length === doc.observations.length ? doc.observations : goodObservations.map((i) => doc.observations[i]);
  for (const e of observationProblems(observations)) {
    const [, j, ...rest] = e.field.split('.');
    c.add(['observations', goodObservations[Number(j)], ...rest].join('.'), e.code, e.message);
  }

  const pairs = new Set<string>();
  each('links', (l, i) => {
    const ends = LINK_ENDS[l.kind as LinkKind];
    ref('links', i, 'sourceId', l.sourceId, ends.source === 'action' ? 'actions' : 'focusAreas');
    ref('links', i, 'targetId', l.targetId, ends.target === 'focusArea' ? 'focusAreas' : 'aimingPoints');
    const pair = `${l.sourceId}>${l.targetId}`;
    if (pairs.has(pair)) c.add(`links.${i}`, 'duplicate_link', 'the same two nodes are linked twice');
    pairs.add(pair);
  });
}

/** How many rows of each collection a document holds (what an import of it would create, before units are matched). */
export function planDocumentCounts(doc: PlanDocument): Record<Collection, number> {
  return Object.fromEntries(COLLECTIONS.map((name) => [name, doc[name].length])) as Record<Collection, number>;
}
