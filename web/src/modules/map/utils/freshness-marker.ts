import { GraphNode, oldData } from '@kompas/domain';
import type { Freshness } from '@kompas/domain';

/** A due or overdue indicator's marker: a shape beside the word, never colour alone. */
export type FreshnessMark = 'due' | 'overdue';

const GLYPHS: Record<FreshnessMark, string> = { due: '◷', overdue: '!' };

export function freshnessGlyph(mark: FreshnessMark): string {
  return GLYPHS[mark];
}

/** Whether an indicator's freshness earns it a marker on the map: only when its data is due or overdue. */
export function freshnessMark(freshness: Pick<Freshness, 'state'>): FreshnessMark | null {
  return freshness.state === 'due' || freshness.state === 'overdue' ? freshness.state : null;
}

/** A node whose data is old: the worst of its indicators (`overdue` before `due`), with how many are due and overdue. */
export type OldData = { state: FreshnessMark; due: number; overdue: number };

/**
 * The nodes whose data is old: every node an indicator that is due or overdue
 * measures (the vision, an aiming point, a focus area or an action), by id.
 */
export function oldDataByNode(nodes: readonly GraphNode[]): ReadonlyMap<string, OldData> {
  const byMeasured = new Map<string, Freshness[]>();
  for (const n of nodes) {
    if (n.kind !== 'indicator' || !freshnessMark(n.freshness)) continue;
    const list = byMeasured.get(n.measuresId) ?? [];
    list.push(n.freshness);
    byMeasured.set(n.measuresId, list);
  }
  const result = new Map<string, OldData>();
  for (const [id, list] of byMeasured) {
    const old = oldData(list);
    if (old.state) result.set(id, { state: old.state, due: old.due, overdue: old.overdue });
  }
  return result;
}
