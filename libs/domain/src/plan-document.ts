import type { ActionStatus, Cadence, Direction, EvidenceKind, FocusAreaStatus, IndicatorType, Judgement, PlanStatus } from './kinds';

/**
 * The plan document: a whole plan as one JSON file, for export, import and the
 * demo seed. See docs/plan-format.md. `id` fields are keys local to the
 * document (any non-empty string, unique across the document); import gives
 * every row a new UUID and rewrites the references.
 */
export const PLAN_DOCUMENT_FORMAT = 'kompas.plan';
export const PLAN_DOCUMENT_VERSION = 1;

export type DocSection = { title: string; body: string };

export type PlanDocument = {
  format: typeof PLAN_DOCUMENT_FORMAT;
  version: typeof PLAN_DOCUMENT_VERSION;
  plan: DocPlan;
  aimingPoints: DocAimingPoint[];
  committees: DocCommittee[];
  units: DocUnit[];
  focusAreas: DocFocusArea[];
  actions: DocAction[];
  indicators: DocIndicator[];
  observations: DocObservation[];
  links: DocLink[];
};

export type DocPlan = {
  organisation: string;
  title: string;
  visionStatement: string;
  /** The "Fordi vi vil …" lines, in order. */
  motivations: string[];
  /** Further sections of the vision document, in order. */
  sections: DocSection[];
  periodStart: string; // YYYY-MM-DD
  periodEnd: string; // YYYY-MM-DD
  status: PlanStatus;
  example: boolean;
};

export type DocAimingPoint = {
  id: string;
  title: string;
  ambition: string;
  body: string;
  sections: DocSection[];
  example: boolean;
};

export type DocCommittee = {
  id: string;
  name: string;
  shortName: string;
  coreAreas: string[];
  example: boolean;
};

export type DocUnit = {
  id: string;
  name: string;
  parentId: string | null;
  example: boolean;
};

export type DocFocusArea = {
  id: string;
  committeeId: string;
  coOwnerCommitteeIds: string[];
  title: string;
  description: string;
  /** 1-based, unique and gap-free within the owning committee. */
  rank: number;
  status: FocusAreaStatus;
  example: boolean;
};

export type DocAction = {
  id: string;
  title: string;
  description: string;
  unitId: string;
  responsiblePerson: string | null;
  status: ActionStatus;
  startDate: string | null;
  endDate: string | null;
  example: boolean;
};

export type DocIndicator = {
  id: string;
  /** Exactly one of focusAreaId and actionId is set. */
  focusAreaId: string | null;
  actionId: string | null;
  title: string;
  description: string;
  type: IndicatorType;
  evidenceKind: EvidenceKind;
  cadence: Cadence;
  /** Quantitative only (null for qualitative). */
  unit: string | null;
  direction: Direction | null;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  example: boolean;
};

export type DocObservation = {
  id: string;
  indicatorId: string;
  periodStart: string;
  periodEnd: string;
  value: number | null;
  narrative: string | null;
  judgement: Judgement | null;
  sourceNote: string | null;
  /** When it was recorded, ISO 8601 in UTC. */
  recordedAt: string;
  /** The observation this one corrects, if any. */
  supersedesId: string | null;
  example: boolean;
};

export type DocLink = {
  id: string;
  kind: 'supports' | 'contributes';
  /** supports: a focus area; contributes: an action. */
  sourceId: string;
  /** supports: an aiming point; contributes: a focus area. */
  targetId: string;
  rationale: string;
  strength: 1 | 2 | 3;
  example: boolean;
};
