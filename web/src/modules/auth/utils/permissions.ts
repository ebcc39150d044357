import { can, GraphEdge, GraphNode, IndicatorNode, NodeKind, ownerOf, Permission, PlanGraph, Principal, recordingOf } from '@kompas/domain';
import type { Me } from '../../api/types';

/** The rules' view of the signed-in user. */
export function principalOf(me: Me): Principal {
  return { userId: me.id, roles: me.roles, committeeIds: me.committeeIds, unitIds: me.unitIds };
}

/** What changing a node takes, as `ownerOf` decides; null for an indicator whose measured node is not in the graph. */
export function editPermission(node: GraphNode, graph: PlanGraph): Permission | null {
  switch (node.kind) {
    case 'vision':
    case 'aimingPoint':
      return ownerOf(node.kind, {});
    case 'focusArea':
      return ownerOf('focusArea', node);
    case 'action':
      return ownerOf('action', node);
    case 'indicator': {
      // An indicator of the vision or of an aiming point is the administrators', as the plan is.
      if (node.measures === 'vision' || node.measures === 'aimingPoint') return ownerOf('indicator', { plan: true });
      const measured = graph.nodes.find((n) => n.id === node.measuresId);
      if (measured?.kind === 'focusArea') return ownerOf('indicator', { committeeId: measured.committeeId });
      if (measured?.kind === 'action') return ownerOf('indicator', { unitId: measured.unitId });
      return null;
    }
  }
}

export function mayEditNode(principal: Principal | null, node: GraphNode, graph: PlanGraph): boolean {
  const permission = editPermission(node, graph);
  return !!permission && can(principal, permission);
}

/** A drawn link belongs to where it starts: a focus area's supports links to its committee, an action's to its unit. */
export function mayEditLink(principal: Principal | null, edge: Pick<GraphEdge, 'source'>, graph: PlanGraph): boolean {
  const source = graph.nodes.find((n) => n.id === edge.source);
  return !!source && (source.kind === 'focusArea' || source.kind === 'action') && mayEditNode(principal, source, graph);
}

/** Links are drawn from focus areas and actions the user may change. */
export function mayStartLinkFrom(principal: Principal | null, node: GraphNode, graph: PlanGraph): boolean {
  return (node.kind === 'focusArea' || node.kind === 'action') && mayEditNode(principal, node, graph);
}

export type Creatable = Extract<NodeKind, 'focusArea' | 'action' | 'indicator'>;

/** What the user may create in a plan: for a committee they sit on, a unit they lead, or a node they may measure. */
export function creatableKinds(
  principal: Principal | null,
  graph: PlanGraph,
  committeeIds: readonly string[],
  unitIds: readonly string[],
): Creatable[] {
  const kinds: Creatable[] = [];
  if (committeeIds.some((committeeId) => can(principal, ownerOf('focusArea', { committeeId })))) kinds.push('focusArea');
  if (unitIds.some((unitId) => can(principal, ownerOf('action', { unitId })))) kinds.push('action');
  if (graph.nodes.some((n) => n.kind !== 'indicator' && mayEditNode(principal, n, graph))) kinds.push('indicator');
  return kinds;
}

/** Why the user may only read a node, as a text key and its values. */
export function readOnlyReason(
  node: GraphNode,
  graph: PlanGraph,
  unitNames: ReadonlyMap<string, string>,
): { key: string; values: Record<string, string> } {
  const owner = node.kind === 'indicator' ? graph.nodes.find((n) => n.id === node.measuresId) : node;
  if (owner?.kind === 'focusArea') return { key: 'permission.focusArea', values: { committee: owner.committeeName } };
  if (owner?.kind === 'action') return { key: 'permission.action', values: { unit: owner.unitName || unitNames.get(owner.unitId) || '' } };
  return { key: 'permission.plan', values: {} };
}

/**
 * Whether the user may record and correct an indicator's observations, as the API decides: whoever may
 * change the indicator (the owners of what it measures; administrators for the vision and aiming points),
 * and its responsible person wherever it hangs.
 */
export function mayRecordIndicator(principal: Principal | null, node: IndicatorNode, graph: PlanGraph): boolean {
  if (!principal) return false;
  const owner = editPermission(node, graph);
  // Without the measured node in view only the responsible person is known to be allowed.
  if (!owner) return !!node.responsibleUserId && principal.userId === node.responsibleUserId;
  return can(principal, recordingOf(owner, node.responsibleUserId));
}

/** Whether the user may record observations of some indicator of the plan (and so import a file of them). */
export function mayRecordData(principal: Principal | null, graph: PlanGraph): boolean {
  return graph.nodes.some((n) => n.kind === 'indicator' && mayRecordIndicator(principal, n, graph));
}
