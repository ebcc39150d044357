import type { TFunction } from 'i18next';
import type { GraphEdge, GraphNode, IndicatorNode, PlanGraph, TargetEntry } from '@kompas/domain';
import type { StagedChangeInput } from '../types';

/** What the staging form offers, in the words of a meeting. */
export const STAGE_KINDS = ['stopAction', 'adjustAction', 'moveFocusArea', 'removeLink', 'addLink', 'changeTarget'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/** What the form holds while it is filled in. */
export type StageDraft = { kind: StageKind; nodeId: string; otherId: string; rank: string; period: string; value: string };

export const EMPTY_DRAFT: StageDraft = { kind: 'stopAction', nodeId: '', otherId: '', rank: '1', period: '', value: '' };

/** The drawn links of the plan (those a change can remove). */
export const drawnLinks = (graph: PlanGraph): GraphEdge[] => graph.edges.filter((e) => e.kind === 'supports' || e.kind === 'contributes');

/** The change a filled-in form stands for, on the rows as the graph has them; null while something is missing. */
export function changeOf(draft: StageDraft, graph: PlanGraph): StagedChangeInput | null {
  const node = graph.nodes.find((n) => n.id === draft.nodeId);
  switch (draft.kind) {
    case 'stopAction':
    case 'adjustAction':
      if (node?.kind !== 'action') return null;
      return { kind: 'actionStatus', id: node.id, version: node.version, status: draft.kind === 'stopAction' ? 'stopped' : 'adjusting' };
    case 'moveFocusArea': {
      const rank = Number(draft.rank);
      if (node?.kind !== 'focusArea' || !Number.isInteger(rank) || rank < 1) return null;
      return { kind: 'focusAreaRank', id: node.id, version: node.version, rank };
    }
    case 'removeLink': {
      const link = drawnLinks(graph).find((e) => e.id === draft.nodeId);
      return link ? { kind: 'linkRemove', id: link.id, version: link.version ?? 0 } : null;
    }
    case 'addLink':
      if (!node || !draft.otherId) return null;
      return { kind: 'linkAdd', from: node.id, to: draft.otherId };
    case 'changeTarget': {
      const value = Number(draft.value.replace(',', '.'));
      if (node?.kind !== 'indicator' || !draft.period.trim() || draft.value.trim() === '' || !Number.isFinite(value)) return null;
      return { kind: 'targets', id: node.id, version: node.version, targets: withTarget(node, draft.period.trim(), value) };
    }
  }
}

/** An indicator's target path with one period's value set (added, or replacing a target of that period). */
export function withTarget(indicator: IndicatorNode, period: string, value: number): TargetEntry[] {
  return [...indicator.targets.filter((t) => t.period !== period), { period, value }].sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : 0,
  );
}

/** The staged list, rebuilt from a stored scenario's `changes` (their lines are worded from the graph as it is now). */
export function stagedFrom(stored: readonly Record<string, unknown>[]): StagedChangeInput[] {
  return stored.filter((c): c is StagedChangeInput => typeof c['kind'] === 'string');
}

/** A staged change in one line: "Stop handlingen ‘Lektiecafé’". */
export function describeChange(change: StagedChangeInput, graph: PlanGraph, t: TFunction): string {
  const title = (id: unknown) => graph.nodes.find((n: GraphNode) => n.id === id)?.title ?? String(id);
  switch (change.kind) {
    case 'actionStatus':
      return t(change['status'] === 'stopped' ? 'whatIf.change.stop' : 'whatIf.change.adjust', { title: title(change['id']) });
    case 'focusAreaRank':
      return t('whatIf.change.rank', { title: title(change['id']), rank: change['rank'] });
    case 'linkRemove': {
      const link = graph.edges.find((e) => e.id === change['id']);
      return t('whatIf.change.unlink', { from: title(link?.source), to: title(link?.target) });
    }
    case 'linkAdd':
      return t('whatIf.change.link', { from: title(change['from']), to: title(change['to']) });
    case 'targets': {
      const targets = (change['targets'] as TargetEntry[]).map((x) => ('value' in x ? `${x.period}: ${x.value}` : x.period)).join(', ');
      return t('whatIf.change.targets', { title: title(change['id']), targets });
    }
    default:
      return change.kind;
  }
}

/** What a link from `source` may be drawn to: an aiming point from a focus area, a focus area from an action. */
export function linkTargets(graph: PlanGraph, sourceId: string): GraphNode[] {
  const source = graph.nodes.find((n) => n.id === sourceId);
  const kind = source?.kind === 'focusArea' ? 'aimingPoint' : source?.kind === 'action' ? 'focusArea' : null;
  if (!kind) return [];
  const linked = new Set(graph.edges.filter((e) => e.source === sourceId).map((e) => e.target));
  return graph.nodes.filter((n) => n.kind === kind && !linked.has(n.id));
}
