import type { GraphNode, NodeHealth, PlanGraph } from '@kompas/domain';
import type { Finding, PreviewSide, ScenarioPreview, Score } from '../types';

export type HealthMove = { node: GraphNode; now: NodeHealth; scenario: NodeHealth; explanation: string };
export type ScoreMove = { id: string; now: number | null; scenario: number | null };

/** The nodes whose health the scenario moves, cascade order first (vision down to indicators). */
export function healthMoves(preview: ScenarioPreview, graph: PlanGraph): HealthMove[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const after = new Map(preview.scenario.health.map((h) => [h.nodeId, h]));
  const order = { vision: 0, aimingPoint: 1, focusArea: 2, action: 3, indicator: 4 } as const;
  const moves: HealthMove[] = [];
  for (const h of preview.now.health) {
    const then = after.get(h.nodeId);
    const node = nodes.get(h.nodeId);
    if (!then || !node || then.health === h.health) continue;
    moves.push({ node, now: h.health, scenario: then.health, explanation: then.explanation });
  }
  return moves.sort((a, b) => order[a.node.kind] - order[b.node.kind] || a.node.title.localeCompare(b.node.title));
}

const keyOf = (f: Finding) => `${f.code}/${f.nodeId}`;

/** Findings the scenario would bring and those it would settle. */
export function findingMoves(preview: ScenarioPreview): { gained: Finding[]; lost: Finding[] } {
  const now = new Set(preview.now.findings.map(keyOf));
  const then = new Set(preview.scenario.findings.map(keyOf));
  return {
    gained: preview.scenario.findings.filter((f) => !now.has(keyOf(f))),
    lost: preview.now.findings.filter((f) => !then.has(keyOf(f))),
  };
}

/** Every score on either side, now and with the scenario (null where a side has none). */
export function scoreMoves(now: PreviewSide['scores'], scenario: PreviewSide['scores'], which: 'committees' | 'aimingPoints'): ScoreMove[] {
  const a = new Map(now[which].map((s: Score) => [s.id, s.score]));
  const b = new Map(scenario[which].map((s: Score) => [s.id, s.score]));
  return [...new Set([...a.keys(), ...b.keys()])].map((id) => ({ id, now: a.get(id) ?? null, scenario: b.get(id) ?? null }));
}
