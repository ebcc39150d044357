import { diffPlans, type GraphNode, type PlanGraph } from '@kompas/domain';
import { smallPlanGraph } from '../../../testing/small-plan-graph';
import { diffGraph } from './diff-graph';

const nodeOf = (id: string) => smallPlanGraph.nodes.find((n) => n.id === id)!;
const focusArea = (id: string, title: string, rank: number) => ({
  ...(nodeOf('fa2') as GraphNode & { kind: 'focusArea' }),
  id,
  title,
  rank,
});
const indicator = (id: string, measuresId: string) => ({ ...(nodeOf('i1') as GraphNode & { kind: 'indicator' }), id, measuresId });
const link = (id: string, source: string, target: string) => ({
  id,
  kind: 'contributes' as const,
  source,
  target,
  rationale: null,
  strength: 1,
  example: false,
  version: 1,
});
const measures = (id: string, target: string) => ({
  id: `${id}:measures`,
  kind: 'measures' as const,
  source: id,
  target,
  rationale: null,
  strength: null,
  example: false,
  version: null,
});

/**
 * Before: "Trivsel i skolen" second and "Flere unge" first, a third focus area with an indicator and a
 * link from the action, the action under an older title, the indicator aiming lower. After (the small
 * plan): the two priorities swapped, the third focus area gone with its indicator and link, and a new
 * action with its own link and indicator.
 */
const before: PlanGraph = {
  planId: 'p',
  nodes: [
    ...smallPlanGraph.nodes.map((n): GraphNode => {
      if (n.id === 'fa1' && n.kind === 'focusArea') return { ...n, rank: 2 };
      if (n.id === 'fa2' && n.kind === 'focusArea') return { ...n, rank: 1 };
      if (n.id === 'a1') return { ...n, title: 'Læsevenner' };
      if (n.id === 'i1' && n.kind === 'indicator') return { ...n, longTermTarget: { value: 85, date: '2029-12-31' } };
      return n;
    }),
    focusArea('fa3', 'Flere i job', 3),
    indicator('i3', 'fa3'),
  ],
  edges: [...smallPlanGraph.edges, link('l3', 'a1', 'fa3'), measures('i3', 'fa3')],
};
const after: PlanGraph = {
  planId: 'p',
  nodes: [
    ...smallPlanGraph.nodes,
    { ...(nodeOf('a1') as GraphNode & { kind: 'action' }), id: 'a2', title: 'Lektiecafé' },
    indicator('i2', 'a2'),
  ],
  edges: [...smallPlanGraph.edges, link('l4', 'a2', 'fa2'), measures('i2', 'a2')],
};

describe('the diff drawn as one graph', () => {
  const drawn = diffGraph(after, diffPlans(before, after));

  it('is the later plan with what only the earlier one had added back, and the edges a removed indicator hung by', () => {
    expect(drawn.graph.nodes.map((n) => n.id)).toEqual(['v', 'ap1', 'fa1', 'fa2', 'a1', 'i1', 'a2', 'i2', 'fa3', 'i3']);
    expect(drawn.graph.edges.map((e) => e.id)).toEqual([...after.edges.map((e) => e.id), 'l3', 'i3:measures']);
    expect(drawn.graph.nodes.find((n) => n.id === 'fa3')?.title).toBe('Flere i job');
  });

  it('marks each node added, removed, changed (fields or targets), moved (priority only) or unchanged', () => {
    expect(Object.fromEntries([...drawn.marks.nodes].map(([id, mark]) => [id, mark.state]))).toEqual({
      v: 'unchanged',
      ap1: 'unchanged',
      fa1: 'moved',
      fa2: 'moved',
      a1: 'changed',
      i1: 'changed',
      a2: 'added',
      i2: 'added',
      fa3: 'removed',
      i3: 'removed',
    });
    expect(drawn.marks.nodes.get('fa1')?.rank).toEqual({ from: 2, to: 1 });
    expect(drawn.marks.nodes.get('a1')?.rank).toBeNull();
  });

  it('marks each link, and where a new or removed indicator hangs, with its node', () => {
    expect(Object.fromEntries(drawn.marks.edges)).toEqual({
      'ap1:partOf': 'unchanged',
      s1: 'unchanged',
      l1: 'unchanged',
      'i1:measures': 'unchanged',
      l4: 'added',
      'i2:measures': 'added',
      l3: 'removed',
      'i3:measures': 'removed',
    });
  });

  it('opens on what differs and both ends of every link that does, not on the unchanged vision', () => {
    expect(drawn.changed).toEqual(['fa1', 'fa2', 'a1', 'i1', 'a2', 'i2', 'fa3', 'i3']);
  });

  it('draws a removed aiming point under the vision, and keeps a moved priority that also changed as changed with its move', () => {
    const ap2 = { ...(nodeOf('ap1') as GraphNode & { kind: 'aimingPoint' }), id: 'ap2', title: 'Et godt liv', position: 2 };
    const then: PlanGraph = {
      planId: 'p',
      nodes: [
        ...smallPlanGraph.nodes.map((n) => (n.id === 'fa1' && n.kind === 'focusArea' ? { ...n, rank: 3, title: 'Trivsel' } : n)),
        ap2,
      ],
      edges: smallPlanGraph.edges,
    };
    const drawnThen = diffGraph(smallPlanGraph, diffPlans(then, smallPlanGraph));
    expect(drawnThen.marks.nodes.get('ap2')?.state).toBe('removed');
    expect(drawnThen.graph.edges.find((e) => e.id === 'ap2:partOf')).toMatchObject({ kind: 'partOf', source: 'ap2', target: 'v' });
    expect(drawnThen.marks.edges.get('ap2:partOf')).toBe('removed');
    expect(drawnThen.marks.nodes.get('fa1')).toEqual({ state: 'changed', rank: { from: 3, to: 1 } });
    expect(drawnThen.changed).toEqual(['v', 'fa1', 'ap2']);
  });

  it('marks nothing when nothing changed', () => {
    const same = diffGraph(smallPlanGraph, diffPlans(smallPlanGraph, smallPlanGraph));
    expect(same.graph).toEqual(smallPlanGraph);
    expect([...same.marks.nodes.values()].every((m) => m.state === 'unchanged')).toBe(true);
    expect(same.changed).toEqual([]);
  });
});
