import type { FreshnessContext, GraphNode, IndicatorNode, PlanGraph } from '@kompas/domain';

/** The kinds of edge that lead up the cascade towards the vision (not an indicator's `measures`). */
const UPWARD = new Set(['partOf', 'supports', 'contributes']);
/** Enough ways up to read; a node that supports many aiming points lists the first ones. */
const MAX_PATHS = 8;

/**
 * The ways from the node an indicator measures up to the vision, each from that node to the vision:
 * an action → its focus area → the aiming point it supports → the vision. A node with several
 * parents has several ways up; the node itself alone when it is the vision or nothing leads up.
 */
export function pathsToVision(graph: PlanGraph, indicator: Pick<IndicatorNode, 'measuresId'>): GraphNode[][] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const start = byId.get(indicator.measuresId);
  if (!start) return [];
  const up = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (!UPWARD.has(e.kind) || !byId.has(e.target)) continue;
    up.set(e.source, [...(up.get(e.source) ?? []), e.target]);
  }
  const paths: GraphNode[][] = [];
  const walk = (path: GraphNode[]) => {
    if (paths.length >= MAX_PATHS) return;
    const last = path[path.length - 1];
    const next = (up.get(last.id) ?? []).filter((id) => !path.some((n) => n.id === id));
    if (!next.length || last.kind === 'vision') {
      paths.push(path);
      return;
    }
    for (const id of next) walk([...path, byId.get(id) as GraphNode]);
  };
  walk([start]);
  return paths;
}

/** Where an indicator sits, as freshness needs it: its plan's status and start, and the status of what it measures. Null without the vision. */
export function freshnessContext(graph: PlanGraph, indicator: Pick<IndicatorNode, 'measuresId' | 'measures'>): FreshnessContext | null {
  const vision = graph.nodes.find((n) => n.kind === 'vision');
  if (!vision || vision.kind !== 'vision') return null;
  const plan = { status: vision.status, periodStart: vision.periodStart };
  const measured = graph.nodes.find((n) => n.id === indicator.measuresId);
  if (measured?.kind === 'action') return { plan, measures: { kind: 'action', status: measured.status } };
  if (measured?.kind === 'focusArea') return { plan, measures: { kind: 'focusArea', status: measured.status } };
  return { plan, measures: { kind: indicator.measures === 'vision' ? 'vision' : 'aimingPoint' } };
}
