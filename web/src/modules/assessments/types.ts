import type { components } from '../api/schema.gen';

/**
 * Assessments and adjustments as the API answers them (`/api/assessments`, `/api/adjustments`).
 */
export const ASSESSMENT_STATUSES = ['onTrack', 'atRisk', 'offTrack'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export type ProposalState = 'none' | 'open' | 'answered' | 'declined';

/** Where and when a decision was made: the committee or the council, the meeting's date and the case number. */
export type Decision = {
  decidedBy: 'committee' | 'council';
  committeeId?: string | null;
  decidedAt: string;
  caseNumber: string;
  committeeName?: string | null;
};

type Schemas = components['schemas'];

/** An assessment as the API answers it, with its evidence and what became of its proposal. */
export type Assessment = Schemas['AssessmentDto'];
export type Evidence = Schemas['EvidenceDto'];
export type NewAssessment = Schemas['CreateAssessmentDto'];

export type FocusAreaRankChange = { kind: 'focusAreaRank'; id: string; version: number; rank: number };
export type AdjustmentChange = FocusAreaRankChange | ({ kind: string } & Record<string, unknown>);

/** A decided adjustment to send: its changes are those this app makes (a committee's new priority order). */
export type NewAdjustment = {
  planId: string;
  decision: Decision;
  reason: string;
  answersAssessmentId?: string;
  changes: AdjustmentChange[];
};

export type Adjustment = Schemas['AdjustmentDto'];
/** What saving a decision answers: its group, one adjustment per owner. */
export type AdjustmentGroup = Schemas['CreatedAdjustmentDto'];
