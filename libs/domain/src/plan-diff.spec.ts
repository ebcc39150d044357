import type { GraphEdge, GraphNode, PlanGraph } from './graph';
import { diffPlans, diffSize, endOfCopenhagenDay, parseDiffSide, targetChange, type DiffBecause } from './plan-diff';

const focusArea = (id: string, rank: number, title = id): GraphNode =>
  ({
    id,
    kind: 'focusArea',
    title,
    example: false,
    version: 1,
    committeeId: 'c1',
    committeeName: 'Udvalget',
    coOwnerCommitteeIds: [],
    rank,
    status: 'adopted',
  }) as GraphNode;
const indicator = (id: string, direction: 'up' | 'down' | 'hold', targets: { period: string; value: number }[]): GraphNode =>
  ({
    id,
    kind: 'indicator',
    title: id,
    example: false,
    version: 1,
    measuresId: 'f1',
    measures: 'focusArea',
    type: 'quantitative',
    evidenceKind: 'statistics',
    cadence: 'yearly',
    unit: '%',
    direction,
    baselineValue: null,
    targets,
    longTermTarget: null,
    reference: null,
    graceDays: 0,
    responsibleUserId: null,
    latest: null,
    latestReference: null,
    freshness: { state: 'fresh' },
  }) as unknown as GraphNode;
const link = (id: string, source: string, target: string, strength = 2): GraphEdge => ({
  id,
  kind: 'contributes',
  source,
  target,
  rationale: 'fordi',
  strength,
  example: false,
  version: 1,
});
const plan = (nodes: GraphNode[], edges: GraphEdge[] = []): PlanGraph => ({ planId: 'p', nodes, edges });
const because = (seq: number, reason: string): DiffBecause => ({ reason, adjustment: null, seq });

describe('diffPlans', () => {
  it('finds nothing between a plan and itself, whatever its freshness and versions', () => {
    const a = plan([focusArea('f1', 1), indicator('i1', 'up', [{ period: '2026', value: 50 }])], [link('l1', 'a1', 'f1')]);
    const b = JSON.parse(JSON.stringify(a)) as PlanGraph;
    (b.nodes[1] as { freshness: unknown }).freshness = { state: 'overdue' };
    (b.nodes[0] as { version: number }).version = 7;
    expect(diffSize(diffPlans(a, b))).toBe(0);
  });

  it('lists nodes added and removed, and changed field by field, each with its reason', () => {
    const a = plan([focusArea('f1', 1, 'Læsning'), focusArea('f2', 2)]);
    const b = plan([focusArea('f1', 1, 'Læsning for alle'), focusArea('f3', 2)]);
    const d = diffPlans(a, b, new Map([['f1', because(9, 'Bredere')]]));
    expect(d.nodes.added.map((n) => n.id)).toEqual(['f3']);
    expect(d.nodes.removed.map((n) => n.id)).toEqual(['f2']);
    expect(d.nodes.changed).toEqual([
      {
        id: 'f1',
        kind: 'focusArea',
        title: 'Læsning for alle',
        fields: [{ field: 'title', from: 'Læsning', to: 'Læsning for alle' }],
        because: because(9, 'Bredere'),
      },
    ]);
  });

  it('lists moved priorities apart, not as a changed field', () => {
    const d = diffPlans(plan([focusArea('f1', 1), focusArea('f2', 2)]), plan([focusArea('f1', 2), focusArea('f2', 1)]));
    expect(d.priorities.map((p) => [p.focusAreaId, p.from, p.to])).toEqual([
      ['f2', 2, 1],
      ['f1', 1, 2],
    ]);
    expect(d.nodes.changed).toEqual([]);
  });

  it('lists links added, removed and changed', () => {
    const d = diffPlans(plan([], [link('l1', 'a', 'f'), link('l2', 'a', 'g')]), plan([], [link('l1', 'a', 'f', 3), link('l3', 'b', 'f')]));
    expect(d.links.added.map((l) => l.id)).toEqual(['l3']);
    expect(d.links.removed.map((l) => l.id)).toEqual(['l2']);
    expect(d.links.changed).toEqual([expect.objectContaining({ id: 'l1', fields: [{ field: 'strength', from: 2, to: 3 }] })]);
  });

  it('says whether a target was eased or tightened by the indicator’s direction', () => {
    const d = diffPlans(
      plan([indicator('up', 'up', [{ period: '2026', value: 50 }]), indicator('down', 'down', [{ period: '2026', value: 10 }])]),
      plan([
        indicator('up', 'up', [{ period: '2026', value: 40 }]),
        indicator('down', 'down', [
          { period: '2026', value: 8 },
          { period: '2027', value: 6 },
        ]),
      ]),
    );
    expect(d.targets.map((t) => [t.indicatorId, t.period, t.from, t.to, t.change])).toEqual([
      ['up', '2026', 50, 40, 'eased'],
      ['down', '2026', 10, 8, 'tightened'],
      ['down', '2027', null, 6, 'changed'],
    ]);
    expect(targetChange('hold', 1, 2)).toBe('changed');
    expect(targetChange('up', 1, 2)).toBe('tightened');
  });
});

describe('the sides of a comparison', () => {
  it('reads a revision id, a real date or now, and nothing else', () => {
    expect(parseDiffSide('now')).toEqual({ now: true });
    expect(parseDiffSide('2026-03-01')).toEqual({ date: '2026-03-01' });
    expect(parseDiffSide('2026-02-30')).toBeNull();
    expect(parseDiffSide('00000000-0000-4000-8000-00000000000A')).toEqual({ revision: '00000000-0000-4000-8000-00000000000a' });
    expect(parseDiffSide('i går')).toBeNull();
    expect(parseDiffSide(undefined)).toBeNull();
  });

  it('ends a day at Copenhagen’s midnight, in winter and in summer time', () => {
    expect(endOfCopenhagenDay('2026-01-15').toISOString()).toBe('2026-01-15T22:59:59.999Z');
    expect(endOfCopenhagenDay('2026-07-15').toISOString()).toBe('2026-07-15T21:59:59.999Z');
    // The night summer time begins (29 March 2026) and the night it ends (25 October 2026).
    expect(endOfCopenhagenDay('2026-03-28').toISOString()).toBe('2026-03-28T22:59:59.999Z');
    expect(endOfCopenhagenDay('2026-10-24').toISOString()).toBe('2026-10-24T21:59:59.999Z');
  });
});
