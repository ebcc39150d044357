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
  periodStart: string;
  periodEnd: string;
  value: number | null;
  narrative: string | null;
  judgement: Judgement | null;
  recordedAt: string;
};

export type IndicatorNode = NodeBase<'indicator'> & {
  /** The focus area or action it measures. */
  measuresId: string;
  type: IndicatorType;
  evidenceKind: EvidenceKind;
  cadence: Cadence;
  unit: string | null;
  direction: Direction | null;
  baselineValue: number | null;
  targetValue: number | null;
  targetDate: string | null;
  latest: LatestObservation | null;
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
