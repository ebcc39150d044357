import type { NodeHealth } from '@kompas/domain';
import type { NodeHealthEntry, PlanHealth } from '../types';

const NONE: ReadonlyMap<string, NodeHealthEntry> = new Map();

/** The roll-up's answer by node id, for looking one node up while drawing the map. */
export function healthByNode(answer: PlanHealth | undefined): ReadonlyMap<string, NodeHealthEntry> {
  if (!answer) return NONE;
  return new Map(answer.nodes.map((n) => [n.nodeId, n]));
}

/** The shape beside each health's word, so health never rests on colour alone. */
export const HEALTH_SHAPES: Readonly<Record<NodeHealth, string>> = { onTrack: '●', atRisk: '▲', offTrack: '✕', noData: '○' };
