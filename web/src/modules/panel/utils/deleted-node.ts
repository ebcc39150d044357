import { nodeKindOfTable, PLAN_NODE_KINDS, type AuditEntry, type NodeKind } from '@kompas/domain';

/** What the trail says about a node that is no longer on the map. */
export type DeletedNode = {
  kind: NodeKind | null;
  title: string;
  /** The node's stored columns as they were last. */
  row: Record<string, unknown>;
  /** Whether its latest change removed it (and nothing brought it back since). */
  deleted: boolean;
  deletedAt: string | null;
  deletedBy: string | null;
  reason: string | null;
};

const NODE_KINDS = new Set<string>(PLAN_NODE_KINDS);

/** Reads a node's last known state, and whether and by whom it was deleted, from its entries in the trail. */
export function deletedNodeInfo(entries: readonly AuditEntry[], nodeId: string): DeletedNode | null {
  const touching = entries.filter((e) => e.entityId === nodeId || e.changes.some((c) => c.id === nodeId)).sort((a, b) => b.seq - a.seq);
  if (!touching.length) return null;
  const latest = touching.find((e) => e.action === 'delete' || e.action === 'restore' || e.action === 'create');
  const deletion = latest?.action === 'delete' ? latest : null;
  // The newest stored version of the row: before its deletion, or after its last change.
  let row: Record<string, unknown> = {};
  let table: string | null = null;
  for (const entry of touching) {
    const change = entry.changes.find((c) => c.id === nodeId);
    const version = change ? (entry.action === 'delete' ? (change.before ?? change.after) : (change.after ?? change.before)) : null;
    if (change && version) {
      row = version;
      table = change.table;
      break;
    }
  }
  const own = touching.find((e) => e.entityId === nodeId && NODE_KINDS.has(e.entity));
  const kind = own ? (own.entity as NodeKind) : table ? nodeKindOfTable(table) : null;
  return {
    kind,
    title: typeof row['title'] === 'string' ? row['title'] : '',
    row,
    deleted: !!deletion,
    deletedAt: deletion?.at ?? null,
    deletedBy: deletion?.userName ?? null,
    reason: deletion?.reason ?? null,
  };
}
