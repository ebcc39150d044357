import { structuralEdge, type GraphEdge, type GraphNode, type PlanDiff, type PlanGraph } from '@kompas/domain';
import type { DiffMarks, DiffState, NodeDiff } from '../../map/types';

/** The plan drawn for a comparison: both moments on one map, every node and link marked, and where to look first. */
export type DiffGraph = {
  /** The later moment's plan, with what only the earlier one had (removed nodes and links) added back as ghosts. */
  graph: PlanGraph;
  marks: DiffMarks;
  /** The nodes that differ and both ends of every link that does, in the graph's order: the part the map opens on. */
  changed: string[];
};

/**
 * One graph for the diff's map: `to` (the plan at the comparison's second moment) plus the nodes and
 * links the diff says only the first moment had, with the edges that follow from where a removed
 * aiming point or indicator belonged; each node and link marked added, removed, changed (its fields or
 * an indicator's targets), moved (a focus area's priority only) or unchanged. Pure: the page hands it
 * the diff and the second moment's graph.
 */
export function diffGraph(to: PlanGraph, diff: PlanDiff): DiffGraph {
  const present = new Set(to.nodes.map((n) => n.id));
  const removedNodes = diff.nodes.removed.map((r) => r.node).filter((n) => !present.has(n.id));
  const nodes: GraphNode[] = [...to.nodes, ...removedNodes];
  const ids = new Set(nodes.map((n) => n.id));
  const visionId = nodes.find((n) => n.kind === 'vision')?.id ?? null;

  const edgeIds = new Set(to.edges.map((e) => e.id));
  const removedEdges: GraphEdge[] = [];
  const addRemoved = (edge: GraphEdge) => {
    if (edgeIds.has(edge.id) || !ids.has(edge.source) || !ids.has(edge.target)) return;
    edgeIds.add(edge.id);
    removedEdges.push(edge);
  };
  for (const link of diff.links.removed) addRemoved(link.edge);
  for (const node of removedNodes) {
    if (node.kind === 'aimingPoint' && visionId) addRemoved(structuralEdge('partOf', node.id, visionId));
    if (node.kind === 'indicator') addRemoved(structuralEdge('measures', node.id, node.measuresId));
  }

  const nodeState = new Map<string, DiffState>();
  for (const n of diff.nodes.added) nodeState.set(n.id, 'added');
  for (const n of removedNodes) nodeState.set(n.id, 'removed');
  for (const n of diff.nodes.changed) if (!nodeState.has(n.id)) nodeState.set(n.id, 'changed');
  for (const x of diff.targets) if (!nodeState.has(x.indicatorId)) nodeState.set(x.indicatorId, 'changed');
  const ranks = new Map(diff.priorities.map((p) => [p.focusAreaId, { from: p.from, to: p.to }]));
  for (const id of ranks.keys()) if (!nodeState.has(id)) nodeState.set(id, 'moved');
  const nodeMarks = new Map<string, NodeDiff>(
    nodes.map((n) => [n.id, { state: nodeState.get(n.id) ?? 'unchanged', rank: ranks.get(n.id) ?? null }]),
  );

  const linkState = new Map<string, DiffState>();
  for (const l of diff.links.added) linkState.set(l.id, 'added');
  for (const l of diff.links.changed) linkState.set(l.id, 'changed');
  const removedEdgeIds = new Set(removedEdges.map((e) => e.id));
  const edges = [...to.edges, ...removedEdges];
  const edgeMarks = new Map<string, DiffState>(
    edges.map((e) => {
      if (removedEdgeIds.has(e.id)) return [e.id, 'removed'];
      const state = linkState.get(e.id);
      if (state) return [e.id, state];
      // Where a new aiming point or indicator belongs is new with it.
      const structural = e.kind === 'partOf' || e.kind === 'measures';
      return [e.id, structural && nodeState.get(e.source) === 'added' ? 'added' : 'unchanged'];
    }),
  );

  const differs = new Set<string>();
  for (const [id, mark] of nodeMarks) if (mark.state !== 'unchanged') differs.add(id);
  for (const e of edges) {
    if (edgeMarks.get(e.id) === 'unchanged') continue;
    differs.add(e.source);
    differs.add(e.target);
  }
  return {
    graph: { planId: to.planId, nodes, edges },
    marks: { nodes: nodeMarks, edges: edgeMarks },
    changed: nodes.filter((n) => differs.has(n.id)).map((n) => n.id),
  };
}
