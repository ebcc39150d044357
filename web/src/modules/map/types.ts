import type { Edge, Node } from '@xyflow/react';
import type { EdgeKind, GraphEdge, GraphNode, NodeKind } from '@kompas/domain';

/** While a link is being drawn: how each node answers the node it starts from. */
export type ConnectHint = 'none' | 'source' | 'allowed' | 'refused';

export type KompasNodeData = { node: GraphNode; dimmed: boolean; onPath: boolean; connect: ConnectHint };
/** The React Flow node `type` is the graph's node kind. */
export type KompasNode = Node<KompasNodeData, NodeKind>;

export type KompasEdgeData = { edge: GraphEdge; dimmed: boolean; onPath: boolean; pending: boolean };
/** The React Flow edge `type` is the graph's edge kind. */
export type KompasEdge = Edge<KompasEdgeData, EdgeKind>;

export function isNodeKind<K extends NodeKind>(node: GraphNode, kind: K): node is Extract<GraphNode, { kind: K }> {
  return node.kind === kind;
}
