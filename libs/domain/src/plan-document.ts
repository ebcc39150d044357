import { z } from 'zod';
import {
  ACTION_STATUSES,
  CADENCES,
  DIRECTIONS,
  EVIDENCE_KINDS,
  FOCUS_AREA_STATUSES,
  INDICATOR_TYPES,
  JUDGEMENTS,
  LINK_KINDS,
  PLAN_STATUSES,
} from './kinds';
import {
  DEFAULT_COUNCIL_NAME,
  DEFAULT_GRACE_DAYS,
  MAX_GRACE_DAYS,
  MAX_TARGETS,
  OBSERVATION_SERIES,
  TARGET_RELATIONS,
} from './indicator-model';
import { fromSingleTarget } from './indicators';
import {
  MAX_CO_OWNERS,
  MAX_CORE_AREAS,
  MAX_LINK_STRENGTH,
  MAX_LONG_TEXT,
  MAX_SHORT_TEXT,
  MAX_TEXT,
  MAX_TITLE,
  MIN_LINK_STRENGTH,
} from './limits';
import { isCalendarDate, parsePeriodCode } from './periods';
import { hasVisibleText } from './text';

/**
 * The plan document: a whole plan as one JSON file, for export, import and the
 * demo seed. See docs/plan-format.md. `id` fields are keys local to the
 * document (any non-empty string, unique across the document); import gives
 * every row a new UUID and rewrites the references.
 *
 * The schema below is the one description of the document: its TypeScript
 * types, the shape check every import runs (`checkPlanDocument`) and the JSON
 * Schema published with docs/plan-format.md all come from it. Its limits are
 * the API routes' limits (limits.ts), so that a document cannot hold what the
 * routes would refuse.
 */
export const PLAN_DOCUMENT_FORMAT = 'kompas.plan';
/** The version export writes. */
export const PLAN_DOCUMENT_VERSION = 2;
/** The versions import reads: version 1 is converted to version 2 (`upgradePlanDocument`). */
export const PLAN_DOCUMENT_VERSIONS = [1, 2] as const;

/** The code a failed refinement reports (the API routes' code for the same problem). */
const because = (code: string, message: string) => ({ params: { code }, message });

/** A title or a name: one line that shows something. */
const title = z
  .string()
  .min(1)
  .max(MAX_TITLE)
  .refine((v) => v.length === 0 || hasVisibleText(v), because('has_visible_text', 'must contain visible characters'));
/** A text that may be empty. */
const text = (max: number) => z.string().max(max);
/** A text that is either left out (null) or says something. */
const optionalText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((v) => v.length === 0 || v.trim().length > 0, because('min_length', 'must not be blank'))
    .nullable();
/** A key of the document: any non-empty string. */
const key = z
  .string()
  .min(1)
  .refine((v) => v.trim().length > 0, because('min_length', 'must not be blank'));
// Dates and timestamps are checked whole (one problem, whatever is wrong); the JSON Schema says what they are.
const date = z
  .custom<string>(isCalendarDate, because('is_calendar_date', 'must be a calendar date YYYY-MM-DD'))
  .meta({ type: 'string', format: 'date' });
const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;
/** A real instant written as UTC: its day exists and its time is within the day (no 24:00, no leap second). */
function isUtcTimestamp(value: unknown): boolean {
  const m = typeof value === 'string' ? ISO_TIMESTAMP.exec(value) : null;
  return !!m && isCalendarDate(m[1]) && Number(m[2]) <= 23 && Number(m[3]) <= 59 && Number(m[4]) <= 59;
}
const timestamp = z
  .custom<string>(isUtcTimestamp, because('is_timestamp', 'must be an ISO 8601 UTC timestamp, e.g. 2026-03-31T12:00:00.000Z'))
  .meta({ type: 'string', format: 'date-time', pattern: ISO_TIMESTAMP.source });
const example = z.boolean().meta({ description: 'Demo data, not a council decision.' });

const sectionSchema = z.strictObject({ title, body: text(MAX_LONG_TEXT) });

const planV1Schema = z.strictObject({
  organisation: title,
  title,
  visionStatement: text(MAX_TEXT),
  motivations: z.array(z.string().min(1).max(MAX_TEXT)),
  sections: z.array(sectionSchema),
  periodStart: date,
  periodEnd: date,
  status: z.enum(PLAN_STATUSES),
  example,
});

export const planSchema = z.strictObject({
  organisation: title,
  /** What the plan calls the council ("Kommunalbestyrelsen", "Byrådet", "Regionsrådet"). */
  councilName: title,
  title,
  visionStatement: text(MAX_TEXT),
  /** The "Fordi vi vil …" lines, in order. */
  motivations: z.array(z.string().min(1).max(MAX_TEXT)),
  /** Further sections of the vision document, in order. */
  sections: z.array(sectionSchema),
  periodStart: date,
  periodEnd: date,
  status: z.enum(PLAN_STATUSES),
  example,
});

export const aimingPointSchema = z.strictObject({
  id: key,
  title,
  ambition: text(MAX_TEXT),
  body: text(MAX_LONG_TEXT),
  sections: z.array(sectionSchema),
  example,
});

export const committeeSchema = z.strictObject({
  id: key,
  name: title,
  shortName: text(MAX_SHORT_TEXT),
  coreAreas: z.array(z.string().min(1).max(MAX_TITLE)).max(MAX_CORE_AREAS),
  example,
});

export const unitSchema = z.strictObject({
  id: key,
  name: title,
  parentId: key.nullable(),
  example,
});

export const focusAreaSchema = z.strictObject({
  id: key,
  committeeId: key,
  coOwnerCommitteeIds: z.array(key).max(MAX_CO_OWNERS),
  title,
  description: text(MAX_TEXT),
  /** 1-based, unique and gap-free within the owning committee. */
  rank: z.number().int().min(1),
  status: z.enum(FOCUS_AREA_STATUSES),
  example,
});

export const actionSchema = z.strictObject({
  id: key,
  title,
  description: text(MAX_TEXT),
  unitId: key,
  responsiblePerson: optionalText(MAX_TITLE),
  status: z.enum(ACTION_STATUSES),
  startDate: date.nullable(),
  endDate: date.nullable(),
  example,
});

const indicatorV1Schema = z.strictObject({
  id: key,
  focusAreaId: key.nullable(),
  actionId: key.nullable(),
  title,
  description: text(MAX_TEXT),
  type: z.enum(INDICATOR_TYPES),
  evidenceKind: z.enum(EVIDENCE_KINDS),
  cadence: z.enum(CADENCES),
  unit: optionalText(MAX_SHORT_TEXT),
  direction: z.enum(DIRECTIONS).nullable(),
  baselineValue: z.number().nullable(),
  baselineDate: date.nullable(),
  targetValue: z.number().nullable(),
  targetDate: date.nullable(),
  example,
});

/** A period code (2026, 2026K1, 2026M03, a date …), as the observation routes take them. */
const periodCodeText = z
  .custom<string>(
    (v) => typeof v === 'string' && parsePeriodCode(v) !== null,
    because('invalid_period', 'must be a period code, e.g. 2026, 2026K1, 2026M03'),
  )
  .meta({ type: 'string', examples: ['2026', '2026K1', '2026M03'] });

/** One step of a target path: a value for a period, or a relation to the reference series for it. */
const targetEntrySchema = z.union([
  z.strictObject({ period: periodCodeText, value: z.number() }),
  z.strictObject({ period: periodCodeText, relation: z.enum(TARGET_RELATIONS), offset: z.number() }),
]);

export const indicatorSchema = z.strictObject({
  id: key,
  /** What it measures: exactly one of an aiming point, a focus area, an action, or the vision (`measuresVision`). */
  aimingPointId: key.nullable(),
  focusAreaId: key.nullable(),
  actionId: key.nullable(),
  measuresVision: z.boolean(),
  title,
  description: text(MAX_TEXT),
  type: z.enum(INDICATOR_TYPES),
  evidenceKind: z.enum(EVIDENCE_KINDS),
  cadence: z.enum(CADENCES),
  /** Quantitative only (null for qualitative). */
  unit: optionalText(MAX_SHORT_TEXT),
  direction: z.enum(DIRECTIONS).nullable(),
  baselineValue: z.number().nullable(),
  baselineDate: date.nullable(),
  /** Quantitative only: the target path, one entry per period. */
  targets: z.array(targetEntrySchema).max(MAX_TARGETS),
  /** Quantitative only. */
  longTermTarget: z.strictObject({ value: z.number(), date }).nullable(),
  /** Quantitative only: a series to compare with, e.g. the national average. */
  reference: z.strictObject({ name: title, source: text(MAX_TEXT) }).nullable(),
  /** Days after a period ends before its value is due. */
  graceDays: z.number().int().min(0).max(MAX_GRACE_DAYS),
  example,
});

const observationV1Schema = z.strictObject({
  id: key,
  indicatorId: key,
  periodStart: date,
  periodEnd: date,
  value: z.number().nullable(),
  narrative: optionalText(MAX_TEXT),
  judgement: z.enum(JUDGEMENTS).nullable(),
  sourceNote: optionalText(MAX_TEXT),
  recordedAt: timestamp,
  supersedesId: key.nullable(),
  example,
});

export const observationSchema = z.strictObject({
  id: key,
  indicatorId: key,
  /** The indicator's own series (`actual`) or its reference series. */
  series: z.enum(OBSERVATION_SERIES),
  periodStart: date,
  periodEnd: date,
  value: z.number().nullable(),
  narrative: optionalText(MAX_TEXT),
  judgement: z.enum(JUDGEMENTS).nullable(),
  sourceNote: optionalText(MAX_TEXT),
  /** When it was recorded, ISO 8601 in UTC. */
  recordedAt: timestamp,
  /** The observation this one corrects, if any. */
  supersedesId: key.nullable(),
  example,
});

export const linkSchema = z.strictObject({
  id: key,
  kind: z.enum(LINK_KINDS),
  /** supports: a focus area; contributes: an action. */
  sourceId: key,
  /** supports: an aiming point; contributes: a focus area. */
  targetId: key,
  rationale: text(MAX_TEXT),
  strength: z.number().int().min(MIN_LINK_STRENGTH).max(MAX_LINK_STRENGTH),
  example,
});

/** The collections of a document, in the order they are written. */
export const PLAN_DOCUMENT_COLLECTIONS = [
  'aimingPoints',
  'committees',
  'units',
  'focusAreas',
  'actions',
  'indicators',
  'observations',
  'links',
] as const;
export type PlanDocumentCollection = (typeof PLAN_DOCUMENT_COLLECTIONS)[number];

/** Version 1 of the document: read by import, converted to version 2. */
export const planDocumentV1Schema = z.strictObject({
  format: z.literal(PLAN_DOCUMENT_FORMAT),
  version: z.literal(1),
  plan: planV1Schema,
  aimingPoints: z.array(aimingPointSchema),
  committees: z.array(committeeSchema),
  units: z.array(unitSchema),
  focusAreas: z.array(focusAreaSchema),
  actions: z.array(actionSchema),
  indicators: z.array(indicatorV1Schema),
  observations: z.array(observationV1Schema),
  links: z.array(linkSchema),
});

export const planDocumentSchema = z
  .strictObject({
    format: z.literal(PLAN_DOCUMENT_FORMAT),
    version: z.literal(PLAN_DOCUMENT_VERSION),
    plan: planSchema,
    aimingPoints: z.array(aimingPointSchema),
    committees: z.array(committeeSchema),
    units: z.array(unitSchema),
    focusAreas: z.array(focusAreaSchema),
    actions: z.array(actionSchema),
    indicators: z.array(indicatorSchema),
    observations: z.array(observationSchema),
    links: z.array(linkSchema),
  })
  .meta({
    title: 'Kompas plan document, version 2',
    description:
      'A whole plan as one JSON document (docs/plan-format.md). Ids are unique across the document and references name them; ' +
      'the rules between rows (references, ranks, dates, observation corrections) are checked on import.',
  });

export type PlanDocument = z.infer<typeof planDocumentSchema>;
export type PlanDocumentV1 = z.infer<typeof planDocumentV1Schema>;
export type DocSection = z.infer<typeof sectionSchema>;
export type DocPlan = z.infer<typeof planSchema>;
export type DocAimingPoint = z.infer<typeof aimingPointSchema>;
export type DocCommittee = z.infer<typeof committeeSchema>;
export type DocUnit = z.infer<typeof unitSchema>;
export type DocFocusArea = z.infer<typeof focusAreaSchema>;
export type DocAction = z.infer<typeof actionSchema>;
export type DocIndicator = z.infer<typeof indicatorSchema>;
export type DocObservation = z.infer<typeof observationSchema>;
export type DocLink = z.infer<typeof linkSchema>;

/**
 * A version 1 document as version 2 says the same: the plan's council is
 * called "Kommunalbestyrelsen"; an indicator measures its focus area or
 * action, has no reference series and the default grace, and its single
 * target (`targetValue`, `targetDate`) becomes its long-term target and a
 * one-entry target path for the year of its date (the plan's last day when
 * it had no date: `fromSingleTarget`, as the database's upgrade does);
 * observations are of the indicator's own series. Rows whose shape is wrong
 * are passed on as they are, for the checker to pass them by.
 */
export function upgradePlanDocument(doc: PlanDocumentV1): PlanDocument {
  const planEnd = isCalendarDate(doc.plan?.periodEnd) ? doc.plan.periodEnd : null;
  const isRow = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  return {
    format: doc.format,
    version: PLAN_DOCUMENT_VERSION,
    plan: isRow(doc.plan) ? upgradePlan(doc.plan) : doc.plan,
    aimingPoints: doc.aimingPoints,
    committees: doc.committees,
    units: doc.units,
    focusAreas: doc.focusAreas,
    actions: doc.actions,
    indicators: Array.isArray(doc.indicators) ? doc.indicators.map((i) => (isRow(i) ? upgradeIndicator(i, planEnd) : i)) : doc.indicators,
    observations: Array.isArray(doc.observations) ? doc.observations.map((o) => (isRow(o) ? upgradeObservation(o) : o)) : doc.observations,
    links: doc.links,
  } as PlanDocument;
}

function upgradePlan(p: PlanDocumentV1['plan']): DocPlan {
  const { organisation, ...rest } = p;
  return { organisation, councilName: DEFAULT_COUNCIL_NAME, ...rest };
}

function upgradeIndicator(i: PlanDocumentV1['indicators'][number], planEnd: string | null): DocIndicator {
  const { id, focusAreaId, actionId, targetValue, targetDate, example, ...rest } = i;
  const value = typeof targetValue === 'number' ? targetValue : null;
  const day = isCalendarDate(targetDate) ? targetDate : null;
  // Without any date (only in a document refused for its plan anyway) the value cannot be placed on the path.
  const target = (day ?? planEnd) ? fromSingleTarget(value, day, (day ?? planEnd) as string) : { targets: [], longTermTarget: null };
  return {
    id,
    aimingPointId: null,
    focusAreaId,
    actionId,
    measuresVision: false,
    ...rest,
    targets: target.targets,
    longTermTarget: target.longTermTarget,
    reference: null,
    graceDays: DEFAULT_GRACE_DAYS,
    example,
  };
}

function upgradeObservation(o: PlanDocumentV1['observations'][number]): DocObservation {
  const { id, indicatorId, ...rest } = o;
  return { id, indicatorId, series: 'actual', ...rest };
}

/** The plan document's JSON Schema: docs/plan-document.schema.json is this, written by `npm run plan-schema`. */
export function planDocumentJsonSchema(): Record<string, unknown> {
  // Dates and timestamps are custom checks: their metadata above is their JSON Schema.
  return z.toJSONSchema(planDocumentSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
}
