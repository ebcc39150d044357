import { PositionedNode } from '@kompas/domain';
import { nearestInDirection } from './keyboard-nav';

const box = (id: string, x: number, y: number): PositionedNode => ({ id, kind: 'focusArea', x, y, width: 100, height: 50 });
//        top
//  left  mid  right
//  low   below
const nodes = [
  box('top', 200, 0),
  box('left', 0, 200),
  box('mid', 200, 200),
  box('right', 400, 200),
  box('low', 0, 400),
  box('below', 220, 400),
];

describe('nearestInDirection', () => {
  it('moves to the nearest node straight ahead', () => {
    expect(nearestInDirection(nodes, 'mid', 'up')).toBe('top');
    expect(nearestInDirection(nodes, 'mid', 'down')).toBe('below');
    expect(nearestInDirection(nodes, 'mid', 'left')).toBe('left');
    expect(nearestInDirection(nodes, 'mid', 'right')).toBe('right');
  });
  it('stays put at the edge of the map', () => {
    expect(nearestInDirection(nodes, 'top', 'up')).toBeNull();
    expect(nearestInDirection(nodes, 'right', 'right')).toBeNull();
  });
  it('returns null for a node that is not on the map', () => {
    expect(nearestInDirection(nodes, 'gone', 'down')).toBeNull();
  });
});
