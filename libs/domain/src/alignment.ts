/**
 * The director's alignment audit: how well the plan hangs together, from the
 * same graph, health and freshness the map uses.
 *
 * **Live nodes.** Stopped and completed actions and retired focus areas are
 * history: they serve nothing and owe nothing, so they raise no findings and
 * do not count as serving anything.
 *
 * **The findings** (one list, in the order of `FINDING_CODES`, then the graph's order):
 * - `actionWithoutFocusArea`: a live action contributing to no live focus area;
 * - `focusAreaWithoutAction`: a live focus area no live action contributes to
 *   (it concerns the lead committee);
 * - `focusAreaWithoutAimingPoint`: a live focus area supporting no aiming point;
 * - `aimingPointUnserved`: an aiming point no live focus area supports;
 * - `aimingPointOneCommittee`: an aiming point whose live focus areas all
 *   belong to one committee (owners and co-owners counted);
 * - `aimingPointWeakLinksOnly`: an aiming point whose every supporting link
 *   has strength 1 (a link without a strength is not weak);
 * - `actionWithoutIndicator`: a live action no indicator measures;
 * - `focusAreaWithoutIndicator`: a live focus area with no indicator of its
 *   own nor on any of its live actions — no data anywhere under it;
 * - `indicatorWithoutObservation`: an indicator of a live node that has never
 *   been observed;
 * - `indicatorOverdue`: an indicator whose data is overdue (its `freshness`);
 * - `indicatorOffTarget`: an indicator at risk or off track because it missed
 *   its target or was judged so (not merely capped for being overdue); its
 *   `related` are the focus areas and aiming points above it that it puts at risk;
 * - `sharedFocusAreaOwnerWithoutAction`: a focus area shared across committees
 *   with no live action, once per co-owner. Actions belong to units, not
 *   committees, so which owner an action works for is not recorded: an owner
 *   has an action in a shared focus area when any live action contributes to it.
 *   (The lead committee's share of the same gap is `focusAreaWithoutAction`.)
 * - `assessmentOld`: a live node whose newest assessment is more than
 *   `OLD_ASSESSMENT_DAYS` (365) days old;
 * - `proposalUndecided`: an assessment's proposed adjustment that no
 *   adjustment has answered and no decision has declined.
 *
 * **The score** of a committee and of an aiming point starts at 100; every
 * finding that concerns it (its `committeeIds` / `aimingPointIds`) costs the
 * points `FINDING_COSTS` gives for its code, in the findings' order, until the
 * score reaches 0. `lost` lists each finding that cost points and how many, so
 * `100 − score` is the sum of `lost`.
 *
 * **The matrix** has a cell for every committee × aiming point: the live
 * focus areas the committee owns or co-owns that support the aiming point,
 * the live actions contributing to them, and of the indicators measuring those
 * focus areas and actions: the share with fresh data (of those that owe a
 * value — fresh, due or overdue; null when none does), and the kinds of
 * evidence. `health` counts the cell's focus areas and actions by health.
 *
 * One pass over the graph with maps; no sorting of the plan.
 */
import type { ActionNode, AimingPointNode, FocusAreaNode, GraphNode, IndicatorNode, PlanGraph } from './graph';
import { NODE_HEALTHS, type NodeHealth, type NodeHealthResult } from './health-rollup';
import { EVIDENCE_KINDS, type EvidenceKind } from './kinds';
import { addDays } from './periods';

export const FINDING_CODES = [
  'actionWithoutFocusArea',
  'focusAreaWithoutAction',
  'focusAreaWithoutAimingPoint',
  'aimingPointUnserved',
  'aimingPointOneCommittee',
  'aimingPointWeakLinksOnly',
  'actionWithoutIndicator',
  'focusAreaWithoutIndicator',
  'indicatorWithoutObservation',
  'indicatorOverdue',
  'indicatorOffTarget',
  'sharedFocusAreaOwnerWithoutAction',
  'assessmentOld',
  'proposalUndecided',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export type Finding = {
  code: FindingCode;
  /** The node it is about. */
  nodeId: string;
  /** Nodes put at risk by it, or on its path. */
  related: string[];
  committeeIds: string[];
  aimingPointIds: string[];
  /** Always `kind` and `title` of the node; more per code. */
  params: Record<string, string | number | null>;
};

export const PROPOSAL_STATES_FOR_ALIGNMENT = ['none', 'open', 'answered', 'declined'] as const;

export type AlignmentAssessment = {
  id: string;
  nodeId: string;
  /** YYYY-MM-DD */
  date: string;
  proposal: (typeof PROPOSAL_STATES_FOR_ALIGNMENT)[number];
};

export type AlignmentInput = {
  graph: PlanGraph;
  health: Map<string, NodeHealthResult>;
  assessments: AlignmentAssessment[];
  /** Copenhagen's day, YYYY-MM-DD. */
  today: string;
  /** The plan's committees, in their order. */
  committees: { id: string; name: string }[];
};

export type AlignmentCell = {
  committeeId: string;
  aimingPointId: string;
  focusAreaIds: string[];
  actionIds: string[];
  freshShare: number | null;
  health: Record<NodeHealth, number>;
  evidenceKinds: EvidenceKind[];
};

export type ScoreLoss = { findingIndex: number; points: number };
export type AlignmentScore = { id: string; score: number; lost: ScoreLoss[] };

export type Alignment = {
  matrix: AlignmentCell[];
  findings: Finding[];
  scores: { committees: AlignmentScore[]; aimingPoints: AlignmentScore[] };
};

/** What one finding of a code costs the committees and the aiming points it concerns. */
export const FINDING_COSTS: Readonly<Record<FindingCode, { committee: number; aimingPoint: number }>> = {
  actionWithoutFocusArea: { committee: 0, aimingPoint: 0 },
  focusAreaWithoutAction: { committee: 10, aimingPoint: 5 },
  focusAreaWithoutAimingPoint: { committee: 10, aimingPoint: 0 },
  aimingPointUnserved: { committee: 0, aimingPoint: 30 },
  aimingPointOneCommittee: { committee: 0, aimingPoint: 10 },
  aimingPointWeakLinksOnly: { committee: 0, aimingPoint: 10 },
  actionWithoutIndicator: { committee: 3, aimingPoint: 2 },
  focusAreaWithoutIndicator: { committee: 5, aimingPoint: 3 },
  indicatorWithoutObservation: { committee: 3, aimingPoint: 2 },
  indicatorOverdue: { committee: 3, aimingPoint: 2 },
  indicatorOffTarget: { committee: 5, aimingPoint: 5 },
  sharedFocusAreaOwnerWithoutAction: { committee: 10, aimingPoint: 0 },
  assessmentOld: { committee: 3, aimingPoint: 3 },
  proposalUndecided: { committee: 5, aimingPoint: 2 },
};

/** An assessment older than this many days is old. */
export const OLD_ASSESSMENT_DAYS = 365;

/** A supporting link of this strength is weak. */
export const WEAK_STRENGTH = 1;

const isLiveAction = (a: ActionNode) => a.status !== 'stopped' && a.status !== 'completed';
const isLiveFocusArea = (f: FocusAreaNode) => f.status !== 'retired';
const ownersOf = (f: FocusAreaNode) => [f.committeeId, ...f.coOwnerCommitteeIds];

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const NONE: readonly never[] = [];

/** The audit of a plan: matrix, findings and scores. With `committeeId`, narrowed to what concerns that committee. */
export function alignmentOf(input: AlignmentInput, opts: { committeeId?: string } = {}): Alignment {
  const { graph, health } = input;
  const byId = new Map<string, GraphNode>();
  const aimingPoints: AimingPointNode[] = [];
  const focusAreas: FocusAreaNode[] = [];
  const actions: ActionNode[] = [];
  const indicators: IndicatorNode[] = [];
  for (const n of graph.nodes) {
    byId.set(n.id, n);
    if (n.kind === 'aimingPoint') aimingPoints.push(n);
    else if (n.kind === 'focusArea') focusAreas.push(n);
    else if (n.kind === 'action') actions.push(n);
    else if (n.kind === 'indicator') indicators.push(n);
  }
  aimingPoints.sort((a, b) => a.position - b.position);

  const live = (id: string): boolean => {
    const n = byId.get(id);
    if (!n) return false;
    if (n.kind === 'action') return isLiveAction(n);
    if (n.kind === 'focusArea') return isLiveFocusArea(n);
    return true;
  };

  // Live links only: from a live focus area / action to an existing node.
  const supportsOf = new Map<string, { aimingPointId: string; strength: number | null }[]>(); // focus area → aiming points
  const supportersOf = new Map<string, { focusAreaId: string; strength: number | null }[]>(); // aiming point → focus areas
  const focusAreasOfAction = new Map<string, string[]>();
  const actionsOfFocusArea = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.kind === 'supports') {
      const f = byId.get(e.source);
      const ap = byId.get(e.target);
      if (f?.kind !== 'focusArea' || ap?.kind !== 'aimingPoint' || !isLiveFocusArea(f)) continue;
      push(supportsOf, f.id, { aimingPointId: ap.id, strength: e.strength });
      push(supportersOf, ap.id, { focusAreaId: f.id, strength: e.strength });
    } else if (e.kind === 'contributes') {
      const a = byId.get(e.source);
      const f = byId.get(e.target);
      if (a?.kind !== 'action' || f?.kind !== 'focusArea' || !isLiveAction(a) || !isLiveFocusArea(f)) continue;
      push(focusAreasOfAction, a.id, f.id);
      push(actionsOfFocusArea, f.id, a.id);
    }
  }
  const indicatorsOf = new Map<string, IndicatorNode[]>();
  for (const i of indicators) push(indicatorsOf, i.measuresId, i);

  // Where a node sits: the committees it concerns, the aiming points above it, and its path upward.
  type Place = { committeeIds: string[]; aimingPointIds: string[]; up: string[] };
  const places = new Map<string, Place>();
  const placeOf = (id: string): Place => {
    const held = places.get(id);
    if (held) return held;
    const n = byId.get(id);
    let place: Place = { committeeIds: [], aimingPointIds: [], up: [] };
    if (n?.kind === 'aimingPoint') place = { committeeIds: [], aimingPointIds: [n.id], up: [] };
    else if (n?.kind === 'focusArea') {
      const aps = (supportsOf.get(n.id) ?? NONE).map((s) => s.aimingPointId);
      place = { committeeIds: ownersOf(n), aimingPointIds: aps, up: aps };
    } else if (n?.kind === 'action') {
      const committees = new Set<string>();
      const aps = new Set<string>();
      const up: string[] = [];
      for (const fid of focusAreasOfAction.get(n.id) ?? NONE) {
        const p = placeOf(fid);
        up.push(fid);
        for (const c of p.committeeIds) committees.add(c);
        for (const a of p.aimingPointIds) aps.add(a);
      }
      place = { committeeIds: [...committees], aimingPointIds: [...aps], up: [...up, ...aps] };
    } else if (n?.kind === 'indicator') {
      const p = placeOf(n.measuresId);
      const measured = byId.get(n.measuresId);
      // An aiming point's or the vision's own indicator is no committee's.
      place = {
        committeeIds: p.committeeIds,
        aimingPointIds: p.aimingPointIds,
        up: measured && measured.kind !== 'vision' ? [measured.id, ...p.up] : [],
      };
    }
    places.set(id, place);
    return place;
  };

  const findings: Finding[] = [];
  const find = (
    code: FindingCode,
    node: GraphNode,
    related: readonly string[],
    params: Record<string, string | number | null> = {},
    place: Pick<Place, 'committeeIds' | 'aimingPointIds'> = placeOf(node.id),
  ) => {
    findings.push({
      code,
      nodeId: node.id,
      related: [...related],
      committeeIds: [...place.committeeIds],
      aimingPointIds: [...place.aimingPointIds],
      params: { kind: node.kind, title: node.title, ...params },
    });
  };
  const byCode = new Map<FindingCode, (() => void)[]>();
  const later = (code: FindingCode, f: () => void) => push(byCode, code, f);

  for (const a of actions) {
    if (!isLiveAction(a)) continue;
    if (!(focusAreasOfAction.get(a.id)?.length ?? 0))
      later('actionWithoutFocusArea', () =>
        find(
          'actionWithoutFocusArea',
          a,
          (indicatorsOf.get(a.id) ?? NONE).map((i) => i.id),
          { unitId: a.unitId, unitName: a.unitName },
        ),
      );
    if (!(indicatorsOf.get(a.id)?.length ?? 0))
      later('actionWithoutIndicator', () => find('actionWithoutIndicator', a, placeOf(a.id).up, { unitName: a.unitName }));
  }

  for (const f of focusAreas) {
    if (!isLiveFocusArea(f)) continue;
    const acts = actionsOfFocusArea.get(f.id) ?? NONE;
    const aps = (supportsOf.get(f.id) ?? NONE).map((s) => s.aimingPointId);
    const place = placeOf(f.id);
    if (!acts.length) {
      later('focusAreaWithoutAction', () =>
        find(
          'focusAreaWithoutAction',
          f,
          aps,
          { committeeId: f.committeeId, committeeName: f.committeeName },
          {
            committeeIds: [f.committeeId],
            aimingPointIds: place.aimingPointIds,
          },
        ),
      );
      for (const co of f.coOwnerCommitteeIds)
        later('sharedFocusAreaOwnerWithoutAction', () =>
          find(
            'sharedFocusAreaOwnerWithoutAction',
            f,
            aps,
            { committeeId: co, committeeName: committeeName(input.committees, co), leadCommitteeId: f.committeeId },
            { committeeIds: [co], aimingPointIds: place.aimingPointIds },
          ),
        );
    }
    if (!aps.length)
      later('focusAreaWithoutAimingPoint', () =>
        find('focusAreaWithoutAimingPoint', f, acts, { committeeId: f.committeeId, committeeName: f.committeeName }),
      );
    if (!(indicatorsOf.get(f.id)?.length ?? 0) && !acts.some((a) => indicatorsOf.get(a)?.length))
      later('focusAreaWithoutIndicator', () => find('focusAreaWithoutIndicator', f, [...aps, ...acts], { actions: acts.length }));
  }

  for (const ap of aimingPoints) {
    const supporters = supportersOf.get(ap.id) ?? NONE;
    const fas = supporters.map((s) => s.focusAreaId);
    if (!supporters.length) {
      later('aimingPointUnserved', () => find('aimingPointUnserved', ap, NONE));
      continue;
    }
    const committees = new Set<string>();
    for (const s of supporters) for (const c of ownersOf(byId.get(s.focusAreaId) as FocusAreaNode)) committees.add(c);
    if (committees.size === 1) {
      const [only] = committees;
      later('aimingPointOneCommittee', () =>
        find(
          'aimingPointOneCommittee',
          ap,
          fas,
          { committeeId: only, committeeName: committeeName(input.committees, only), focusAreas: fas.length },
          { committeeIds: [only], aimingPointIds: [ap.id] },
        ),
      );
    }
    if (supporters.every((s) => s.strength === WEAK_STRENGTH))
      later('aimingPointWeakLinksOnly', () =>
        find('aimingPointWeakLinksOnly', ap, fas, { links: supporters.length }, { committeeIds: [...committees], aimingPointIds: [ap.id] }),
      );
  }

  for (const i of indicators) {
    if (!live(i.measuresId)) continue;
    const up = placeOf(i.id).up;
    if (!i.latest) later('indicatorWithoutObservation', () => find('indicatorWithoutObservation', i, up, { cadence: i.cadence }));
    if (i.freshness?.state === 'overdue')
      later('indicatorOverdue', () =>
        find('indicatorOverdue', i, up, { period: i.freshness.period?.code ?? null, dueDate: i.freshness.dueDate }),
      );
    const h = health.get(i.id);
    if (h && (h.health === 'atRisk' || h.health === 'offTrack')) {
      const missed = h.reasons.find(
        (r) => r.code === 'missedTarget' || r.code === 'nearTarget' || (r.code === 'judgement' && r.params.judgement !== 'onTrack'),
      );
      if (missed)
        later('indicatorOffTarget', () =>
          find('indicatorOffTarget', i, up, {
            health: h.health,
            reason: missed.code,
            period: missed.params.period ?? null,
            value: missed.params.value ?? null,
            target: missed.params.target ?? null,
          }),
        );
    }
  }

  // Assessments: each node's newest, and the open proposals.
  const newest = new Map<string, AlignmentAssessment>();
  for (const a of input.assessments) {
    const held = newest.get(a.nodeId);
    if (!held || a.date > held.date || (a.date === held.date && a.id > held.id)) newest.set(a.nodeId, a);
  }
  const oldBefore = addDays(input.today, -OLD_ASSESSMENT_DAYS);
  for (const [nodeId, a] of newest) {
    const n = byId.get(nodeId);
    if (!n || !live(nodeId) || a.date >= oldBefore) continue;
    later('assessmentOld', () => find('assessmentOld', n, placeOf(nodeId).up, { assessmentId: a.id, date: a.date }));
  }
  for (const a of input.assessments) {
    const n = byId.get(a.nodeId);
    if (!n || a.proposal !== 'open') continue;
    later('proposalUndecided', () => find('proposalUndecided', n, placeOf(n.id).up, { assessmentId: a.id, date: a.date }));
  }

  for (const code of FINDING_CODES) for (const f of byCode.get(code) ?? NONE) f();

  const only = opts.committeeId;
  const shown = only ? findings.filter((f) => f.committeeIds.includes(only)) : findings;
  const committees = only ? input.committees.filter((c) => c.id === only) : input.committees;

  return {
    matrix: matrixOf(committees, aimingPoints, focusAreas, supportsOf, actionsOfFocusArea, indicatorsOf, health),
    findings: shown,
    scores: {
      committees: scoresOf(
        committees.map((c) => c.id),
        shown,
        (f) => f.committeeIds,
        (f) => FINDING_COSTS[f.code].committee,
      ),
      aimingPoints: scoresOf(
        aimingPoints.map((a) => a.id),
        shown,
        (f) => f.aimingPointIds,
        (f) => FINDING_COSTS[f.code].aimingPoint,
      ),
    },
  };
}

function committeeName(committees: readonly { id: string; name: string }[], id: string): string | null {
  return committees.find((c) => c.id === id)?.name ?? null;
}

function scoresOf(
  ids: readonly string[],
  findings: readonly Finding[],
  concerns: (f: Finding) => readonly string[],
  cost: (f: Finding) => number,
): AlignmentScore[] {
  const scores = new Map<string, AlignmentScore>();
  for (const id of ids) scores.set(id, { id, score: 100, lost: [] });
  findings.forEach((f, findingIndex) => {
    const points = cost(f);
    if (!points) return;
    for (const id of concerns(f)) {
      const s = scores.get(id);
      if (!s || s.score === 0) continue;
      const taken = Math.min(points, s.score);
      s.score -= taken;
      s.lost.push({ findingIndex, points: taken });
    }
  });
  return [...scores.values()];
}

function matrixOf(
  committees: readonly { id: string; name: string }[],
  aimingPoints: readonly AimingPointNode[],
  focusAreas: readonly FocusAreaNode[],
  supportsOf: ReadonlyMap<string, { aimingPointId: string }[]>,
  actionsOfFocusArea: ReadonlyMap<string, string[]>,
  indicatorsOf: ReadonlyMap<string, IndicatorNode[]>,
  health: ReadonlyMap<string, NodeHealthResult>,
): AlignmentCell[] {
  const key = (c: string, a: string) => `${c}\u0000${a}`;
  const wanted = new Set(committees.map((c) => c.id));
  const cellFocusAreas = new Map<string, string[]>();
  for (const f of focusAreas) {
    if (!isLiveFocusArea(f)) continue;
    for (const s of supportsOf.get(f.id) ?? NONE)
      for (const c of new Set(ownersOf(f))) if (wanted.has(c)) push(cellFocusAreas, key(c, s.aimingPointId), f.id);
  }
  const cells: AlignmentCell[] = [];
  for (const c of committees) {
    for (const ap of aimingPoints) {
      const fas = cellFocusAreas.get(key(c.id, ap.id)) ?? [];
      const actionIds = new Set<string>();
      for (const f of fas) for (const a of actionsOfFocusArea.get(f) ?? NONE) actionIds.add(a);
      const counts = Object.fromEntries(NODE_HEALTHS.map((h) => [h, 0])) as Record<NodeHealth, number>;
      const kinds = new Set<EvidenceKind>();
      let owing = 0;
      let fresh = 0;
      const seen = new Set<string>();
      for (const id of [...fas, ...actionIds]) {
        counts[health.get(id)?.health ?? 'noData']++;
        for (const i of indicatorsOf.get(id) ?? NONE) {
          if (seen.has(i.id)) continue;
          seen.add(i.id);
          kinds.add(i.evidenceKind);
          const state = i.freshness?.state;
          if (state === 'fresh' || state === 'due' || state === 'overdue') owing++;
          if (state === 'fresh') fresh++;
        }
      }
      cells.push({
        committeeId: c.id,
        aimingPointId: ap.id,
        focusAreaIds: fas,
        actionIds: [...actionIds],
        freshShare: owing ? fresh / owing : null,
        health: counts,
        evidenceKinds: EVIDENCE_KINDS.filter((k) => kinds.has(k)),
      });
    }
  }
  return cells;
}
