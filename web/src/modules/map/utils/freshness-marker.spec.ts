import type { Freshness, GraphNode, IndicatorNode } from '@kompas/domain';
import { smallPlanGraph } from '../../../testing/small-plan-graph';
import { freshnessMark, oldDataByNode } from './freshness-marker';

const template = smallPlanGraph.nodes.find((n) => n.kind === 'indicator') as IndicatorNode;
const indicator = (id: string, measuresId: string, patch: Partial<IndicatorNode>): IndicatorNode => ({
  ...template,
  id,
  measuresId,
  ...patch,
});
const others = smallPlanGraph.nodes.filter((n) => n.kind !== 'indicator') as GraphNode[];
const state = (s: Freshness['state']): Freshness => ({ state: s, period: null, dueDate: null, next: null, why: null });

describe('freshnessMark', () => {
  it('marks due and overdue indicators, and nothing else', () => {
    expect(freshnessMark(state('due'))).toBe('due');
    expect(freshnessMark(state('overdue'))).toBe('overdue');
    for (const s of ['fresh', 'notYetDue', 'neverDue'] as const) expect(freshnessMark(state(s))).toBeNull();
  });
});

describe('oldDataByNode', () => {
  it('marks the node an overdue or due indicator measures, overdue first, and counts both', () => {
    const old = oldDataByNode([
      ...others,
      indicator('i1', 'f1', { freshness: state('due') }),
      indicator('i2', 'f1', { freshness: state('overdue') }),
      indicator('i3', 'f1', { freshness: state('due') }),
      indicator('i4', 'a1', { measures: 'action', freshness: state('due') }),
      indicator('i5', 'a2', { measures: 'action', freshness: state('fresh') }),
      indicator('i6', 'p1', { measures: 'vision', freshness: state('neverDue') }),
    ]);
    expect(old.get('f1')).toEqual({ state: 'overdue', due: 2, overdue: 1 });
    expect(old.get('a1')).toEqual({ state: 'due', due: 1, overdue: 0 });
    expect(old.has('a2')).toBe(false);
    expect(old.has('p1')).toBe(false);
    expect(old.size).toBe(2);
  });
});
