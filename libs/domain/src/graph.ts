import type {
  ActionStatus,
  Cadence,
  Direction,
  EdgeKind,
  EvidenceKind,
  FocusAreaStatus,
  IndicatorType,
  Judgement,
  NodeKind,
  PlanStatus,
} from './kinds';
import type { Freshness } from './freshness';
import type { LongTermTarget, MeasuredKind, ObservationSeries, ReferenceSeries, TargetEntry } from './indicator-model';

/** The shapes of `GET /api/plans/{planId}/graph`, shared by the API and the map. */

type NodeBase<K extends NodeKind> = {
  id: string;
  kind: K;
  title: string;
  example: boolean;
  /** The row's version: send it as `If-Match` to change or delete the node. */
  version: number;
};

export type VisionNode = NodeBase<'vision'> & {
  organisation: string;
  /** What the plan calls the council that owns the vision ("Kommunalbestyrelsen", "Byrådet"). */
  councilName: string;
  statement: string;
  motivations: string[];
  status: PlanStatus;
  periodStart: string;
  periodEnd: string;
};

export type AimingPointNode = NodeBase<'aimingPoint'> & { ambition: string; position: number };

export type FocusAreaNode = NodeBase<'focusArea'> & {
  committeeId: string;
  committeeName: string;
  coOwnerCommitteeIds: string[];
  rank: number;
  status: FocusAreaStatus;
};

export type ActionNode = NodeBase<'action'> & {
  unitId: string;
  unitName: string;
  responsiblePerson: string | null;
  status: ActionStatus;
  startDate: string | null;
  endDate: string | null;
};

export type LatestObservation = {
  id: string;
  series: ObservationSeries;
  periodStart: string;
  periodEnd: string;
  value: number | null;
  narrative: string | null;
  judgement: Judgement | null;
  recordedAt: string;
};

export type IndicatorNode = NodeBase<'indicator'> & {
  /** The node it measures: the vision (the plan's id), an aiming point, a focus area or an action. */
  measuresId: string;
  /** The kind of node it measures. */
  measures: MeasuredKind;
  type: IndicatorType;
  evidenceKind: EvidenceKind;
  cadence: Cadence;
  unit: string | null;
  direction: Direction | null;
  baselineValue: number | null;
  /** The target path, ordered by period. */
  targets: TargetEntry[];
  longTermTarget: LongTermTarget | null;
  reference: ReferenceSeries | null;
  /** Days after a period ends before its value is due. */
  graceDays: number;
  /** Who answers for its data besides the owner, if anyone. */
  responsibleUserId: string | null;
  /** The newest current observation of its own series. */
  latest: LatestObservation | null;
  /** The newest current observation of its reference series, if it has one. */
  latestReference: LatestObservation | null;
  /** Whether its data is due today (Copenhagen's day): see `freshnessOf`. */
  freshness: Freshness;
};

export type GraphNode = VisionNode | AimingPointNode | FocusAreaNode | ActionNode | IndicatorNode;

export type GraphEdge = {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  /** Drawn links only (`supports`, `contributes`). */
  rationale: string | null;
  strength: number | null;
  example: boolean;
  /** Drawn links only: send it as `If-Match` to change or delete the link. */
  version: number | null;
};

export type PlanGraph = { planId: string; nodes: GraphNode[]; edges: GraphEdge[] };

/**
 * An edge that follows from where a node belongs rather than one people draw: an aiming point is part of
 * the vision, an indicator measures what it hangs under. Its id is derived from the node's, so the same
 * node always has the same one.
 */
export function structuralEdge(kind: 'partOf' | 'measures', source: string, target: string): GraphEdge {
  return { id: `${source}:${kind}`, kind, source, target, rationale: null, strength: null, example: false, version: null };
}
