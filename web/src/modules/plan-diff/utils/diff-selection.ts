/** What is chosen on the diff's map or in its list: a node, or a link. */
export type DiffSelection = { type: 'node' | 'link'; id: string };

/** One entry of the diff's list: about a node, or about a link (between two nodes). */
export type DiffEntryOf = { node: string } | { link: { id: string; source: string; target: string } };

/**
 * Whether a list entry is about what is chosen: a node's own entries (added, removed, changed, its
 * priority, its targets) and those of the links it is an end of; a link's own entries.
 */
export function entryIsOf(entry: DiffEntryOf, selection: DiffSelection | null): boolean {
  if (!selection) return false;
  if ('node' in entry) return selection.type === 'node' && entry.node === selection.id;
  if (selection.type === 'link') return entry.link.id === selection.id;
  return entry.link.source === selection.id || entry.link.target === selection.id;
}

/** Every entry the diff's list holds, in its order: what each is about. */
export function diffEntries(diff: {
  nodes: Record<'added' | 'removed' | 'changed', readonly { id: string }[]>;
  links: Record<'added' | 'removed' | 'changed', readonly { id: string; source: string; target: string }[]>;
  priorities: readonly { focusAreaId: string }[];
  targets: readonly { indicatorId: string }[];
}): DiffEntryOf[] {
  return [
    ...[...diff.nodes.added, ...diff.nodes.removed, ...diff.nodes.changed].map((n) => ({ node: n.id })),
    ...[...diff.links.added, ...diff.links.removed, ...diff.links.changed].map((l) => ({
      link: { id: l.id, source: l.source, target: l.target },
    })),
    ...diff.priorities.map((p) => ({ node: p.focusAreaId })),
    ...diff.targets.map((x) => ({ node: x.indicatorId })),
  ];
}
