import type { PlanGraph } from '@kompas/domain';
import { changeOf, EMPTY_DRAFT, linkTargets, withTarget } from './staging';

const graph = {
  planId: 'p',
  nodes: [
    { id: 'ap', kind: 'aimingPoint', title: 'Forskellige sammen', version: 1 },
    { id: 'f1', kind: 'focusArea', title: 'Trivsel', version: 4, rank: 1 },
    { id: 'f2', kind: 'focusArea', title: 'Læsning', version: 2, rank: 2 },
    { id: 'a1', kind: 'action', title: 'Lektiecafé', version: 3 },
    { id: 'i1', kind: 'indicator', title: 'Læsescore', version: 5, targets: [{ period: '2026', value: 60 }] },
  ],
  edges: [
    { id: 's1', kind: 'supports', source: 'f1', target: 'ap', version: 7 },
    { id: 'c1', kind: 'contributes', source: 'a1', target: 'f1', version: 2 },
  ],
} as unknown as PlanGraph;

describe('the changes the what-if form stages', () => {
  it('stops an action or sets it adjusting, naming the version the map read', () => {
    expect(changeOf({ ...EMPTY_DRAFT, kind: 'stopAction', nodeId: 'a1' }, graph)).toEqual({
      kind: 'actionStatus',
      id: 'a1',
      version: 3,
      status: 'stopped',
    });
    expect(changeOf({ ...EMPTY_DRAFT, kind: 'adjustAction', nodeId: 'a1' }, graph)).toMatchObject({ status: 'adjusting' });
    expect(changeOf({ ...EMPTY_DRAFT, kind: 'stopAction', nodeId: 'f1' }, graph)).toBeNull();
  });

  it('moves a priority, removes and adds links', () => {
    expect(changeOf({ ...EMPTY_DRAFT, kind: 'moveFocusArea', nodeId: 'f2', rank: '1' }, graph)).toEqual({
      kind: 'focusAreaRank',
      id: 'f2',
      version: 2,
      rank: 1,
    });
    expect(changeOf({ ...EMPTY_DRAFT, kind: 'moveFocusArea', nodeId: 'f2', rank: '0' }, graph)).toBeNull();
    expect(changeOf({ ...EMPTY_DRAFT, kind: 'removeLink', nodeId: 's1' }, graph)).toEqual({ kind: 'linkRemove', id: 's1', version: 7 });
    expect(changeOf({ ...EMPTY_DRAFT, kind: 'addLink', nodeId: 'f2', otherId: 'ap' }, graph)).toEqual({
      kind: 'linkAdd',
      from: 'f2',
      to: 'ap',
    });
    // A focus area links to aiming points it does not support yet; an action to focus areas.
    expect(linkTargets(graph, 'f1').map((n) => n.id)).toEqual([]);
    expect(linkTargets(graph, 'f2').map((n) => n.id)).toEqual(['ap']);
    expect(linkTargets(graph, 'a1').map((n) => n.id)).toEqual(['f2']);
  });

  it('changes a target path: a period added or replaced, in order, with a Danish decimal comma', () => {
    expect(changeOf({ ...EMPTY_DRAFT, kind: 'changeTarget', nodeId: 'i1', period: '2025', value: '55,5' }, graph)).toEqual({
      kind: 'targets',
      id: 'i1',
      version: 5,
      targets: [
        { period: '2025', value: 55.5 },
        { period: '2026', value: 60 },
      ],
    });
    expect(withTarget(graph.nodes[4] as never, '2026', 70)).toEqual([{ period: '2026', value: 70 }]);
    expect(changeOf({ ...EMPTY_DRAFT, kind: 'changeTarget', nodeId: 'i1', period: '2025', value: '' }, graph)).toBeNull();
  });
});
