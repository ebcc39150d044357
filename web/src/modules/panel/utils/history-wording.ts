import type { TFunction } from 'i18next';
import { PLAN_NODE_KINDS, type AuditEntry, type RowChange } from '@kompas/domain';
import { formatDateTime } from '../../../i18n/format';
import { differenceInWords, differingFields, joinInWords, NameLookup, NO_NAMES, quote } from '../../common/utils/field-words';

/** One entry of a node's history, in plain words. */
export type HistoryLine = {
  /** "Mette Udvalg ændrede titel fra „A“ til „B“" */
  text: string;
  /** "27. nov. 2026 10:41" */
  when: string;
  reason: string | null;
  /** Another node the entry is about (a deleted child, say), to open from the history. */
  otherNodeId: string | null;
};

/** Whose history the entry is read in, and how to say things. */
export type HistoryViewpoint = { nodeId: string; nodeKind?: string; t: TFunction; language: string; names?: NameLookup };

const NODE_ENTITIES = new Set<string>(PLAN_NODE_KINDS);

/** A stored link row's two ends, whichever table it comes from. */
function linkEnds(row: Record<string, unknown> | null): { source: string; target: string } | null {
  if (!row) return null;
  const source = row['sourceId'] ?? row['actionId'] ?? row['focusAreaId'];
  const target = row['targetId'] ?? row['aimingPointId'] ?? (row['actionId'] ? row['focusAreaId'] : undefined);
  return typeof source === 'string' && typeof target === 'string' ? { source, target } : null;
}

/**
 * Says what one entry of the trail did, as seen from the node whose history it is in:
 * "Mette Udvalg ændrede titel fra „A“ til „B“", "Jonas Leder koblede „X“ til „Y“",
 * "Mette Udvalg slettede fokusområdet „Z“".
 */
export function describeAuditEntry(entry: AuditEntry, from: HistoryViewpoint): HistoryLine {
  const { nodeId, nodeKind, t, language, names = NO_NAMES } = from;
  const who = entry.userName ?? t('history.system');
  const subject: RowChange | undefined =
    entry.changes.find((c) => c.id === nodeId) ?? entry.changes.find((c) => c.id === entry.entityId) ?? entry.changes[0];
  const row = subject?.after ?? subject?.before ?? null;
  const self = entry.entityId === nodeId || (!entry.entityId && subject?.id === nodeId);
  const titleOf = (id: string) => names.nodes.get(id) ?? (id === subject?.id && typeof row?.['title'] === 'string' ? row['title'] : id);
  const the = t(`history.the.${entry.entity}`, { defaultValue: entry.entity });
  const ends = entry.entity === 'link' ? linkEnds(subject?.after ?? subject?.before ?? null) : null;
  const endsInWords = ends ? { source: quote(titleOf(ends.source), t), target: quote(titleOf(ends.target), t) } : null;
  // Nodes have a title; committees, units and people a name.
  const named = row?.['title'] ?? row?.['name'];
  const title = typeof named === 'string' ? named : entry.entityId ? names.nodes.get(entry.entityId) : undefined;
  // About this node: "fokusområdet"; about another: "fokusområdet „Trivsel i skolen“".
  const thing = self || !title ? the : `${the} ${quote(title, t)}`;

  let text: string;
  const linkCreated = entry.action === 'link' || (entry.entity === 'link' && entry.action === 'create');
  const linkDeleted = entry.action === 'unlink' || (entry.entity === 'link' && entry.action === 'delete');
  if (linkCreated && endsInWords) text = t('history.linked', { who, ...endsInWords });
  else if (linkDeleted && endsInWords) text = t('history.unlinked', { who, ...endsInWords });
  else if (entry.action === 'update' || entry.action === 'reorder' || entry.action === 'adjust') {
    // From this node's point of view: its own row if the entry changed it (a reorder changes many).
    const own = entry.changes.find((c) => c.id === nodeId);
    const changed = own ?? subject;
    const entity = own && nodeKind ? nodeKind : entry.entity;
    const differences = differingFields(entity, changed?.before, changed?.after, t, language, names).map((d) => differenceInWords(d, t));
    const ownChange = !!own || self;
    if (entry.entity === 'link' && endsInWords)
      text = differences.length
        ? t('history.changedLink', { who, ...endsInWords, changes: joinInWords(differences, t) })
        : t('history.changedLinkPlain', { who, ...endsInWords });
    else if (differences.length && ownChange) text = t('history.changed', { who, changes: joinInWords(differences, t) });
    else if (differences.length) text = t('history.changedOther', { who, thing, changes: joinInWords(differences, t) });
    else if (entry.action === 'reorder') text = t('history.reordered', { who });
    else text = t('history.changedThing', { who, thing });
  } else if (entry.action === 'create') text = t('history.created', { who, thing });
  else if (entry.action === 'delete') text = t('history.deleted', { who, thing });
  else if (entry.action === 'restore') text = t('history.restored', { who, thing });
  else if (entry.action === 'import') text = t('history.imported', { who });
  else if (entry.action === 'comment') text = t('history.commented', { who });
  else if (entry.action === 'assess') text = t('assessments.history.assessed', { who });
  else if (entry.action === 'decline') text = t('assessments.history.declined', { who });
  else if (entry.action === 'login' || entry.action === 'logout') text = t(`history.${entry.action}`, { who });
  else if (entry.action === 'loginFailed' || entry.action === 'lockout') text = t(`history.${entry.action}`, { login: quote(who, t) });
  else if (entry.action === 'denied') text = t('history.denied', { who, detail: entry.detail ?? '' });
  else text = t('history.other', { who, action: entry.action });

  const otherNodeId = !self && entry.entityId && NODE_ENTITIES.has(entry.entity) ? entry.entityId : null;
  return { text, when: formatDateTime(entry.at, language), reason: entry.reason, otherNodeId };
}
