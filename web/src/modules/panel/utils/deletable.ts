import { can, ownerOf, type GraphNode, type PlanGraph, type Principal } from '@kompas/domain';

/**
 * Whether deleting the node would take recorded observations with it, which the API refuses
 * (observations are never deleted): an indicator with data, or a focus area or action one of whose
 * indicators has data.
 */
export function holdsObservations(graph: PlanGraph, node: GraphNode): boolean {
  if (node.kind === 'indicator') return node.latest !== null;
  if (node.kind !== 'focusArea' && node.kind !== 'action') return false;
  return graph.nodes.some((n) => n.kind === 'indicator' && n.measuresId === node.id && n.latest !== null);
}

/**
 * The owners a node may be given by this person: only committees or units whose things they may
 * change (the API refuses any other), and always the one it has now, so the field shows it.
 */
export function ownerChoices<T extends { id: string }>(
  kind: 'focusArea' | 'action',
  all: readonly T[],
  current: string | null,
  principal: Principal | null,
): T[] {
  const mine = (id: string) =>
    can(principal, kind === 'focusArea' ? ownerOf('focusArea', { committeeId: id }) : ownerOf('action', { unitId: id }));
  return all.filter((o) => o.id === current || mine(o.id));
}
