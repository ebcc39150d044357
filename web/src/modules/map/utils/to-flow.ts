import { Position } from '@xyflow/react';
import {
  checkNewLink,
  ExistingLink,
  GraphEdge,
  GraphNode,
  LinkEnd,
  LinkKind,
  MapLayout,
  NodeKind,
  PlanGraph,
  RuleResult,
} from '@kompas/domain';
import { ConnectHint, DiffMarks, DiffState, KompasEdge, KompasNode, NodeDiff } from '../types';

export type FlowOptions = {
  selectedNodeId: string | null;
  selectedLinkId: string | null;
  /** The selected node's path up to the vision and down to its data; everything else is dimmed. */
  path: { nodeIds: Set<string>; edgeIds: Set<string> } | null;
  /** The node a link is being drawn from. */
  connectingFrom: string | null;
  /** Links being saved, drawn until the API answers. */
  pendingEdges: GraphEdge[];
  /** A link's name for screen readers, from the titles of its ends in the user's language. */
  edgeLabel?: (source: GraphNode, target: GraphNode) => string;
  /** What a screen reader calls a node (its kind) and a link, in the user's language, instead of React Flow's "node" and "edge". */
  roles?: { node: (kind: NodeKind) => string; edge: string };
  /** Nothing can be linked from or to any node (the plan as it was, a comparison). */
  readOnly?: boolean;
  /** On a comparison of two moments: how each node and link differs (`data-diff` on its element, and its mark). */
  marks?: DiffMarks;
  /** A mark in words, said after the node's or link's name ("Trivsel i skolen (Fjernet)"). */
  markWords?: (state: DiffState, rank: NodeDiff['rank']) => string;
};

/** Top to bottom, then left to right: the order a reader (and Tab) goes through the map. */
export function readingOrder<T extends { x: number; y: number }>(boxes: readonly T[]): T[] {
  return [...boxes].sort((a, b) => a.y - b.y || a.x - b.x);
}

/**
 * The API's own check of a new link (`checkNewLink`: kinds, plan, duplicates), asked of the map's graph.
 * Null when either end is not on the map.
 */
export function checkLinkOnMap(graph: PlanGraph, sourceId: string, targetId: string): RuleResult<LinkKind> | null {
  const source = graph.nodes.find((n) => n.id === sourceId);
  const target = graph.nodes.find((n) => n.id === targetId);
  if (!source || !target) return null;
  return checkNewLink(linkEnd(graph, source), linkEnd(graph, target), linksFrom(graph, sourceId));
}

/** Which nodes a link from `source` may end at: the same check, for every node at once. */
export function connectHints(graph: PlanGraph, sourceId: string): Map<string, ConnectHint> {
  const hints = new Map<string, ConnectHint>();
  const source = graph.nodes.find((n) => n.id === sourceId);
  if (!source) return hints;
  const from = linkEnd(graph, source);
  const existing = linksFrom(graph, sourceId);
  for (const node of graph.nodes) {
    if (node.id === sourceId) hints.set(node.id, 'source');
    else hints.set(node.id, checkNewLink(from, linkEnd(graph, node), existing).ok ? 'allowed' : 'refused');
  }
  return hints;
}

const linkEnd = (graph: PlanGraph, node: GraphNode): LinkEnd => ({ id: node.id, kind: node.kind, planId: graph.planId });
// Only the source's own links can make a new link from it a duplicate.
const linksFrom = (graph: PlanGraph, sourceId: string): ExistingLink[] =>
  graph.edges.filter((e) => e.source === sourceId).map((e) => ({ sourceId: e.source, targetId: e.target }));

// The handle boxes the node components draw (12 px, centred on the top and bottom borders).
export const HANDLE_SIZE = 12;
const HAS_TOP_HANDLE: Record<NodeKind, boolean> = { vision: false, aimingPoint: true, focusArea: true, action: true, indicator: true };
const HAS_BOTTOM_HANDLE: Record<NodeKind, boolean> = { vision: true, aimingPoint: true, focusArea: true, action: true, indicator: false };

/**
 * Where a node's handles are, declared up front: React Flow can then draw edges
 * and skip measuring every node of a big plan before it shows any of them.
 * Edges go upward: they leave a node at the top and arrive at the bottom.
 */
export function nodeHandles(id: string, kind: NodeKind, width: number, height: number) {
  const x = width / 2 - HANDLE_SIZE / 2;
  const handles = [];
  if (HAS_TOP_HANDLE[kind])
    handles.push({
      nodeId: id,
      type: 'source' as const,
      position: Position.Top,
      x,
      y: -HANDLE_SIZE / 2,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    });
  if (HAS_BOTTOM_HANDLE[kind])
    handles.push({
      nodeId: id,
      type: 'target' as const,
      position: Position.Bottom,
      x,
      y: height - HANDLE_SIZE / 2,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    });
  return handles;
}

/** A name with its comparison's mark said after it, when it has one. */
function withMark<T extends string | undefined>(
  name: T,
  state: DiffState | undefined,
  rank: NodeDiff['rank'],
  options: FlowOptions,
): T | string {
  if (name === undefined || !state || state === 'unchanged' || !options.markWords) return name;
  return `${name} (${options.markWords(state, rank)})`;
}

/** Turns a laid-out plan graph into React Flow's nodes and edges. Pure, so it is unit-tested. */
export function toFlow(graph: PlanGraph, layout: MapLayout, options: FlowOptions): { nodes: KompasNode[]; edges: KompasEdge[] } {
  const byId = new Map<string, GraphNode>(graph.nodes.map((n) => [n.id, n]));
  const hints = options.connectingFrom ? connectHints(graph, options.connectingFrom) : null;
  const path = options.path;

  const nodes: KompasNode[] = [];
  const placed = new Set<string>();
  for (const box of readingOrder(layout.nodes)) {
    const node = byId.get(box.id);
    if (!node) continue;
    placed.add(node.id);
    const diff = options.marks?.nodes.get(node.id);
    nodes.push({
      id: node.id,
      type: node.kind as NodeKind,
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      // Known sizes, so React Flow reports no size changes (each would hand every node back through React).
      measured: { width: box.width, height: box.height },
      handles: nodeHandles(node.id, node.kind, box.width, box.height),
      selected: node.id === options.selectedNodeId,
      draggable: false,
      connectable: !options.readOnly && (node.kind === 'action' || node.kind === 'focusArea' || node.kind === 'aimingPoint'),
      ariaLabel: withMark(node.title, diff?.state, diff?.rank ?? null, options),
      domAttributes:
        options.roles || diff
          ? {
              ...(options.roles ? { 'aria-roledescription': options.roles.node(node.kind) } : {}),
              ...(diff ? { 'data-diff': diff.state } : {}),
            }
          : undefined,
      data: {
        node,
        dimmed: !!path && !path.nodeIds.has(node.id),
        onPath: !!path && path.nodeIds.has(node.id),
        connect: hints?.get(node.id) ?? 'none',
        ...(diff ? { diff } : {}),
      },
    });
  }

  const edges: KompasEdge[] = [];
  const edgeName = (edge: GraphEdge): string | undefined => {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    return source && target && options.edgeLabel ? options.edgeLabel(source, target) : undefined;
  };
  const toEdge = (edge: GraphEdge, pending: boolean, diff = options.marks?.edges.get(edge.id)): KompasEdge => ({
    id: edge.id,
    type: edge.kind,
    source: edge.source,
    target: edge.target,
    selected: edge.id === options.selectedLinkId,
    // Only drawn links can be selected and edited; partOf and measures follow from where a node belongs.
    selectable: !pending && (edge.kind === 'supports' || edge.kind === 'contributes'),
    focusable: !pending && (edge.kind === 'supports' || edge.kind === 'contributes'),
    zIndex: edge.id === options.selectedLinkId ? 1 : 0,
    ariaLabel: withMark(edgeName(edge), diff, null, options),
    // Edges come before the nodes in the page, so in Tab's order they would all come first: they are reached
    // from a node's panel (its links) or by pointer instead, and still take focus there (Delete removes one).
    domAttributes: {
      ...(!pending && (edge.kind === 'supports' || edge.kind === 'contributes') ? { tabIndex: -1 } : {}),
      ...(options.roles ? { 'aria-roledescription': options.roles.edge } : {}),
      ...(diff ? { 'data-diff': diff } : {}),
    },
    data: {
      edge,
      dimmed: !!path && !path.edgeIds.has(edge.id),
      onPath: !!path && path.edgeIds.has(edge.id),
      pending,
      ...(diff ? { diff } : {}),
    },
  });
  for (const edge of graph.edges) {
    if (placed.has(edge.source) && placed.has(edge.target)) edges.push(toEdge(edge, false));
  }
  for (const edge of options.pendingEdges) {
    if (placed.has(edge.source) && placed.has(edge.target)) edges.push(toEdge(edge, true));
  }
  return { nodes, edges };
}
