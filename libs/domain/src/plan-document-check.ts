import { FieldError } from './errors';
import { checkIndicatorShape, checkObservationShape } from './indicators';
import { observationProblems } from './observations';
import {
  ACTION_STATUSES,
  CADENCES,
  DIRECTIONS,
  EVIDENCE_KINDS,
  FOCUS_AREA_STATUSES,
  INDICATOR_TYPES,
  isOneOf,
  JUDGEMENTS,
  LinkKind,
  PLAN_STATUSES,
} from './kinds';
import { LINK_ENDS, isValidStrength } from './links';
import { isCalendarDate, periodKind } from './periods';
import { isGapFree } from './ranking';
import { hasVisibleText } from './text';
import { isOwnAncestor } from './units';
import { PLAN_DOCUMENT_FORMAT, PLAN_DOCUMENT_VERSION, PlanDocument } from './plan-document';

/** Largest number of problems reported for one document: enough to fix, not a flood. */
export const MAX_DOCUMENT_ERRORS = 50;

type Obj = Record<string, unknown>;
type FieldSpec =
  | 'string'
  | 'title' // a string that shows something
  | 'text' // string, may be empty
  | 'string?'
  | 'date'
  | 'date?'
  | 'number?'
  | 'boolean'
  | 'strings'
  | 'sections'
  | 'ref'
  | 'ref?'
  | 'refs'
  | 'timestamp'
  | { oneOf: readonly string[]; optional?: boolean }
  | 'int';

const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;

class Collector {
  readonly errors: FieldError[] = [];
  add(field: string, code: string, message: string) {
    if (this.errors.length < MAX_DOCUMENT_ERRORS) this.errors.push({ field, code, message });
  }
  get full() {
    return this.errors.length >= MAX_DOCUMENT_ERRORS;
  }
}

/**
 * Date.parse rolls impossible dates and hours over ("2026-02-30" is 2 March,
 * "T24:00" the next day), so the parsed time must print back as written.
 */
/** A real instant written as UTC: its day exists and its time is within the day (no 24:00, no leap second). */
function isUtcTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_TIMESTAMP.exec(value);
  return !!m && isCalendarDate(m[1]) && Number(m[2]) <= 23 && Number(m[3]) <= 59 && Number(m[4]) <= 59;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

function checkField(c: Collector, path: string, value: unknown, spec: FieldSpec) {
  const bad = (code: string, message: string) => c.add(path, code, message);
  if (typeof spec === 'object') {
    if (spec.optional && value === null) return;
    if (!isOneOf(spec.oneOf, value)) bad('is_in', `must be one of: ${spec.oneOf.join(', ')}`);
    return;
  }
  switch (spec) {
    case 'string':
    case 'ref':
      if (!isNonEmpty(value)) bad('required', 'must be a non-empty string');
      return;
    case 'title':
      if (!isNonEmpty(value)) bad('required', 'must be a non-empty string');
      else if (!hasVisibleText(value)) bad('has_visible_text', 'must contain visible characters');
      return;
    case 'text':
      if (typeof value !== 'string') bad('is_string', 'must be a string');
      return;
    case 'string?':
    case 'ref?':
      if (value !== null && !isNonEmpty(value)) bad('is_string', 'must be a non-empty string or null');
      return;
    case 'date':
      if (!isCalendarDate(value)) bad('is_date', 'must be a calendar date YYYY-MM-DD');
      return;
    case 'date?':
      if (value !== null && !isCalendarDate(value)) bad('is_date', 'must be a calendar date YYYY-MM-DD or null');
      return;
    case 'number?':
      if (value !== null && !(typeof value === 'number' && Number.isFinite(value))) bad('is_number', 'must be a number or null');
      return;
    case 'int':
      if (!Number.isInteger(value)) bad('is_int', 'must be a whole number');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') bad('is_boolean', 'must be true or false');
      return;
    case 'timestamp':
      if (!isUtcTimestamp(value)) {
        bad('is_timestamp', 'must be an ISO 8601 UTC timestamp, e.g. 2026-03-31T12:00:00.000Z');
      }
      return;
    case 'strings':
    case 'refs':
      if (!Array.isArray(value) || !value.every(isNonEmpty)) bad('is_array', 'must be an array of non-empty strings');
      return;
    case 'sections':
      if (!Array.isArray(value)) return bad('is_array', 'must be an array of { title, body }');
      value.forEach((s, i) => {
        if (!isObj(s)) return c.add(`${path}.${i}`, 'is_object', 'must be an object { title, body }');
        checkRecord(c, `${path}.${i}`, s, { title: 'title', body: 'text' });
      });
      return;
  }
}

function checkRecord(c: Collector, path: string, value: Obj, specs: Record<string, FieldSpec>) {
  // Own keys only: `key in specs` would take "constructor" or "__proto__" for known fields.
  for (const [key, spec] of Object.entries(specs)) {
    if (!Object.hasOwn(value, key)) c.add(`${path}.${key}`, 'required', 'is missing');
    else checkField(c, `${path}.${key}`, value[key], spec);
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(specs, key)) c.add(`${path}.${key}`, 'unknown_field', 'is not part of the plan format');
  }
}

const SPECS = {
  plan: {
    organisation: 'title',
    title: 'title',
    visionStatement: 'text',
    motivations: 'strings',
    sections: 'sections',
    periodStart: 'date',
    periodEnd: 'date',
    status: { oneOf: PLAN_STATUSES },
    example: 'boolean',
  },
  aimingPoints: { id: 'string', title: 'title', ambition: 'text', body: 'text', sections: 'sections', example: 'boolean' },
  committees: { id: 'string', name: 'title', shortName: 'text', coreAreas: 'strings', example: 'boolean' },
  units: { id: 'string', name: 'title', parentId: 'ref?', example: 'boolean' },
  focusAreas: {
    id: 'string',
    committeeId: 'ref',
    coOwnerCommitteeIds: 'refs',
    title: 'title',
    description: 'text',
    rank: 'int',
    status: { oneOf: FOCUS_AREA_STATUSES },
    example: 'boolean',
  },
  actions: {
    id: 'string',
    title: 'title',
    description: 'text',
    unitId: 'ref',
    responsiblePerson: 'string?',
    status: { oneOf: ACTION_STATUSES },
    startDate: 'date?',
    endDate: 'date?',
    example: 'boolean',
  },
  indicators: {
    id: 'string',
    focusAreaId: 'ref?',
    actionId: 'ref?',
    title: 'title',
    description: 'text',
    type: { oneOf: INDICATOR_TYPES },
    evidenceKind: { oneOf: EVIDENCE_KINDS },
    cadence: { oneOf: CADENCES },
    unit: 'string?',
    direction: { oneOf: DIRECTIONS, optional: true },
    baselineValue: 'number?',
    baselineDate: 'date?',
    targetValue: 'number?',
    targetDate: 'date?',
    example: 'boolean',
  },
  observations: {
    id: 'string',
    indicatorId: 'ref',
    periodStart: 'date',
    periodEnd: 'date',
    value: 'number?',
    narrative: 'string?',
    judgement: { oneOf: JUDGEMENTS, optional: true },
    sourceNote: 'string?',
    recordedAt: 'timestamp',
    supersedesId: 'ref?',
    example: 'boolean',
  },
  links: {
    id: 'string',
    kind: { oneOf: ['supports', 'contributes'] },
    sourceId: 'ref',
    targetId: 'ref',
    rationale: 'text',
    strength: 'int',
    example: 'boolean',
  },
} satisfies Record<string, Record<string, FieldSpec>>;

const COLLECTIONS = ['aimingPoints', 'committees', 'units', 'focusAreas', 'actions', 'indicators', 'observations', 'links'] as const;
type Collection = (typeof COLLECTIONS)[number];

/**
 * Checks a plan document completely before anything is written: shape of every
 * field, then the references and the cascade's rules. Returns the problems
 * (at most MAX_DOCUMENT_ERRORS), each naming its field as a path such as
 * `actions.3.unitId`; an empty list means the document can be imported.
 */
export function checkPlanDocument(doc: unknown): FieldError[] {
  const c = new Collector();
  if (!isObj(doc)) {
    c.add('', 'is_object', 'The plan document must be a JSON object.');
    return c.errors;
  }
  if (doc['format'] !== PLAN_DOCUMENT_FORMAT) {
    c.add('format', 'unsupported_format', `must be "${PLAN_DOCUMENT_FORMAT}"`);
    return c.errors;
  }
  if (doc['version'] !== PLAN_DOCUMENT_VERSION) {
    c.add('version', 'unsupported_version', `this Kompas reads version ${PLAN_DOCUMENT_VERSION}`);
    return c.errors;
  }
  for (const key of Object.keys(doc)) {
    if (!['format', 'version', 'plan', ...COLLECTIONS].includes(key)) {
      c.add(key, 'unknown_field', 'is not part of the plan format');
    }
  }
  if (!isObj(doc['plan'])) c.add('plan', 'is_object', 'must be an object');
  else checkRecord(c, 'plan', doc['plan'], SPECS.plan);
  for (const name of COLLECTIONS) {
    const list = doc[name];
    if (!Array.isArray(list)) {
      c.add(name, 'is_array', 'must be an array');
      continue;
    }
    for (let i = 0; i < list.length && !c.full; i++) {
      const row = list[i];
      if (!isObj(row)) c.add(`${name}.${i}`, 'is_object', 'must be an object');
      else checkRecord(c, `${name}.${i}`, row, SPECS[name]);
    }
  }
  if (c.errors.length) return c.errors;
  checkReferences(c, doc as PlanDocument);
  return c.errors;
}

function checkReferences(c: Collector, doc: PlanDocument) {
  // Ids are unique across the document, so a reference can never be ambiguous.
  const kindOf = new Map<string, Collection>();
  for (const name of COLLECTIONS) {
    doc[name].forEach((row, i) => {
      if (kindOf.has(row.id)) c.add(`${name}.${i}.id`, 'duplicate_id', `id "${row.id}" is used twice`);
      else kindOf.set(row.id, name);
    });
  }
  const ref = (path: string, id: string | null, want: Collection) => {
    if (id !== null && kindOf.get(id) !== want) {
      c.add(path, 'unknown_reference', `"${id}" is not the id of one of the document's ${want}`);
    }
  };
  const p = doc.plan;
  if (p.periodEnd < p.periodStart) c.add('plan.periodEnd', 'date_order', 'comes before periodStart');

  doc.units.forEach((u, i) => {
    ref(`units.${i}.parentId`, u.parentId, 'units');
  });
  const parentOf = new Map(doc.units.map((u) => [u.id, u.parentId]));
  doc.units.forEach((u, i) => {
    if (isOwnAncestor(u.id, u.parentId, parentOf)) c.add(`units.${i}.parentId`, 'unit_cycle', 'units may not be their own ancestors');
  });

  const ranks = new Map<string, number[]>();
  doc.focusAreas.forEach((f, i) => {
    ref(`focusAreas.${i}.committeeId`, f.committeeId, 'committees');
    f.coOwnerCommitteeIds.forEach((id, j) => ref(`focusAreas.${i}.coOwnerCommitteeIds.${j}`, id, 'committees'));
    if (f.coOwnerCommitteeIds.includes(f.committeeId)) {
      c.add(`focusAreas.${i}.coOwnerCommitteeIds`, 'owner_as_co_owner', 'must not contain the owning committee');
    }
    if (new Set(f.coOwnerCommitteeIds).size !== f.coOwnerCommitteeIds.length) {
      c.add(`focusAreas.${i}.coOwnerCommitteeIds`, 'duplicate', 'names a committee twice');
    }
    ranks.set(f.committeeId, [...(ranks.get(f.committeeId) ?? []), f.rank]);
  });
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

  doc.actions.forEach((a, i) => {
    ref(`actions.${i}.unitId`, a.unitId, 'units');
    if (a.startDate && a.endDate && a.endDate < a.startDate) c.add(`actions.${i}.endDate`, 'date_order', 'comes before startDate');
  });

  const typeOf = new Map<string, string>();
  doc.indicators.forEach((ind, i) => {
    typeOf.set(ind.id, ind.type);
    ref(`indicators.${i}.focusAreaId`, ind.focusAreaId, 'focusAreas');
    ref(`indicators.${i}.actionId`, ind.actionId, 'actions');
    const shape = checkIndicatorShape(ind);
    if (!shape.ok) c.add(`indicators.${i}.${shape.field ?? 'type'}`, shape.code, shape.message);
  });

  doc.observations.forEach((o, i) => {
    ref(`observations.${i}.indicatorId`, o.indicatorId, 'indicators');
    ref(`observations.${i}.supersedesId`, o.supersedesId, 'observations');
    if (!periodKind(o.periodStart, o.periodEnd)) {
      c.add(`observations.${i}.periodEnd`, 'invalid_period', 'the period must be a whole day, month, quarter or year');
    }
    const type = typeOf.get(o.indicatorId);
    if (type) {
      const shape = checkObservationShape(type as 'quantitative' | 'qualitative', o);
      if (!shape.ok) c.add(`observations.${i}.${shape.field}`, shape.code, shape.message);
    }
  });
  for (const p of observationProblems(doc.observations)) c.add(p.field, p.code, p.message);

  const pairs = new Set<string>();
  doc.links.forEach((l, i) => {
    const ends = LINK_ENDS[l.kind as LinkKind];
    ref(`links.${i}.sourceId`, l.sourceId, ends.source === 'action' ? 'actions' : 'focusAreas');
    ref(`links.${i}.targetId`, l.targetId, ends.target === 'focusArea' ? 'focusAreas' : 'aimingPoints');
    if (!isValidStrength(l.strength)) c.add(`links.${i}.strength`, 'is_in', 'must be 1, 2 or 3');
    const key = `${l.sourceId}>${l.targetId}`;
    if (pairs.has(key)) c.add(`links.${i}`, 'duplicate_link', 'the same two nodes are linked twice');
    pairs.add(key);
  });
}
