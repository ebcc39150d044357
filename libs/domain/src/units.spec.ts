import { isOwnAncestor } from './units';

describe('isOwnAncestor', () => {
  const tree = new Map<string, string | null>([
    ['forvaltning', null],
    ['afdeling', 'forvaltning'],
    ['team', 'afdeling'],
  ]);

  it('refuses placing a unit under itself or under one of its own units', () => {
    expect(isOwnAncestor('forvaltning', 'forvaltning', tree)).toBe(true);
    expect(isOwnAncestor('forvaltning', 'team', tree)).toBe(true);
    expect(isOwnAncestor('afdeling', 'team', tree)).toBe(true);
  });

  it('allows moving a unit anywhere outside its own branch, or to the top', () => {
    expect(isOwnAncestor('team', 'forvaltning', tree)).toBe(false);
    expect(isOwnAncestor('afdeling', null, tree)).toBe(false);
    expect(isOwnAncestor('new', 'team', tree)).toBe(false);
  });

  it('stops on a cycle above the unit without reporting the unit', () => {
    const broken = new Map<string, string | null>([
      ['a', 'b'],
      ['b', 'a'],
      ['below', 'a'],
    ]);
    expect(isOwnAncestor('below', 'a', broken)).toBe(false);
    expect(isOwnAncestor('a', 'b', broken)).toBe(true);
  });
});
