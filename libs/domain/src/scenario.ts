/**
 * What-if: a plan's graph with staged changes made to a copy of it, so the
 * health roll-up and the alignment audit can be computed for the plan as it
 * would be. Pure: the API checks the changes (as an adjustment's) before they
 * are staged; what cannot be made here (an unknown id) is skipped.
 */
import type { Freshness, NeverDueReason } from './freshness';
import type { ActionNode, FocusAreaNode, GraphEdge, GraphNode, IndicatorNode, PlanGraph } from './graph';
import type { LongTermTarget, TargetEntry } from './indicator-model';
import type { ActionStatus, FocusAreaStatus } from './kinds';
import { moveToRank } from './ranking';

/** One change in the adjustment's `changes` form; `version` is the row's version when the change was staged. */
export type StagedChange =
  | { kind: 'focusAreaRank'; id: string; version: number; rank: number }
  | { kind: 'focusAreaStatus'; id: string; version: number; status: FocusAreaStatus }
  | { kind: 'targets'; id: string; version: number; targets: TargetEntry[]; longTermTarget?: LongTermTarget | null }
  | { kind: 'actionStatus'; id: string; version: number; status: ActionStatus }
  | { kind: 'actionScope'; id: string; version: number; title?: string; description?: string }
  | { kind: 'actionDates'; id: string; version: number; startDate: string | null; endDate: string | null }
  | { kind: 'linkAdd'; from: string; to: string; rationale?: string; strength?: number }
  | { kind: 'linkRemove'; id: string; version: number };

/** The strength a new link gets when the change names none (as the API's). */
export const DEFAULT_LINK_STRENGTH = 2;

/** The id an added link has in a scenario's graph: it has no row yet. */
export const stagedLinkId = (index: number) => `staged-link-${index}`;

export type ApplyChangesOptions = {
  /**
   * An indicator's freshness once what it measures is active again (a stopped
   * action restarted): the caller knows its periods and observations. Without
   * it the indicator keeps the freshness it had.
   */
  freshness?: (indicator: IndicatorNode, measured: GraphNode) => Freshness;
};

const NEVER_DUE = (why: NeverDueReason): Freshness => ({ state: 'neverDue', period: null, dueDate: null, next: null, why });

/** Why what an indicator measures makes it never due (as `freshnessOf` says), or null. */
function neverDueBecause(measured: GraphNode | undefined): NeverDueReason | null {
  if (measured?.kind === 'action' && measured.status === 'stopped') return 'actionStopped';
  if (measured?.kind === 'action' && measured.status === 'completed') return 'actionCompleted';
  if (measured?.kind === 'focusArea' && measured.status === 'retired') return 'focusAreaRetired';
  return null;
}

/**
 * The graph as it would be with `changes` made, in order. The input is not
 * touched. Indicators of an action that is stopped or completed, or of a
 * focus area that is retired, become never due (and so no longer overdue).
 */
export function applyChangesToGraph(graph: PlanGraph, changes: readonly StagedChange[], opts: ApplyChangesOptions = {}): PlanGraph {
  const nodes: GraphNode[] = graph.nodes.map((n) => ({ ...n }));
  let edges: GraphEdge[] = graph.edges.map((e) => ({ ...e }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const statusChanged = new Set<string>();

  for (const [index, change] of changes.entries()) {
    switch (change.kind) {
      case 'focusAreaRank': {
        const fa = byId.get(change.id);
        if (fa?.kind !== 'focusArea') break;
        const lane = nodes
          .filter((n): n is FocusAreaNode => n.kind === 'focusArea' && n.committeeId === fa.committeeId)
          .sort((a, b) => a.rank - b.rank);
        const moved = moveToRank(
          lane.map((n) => n.id),
          fa.id,
          change.rank,
        );
        if (!moved.ok) break;
        moved.value.forEach((id, i) => ((byId.get(id) as FocusAreaNode).rank = i + 1));
        break;
      }
      case 'focusAreaStatus': {
        const fa = byId.get(change.id);
        if (fa?.kind !== 'focusArea') break;
        fa.status = change.status;
        statusChanged.add(fa.id);
        break;
      }
      case 'actionStatus': {
        const a = byId.get(change.id);
        if (a?.kind !== 'action') break;
        a.status = change.status;
        statusChanged.add(a.id);
        break;
      }
      case 'actionScope': {
        const a = byId.get(change.id);
        if (a?.kind === 'action' && change.title !== undefined) a.title = change.title;
        break;
      }
      case 'actionDates': {
        const a = byId.get(change.id) as ActionNode | undefined;
        if (a?.kind !== 'action') break;
        a.startDate = change.startDate;
        a.endDate = change.endDate;
        break;
      }
      case 'targets': {
        const ind = byId.get(change.id);
        if (ind?.kind !== 'indicator') break;
        ind.targets = [...change.targets].sort((x, y) => (x.period < y.period ? -1 : x.period > y.period ? 1 : 0));
        if (change.longTermTarget !== undefined) ind.longTermTarget = change.longTermTarget;
        break;
      }
      case 'linkAdd': {
        const source = byId.get(change.from);
        const target = byId.get(change.to);
        if (!source || !target) break;
        const kind = source.kind === 'focusArea' ? 'supports' : source.kind === 'action' ? 'contributes' : null;
        if (!kind) break;
        edges.push({
          id: stagedLinkId(index),
          kind,
          source: source.id,
          target: target.id,
          rationale: change.rationale ?? null,
          strength: change.strength ?? DEFAULT_LINK_STRENGTH,
          example: false,
          version: null,
        });
        break;
      }
      case 'linkRemove':
        edges = edges.filter((e) => e.id !== change.id);
        break;
    }
  }

  // An indicator of a node whose status changed: never due, or due again as the caller reckons.
  for (const n of nodes) {
    if (n.kind !== 'indicator' || !statusChanged.has(n.measuresId)) continue;
    const measured = byId.get(n.measuresId)!;
    const why = neverDueBecause(measured);
    if (why) n.freshness = NEVER_DUE(why);
    else if (n.freshness.state === 'neverDue' && n.freshness.why !== 'planNotAdopted' && opts.freshness)
      n.freshness = opts.freshness(n, measured);
  }
  return { planId: graph.planId, nodes, edges };
}

/** Nodes whose health differs between two roll-ups, in the order of `now`. */
export function healthChanges<H extends { nodeId: string; health: string }>(
  now: readonly H[],
  scenario: readonly H[],
): { nodeId: string; now: H['health']; scenario: H['health'] }[] {
  const after = new Map(scenario.map((h) => [h.nodeId, h.health]));
  return now
    .filter((h) => after.has(h.nodeId) && after.get(h.nodeId) !== h.health)
    .map((h) => ({ nodeId: h.nodeId, now: h.health, scenario: after.get(h.nodeId)! }));
}
