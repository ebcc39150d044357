import type { Edge, Node } from '@xyflow/react';
import type { EdgeKind, GraphEdge, GraphNode, NodeKind } from '@kompas/domain';

/** While a link is being drawn: how each node answers the node it starts from. */
export type ConnectHint = 'none' | 'source' | 'allowed' | 'refused';

/**
 * How a node or link differs between the two moments a comparison of the plan shows (the _Ændringer_
 * page): there only in the later one, only in the earlier one (drawn as a ghost), changed, a focus area
 * whose priority moved, or the same.
 */
export type DiffState = 'added' | 'removed' | 'changed' | 'moved' | 'unchanged';
/** A node's mark in a comparison; a focus area whose priority moved carries its old and new place. */
export type NodeDiff = { state: DiffState; rank: { from: number; to: number } | null };
/** Every node's and link's mark in a comparison, by id. */
export type DiffMarks = { nodes: ReadonlyMap<string, NodeDiff>; edges: ReadonlyMap<string, DiffState> };

/** `diff`: only on the comparison's map. */
export type KompasNodeData = { node: GraphNode; dimmed: boolean; onPath: boolean; connect: ConnectHint; diff?: NodeDiff };
/** The React Flow node `type` is the graph's node kind. */
export type KompasNode = Node<KompasNodeData, NodeKind>;

export type KompasEdgeData = { edge: GraphEdge; dimmed: boolean; onPath: boolean; pending: boolean; diff?: DiffState };
/** The React Flow edge `type` is the graph's edge kind. */
export type KompasEdge = Edge<KompasEdgeData, EdgeKind>;

export function isNodeKind<K extends NodeKind>(node: GraphNode, kind: K): node is Extract<GraphNode, { kind: K }> {
  return node.kind === kind;
}
