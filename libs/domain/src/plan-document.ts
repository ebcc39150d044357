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
  MAX_CO_OWNERS,
  MAX_CORE_AREAS,
  MAX_LINK_STRENGTH,
  MAX_LONG_TEXT,
  MAX_SHORT_TEXT,
  MAX_TEXT,
  MAX_TITLE,
  MIN_LINK_STRENGTH,
} from './limits';
import { isCalendarDate } from './periods';
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
export const PLAN_DOCUMENT_VERSION = 1;

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

export const planSchema = z.strictObject({
  organisation: title,
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

export const indicatorSchema = z.strictObject({
  id: key,
  /** Exactly one of focusAreaId and actionId is set. */
  focusAreaId: key.nullable(),
  actionId: key.nullable(),
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
  targetValue: z.number().nullable(),
  targetDate: date.nullable(),
  example,
});

export const observationSchema = z.strictObject({
  id: key,
  indicatorId: key,
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
    title: 'Kompas plan document, version 1',
    description:
      'A whole plan as one JSON document (docs/plan-format.md). Ids are unique across the document and references name them; ' +
      'the rules between rows (references, ranks, dates, observation corrections) are checked on import.',
  });

export type PlanDocument = z.infer<typeof planDocumentSchema>;
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

/** The plan document's JSON Schema: docs/plan-document.schema.json is this, written by `npm run plan-schema`. */
export function planDocumentJsonSchema(): Record<string, unknown> {
  // Dates and timestamps are custom checks: their metadata above is their JSON Schema.
  return z.toJSONSchema(planDocumentSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
}
