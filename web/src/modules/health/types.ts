import type { HealthReason, NodeHealth } from '@kompas/domain';

/** One node's health as `GET /api/plans/{planId}/health` answers it. */
export type NodeHealthEntry = { nodeId: string; health: NodeHealth; explanation: string; reasons: HealthReason[] };

/** The answer of `GET /api/plans/{planId}/health`. */
export type PlanHealth = { planId: string; nodes: NodeHealthEntry[] };
