import { action, aimingPoint, edge, focusArea, graphOf, indicator, vision } from '../test/map-test-graphs';
import {
  type AlignmentAssessment,
  alignmentOf,
  FINDING_CODES,
  FINDING_COSTS,
  type Finding,
  type FindingCode,
  OLD_ASSESSMENT_DAYS,
} from './alignment';
import type { Freshness } from './freshness';
import type { GraphEdge, GraphNode, IndicatorNode, LatestObservation, PlanGraph } from './graph';
import { planHealth } from './health-rollup';
import { addDays } from './periods';

const TODAY = '2026-06-15';
const COMMITTEES = [
  { id: 'c1', name: 'Økonomiudvalget' },
  { id: 'c2', name: 'Udvalget for Læring' },
  { id: 'c3', name: 'Teknik- og Miljøudvalget' },
];

const strong = (source: string, target: string, strength: number | null = 3): GraphEdge => ({
  ...edge('supports', source, target),
  strength,
});
const contributes = (source: string, target: string) => edge('contributes', source, target);

const observed: LatestObservation = {
  id: 'o',
  series: 'actual',
  periodStart: '2026-01-01',
  periodEnd: '2026-03-31',
  value: 91,
  narrative: null,
  judgement: null,
  recordedAt: '2026-04-10T10:00:00Z',
};
const fresh: Freshness = {
  state: 'fresh',
  period: { start: '2025-01-01', end: '2025-12-31', code: '2025' },
  dueDate: '2026-01-30',
  next: null,
  why: null,
};
const overdue: Freshness = { ...fresh, state: 'overdue' };

/** An observed, fresh, on-target indicator: raises nothing. */
const good = (id: string, measuresId: string, patch: Partial<IndicatorNode> = {}): IndicatorNode =>
  indicator(id, measuresId, {
    type: 'quantitative',
    direction: 'up',
    unit: '%',
    baselineValue: 50,
    targets: [{ period: '2026', value: 90 }],
    latest: observed,
    freshness: fresh,
    evidenceKind: 'statistics',
    ...patch,
  });

/**
 * A plan with nothing to find: two aiming points each served by two committees with strong links,
 * every focus area with an action, every node measured.
 */
function clean(): { nodes: GraphNode[]; links: GraphEdge[] } {
  const nodes: GraphNode[] = [
    vision(),
    aimingPoint('ap1', 0),
    aimingPoint('ap2', 1),
    focusArea('f1', 'c1', 0),
    focusArea('f2', 'c2', 0),
    focusArea('f3', 'c1', 1),
    focusArea('f4', 'c3', 0),
    action('a1'),
    action('a2'),
    action('a3'),
    action('a4'),
  ];
  for (const id of ['f1', 'f2', 'f3', 'f4', 'a1', 'a2', 'a3', 'a4']) nodes.push(good(`i-${id}`, id));
  const links = [
    strong('f1', 'ap1'),
    strong('f2', 'ap1'),
    strong('f3', 'ap2'),
    strong('f4', 'ap2'),
    contributes('a1', 'f1'),
    contributes('a2', 'f2'),
    contributes('a3', 'f3'),
    contributes('a4', 'f4'),
  ];
  return { nodes, links };
}

function audit(
  graph: PlanGraph,
  extra: { assessments?: AlignmentAssessment[]; committeeId?: string } = {},
): ReturnType<typeof alignmentOf> {
  const health = planHealth(graph, { today: TODAY });
  return alignmentOf(
    { graph, health, assessments: extra.assessments ?? [], today: TODAY, committees: COMMITTEES },
    { committeeId: extra.committeeId },
  );
}

const of = (findings: Finding[], code: FindingCode) => findings.filter((f) => f.code === code);
const codes = (findings: Finding[]) => findings.map((f) => `${f.code}:${f.nodeId}`);

/** The clean plan with some nodes replaced or added, and links added or taken away. */
function variant(change: { nodes?: GraphNode[]; add?: GraphEdge[]; drop?: string[]; without?: string[] }): PlanGraph {
  const base = clean();
  const replaced = new Map((change.nodes ?? []).map((n) => [n.id, n]));
  const nodes = base.nodes.filter((n) => !change.without?.includes(n.id)).map((n) => replaced.get(n.id) ?? n);
  for (const n of change.nodes ?? []) if (!base.nodes.some((b) => b.id === n.id)) nodes.push(n);
  const links = [...base.links.filter((l) => !change.drop?.includes(l.id)), ...(change.add ?? [])];
  return graphOf(nodes, links);
}

describe('alignmentOf: a plan that hangs together', () => {
  it('has no findings and every score is 100', () => {
    const r = audit(graphOf(clean().nodes, clean().links));
    expect(r.findings).toEqual([]);
    expect(r.scores.committees).toEqual(COMMITTEES.map((c) => ({ id: c.id, score: 100, lost: [] })));
    expect(r.scores.aimingPoints.map((s) => [s.id, s.score])).toEqual([
      ['ap1', 100],
      ['ap2', 100],
    ]);
  });
});

describe('alignmentOf: finding by finding', () => {
  it('actionWithoutFocusArea: a live action contributing to nothing, with its indicators related; a stopped one is history', () => {
    const r = audit(
      variant({
        nodes: [action('orphan', { unitName: 'Skoleområde Nord' }), good('i-orphan', 'orphan'), action('old', { status: 'stopped' })],
      }),
    );
    expect(of(r.findings, 'actionWithoutFocusArea')).toEqual([
      {
        code: 'actionWithoutFocusArea',
        nodeId: 'orphan',
        related: ['i-orphan'],
        committeeIds: [],
        aimingPointIds: [],
        params: { kind: 'action', title: 'Handling orphan', unitId: 'u', unitName: 'Skoleområde Nord' },
      },
    ]);
    expect(codes(r.findings)).not.toContain('actionWithoutFocusArea:old');
  });

  it('actionWithoutFocusArea: an action contributing only to a retired focus area serves no focus area', () => {
    const r = audit(variant({ nodes: [focusArea('f3', 'c1', 1, { status: 'retired' })] }));
    expect(codes(of(r.findings, 'actionWithoutFocusArea'))).toEqual(['actionWithoutFocusArea:a3']);
  });

  it('focusAreaWithoutAction: concerns the lead committee and the aiming points it supports; stopped actions do not count', () => {
    const r = audit(variant({ nodes: [action('a1', { status: 'stopped' })] }));
    expect(of(r.findings, 'focusAreaWithoutAction')).toEqual([
      expect.objectContaining({ nodeId: 'f1', committeeIds: ['c1'], aimingPointIds: ['ap1'], related: ['ap1'] }),
    ]);
  });

  it('focusAreaWithoutAimingPoint: a live focus area supporting nothing, its actions related', () => {
    const r = audit(variant({ drop: ['f3>ap2'] }));
    expect(of(r.findings, 'focusAreaWithoutAimingPoint')).toEqual([
      expect.objectContaining({ nodeId: 'f3', committeeIds: ['c1'], aimingPointIds: [], related: ['a3'] }),
    ]);
  });

  it('aimingPointUnserved: no live focus area supports it (a retired one does not count)', () => {
    const r = audit(
      variant({ nodes: [aimingPoint('ap3', 2), focusArea('f9', 'c2', 5, { status: 'retired' })], add: [strong('f9', 'ap3')] }),
    );
    expect(of(r.findings, 'aimingPointUnserved')).toEqual([
      expect.objectContaining({ nodeId: 'ap3', committeeIds: [], aimingPointIds: ['ap3'], related: [] }),
    ]);
  });

  it('aimingPointOneCommittee: all its focus areas belong to one committee; a co-owner makes two', () => {
    const one = audit(variant({ nodes: [focusArea('f4', 'c1', 2)] }));
    expect(of(one.findings, 'aimingPointOneCommittee')).toEqual([
      expect.objectContaining({
        nodeId: 'ap2',
        committeeIds: ['c1'],
        related: ['f3', 'f4'],
        params: expect.objectContaining({ committeeId: 'c1', committeeName: 'Økonomiudvalget', focusAreas: 2 }),
      }),
    ]);
    const shared = audit(variant({ nodes: [focusArea('f4', 'c1', 2, { coOwnerCommitteeIds: ['c2'] })] }));
    expect(of(shared.findings, 'aimingPointOneCommittee')).toEqual([]);
  });

  it('aimingPointWeakLinksOnly: every supporting link has strength 1; a link without a strength is not weak', () => {
    const weak = audit(variant({ drop: ['f3>ap2', 'f4>ap2'], add: [strong('f3', 'ap2', 1), strong('f4', 'ap2', 1)] }));
    expect(of(weak.findings, 'aimingPointWeakLinksOnly')).toEqual([
      expect.objectContaining({
        nodeId: 'ap2',
        committeeIds: ['c1', 'c3'],
        related: ['f3', 'f4'],
        params: expect.objectContaining({ links: 2 }),
      }),
    ]);
    const unknown = audit(variant({ drop: ['f3>ap2', 'f4>ap2'], add: [strong('f3', 'ap2', 1), strong('f4', 'ap2', null)] }));
    expect(of(unknown.findings, 'aimingPointWeakLinksOnly')).toEqual([]);
  });

  it('actionWithoutIndicator: concerns the committees and aiming points above it; its path is related', () => {
    const r = audit(variant({ without: ['i-a2'] }));
    expect(of(r.findings, 'actionWithoutIndicator')).toEqual([
      expect.objectContaining({ nodeId: 'a2', committeeIds: ['c2'], aimingPointIds: ['ap1'], related: ['f2', 'ap1'] }),
    ]);
  });

  it('focusAreaWithoutIndicator: no indicator of its own nor on its actions; an action measured is enough', () => {
    const measuredBelow = audit(variant({ without: ['i-f2'] }));
    expect(of(measuredBelow.findings, 'focusAreaWithoutIndicator')).toEqual([]);
    const r = audit(variant({ without: ['i-f2', 'i-a2'] }));
    expect(of(r.findings, 'focusAreaWithoutIndicator')).toEqual([
      expect.objectContaining({
        nodeId: 'f2',
        committeeIds: ['c2'],
        related: ['ap1', 'a2'],
        params: expect.objectContaining({ actions: 1 }),
      }),
    ]);
  });

  it('indicatorWithoutObservation: never observed; an indicator of a stopped action is not', () => {
    const r = audit(
      variant({
        nodes: [good('i-a1', 'a1', { latest: null, freshness: { ...fresh, state: 'notYetDue' } }), action('a9', { status: 'stopped' })],
        add: [contributes('a9', 'f1')],
      }),
    );
    expect(of(r.findings, 'indicatorWithoutObservation')).toEqual([
      expect.objectContaining({ nodeId: 'i-a1', committeeIds: ['c1'], aimingPointIds: ['ap1'], related: ['a1', 'f1', 'ap1'] }),
    ]);
    const stopped = audit(variant({ nodes: [action('a9', { status: 'stopped' }), good('i-a9', 'a9', { latest: null })] }));
    expect(codes(stopped.findings)).not.toContain('indicatorWithoutObservation:i-a9');
  });

  it('indicatorOverdue: its freshness is overdue, with the period and due date', () => {
    const r = audit(variant({ nodes: [good('i-f4', 'f4', { freshness: overdue })] }));
    expect(of(r.findings, 'indicatorOverdue')).toEqual([
      expect.objectContaining({
        nodeId: 'i-f4',
        committeeIds: ['c3'],
        aimingPointIds: ['ap2'],
        related: ['f4', 'ap2'],
        params: expect.objectContaining({ period: '2025', dueDate: '2026-01-30' }),
      }),
    ]);
  });

  it('indicatorOffTarget: a missed target puts the focus areas and aiming points above it at risk', () => {
    const r = audit(variant({ nodes: [good('i-a3', 'a3', { latest: { ...observed, value: 60 } })], add: [contributes('a3', 'f4')] }));
    expect(of(r.findings, 'indicatorOffTarget')).toEqual([
      expect.objectContaining({
        nodeId: 'i-a3',
        committeeIds: ['c1', 'c3'],
        aimingPointIds: ['ap2'],
        related: ['a3', 'f3', 'f4', 'ap2'],
        params: expect.objectContaining({ health: 'offTrack', reason: 'missedTarget', period: '2026K1', value: 60, target: 90 }),
      }),
    ]);
  });

  it('indicatorOffTarget: a judgement of at risk counts; an on-track value capped for being overdue does not', () => {
    const judged = audit(variant({ nodes: [good('i-f1', 'f1', { latest: { ...observed, judgement: 'atRisk' } })] }));
    expect(codes(of(judged.findings, 'indicatorOffTarget'))).toEqual(['indicatorOffTarget:i-f1']);
    const capped = audit(variant({ nodes: [good('i-f1', 'f1', { freshness: overdue })] }));
    expect(of(capped.findings, 'indicatorOffTarget')).toEqual([]);
    expect(codes(capped.findings)).toEqual(['indicatorOverdue:i-f1']);
  });

  it('sharedFocusAreaOwnerWithoutAction: once per co-owner of a shared focus area without a live action', () => {
    const r = audit(variant({ nodes: [focusArea('f2', 'c2', 0, { coOwnerCommitteeIds: ['c3', 'c1'] })], drop: ['a2>f2'] }));
    expect(of(r.findings, 'focusAreaWithoutAction')).toEqual([expect.objectContaining({ nodeId: 'f2', committeeIds: ['c2'] })]);
    expect(of(r.findings, 'sharedFocusAreaOwnerWithoutAction')).toEqual([
      expect.objectContaining({
        nodeId: 'f2',
        committeeIds: ['c3'],
        params: expect.objectContaining({ committeeId: 'c3', leadCommitteeId: 'c2' }),
      }),
      expect.objectContaining({
        nodeId: 'f2',
        committeeIds: ['c1'],
        params: expect.objectContaining({ committeeName: 'Økonomiudvalget' }),
      }),
    ]);
    const withAction = audit(variant({ nodes: [focusArea('f2', 'c2', 0, { coOwnerCommitteeIds: ['c3'] })] }));
    expect(of(withAction.findings, 'sharedFocusAreaOwnerWithoutAction')).toEqual([]);
  });

  it('assessmentOld: the newest assessment of a node is more than a year old; a newer one clears it', () => {
    const old = addDays(TODAY, -OLD_ASSESSMENT_DAYS - 1);
    const yearAgo = addDays(TODAY, -OLD_ASSESSMENT_DAYS);
    const graph = variant({});
    const r = audit(graph, {
      assessments: [
        { id: 's1', nodeId: 'f1', date: old, proposal: 'none' },
        { id: 's2', nodeId: 'a2', date: old, proposal: 'none' },
        { id: 's3', nodeId: 'a2', date: '2026-05-01', proposal: 'none' },
        { id: 's4', nodeId: 'ap2', date: yearAgo, proposal: 'none' },
        { id: 's5', nodeId: 'gone', date: old, proposal: 'none' },
      ],
    });
    expect(of(r.findings, 'assessmentOld')).toEqual([
      expect.objectContaining({
        nodeId: 'f1',
        committeeIds: ['c1'],
        related: ['ap1'],
        params: expect.objectContaining({ assessmentId: 's1', date: old }),
      }),
    ]);
  });

  it('proposalUndecided: each open proposal; answered and declined ones are decided', () => {
    const r = audit(variant({}), {
      assessments: [
        { id: 'p1', nodeId: 'a4', date: '2026-05-01', proposal: 'open' },
        { id: 'p2', nodeId: 'a4', date: '2026-05-02', proposal: 'answered' },
        { id: 'p3', nodeId: 'f1', date: '2026-05-02', proposal: 'declined' },
      ],
    });
    expect(of(r.findings, 'proposalUndecided')).toEqual([
      expect.objectContaining({
        nodeId: 'a4',
        committeeIds: ['c3'],
        related: ['f4', 'ap2'],
        params: expect.objectContaining({ assessmentId: 'p1' }),
      }),
    ]);
  });

  it('lists findings in the order of the codes', () => {
    const r = audit(
      variant({
        nodes: [aimingPoint('ap3', 2), action('orphan'), good('i-f1', 'f1', { freshness: overdue })],
        without: ['i-a2'],
      }),
    );
    const order = r.findings.map((f) => FINDING_CODES.indexOf(f.code));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(r.findings.map((f) => f.code))).toEqual(
      new Set(['actionWithoutFocusArea', 'aimingPointUnserved', 'actionWithoutIndicator', 'indicatorOverdue']),
    );
  });
});

describe('alignmentOf: the score', () => {
  it('each finding costs its stated points, and every point lost is traced to a finding', () => {
    const r = audit(variant({ nodes: [good('i-f1', 'f1', { freshness: overdue }), action('a1', { status: 'stopped' })] }));
    // f1 has no live action, and its own indicator is overdue.
    const c1 = r.scores.committees.find((s) => s.id === 'c1')!;
    const lost = c1.lost.map((l) => [r.findings[l.findingIndex].code, l.points]);
    expect(lost).toEqual([
      ['focusAreaWithoutAction', FINDING_COSTS.focusAreaWithoutAction.committee],
      ['indicatorOverdue', FINDING_COSTS.indicatorOverdue.committee],
    ]);
    expect(c1.score).toBe(100 - 10 - 3);
    const ap1 = r.scores.aimingPoints.find((s) => s.id === 'ap1')!;
    expect(ap1.score).toBe(100 - FINDING_COSTS.focusAreaWithoutAction.aimingPoint - FINDING_COSTS.indicatorOverdue.aimingPoint);
    expect(r.scores.committees.find((s) => s.id === 'c2')!.score).toBe(100);
    for (const s of [...r.scores.committees, ...r.scores.aimingPoints])
      expect(100 - s.score).toBe(s.lost.reduce((sum, l) => sum + l.points, 0));
  });

  it('is floored at 0, the last finding costing only what is left', () => {
    const nodes: GraphNode[] = [vision(), aimingPoint('ap1', 0)];
    const links: GraphEdge[] = [];
    for (let k = 0; k < 11; k++) {
      nodes.push(focusArea(`f${k}`, 'c1', k));
      links.push(strong(`f${k}`, 'ap1'));
    }
    // Each focus area: no action (10), no indicator (5) → 11 × 15 points, more than 100.
    const r = audit(graphOf(nodes, links));
    const c1 = r.scores.committees.find((s) => s.id === 'c1')!;
    expect(c1.score).toBe(0);
    expect(c1.lost.reduce((sum, l) => sum + l.points, 0)).toBe(100);
    expect(c1.lost.every((l) => l.points > 0)).toBe(true);
  });
});

describe('alignmentOf: the matrix', () => {
  it('has a cell per committee × aiming point, with focus areas, actions, fresh share, health mix and evidence kinds', () => {
    const r = audit(
      variant({
        nodes: [
          focusArea('f4', 'c3', 0, { coOwnerCommitteeIds: ['c1'] }),
          good('i-a4', 'a4', { freshness: overdue, evidenceKind: 'survey' }),
          good('i-f3', 'f3', { evidenceKind: 'dialogue', freshness: { ...fresh, state: 'neverDue' } }),
        ],
      }),
    );
    expect(r.matrix).toHaveLength(COMMITTEES.length * 2);
    expect(r.matrix.map((c) => `${c.committeeId}×${c.aimingPointId}`)).toEqual([
      'c1×ap1',
      'c1×ap2',
      'c2×ap1',
      'c2×ap2',
      'c3×ap1',
      'c3×ap2',
    ]);
    const cell = r.matrix.find((c) => c.committeeId === 'c1' && c.aimingPointId === 'ap2')!;
    expect(cell.focusAreaIds).toEqual(['f3', 'f4']);
    expect(cell.actionIds).toEqual(['a3', 'a4']);
    // i-f3 never due, i-f4 fresh, i-a3 fresh, i-a4 overdue → 2 of 3 owing.
    expect(cell.freshShare).toBeCloseTo(2 / 3);
    expect(cell.evidenceKinds).toEqual(['dialogue', 'survey', 'statistics']);
    expect(Object.values(cell.health).reduce((a, b) => a + b, 0)).toBe(4);
    const empty = r.matrix.find((c) => c.committeeId === 'c2' && c.aimingPointId === 'ap2')!;
    expect(empty).toMatchObject({ focusAreaIds: [], actionIds: [], freshShare: null, evidenceKinds: [] });
    expect(empty.health).toEqual({ onTrack: 0, atRisk: 0, offTrack: 0, noData: 0 });
  });
});

describe('alignmentOf: for one committee', () => {
  it('keeps its matrix row, the findings that concern it and its score', () => {
    const graph = variant({ nodes: [action('a1', { status: 'stopped' }), action('orphan')], without: ['i-a2'] });
    const all = audit(graph);
    const c2 = audit(graph, { committeeId: 'c2' });
    expect(c2.matrix.every((c) => c.committeeId === 'c2')).toBe(true);
    expect(codes(c2.findings)).toEqual(['actionWithoutIndicator:a2']);
    const whole = all.scores.committees.find((s) => s.id === 'c2')!;
    expect(c2.scores.committees).toEqual([{ id: 'c2', score: whole.score, lost: [{ findingIndex: 0, points: 3 }] }]);
    expect(whole.score).toBe(97);
  });
});
