import { action, aimingPoint, edge, focusArea, graphOf, indicator, vision } from '../test/map-test-graphs';
import type { Freshness } from './freshness';
import type { ActionNode, FocusAreaNode, IndicatorNode, PlanGraph } from './graph';
import { planHealth } from './health-rollup';
import { applyChangesToGraph, healthChanges, stagedLinkId } from './scenario';

const TODAY = '2026-06-15';
const OVERDUE: Freshness = {
  state: 'overdue',
  period: { start: '2025-01-01', end: '2025-12-31', code: '2025' },
  dueDate: '2026-01-30',
  next: null,
  why: null,
};

/** Vision → aiming point ap → focus areas f1, f2 (committee c) and g1 (committee d); action a1 serves f1 and is measured by i1. */
function plan(): PlanGraph {
  return graphOf(
    [
      vision('v'),
      aimingPoint('ap', 1),
      focusArea('f1', 'c', 1),
      focusArea('f2', 'c', 2),
      focusArea('f3', 'c', 3),
      focusArea('g1', 'd', 1),
      action('a1', { status: 'launched' }),
      action('a2', { status: 'launched' }),
      indicator('i1', 'a1', {
        measures: 'action',
        type: 'quantitative',
        direction: 'up',
        baselineValue: 50,
        targets: [{ period: '2024', value: 60 }],
        latest: {
          id: 'o1',
          series: 'actual',
          periodStart: '2024-01-01',
          periodEnd: '2024-12-31',
          value: 70,
          narrative: null,
          judgement: null,
          recordedAt: '2025-01-10T10:00:00Z',
        },
        freshness: OVERDUE,
      }),
    ],
    [
      edge('supports', 'f1', 'ap', 's1'),
      edge('supports', 'g1', 'ap', 's2'),
      edge('contributes', 'a1', 'f1', 'c1'),
      edge('contributes', 'a2', 'f1', 'c2'),
    ],
  );
}

const node = <T>(g: PlanGraph, id: string) => g.nodes.find((n) => n.id === id) as T;

describe('applyChangesToGraph', () => {
  it('leaves the graph it was given as it was', () => {
    const g = plan();
    const before = JSON.stringify(g);
    applyChangesToGraph(g, [
      { kind: 'actionStatus', id: 'a1', version: 1, status: 'stopped' },
      { kind: 'linkRemove', id: 's1', version: 1 },
      { kind: 'focusAreaRank', id: 'f3', version: 1, rank: 1 },
    ]);
    expect(JSON.stringify(g)).toBe(before);
  });

  it('stops an action: its indicators are never due, so an overdue one no longer puts its focus area at risk', () => {
    const g = plan();
    const after = applyChangesToGraph(g, [{ kind: 'actionStatus', id: 'a1', version: 1, status: 'stopped' }]);
    expect(node<ActionNode>(after, 'a1').status).toBe('stopped');
    expect(node<IndicatorNode>(after, 'i1').freshness).toMatchObject({ state: 'neverDue', why: 'actionStopped' });
    const now = planHealth(g, { today: TODAY });
    const then = planHealth(after, { today: TODAY });
    expect(now.get('f1')!.health).toBe('atRisk');
    expect(then.get('f1')!.health).toBe('onTrack');
  });

  it('sets an action adjusting without touching its indicators’ freshness', () => {
    const after = applyChangesToGraph(plan(), [{ kind: 'actionStatus', id: 'a1', version: 1, status: 'adjusting' }]);
    expect(node<ActionNode>(after, 'a1').status).toBe('adjusting');
    expect(node<IndicatorNode>(after, 'i1').freshness.state).toBe('overdue');
  });

  it('reckons the freshness of a restarted action’s indicators with the caller’s rule', () => {
    const stopped = applyChangesToGraph(plan(), [{ kind: 'actionStatus', id: 'a1', version: 1, status: 'stopped' }]);
    const again = applyChangesToGraph(stopped, [{ kind: 'actionStatus', id: 'a1', version: 2, status: 'identified' }], {
      freshness: () => OVERDUE,
    });
    expect(node<IndicatorNode>(again, 'i1').freshness.state).toBe('overdue');
  });

  it('moves a focus area’s priority within its committee only, the others closing up', () => {
    const after = applyChangesToGraph(plan(), [{ kind: 'focusAreaRank', id: 'f3', version: 1, rank: 1 }]);
    const ranks = Object.fromEntries(after.nodes.filter((n) => n.kind === 'focusArea').map((n) => [n.id, (n as FocusAreaNode).rank]));
    expect(ranks).toEqual({ f3: 1, f1: 2, f2: 3, g1: 1 });
  });

  it('retires a focus area', () => {
    const after = applyChangesToGraph(plan(), [{ kind: 'focusAreaStatus', id: 'f2', version: 1, status: 'retired' }]);
    expect(node<FocusAreaNode>(after, 'f2').status).toBe('retired');
  });

  it('removes a link, and the aiming point no longer counts the focus area', () => {
    const g = plan();
    const after = applyChangesToGraph(g, [{ kind: 'linkRemove', id: 's1', version: 1 }]);
    expect(after.edges.map((e) => e.id)).not.toContain('s1');
    expect(
      planHealth(after, { today: TODAY })
        .get('ap')!
        .reasons.some((r) => r.nodeId === 'f1'),
    ).toBe(false);
  });

  it('adds a link of the kind its ends make, with the default strength', () => {
    const after = applyChangesToGraph(plan(), [
      { kind: 'linkAdd', from: 'f2', to: 'ap' },
      { kind: 'linkAdd', from: 'a2', to: 'f2', strength: 3, rationale: 'Hjælper også' },
    ]);
    expect(after.edges.filter((e) => e.id.startsWith('staged-link'))).toEqual([
      expect.objectContaining({ id: stagedLinkId(0), kind: 'supports', source: 'f2', target: 'ap', strength: 2, version: null }),
      expect.objectContaining({
        id: stagedLinkId(1),
        kind: 'contributes',
        source: 'a2',
        target: 'f2',
        strength: 3,
        rationale: 'Hjælper også',
      }),
    ]);
  });

  it('changes a target path (in period order) and the indicator’s health follows it', () => {
    const g = plan();
    const after = applyChangesToGraph(g, [
      {
        kind: 'targets',
        id: 'i1',
        version: 1,
        targets: [
          { period: '2026', value: 90 },
          { period: '2024', value: 80 },
        ],
        longTermTarget: { value: 95, date: '2029-12-31' },
      },
    ]);
    const ind = node<IndicatorNode>(after, 'i1');
    expect(ind.targets.map((t) => t.period)).toEqual(['2024', '2026']);
    expect(ind.longTermTarget).toEqual({ value: 95, date: '2029-12-31' });
    expect(planHealth(after, { today: TODAY }).get('i1')!.health).toBe('offTrack');
  });

  it('skips a change whose row is not in the graph', () => {
    const g = plan();
    const after = applyChangesToGraph(g, [
      { kind: 'actionStatus', id: 'nope', version: 1, status: 'stopped' },
      { kind: 'linkAdd', from: 'nope', to: 'ap' },
    ]);
    expect(after).toEqual(g);
  });
});

describe('healthChanges', () => {
  it('lists the nodes whose health moved', () => {
    expect(
      healthChanges(
        [
          { nodeId: 'a', health: 'onTrack' },
          { nodeId: 'b', health: 'atRisk' },
        ],
        [
          { nodeId: 'a', health: 'onTrack' },
          { nodeId: 'b', health: 'offTrack' },
        ],
      ),
    ).toEqual([{ nodeId: 'b', now: 'atRisk', scenario: 'offTrack' }]);
  });
});
