import type { NodeHealthEntry } from '../../health/types';

/**
 * A node's health on the map, the list view and the panel: the plan's roll-up as the API answers it
 * (`GET /api/plans/{planId}/health`, computed by the domain's `planHealth`), so there is one rule for
 * every node and every page. Null until it has loaded, or for a node the answer does not know yet.
 */
export function nodeHealth(health: ReadonlyMap<string, NodeHealthEntry>, nodeId: string): NodeHealthEntry | null {
  return health.get(nodeId) ?? null;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
