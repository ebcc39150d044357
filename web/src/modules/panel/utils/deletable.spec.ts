import type { GraphNode, Principal } from '@kompas/domain';
import { smallPlanGraph as graph } from '../../../testing/small-plan-graph';
import { holdsObservations, ownerChoices } from './deletable';

const node = (id: string) => graph.nodes.find((n) => n.id === id) as GraphNode;

describe('what may be deleted', () => {
  it('keeps an indicator with data, and the focus area it measures, from being deleted; not an action without data', () => {
    expect(holdsObservations(graph, node('i1'))).toBe(true);
    expect(holdsObservations(graph, node('fa1'))).toBe(true);
    expect(holdsObservations(graph, node('fa2'))).toBe(false);
    expect(holdsObservations(graph, node('a1'))).toBe(false);
  });

  it('lets an indicator without data be deleted', () => {
    const empty = { ...node('i1'), latest: null } as GraphNode;
    const without = { ...graph, nodes: graph.nodes.map((n) => (n.id === 'i1' ? empty : n)) };
    expect(holdsObservations(without, empty)).toBe(false);
    expect(holdsObservations(without, node('fa1'))).toBe(false);
  });
});

describe('the owners offered', () => {
  const units = [{ id: 'u1' }, { id: 'u2' }, { id: 'u3' }];
  const manager: Principal = { userId: 'x', roles: ['manager'], committeeIds: [], unitIds: ['u1', 'u3'] };

  it('are the units the manager leads, and the current one', () => {
    expect(ownerChoices('action', units, 'u1', manager).map((u) => u.id)).toEqual(['u1', 'u3']);
    expect(ownerChoices('action', units, 'u2', manager).map((u) => u.id)).toEqual(['u1', 'u2', 'u3']);
  });

  it('are none but the current one for an administrator, who edits no focus areas', () => {
    const admin: Principal = { userId: 'a', roles: ['administrator'], committeeIds: [], unitIds: [] };
    expect(ownerChoices('focusArea', [{ id: 'c1' }, { id: 'c2' }], 'c2', admin).map((c) => c.id)).toEqual(['c2']);
  });
});
