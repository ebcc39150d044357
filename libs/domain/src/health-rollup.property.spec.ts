import fc from 'fast-check';
import { action, aimingPoint, edge, focusArea, graphOf, indicator, prng, shuffle, vision } from '../test/map-test-graphs';
import type { GraphEdge, GraphNode, IndicatorNode, LatestObservation, PlanGraph } from './graph';
import { AssessmentForHealth, HEALTH_SEVERITY, NodeHealthResult, planHealth } from './health-rollup';
import { JUDGEMENTS, type Direction, type Judgement } from './kinds';
import { parsePeriodCode } from './periods';
import type { JudgedObservation } from './targets';

const TODAY = '2026-06-15';
const QUARTERS = ['2025K3', '2025K4', '2026K1'];

type IndicatorSpec = {
  direction: Direction;
  baseline: number | null;
  target: number | null;
  value: number | null;
  judgement: Judgement | null;
  overdue: boolean;
  parent: number;
  history: (number | null)[];
};
type PlanSpec = {
  aimingPoints: number;
  focusAreas: { supports: number[] }[];
  actions: { contributes: number[] }[];
  indicators: IndicatorSpec[];
  assessments: { node: number; daysAgo: number; status: Judgement }[];
};

const indicatorSpec = fc.record({
  direction: fc.constantFrom<Direction>('up', 'down', 'hold'),
  baseline: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  target: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null, freq: 6 }),
  value: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null, freq: 6 }),
  judgement: fc.option(fc.constantFrom(...JUDGEMENTS), { nil: null, freq: 3 }),
  overdue: fc.boolean(),
  parent: fc.nat(),
  history: fc.array(fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }), { maxLength: 2 }),
});

const planSpec: fc.Arbitrary<PlanSpec> = fc.record({
  aimingPoints: fc.integer({ min: 1, max: 3 }),
  focusAreas: fc.array(fc.record({ supports: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }) }), { minLength: 1, maxLength: 4 }),
  actions: fc.array(fc.record({ contributes: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }) }), { maxLength: 8 }),
  indicators: fc.array(indicatorSpec, { minLength: 1, maxLength: 12 }),
  assessments: fc.array(fc.record({ node: fc.nat(), daysAgo: fc.integer({ min: -5, max: 120 }), status: fc.constantFrom(...JUDGEMENTS) }), {
    maxLength: 3,
  }),
});

const observation = (code: string, value: number | null, judgement: Judgement | null): LatestObservation => {
  const p = parsePeriodCode(code)!;
  return {
    id: `o-${code}`,
    series: 'actual',
    periodStart: p.start,
    periodEnd: p.end,
    value,
    narrative: null,
    judgement,
    recordedAt: '2026-04-02T10:00:00Z',
  };
};

function dateBefore(days: number): string {
  const t = Date.parse(`${TODAY}T00:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The plan a spec describes, with its indicators' histories and its assessments. */
function build(spec: PlanSpec) {
  const nodes: GraphNode[] = [vision()];
  const links: GraphEdge[] = [];
  for (let a = 0; a < spec.aimingPoints; a++) nodes.push(aimingPoint(`ap${a}`, a));
  spec.focusAreas.forEach((f, n) => {
    nodes.push(focusArea(`fa${n}`, 'c', n));
    for (const s of new Set(f.supports.map((x) => x % spec.aimingPoints))) links.push(edge('supports', `fa${n}`, `ap${s}`));
  });
  spec.actions.forEach((a, n) => {
    nodes.push(action(`a${n}`));
    for (const c of new Set(a.contributes.map((x) => x % spec.focusAreas.length))) links.push(edge('contributes', `a${n}`, `fa${c}`));
  });
  const measurable = nodes.map((n) => n.id);
  const observations = new Map<string, JudgedObservation[]>();
  spec.indicators.forEach((s, n) => {
    const id = `i${n}`;
    const latest = s.value === null && s.judgement === null ? null : observation('2026K1', s.value, s.judgement);
    nodes.push(indicatorOf(id, measurable[s.parent % measurable.length], s, latest));
    const history: JudgedObservation[] = s.history.map((v, k) => ({ ...observation(QUARTERS[k], v, null) }));
    if (latest) history.push(latest);
    observations.set(id, history);
  });
  const assessable = nodes.filter((n) => n.kind !== 'indicator' && n.kind !== 'vision');
  const assessments: AssessmentForHealth[] = assessable.length
    ? spec.assessments.map((a, n) => ({
        id: `as${n}`,
        nodeId: assessable[a.node % assessable.length].id,
        date: dateBefore(a.daysAgo),
        status: a.status,
        reflection: `Vurdering ${n}`,
      }))
    : [];
  return { graph: graphOf(nodes, links), observations, assessments };
}

function indicatorOf(id: string, measuresId: string, s: IndicatorSpec, latest: LatestObservation | null): IndicatorNode {
  return indicator(id, measuresId, {
    title: `Indikator ${id}`,
    type: 'quantitative',
    direction: s.direction,
    unit: '%',
    baselineValue: s.baseline,
    targets:
      s.target === null
        ? []
        : [
            { period: '2025', value: s.target },
            { period: '2026', value: s.target },
          ],
    latest,
    freshness: s.overdue
      ? { state: 'overdue', period: { ...parsePeriodCode('2026K1')!, code: '2026K1' }, dueDate: '2026-04-30', next: null, why: null }
      : { state: 'fresh', period: null, dueDate: null, next: null, why: null },
  });
}

const severity = (r: NodeHealthResult | undefined) => HEALTH_SEVERITY[r!.health];

/** A better observation than `o` for the indicator: a better judgement, or a value nearer its target or beyond it. */
function improved(ind: IndicatorNode, o: LatestObservation, by: number): LatestObservation {
  if (o.judgement) {
    const better: Judgement = o.judgement === 'offTrack' ? 'atRisk' : 'onTrack';
    return { ...o, judgement: better };
  }
  if (o.value === null) return o;
  const target = ind.targets[0] && 'value' in ind.targets[0] ? ind.targets[0].value : null;
  if (ind.direction === 'up') return { ...o, value: o.value + by };
  if (ind.direction === 'down') return { ...o, value: o.value - by };
  // Hold: nearer the target, never past it.
  if (target === null) return o;
  const step = Math.min(by, Math.abs(o.value - target));
  return { ...o, value: o.value + Math.sign(target - o.value) * step };
}

const asObject = (m: Map<string, NodeHealthResult>) => Object.fromEntries([...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));

describe('planHealth: properties', () => {
  it('improving one observation never makes any node worse', () => {
    fc.assert(
      fc.property(planSpec, fc.nat(), fc.integer({ min: 1, max: 60 }), (spec, pick, by) => {
        const { graph, observations, assessments } = build(spec);
        const indicators = graph.nodes.filter((n): n is IndicatorNode => n.kind === 'indicator' && n.latest !== null);
        fc.pre(indicators.length > 0);
        const ind = indicators[pick % indicators.length];
        const better = improved(ind, ind.latest!, by);
        const before = planHealth(graph, { today: TODAY, observations, assessments });
        const changed: PlanGraph = { ...graph, nodes: graph.nodes.map((n) => (n.id === ind.id ? { ...ind, latest: better } : n)) };
        const history = new Map(observations);
        history.set(ind.id, [...(observations.get(ind.id) ?? []).filter((o) => o !== ind.latest), better]);
        const after = planHealth(changed, { today: TODAY, observations: history, assessments });
        const worse = graph.nodes.filter((n) => severity(after.get(n.id)) > severity(before.get(n.id))).map((n) => n.id);
        expect(worse).toEqual([]);
      }),
    );
  });

  it('adding an on-track child never makes its parent (or anything) worse', () => {
    fc.assert(
      fc.property(planSpec, fc.nat(), fc.boolean(), (spec, pick, asAction) => {
        const { graph, observations, assessments } = build(spec);
        const before = planHealth(graph, { today: TODAY, observations, assessments });
        const onTrackIndicator = (id: string, measuresId: string) =>
          indicatorOf(
            id,
            measuresId,
            { direction: 'up', baseline: 0, target: 10, value: 20, judgement: null, overdue: false, parent: 0, history: [] },
            observation('2026K1', 20, null),
          );
        let changed: PlanGraph;
        let parentId: string;
        if (asAction) {
          const parents = graph.nodes.filter((n) => n.kind === 'focusArea');
          parentId = parents[pick % parents.length].id;
          changed = graphOf(
            [...graph.nodes, action('new'), onTrackIndicator('new-i', 'new')],
            [...graph.edges.filter((e) => e.kind === 'supports' || e.kind === 'contributes'), edge('contributes', 'new', parentId)],
          );
        } else {
          const parents = graph.nodes.filter((n) => n.kind !== 'indicator');
          parentId = parents[pick % parents.length].id;
          changed = graphOf(
            [...graph.nodes, onTrackIndicator('new-i', parentId)],
            graph.edges.filter((e) => e.kind === 'supports' || e.kind === 'contributes'),
          );
        }
        const after = planHealth(changed, { today: TODAY, observations, assessments });
        expect(after.get(asAction ? 'new' : 'new-i')!.health).toBe('onTrack');
        expect(severity(after.get(parentId))).toBeLessThanOrEqual(severity(before.get(parentId)));
        const worse = graph.nodes.filter((n) => severity(after.get(n.id)) > severity(before.get(n.id))).map((n) => n.id);
        expect(worse).toEqual([]);
        // A parent that had data keeps it.
        if (before.get(parentId)!.health !== 'noData') expect(after.get(parentId)!.health).not.toBe('noData');
      }),
    );
  });

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(planSpec, fc.integer(), (spec, seed) => {
        const { graph, observations, assessments } = build(spec);
        const expected = asObject(planHealth(graph, { today: TODAY, observations, assessments }));
        const random = prng(seed);
        const mix = <T>(xs: readonly T[]): T[] => shuffle(xs, random);
        const reordered: PlanGraph = { planId: graph.planId, nodes: mix(graph.nodes), edges: mix(graph.edges) };
        const history = new Map(mix([...observations.entries()]).map(([k, v]) => [k, mix(v)] as const));
        const actual = asObject(planHealth(reordered, { today: TODAY, observations: history, assessments: mix(assessments) }));
        expect(actual).toEqual(expected);
      }),
    );
  });
});
