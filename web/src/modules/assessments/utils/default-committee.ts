import type { GraphNode, PlanGraph } from '@kompas/domain';

/**
 * The committee a decision about a node is most likely made by: a focus area's own committee, an
 * action's first focus area's committee; none for an aiming point (the council's).
 */
export function defaultCommitteeOf(node: GraphNode, graph: PlanGraph): string {
  if (node.kind === 'focusArea') return node.committeeId;
  if (node.kind === 'action') {
    for (const edge of graph.edges) {
      if (edge.kind !== 'contributes' || edge.source !== node.id) continue;
      const target = graph.nodes.find((n) => n.id === edge.target);
      if (target?.kind === 'focusArea') return target.committeeId;
    }
  }
  return '';
}

/** What the plan calls its council ("Kommunalbestyrelsen"), from the vision. */
export function councilNameOf(graph: PlanGraph): string {
  const vision = graph.nodes.find((n) => n.kind === 'vision');
  return vision?.kind === 'vision' ? vision.councilName : '';
}
