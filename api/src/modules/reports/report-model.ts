import type { ActionStatus, Direction, FocusAreaStatus, Judgement, NodeKind, PlanStatus } from '@kompas/domain';

/** The languages a report is written in. */
export const REPORT_LANGS = ['da', 'en'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

/** A node's health in the report: the roll-up's word and its explanation, in the report's language. */
export type ReportHealth = { health: 'onTrack' | 'atRisk' | 'offTrack' | 'noData'; explanation: string };

/** A committee's or the council's decision, as an adjustment or a declined proposal carries it. */
export type ReportDecision = {
  decidedBy: 'committee' | 'council';
  committeeName: string | null;
  decidedAt: string;
  caseNumber: string;
};

/** An adjustment decided in the period: what changed, why, and where it was decided. */
export type ReportAdjustment = {
  id: string;
  decision: ReportDecision;
  reason: string;
  /** Each change in words ("Prioritet 2 → 1", "Status: Stoppet"), in the report's language. */
  changes: string[];
  state: 'pending' | 'applied';
};

/** An assessment dated in the period. */
export type ReportAssessment = {
  id: string;
  date: string;
  status: Judgement;
  reflection: string;
  proposedAdjustment: string | null;
  authorName: string;
};

export type ReportAimingPoint = {
  id: string;
  title: string;
  ambition: string;
  health: ReportHealth | null;
  /** The focus areas that support it, by title. */
  supportedBy: string[];
  assessments: ReportAssessment[];
};

export type ReportFocusArea = {
  id: string;
  title: string;
  rank: number;
  status: FocusAreaStatus;
  /** The committee that owns it, when it is listed under another committee that shares it ("på tværs"). */
  ownerName: string | null;
  health: ReportHealth | null;
  /** The aiming points it supports, by title. */
  supports: string[];
  /** How many of the report's actions contribute to it. */
  actionCount: number;
  adjustments: ReportAdjustment[];
  assessments: ReportAssessment[];
};

export type ReportCommittee = { id: string; name: string; focusAreas: ReportFocusArea[] };

export type ReportAction = {
  id: string;
  title: string;
  unitName: string;
  responsiblePerson: string | null;
  status: ActionStatus;
  startDate: string | null;
  endDate: string | null;
  health: ReportHealth | null;
  /** The focus areas it contributes to, by title. */
  contributesTo: string[];
  assessments: ReportAssessment[];
  adjustments: ReportAdjustment[];
};

/** One value of an indicator in the period, against the target that applies to it. */
export type ReportValue = {
  /** The period code (2026K1), or the dates when the period has no code. */
  period: string;
  periodStart: string;
  periodEnd: string;
  value: number | null;
  narrative: string | null;
  judgement: Judgement | null;
  /** The bound the value is checked against (a relative target's bound from the reference value), or null. */
  target: number | null;
  /** met / notMet; pending: a relative target whose reference value is not in; noTarget: none applies. */
  check: 'met' | 'notMet' | 'pending' | 'noTarget' | 'noValue';
};

export type ReportIndicator = {
  id: string;
  title: string;
  type: 'quantitative' | 'qualitative';
  unit: string | null;
  direction: Direction | null;
  baselineValue: number | null;
  longTermTarget: { value: number; date: string } | null;
  /** What it measures: the node's kind and title. */
  measures: { kind: NodeKind; title: string };
  health: ReportHealth | null;
  /** Adjustments of its targets decided in the period. */
  adjustments: ReportAdjustment[];
  /** Its current values whose period ends in the report's period, oldest first. */
  values: ReportValue[];
};

/**
 * Everything a yearly follow-up report says, in Hedensted's four layers, as
 * plain data: read from the database in one place (ReportsService) and
 * rendered twice (PDF and XLSX), so both files always say the same.
 */
export type ReportModel = {
  lang: ReportLang;
  /** The Copenhagen date the report was made on (health is as of this day). */
  madeOn: string;
  period: { code: string; start: string; end: string };
  plan: {
    id: string;
    title: string;
    organisation: string;
    councilName: string;
    statement: string;
    motivations: string[];
    periodStart: string;
    periodEnd: string;
    status: PlanStatus;
  };
  /** The committees the report is narrowed to, or null for the whole plan. */
  committeeFilter: { id: string; name: string }[] | null;
  /** Whether the data behind each kind of slot was there to read (false: the slot is empty, not "none in the period"). */
  sources: { health: boolean; assessments: boolean; adjustments: boolean };
  /** STRATEGI */
  aimingPoints: ReportAimingPoint[];
  visionHealth: ReportHealth | null;
  /** FOKUS/RETNING: each committee with its focus areas in priority order. */
  committees: ReportCommittee[];
  /** HANDLINGER */
  actions: ReportAction[];
  /** DATA */
  indicators: ReportIndicator[];
};
