import { ERROR_CODES } from './errors';
import { LINK_KINDS, LinkKind, NODE_KINDS, NodeKind } from './kinds';
import { checkNewLink, isValidStrength, LINK_ENDS, LINK_RULES, LinkEnd, linkKindFor } from './links';

// The whole table, written out by hand: a change to LINK_RULES must be a
// deliberate change to this table too.
const EXPECTED: ReadonlyArray<[NodeKind, NodeKind, LinkKind | null]> = [
  ['vision', 'vision', null],
  ['vision', 'aimingPoint', null],
  ['vision', 'focusArea', null],
  ['vision', 'action', null],
  ['vision', 'indicator', null],
  ['aimingPoint', 'vision', null],
  ['aimingPoint', 'aimingPoint', null],
  ['aimingPoint', 'focusArea', null],
  ['aimingPoint', 'action', null],
  ['aimingPoint', 'indicator', null],
  ['focusArea', 'vision', null],
  ['focusArea', 'aimingPoint', 'supports'],
  ['focusArea', 'focusArea', null],
  ['focusArea', 'action', null],
  ['focusArea', 'indicator', null],
  ['action', 'vision', null],
  ['action', 'aimingPoint', null],
  ['action', 'focusArea', 'contributes'],
  ['action', 'action', null],
  ['action', 'indicator', null],
  ['indicator', 'vision', null],
  ['indicator', 'aimingPoint', null],
  ['indicator', 'focusArea', null],
  ['indicator', 'action', null],
  ['indicator', 'indicator', null],
];

describe('linkKindFor', () => {
  it('the expected table covers every one of the 25 pairs of kinds exactly once', () => {
    expect(EXPECTED).toHaveLength(25);
    const pairs = new Set(EXPECTED.map(([s, t]) => `${s}>${t}`));
    expect(pairs.size).toBe(25);
    for (const s of NODE_KINDS) for (const t of NODE_KINDS) expect(pairs.has(`${s}>${t}`)).toBe(true);
  });

  it('allows exactly two pairs', () => {
    expect(EXPECTED.filter(([, , kind]) => kind !== null)).toEqual([
      ['focusArea', 'aimingPoint', 'supports'],
      ['action', 'focusArea', 'contributes'],
    ]);
  });

  it.each(EXPECTED.filter(([, , kind]) => kind !== null))('allows %s → %s as %s', (source, target, kind) => {
    expect(linkKindFor(source, target)).toEqual({ ok: true, value: kind });
  });

  it.each(EXPECTED.filter(([, , kind]) => kind === null))('refuses %s → %s', (source, target) => {
    const result = linkKindFor(source, target);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('link_kind_forbidden');
    expect(result.code).toBe(ERROR_CODES.linkKindForbidden);
    expect(result.message).toMatch(/^A link from .+ to .+ is not allowed\./);
    expect(result.field).toBe('targetId');
  });

  it('agrees with LINK_RULES on every pair', () => {
    for (const [source, target, kind] of EXPECTED) expect(LINK_RULES[source][target]).toBe(kind);
  });

  it('tells a person who drew an aiming point → focus area to draw it the other way', () => {
    const result = linkKindFor('aimingPoint', 'focusArea');
    expect(result).toEqual({
      ok: false,
      code: 'link_kind_forbidden',
      message: 'A link from an aiming point to a focus area is not allowed. Draw it the other way: from a focus area to an aiming point.',
      field: 'targetId',
    });
  });

  it('tells a person who drew a focus area → action to draw it the other way', () => {
    const result = linkKindFor('focusArea', 'action');
    expect(result).toEqual({
      ok: false,
      code: 'link_kind_forbidden',
      message: 'A link from a focus area to an action is not allowed. Draw it the other way: from an action to a focus area.',
      field: 'targetId',
    });
  });

  it('gives no direction hint where neither direction is allowed', () => {
    const hinted = EXPECTED.filter(([s, t, kind]) => {
      const r = linkKindFor(s, t);
      return kind === null && !r.ok && r.message.includes('Draw it the other way');
    }).map(([s, t]) => `${s}>${t}`);
    expect(hinted).toEqual(['aimingPoint>focusArea', 'focusArea>action']);
    const plain = linkKindFor('vision', 'indicator');
    expect(!plain.ok && plain.message).toBe('A link from the vision to an indicator is not allowed.');
  });

  it('refuses a kind it does not know instead of throwing', () => {
    const result = linkKindFor('committee' as NodeKind, 'focusArea');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('link_kind_forbidden');
  });
});

describe('LINK_ENDS', () => {
  it('names the source and target of each link kind', () => {
    expect(LINK_ENDS).toEqual({
      supports: { source: 'focusArea', target: 'aimingPoint' },
      contributes: { source: 'action', target: 'focusArea' },
    });
  });

  it('is consistent with LINK_RULES: each kind is allowed between its ends and nowhere else', () => {
    for (const kind of LINK_KINDS) {
      const { source, target } = LINK_ENDS[kind];
      expect(LINK_RULES[source][target]).toBe(kind);
      const places = NODE_KINDS.flatMap((s) => NODE_KINDS.filter((t) => LINK_RULES[s][t] === kind).map((t) => [s, t]));
      expect(places).toEqual([[source, target]]);
    }
  });
});

describe('checkNewLink', () => {
  const action: LinkEnd = { id: 'a1', kind: 'action', planId: 'p1' };
  const focusArea: LinkEnd = { id: 'f1', kind: 'focusArea', planId: 'p1' };
  const aimingPoint: LinkEnd = { id: 'ap1', kind: 'aimingPoint', planId: 'p1' };

  it('allows an action → focus area link in the same plan', () => {
    expect(checkNewLink(action, focusArea, [])).toEqual({ ok: true, value: 'contributes' });
  });

  it('allows a focus area → aiming point link when other, different links exist', () => {
    const existing = [
      { sourceId: 'f1', targetId: 'ap2' },
      { sourceId: 'f2', targetId: 'ap1' },
      { sourceId: 'ap1', targetId: 'f1' },
    ];
    expect(checkNewLink(focusArea, aimingPoint, existing)).toEqual({ ok: true, value: 'supports' });
  });

  it('refuses ends from two plans', () => {
    expect(checkNewLink(action, { ...focusArea, planId: 'p2' }, [])).toEqual({
      ok: false,
      code: 'link_across_plans',
      message: 'Both ends of a link must belong to the same plan.',
      field: 'targetId',
    });
  });

  it('refuses a link that already exists', () => {
    expect(checkNewLink(action, focusArea, [{ sourceId: 'a1', targetId: 'f1' }])).toEqual({
      ok: false,
      code: 'duplicate_link',
      message: 'These two are already linked.',
      field: 'targetId',
    });
  });

  it('checks the kinds before the plans and duplicates', () => {
    const result = checkNewLink(focusArea, { ...action, planId: 'p2' }, [{ sourceId: 'f1', targetId: 'a1' }]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('link_kind_forbidden');
  });

  it('checks the plans before duplicates', () => {
    const result = checkNewLink(action, { ...focusArea, planId: 'p2' }, [{ sourceId: 'a1', targetId: 'f1' }]);
    expect(!result.ok && result.code).toBe('link_across_plans');
  });
});

describe('isValidStrength', () => {
  it.each([
    [0, false],
    [1, true],
    [2, true],
    [3, true],
    [4, false],
    [-1, false],
    [1.5, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    ['2', false],
    [null, false],
    [undefined, false],
  ])('%p → %p', (value, expected) => {
    expect(isValidStrength(value)).toBe(expected);
  });
});
