import type { ActionNode, AimingPointNode, FocusAreaNode, IndicatorNode, PlanGraph } from '@kompas/domain';

/** One focus area as the committee's page shows it: what it supports, what contributes to it, and its data that is due. */
export type FocusAreaView = {
  focusArea: FocusAreaNode;
  aimingPoints: AimingPointNode[];
  actions: ActionNode[];
  /** Indicators of the focus area and of its actions whose data is due or overdue, overdue first. */
  due: IndicatorNode[];
};

export type CommitteeView = {
  /** The committee's own focus areas in priority order. */
  ranked: FocusAreaView[];
  /** Focus areas of other committees this committee shares ("på tværs"). */
  shared: FocusAreaView[];
};

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'da');

/** What a committee looks at in its meeting, from the plan's graph. */
export function committeeView(graph: PlanGraph, committeeId: string): CommitteeView {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const indicatorsOf = new Map<string, IndicatorNode[]>();
  for (const n of graph.nodes) if (n.kind === 'indicator') indicatorsOf.set(n.measuresId, [...(indicatorsOf.get(n.measuresId) ?? []), n]);
  const viewOf = (focusArea: FocusAreaNode): FocusAreaView => {
    const aimingPoints: AimingPointNode[] = [];
    const actions: ActionNode[] = [];
    for (const edge of graph.edges) {
      if (edge.kind === 'supports' && edge.source === focusArea.id) {
        const target = byId.get(edge.target);
        if (target?.kind === 'aimingPoint') aimingPoints.push(target);
      }
      if (edge.kind === 'contributes' && edge.target === focusArea.id) {
        const source = byId.get(edge.source);
        if (source?.kind === 'action') actions.push(source);
      }
    }
    aimingPoints.sort((a, b) => a.position - b.position || byTitle(a, b));
    actions.sort(byTitle);
    const due = [focusArea.id, ...actions.map((a) => a.id)]
      .flatMap((id) => indicatorsOf.get(id) ?? [])
      .filter((i) => i.freshness.state === 'due' || i.freshness.state === 'overdue')
      .sort((a, b) => (a.freshness.state === b.freshness.state ? byTitle(a, b) : a.freshness.state === 'overdue' ? -1 : 1));
    return { focusArea, aimingPoints, actions, due };
  };
  const focusAreas = graph.nodes.filter((n): n is FocusAreaNode => n.kind === 'focusArea');
  const ranked = focusAreas
    .filter((f) => f.committeeId === committeeId)
    .sort((a, b) => a.rank - b.rank)
    .map(viewOf);
  const shared = focusAreas
    .filter((f) => f.committeeId !== committeeId && f.coOwnerCommitteeIds.includes(committeeId))
    .sort(byTitle)
    .map(viewOf);
  return { ranked, shared };
}
