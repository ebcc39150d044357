import type { PositionedNode } from '@kompas/domain';

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The node an arrow key moves focus to: the nearest one whose centre lies in
 * that direction, preferring nodes straight ahead over ones off to the side.
 */
export function nearestInDirection(nodes: readonly PositionedNode[], fromId: string, direction: Direction): string | null {
  const from = nodes.find((n) => n.id === fromId);
  if (!from) return null;
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  let best: { id: string; score: number } | null = null;
  for (const node of nodes) {
    if (node.id === fromId) continue;
    const dx = node.x + node.width / 2 - cx;
    const dy = node.y + node.height / 2 - cy;
    const ahead = direction === 'up' ? -dy : direction === 'down' ? dy : direction === 'left' ? -dx : dx;
    const side = direction === 'up' || direction === 'down' ? Math.abs(dx) : Math.abs(dy);
    if (ahead <= 1) continue;
    const score = ahead + side * 2;
    if (!best || score < best.score || (score === best.score && node.id < best.id)) best = { id: node.id, score };
  }
  return best?.id ?? null;
}
