import type { IndicatorNode, PlanGraph } from '@kompas/domain';
import { smallPlanGraph } from '../../../testing/small-plan-graph';
import { freshnessContext, pathsToVision } from './indicator-path';
import { newestFirst } from './observation-rows';
import type { Observation } from '../types';

const indicator = smallPlanGraph.nodes.find((n) => n.kind === 'indicator') as IndicatorNode;

describe('where an indicator sits in the plan', () => {
  it('leads from what it measures up to the vision', () => {
    expect(pathsToVision(smallPlanGraph, indicator).map((p) => p.map((n) => n.id))).toEqual([['fa1', 'ap1', 'v']]);
  });

  it('has one way up per parent, from an action through each of its focus areas', () => {
    const graph: PlanGraph = {
      ...smallPlanGraph,
      edges: [
        ...smallPlanGraph.edges,
        { id: 'l2', kind: 'contributes', source: 'a1', target: 'fa2', rationale: '', strength: 1, example: false, version: 1 },
      ],
    };
    const onAction = { ...indicator, measuresId: 'a1', measures: 'action' as const };
    expect(pathsToVision(graph, onAction).map((p) => p.map((n) => n.id))).toEqual([
      ['a1', 'fa1', 'ap1', 'v'],
      ['a1', 'fa2'],
    ]);
    expect(freshnessContext(graph, onAction)).toEqual({
      plan: { status: 'adopted', periodStart: '2026-01-01' },
      measures: { kind: 'action', status: 'launched' },
    });
  });

  it('is the vision alone for an indicator of the vision', () => {
    const onVision = { ...indicator, measuresId: 'v', measures: 'vision' as const };
    expect(pathsToVision(smallPlanGraph, onVision).map((p) => p.map((n) => n.id))).toEqual([['v']]);
    expect(freshnessContext(smallPlanGraph, onVision)?.measures).toEqual({ kind: 'vision' });
  });

  it('lists observations newest period first, a correction above the value it replaced', () => {
    const o = (id: string, start: string, end: string, recordedAt: string): Observation => ({
      id,
      indicatorId: 'i1',
      recordedBy: null,
      reason: null,
      series: 'actual',
      period: null,
      periodStart: start,
      periodEnd: end,
      value: 1,
      narrative: null,
      judgement: null,
      sourceNote: null,
      recordedAt,
      supersedesId: null,
      supersededById: null,
      example: false,
    });
    const list = [
      o('q1', '2026-01-01', '2026-03-31', '2026-04-01T00:00:00Z'),
      o('old', '2026-04-01', '2026-06-30', '2026-07-01T00:00:00Z'),
      o('fix', '2026-04-01', '2026-06-30', '2026-07-05T00:00:00Z'),
      o('year', '2025-01-01', '2025-12-31', '2026-01-05T00:00:00Z'),
    ];
    expect(newestFirst(list).map((x) => x.id)).toEqual(['fix', 'old', 'q1', 'year']);
  });
});
