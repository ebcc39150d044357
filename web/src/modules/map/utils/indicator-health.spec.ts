import { planHealth } from '@kompas/domain';
import { smallPlanGraph } from '../../../testing/small-plan-graph';
import { healthByNode } from '../../health/utils/health-by-node';
import { daysBetween, nodeHealth } from './indicator-health';

describe('nodeHealth: the map reads the plan’s roll-up', () => {
  it('knows nothing until the roll-up has loaded', () => {
    expect(nodeHealth(healthByNode(undefined), smallPlanGraph.nodes[0].id)).toBeNull();
  });

  it('answers the roll-up’s health for every node, indicators and parents alike', () => {
    const rolled = planHealth(smallPlanGraph, { today: '2026-11-27' });
    const answer = {
      planId: smallPlanGraph.planId,
      nodes: [...rolled.values()].map((r) => ({ ...r, explanation: `${r.health} because` })),
    };
    const health = healthByNode(answer);
    for (const n of smallPlanGraph.nodes) {
      expect([n.id, nodeHealth(health, n.id)?.health]).toEqual([n.id, rolled.get(n.id)?.health]);
    }
    expect(nodeHealth(health, 'no-such-node')).toBeNull();
  });
});

describe('daysBetween', () => {
  it('counts days between calendar dates', () => {
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
  });
});
