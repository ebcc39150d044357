import type { NodeHealth } from '@kompas/domain';

/** A finding of the alignment audit, as a scenario's preview carries it. */
export type Finding = {
  code: string;
  nodeId: string;
  related: string[];
  committeeIds: string[];
  aimingPointIds: string[];
  params: Record<string, string | number | null>;
};
export type Score = { id: string; score: number; lost: { findingIndex: number; points: number }[] };
export type PreviewSide = {
  findings: Finding[];
  scores: { committees: Score[]; aimingPoints: Score[] };
  health: { nodeId: string; health: NodeHealth; explanation: string }[];
};
export type ScenarioPreview = { now: PreviewSide; scenario: PreviewSide };
/** A staged change, in the adjustment's `changes` form. */
export type StagedChangeInput = Record<string, unknown> & { kind: string };
/** A scenario as stored: its staged changes, in the adjustment's `changes` form. */
export type StoredScenario = { id: string; planId: string; createdAt: string; changes: Record<string, unknown>[] };
/** One of the reader's open scenarios on a plan. */
export type OpenScenario = { id: string; planId: string; createdAt: string; changeCount: number };
