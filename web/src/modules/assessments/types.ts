import type { EvidenceKind } from '@kompas/domain';

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

export type Evidence = { indicatorIds: string[]; observationIds: string[]; kinds: EvidenceKind[] };

export type Assessment = {
  id: string;
  planId: string;
  nodeId: string;
  nodeKind: 'aimingPoint' | 'focusArea' | 'action';
  date: string;
  status: AssessmentStatus;
  reflection: string;
  evidence: Evidence;
  proposedAdjustment: string | null;
  proposal: ProposalState;
  answeredBy: { adjustmentId: string; groupId: string } | null;
  declined: { decision: Decision; reason: string; byName: string; at: string } | null;
  authorId: string;
  authorName: string;
  createdAt: string;
};

export type NewAssessment = {
  nodeId: string;
  date: string;
  status: AssessmentStatus;
  reflection: string;
  evidence?: Partial<Evidence>;
  proposedAdjustment?: string;
};

export type FocusAreaRankChange = { kind: 'focusAreaRank'; id: string; version: number; rank: number };
export type AdjustmentChange = FocusAreaRankChange | ({ kind: string } & Record<string, unknown>);

export type NewAdjustment = {
  planId: string;
  decision: Decision;
  reason: string;
  answersAssessmentId?: string;
  changes: AdjustmentChange[];
};

export type Adjustment = {
  id: string;
  groupId: string;
  planId: string;
  decision: Decision;
  reason: string;
  answersAssessmentId: string | null;
  changes: AdjustmentChange[];
  owner: { kind: 'committee' | 'unit' | 'plan'; id: string; name: string };
  state: 'pending' | 'applied';
  createdAt: string;
  createdByName: string;
  appliedAt: string | null;
  appliedByName: string | null;
  auditSeq: number | null;
};

export type AdjustmentGroup = { groupId: string; adjustments: Adjustment[] };
