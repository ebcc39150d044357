import type { PlanGraph } from '@kompas/domain';
import type { ScenarioPreview } from '../types';
import { findingMoves, healthMoves, scoreMoves } from './compare';

const graph = {
  planId: 'p',
  nodes: [
    { id: 'a1', kind: 'action', title: 'Lektiecafé' },
    { id: 'f1', kind: 'focusArea', title: 'Trivsel' },
    { id: 'i1', kind: 'indicator', title: 'Læsescore' },
  ],
  edges: [],
} as unknown as PlanGraph;

const side = (health: [string, string][], findings: [string, string][] = [], score = 80) => ({
  health: health.map(([nodeId, h]) => ({ nodeId, health: h, explanation: `${nodeId} er ${h}` })),
  findings: findings.map(([code, nodeId]) => ({ code, nodeId, related: [], committeeIds: [], aimingPointIds: [], params: {} })),
  scores: { committees: [{ id: 'c', score, lost: [] }], aimingPoints: [] },
});

describe('comparing a scenario with now', () => {
  const preview = {
    now: side(
      [
        ['a1', 'atRisk'],
        ['f1', 'atRisk'],
        ['i1', 'onTrack'],
      ],
      [['indicatorOverdue', 'i1']],
      70,
    ),
    scenario: side(
      [
        ['a1', 'onTrack'],
        ['f1', 'onTrack'],
        ['i1', 'onTrack'],
      ],
      [['actionWithoutIndicator', 'a1']],
      85,
    ),
  } as ScenarioPreview;

  it('lists the nodes whose health moves, focus areas before actions, with the scenario’s explanation', () => {
    expect(healthMoves(preview, graph).map((m) => [m.node.id, m.now, m.scenario, m.explanation])).toEqual([
      ['f1', 'atRisk', 'onTrack', 'f1 er onTrack'],
      ['a1', 'atRisk', 'onTrack', 'a1 er onTrack'],
    ]);
  });

  it('tells findings gained from findings lost', () => {
    const { gained, lost } = findingMoves(preview);
    expect(gained.map((f) => f.code)).toEqual(['actionWithoutIndicator']);
    expect(lost.map((f) => f.code)).toEqual(['indicatorOverdue']);
  });

  it('pairs each score now with the scenario’s', () => {
    expect(scoreMoves(preview.now.scores, preview.scenario.scores, 'committees')).toEqual([{ id: 'c', now: 70, scenario: 85 }]);
    expect(scoreMoves(preview.now.scores, preview.scenario.scores, 'aimingPoints')).toEqual([]);
  });
});
