import type { GraphEdge, GraphNode, PlanGraph } from './graph';
import type { Principal } from './permissions';
import { NODE_KINDS, type NodeKind, type PlanStatus } from './kinds';

/** What the map's filter bar asks for; null means "any". */
export type MapFilter = { committeeId: string | null; unitId: string | null; aimingPointId: string | null; status: string | null };

export const NO_FILTER: MapFilter = Object.freeze({ committeeId: null, unitId: null, aimingPointId: null, status: null });

/** Whether a filter narrows the map at all ('' counts as "any", like null). */
export function isFiltering(filter: MapFilter): boolean {
  return !!(filter.committeeId || filter.unitId || filter.aimingPointId || filter.status);
}

type Index = {
  byId: Map<string, GraphNode>;
  /** Edges leaving a node, i.e. towards the vision. */
  up: Map<string, GraphEdge[]>;
  /** Edges arriving at a node, i.e. from its data. */
  down: Map<string, GraphEdge[]>;
};

function indexGraph(graph: PlanGraph): Index {
  const byId = new Map<string, GraphNode>();
  for (const node of graph.nodes) byId.set(node.id, node);
  const up = new Map<string, GraphEdge[]>();
  const down = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    // An edge to a node not in the graph is no link at all.
    if (!byId.has(edge.source) || !byId.has(edge.target)) continue;
    push(up, edge.source, edge);
    push(down, edge.target, edge);
  }
  return { byId, up, down };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Narrow a graph to what a filter asks for; returns a new PlanGraph with only
 * kept nodes and only edges whose both ends are kept.
 *
 * Filters combine by applying one after the other (aiming point, committee,
 * unit, status), each to what the one before kept. That is the intersection of what
 * each keeps on its own, except that an action or indicator is never left
 * hanging: an action stays only if a focus area it contributes to stays.
 * The vision always stays. Aiming points stay only if the filter reaches them:
 * with a committee filter, only the aiming points its focus areas support.
 * A unit filter keeps the unit's actions with the focus areas they contribute
 * to and the aiming points those support.
 * NO_FILTER (all null; '' counts as null) returns the graph itself.
 */
export function filterPlanGraph(graph: PlanGraph, filter: MapFilter): PlanGraph {
  let result = graph;
  if (given(filter.aimingPointId)) result = keep(result, byAimingPoint(result, filter.aimingPointId));
  if (given(filter.committeeId)) result = keep(result, byCommittee(result, filter.committeeId));
  if (given(filter.unitId)) result = keep(result, byUnit(result, filter.unitId));
  if (given(filter.status)) result = keep(result, byStatus(result, filter.status));
  return result;
}

// A select's empty option ('') means "any", like null.
function given(value: string | null): value is string {
  return value !== null && value !== '';
}

function keep(graph: PlanGraph, kept: Set<string>): PlanGraph {
  return {
    planId: graph.planId,
    nodes: graph.nodes.filter((n) => kept.has(n.id)),
    edges: graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
  };
}

// The nodes at the other end of a node's edges of one kind, in one direction.
function neighbours(edges: Map<string, GraphEdge[]>, id: string, kind: GraphEdge['kind'], end: 'source' | 'target'): string[] {
  return (edges.get(id) ?? []).filter((e) => e.kind === kind).map((e) => e[end]);
}

function visions(graph: PlanGraph): string[] {
  return graph.nodes.filter((n) => n.kind === 'vision').map((n) => n.id);
}

// Indicators measuring any of the kept nodes, added to the kept set.
function addIndicators(graph: PlanGraph, kept: Set<string>): Set<string> {
  for (const node of graph.nodes) if (node.kind === 'indicator' && kept.has(node.measuresId)) kept.add(node.id);
  return kept;
}

// Actions contributing to kept focus areas.
function addActions(index: Index, kept: Set<string>, focusAreaIds: readonly string[]): void {
  for (const id of focusAreaIds) {
    for (const actionId of neighbours(index.down, id, 'contributes', 'source')) {
      if (index.byId.get(actionId)?.kind === 'action') kept.add(actionId);
    }
  }
}

function byCommittee(graph: PlanGraph, committeeId: string): Set<string> {
  const index = indexGraph(graph);
  const focusAreaIds = graph.nodes
    .filter((n) => n.kind === 'focusArea' && (n.committeeId === committeeId || n.coOwnerCommitteeIds.includes(committeeId)))
    .map((n) => n.id);
  const kept = new Set([...visions(graph), ...focusAreaIds]);
  for (const id of focusAreaIds) {
    for (const target of neighbours(index.up, id, 'supports', 'target'))
      if (index.byId.get(target)?.kind === 'aimingPoint') kept.add(target);
  }
  addActions(index, kept, focusAreaIds);
  return addIndicators(graph, kept);
}

function byUnit(graph: PlanGraph, unitId: string): Set<string> {
  const index = indexGraph(graph);
  const kept = new Set(visions(graph));
  for (const node of graph.nodes) {
    if (node.kind !== 'action' || node.unitId !== unitId) continue;
    kept.add(node.id);
    for (const target of neighbours(index.up, node.id, 'contributes', 'target')) {
      if (index.byId.get(target)?.kind !== 'focusArea') continue;
      kept.add(target);
      for (const up of neighbours(index.up, target, 'supports', 'target')) if (index.byId.get(up)?.kind === 'aimingPoint') kept.add(up);
    }
  }
  return addIndicators(graph, kept);
}

function byAimingPoint(graph: PlanGraph, aimingPointId: string): Set<string> {
  const index = indexGraph(graph);
  const kept = new Set(visions(graph));
  // The vision stays, and with it what measures it.
  if (index.byId.get(aimingPointId)?.kind !== 'aimingPoint') return addIndicators(graph, kept);
  kept.add(aimingPointId);
  const focusAreaIds = neighbours(index.down, aimingPointId, 'supports', 'source').filter((id) => index.byId.get(id)?.kind === 'focusArea');
  for (const id of focusAreaIds) kept.add(id);
  addActions(index, kept, focusAreaIds);
  return addIndicators(graph, kept);
}

function byStatus(graph: PlanGraph, status: string): Set<string> {
  const index = indexGraph(graph);
  const kept = new Set(visions(graph));
  const addUp = (id: string) => {
    for (const target of neighbours(index.up, id, 'supports', 'target'))
      if (index.byId.get(target)?.kind === 'aimingPoint') kept.add(target);
  };
  for (const node of graph.nodes) {
    if ((node.kind !== 'focusArea' && node.kind !== 'action') || node.status !== status) continue;
    kept.add(node.id);
    if (node.kind === 'focusArea') {
      addUp(node.id);
      continue;
    }
    // An action's path to the vision runs through its focus areas, kept here as ancestors whatever their status.
    for (const target of neighbours(index.up, node.id, 'contributes', 'target')) {
      if (index.byId.get(target)?.kind !== 'focusArea') continue;
      kept.add(target);
      addUp(target);
    }
  }
  return addIndicators(graph, kept);
}

/**
 * Every node and edge on the path of `nodeId`: up to the vision (following
 * edges source→target transitively) and down to its data (following edges
 * target→source transitively). Includes the node itself. Empty sets for a node
 * not in the graph.
 */
export function pathThrough(graph: PlanGraph, nodeId: string): { nodeIds: Set<string>; edgeIds: Set<string> } {
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  const index = indexGraph(graph);
  if (!index.byId.has(nodeId)) return { nodeIds, edgeIds };
  nodeIds.add(nodeId);
  // Two separate walks: going up and then down again would reach siblings, which are not on the path.
  for (const [edges, end] of [
    [index.up, 'target'],
    [index.down, 'source'],
  ] as const) {
    const seen = new Set([nodeId]);
    const stack = [nodeId];
    while (stack.length > 0) {
      for (const edge of edges.get(stack.pop() as string) ?? []) {
        edgeIds.add(edge.id);
        const other = edge[end];
        if (seen.has(other)) continue;
        seen.add(other);
        nodeIds.add(other);
        stack.push(other);
      }
    }
  }
  return { nodeIds, edgeIds };
}

/**
 * Fold a text for search: lower case and without accents, except that Danish
 * æ, ø and å stay letters of their own (å must not match a, nor a match å).
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/a\u030a/g, 'å')
    .replace(/[\u0300-\u036f]/g, '');
}

const KIND_ORDER: Readonly<Record<NodeKind, number>> = Object.fromEntries(NODE_KINDS.map((kind, i) => [kind, i])) as Record<
  NodeKind,
  number
>;
const collator = new Intl.Collator('da');

/**
 * The names a node's owners go by: a focus area's committee (and the committees
 * sharing it, when their names are known), an action's unit.
 */
export function ownerNames(node: GraphNode, committeeNames?: ReadonlyMap<string, string>): string[] {
  if (node.kind === 'focusArea') {
    const shared = node.coOwnerCommitteeIds.map((id) => committeeNames?.get(id) ?? '').filter(Boolean);
    return [node.committeeName, ...shared];
  }
  if (node.kind === 'action') return [node.unitName];
  return [];
}

/**
 * Search by title and by owner: case- and accent-insensitive (Danish æ/ø/å
 * match themselves; 'ae' does not match 'æ'), substring, ranked: title
 * starts-with, then title contains, then an owner's name (committee, unit;
 * see `ownerNames`) starts with or contains it; within each, by kind order
 * vision, aimingPoint, focusArea, action, indicator, then title (then id).
 * A blank query finds nothing; no limit returns every match.
 */
export function searchNodes(graph: PlanGraph, query: string, limit = Infinity, committeeNames?: ReadonlyMap<string, string>): GraphNode[] {
  const q = foldForSearch(query.trim());
  if (q === '' || !(limit > 0)) return [];
  // 0: title starts with it, 1: title contains it, 2: an owner's name starts with it, 3: contains it.
  const hits: { node: GraphNode; rank: number }[] = [];
  for (const node of graph.nodes) {
    const rank = matchRank(foldForSearch(node.title), q, 0) ?? ownerRank(node, q, committeeNames);
    if (rank !== null) hits.push({ node, rank });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      KIND_ORDER[a.node.kind] - KIND_ORDER[b.node.kind] ||
      collator.compare(a.node.title, b.node.title) ||
      (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0),
  );
  return hits.slice(0, limit).map((h) => h.node);
}

function matchRank(text: string, q: string, base: number): number | null {
  const at = text.indexOf(q);
  return at < 0 ? null : base + (at === 0 ? 0 : 1);
}

function ownerRank(node: GraphNode, q: string, committeeNames?: ReadonlyMap<string, string>): number | null {
  let best: number | null = null;
  for (const name of ownerNames(node, committeeNames)) {
    const rank = matchRank(foldForSearch(name), q, 2);
    if (rank !== null && (best === null || rank < best)) best = rank;
  }
  return best;
}

export type PlanSummary = { id: string; title: string; status: PlanStatus; periodStart: string; periodEnd: string };

/**
 * The plan to open by default: the adopted plan whose period covers `today`
 * (YYYY-MM-DD, both ends inclusive), else the newest plan of any status. When
 * several qualify, the newest wins: latest periodStart, then latest periodEnd,
 * then title (A before Z), then id. null for an empty list.
 */
export function currentPlan<T extends PlanSummary>(plans: readonly T[], today: string): T | null {
  const covering = plans.filter((p) => p.status === 'adopted' && p.periodStart <= today && today <= p.periodEnd);
  return newest(covering.length > 0 ? covering : plans);
}

function newest<T extends PlanSummary>(plans: readonly T[]): T | null {
  let best: T | null = null;
  for (const plan of plans) if (best === null || isNewer(plan, best)) best = plan;
  return best;
}

function isNewer(a: PlanSummary, b: PlanSummary): boolean {
  if (a.periodStart !== b.periodStart) return a.periodStart > b.periodStart;
  if (a.periodEnd !== b.periodEnd) return a.periodEnd > b.periodEnd;
  const byTitle = collator.compare(a.title, b.title);
  if (byTitle !== 0) return byTitle < 0;
  return a.id < b.id;
}

/** Who the map opens for: the roles and what they own, as the permission rules see them. */
export type MapViewer = Pick<Principal, 'roles' | 'committeeIds' | 'unitIds'>;

/**
 * The nodes the map opens on for a viewer: a committee member's focus areas
 * (their committees' lanes; focus areas they only share, which stand in other
 * committees' lanes, when their committees lead none), a manager's unit's
 * actions with the focus areas they contribute to; both for someone who is
 * both. null, the whole plan, for directors, administrators and viewers, and
 * for anyone who owns nothing in this plan.
 */
export function ownPart(graph: PlanGraph, viewer: MapViewer | null): string[] | null {
  if (!viewer) return null;
  if (viewer.roles.some((role) => role === 'director' || role === 'administrator')) return null;
  const member = viewer.roles.includes('committeeMember');
  const manager = viewer.roles.includes('manager');
  const committees = new Set(member ? viewer.committeeIds : []);
  const units = new Set(manager ? viewer.unitIds : []);
  const own = new Set<string>();
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const lanes = graph.nodes.filter((n) => n.kind === 'focusArea' && committees.has(n.committeeId));
  const shared = graph.nodes.filter((n) => n.kind === 'focusArea' && n.coOwnerCommitteeIds.some((id) => committees.has(id)));
  for (const node of lanes.length > 0 ? lanes : shared) own.add(node.id);
  for (const node of graph.nodes) if (node.kind === 'action' && units.has(node.unitId)) own.add(node.id);
  for (const edge of graph.edges) {
    if (edge.kind !== 'contributes' || !own.has(edge.source) || byId.get(edge.source)?.kind !== 'action') continue;
    if (byId.get(edge.target)?.kind === 'focusArea') own.add(edge.target);
  }
  return own.size > 0 ? graph.nodes.filter((n) => own.has(n.id)).map((n) => n.id) : null;
}

/** One line of the map's list view and what hangs under it. */
export type OutlineItem = { node: GraphNode; children: OutlineItem[] };
/**
 * The list view's parts: the plan from the vision down; focus areas that
 * support no aiming point; actions that contribute to no focus area; indicators
 * measuring nothing in the graph. Parts with nothing in them are left out.
 */
export type OutlineSection = { part: 'plan' | 'unsupported' | 'unlinked' | 'unmeasured'; items: OutlineItem[] };

/**
 * The map's content as an outline, so that every node the map shows is in it:
 * vision → aiming points (in their order) and the vision's indicators → focus
 * areas supporting each aiming point, in priority order (by committee, in the
 * order the graph lists them, then rank, then title), and the aiming point's
 * indicators → actions contributing to each (by title) and the focus area's
 * indicators → each action's indicators. A node under several parents is
 * listed under each.
 */
export function listOutline(graph: PlanGraph): OutlineSection[] {
  const index = indexGraph(graph);
  const committeeOrder = new Map<string, number>();
  for (const node of graph.nodes)
    if (node.kind === 'focusArea' && !committeeOrder.has(node.committeeId)) committeeOrder.set(node.committeeId, committeeOrder.size);
  const byPriority = (a: GraphNode, b: GraphNode) =>
    (a.kind === 'focusArea' && b.kind === 'focusArea'
      ? (committeeOrder.get(a.committeeId) ?? 0) - (committeeOrder.get(b.committeeId) ?? 0) || a.rank - b.rank
      : 0) ||
    collator.compare(a.title, b.title) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const under = (id: string, kind: GraphEdge['kind'], of: GraphNode['kind']) =>
    neighbours(index.down, id, kind, 'source')
      .map((source) => index.byId.get(source))
      .filter((n): n is GraphNode => n?.kind === of)
      .sort(byPriority);
  const indicatorsOf = (id: string) => under(id, 'measures', 'indicator').map((node) => ({ node, children: [] }));
  const actionItem = (node: GraphNode): OutlineItem => ({ node, children: indicatorsOf(node.id) });
  const focusAreaItem = (node: GraphNode): OutlineItem => ({
    node,
    children: [...under(node.id, 'contributes', 'action').map(actionItem), ...indicatorsOf(node.id)],
  });
  const aimingPointItem = (node: GraphNode): OutlineItem => ({
    node,
    children: [...under(node.id, 'supports', 'focusArea').map(focusAreaItem), ...indicatorsOf(node.id)],
  });

  const aimingPoints = graph.nodes
    .filter((n): n is Extract<GraphNode, { kind: 'aimingPoint' }> => n.kind === 'aimingPoint')
    .sort((a, b) => a.position - b.position || byPriority(a, b))
    .map(aimingPointItem);
  const plan = graph.nodes
    .filter((n) => n.kind === 'vision')
    .map((node, i): OutlineItem => ({ node, children: [...(i === 0 ? aimingPoints : []), ...indicatorsOf(node.id)] }));
  // An indicator is listed under what it measures when that is in the graph (every other node is listed somewhere).
  const isMeasured = (id: string) => {
    const kind = index.byId.get(id)?.kind;
    return kind !== undefined && kind !== 'indicator';
  };
  const hasUp = (id: string, kind: GraphEdge['kind'], of: GraphNode['kind']) =>
    neighbours(index.up, id, kind, 'target').some((target) => index.byId.get(target)?.kind === of);
  const sections: OutlineSection[] = [
    { part: 'plan', items: plan.length > 0 ? plan : aimingPoints },
    {
      part: 'unsupported',
      items: graph.nodes
        .filter((n) => n.kind === 'focusArea' && !hasUp(n.id, 'supports', 'aimingPoint'))
        .sort(byPriority)
        .map(focusAreaItem),
    },
    {
      part: 'unlinked',
      items: graph.nodes
        .filter((n) => n.kind === 'action' && !hasUp(n.id, 'contributes', 'focusArea'))
        .sort(byPriority)
        .map(actionItem),
    },
    {
      part: 'unmeasured',
      items: graph.nodes
        .filter((n) => n.kind === 'indicator' && !isMeasured(n.measuresId))
        .sort(byPriority)
        .map((node) => ({ node, children: [] })),
    },
  ];
  return sections.filter((s) => s.items.length > 0);
}

/**
 * The part of the (filtered) graph the map opens on, for `openingView`: what
 * an address names wins over the viewer's own part: a selected node, or a
 * selected link's two ends; else a committee or unit filter's own part (the
 * committee's focus areas, the unit's actions and what they serve); else, with
 * any other filter, null (the whole of what it keeps); else the viewer's own
 * part (`ownPart`).
 */
export function openingPart(
  graph: PlanGraph,
  filter: MapFilter,
  selection: { type: 'node' | 'link'; id: string } | null,
  viewer: MapViewer | null,
): string[] | null {
  const present = new Set(graph.nodes.map((n) => n.id));
  if (selection?.type === 'node' && present.has(selection.id)) return [selection.id];
  const link = selection?.type === 'link' ? graph.edges.find((e) => e.id === selection.id) : undefined;
  if (link && present.has(link.source) && present.has(link.target)) return [link.source, link.target];
  const committeeId = given(filter.committeeId) ? filter.committeeId : null;
  const unitId = given(filter.unitId) ? filter.unitId : null;
  if (committeeId || unitId) {
    return ownPart(graph, {
      roles: [...(committeeId ? (['committeeMember'] as const) : []), ...(unitId ? (['manager'] as const) : [])],
      committeeIds: committeeId ? [committeeId] : [],
      unitIds: unitId ? [unitId] : [],
    });
  }
  return isFiltering(filter) ? null : ownPart(graph, viewer);
}
