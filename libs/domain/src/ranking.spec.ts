import { checkNewOrder, insertAtRank, isGapFree, moveToRank, ranksOf, removeFromOrder } from './ranking';

const ORDER = ['a', 'b', 'c', 'd'] as const;

/** A tiny deterministic random source (a linear congruential generator), so failures repeat. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `f${i + 1}`);

/** True when `result` holds each id of `of` exactly once, so its ranks are 1..n. */
function isGapFreePermutation(result: readonly string[], of: readonly string[]): boolean {
  const ranks = ranksOf(result);
  return result.length === of.length && ranks.size === of.length && of.every((id) => ranks.has(id)) && isGapFree([...ranks.values()]);
}

const OUT_OF_RANGE = (max: number) => ({
  ok: false,
  code: 'rank_out_of_range',
  message: `Priority must be a whole number from 1 to ${max}.`,
  field: 'rank',
});

describe('insertAtRank', () => {
  it('puts a new id last by default', () => {
    expect(insertAtRank(ORDER, 'x')).toEqual({ ok: true, value: ['a', 'b', 'c', 'd', 'x'] });
  });

  it('puts a new id first at rank 1, moving the others down', () => {
    expect(insertAtRank(ORDER, 'x', 1)).toEqual({ ok: true, value: ['x', 'a', 'b', 'c', 'd'] });
  });

  it('puts a new id in the middle', () => {
    expect(insertAtRank(ORDER, 'x', 3)).toEqual({ ok: true, value: ['a', 'b', 'x', 'c', 'd'] });
  });

  it('accepts rank n + 1 explicitly (last)', () => {
    expect(insertAtRank(ORDER, 'x', 5)).toEqual({ ok: true, value: ['a', 'b', 'c', 'd', 'x'] });
  });

  it('starts an empty order', () => {
    expect(insertAtRank([], 'x')).toEqual({ ok: true, value: ['x'] });
    expect(insertAtRank([], 'x', 1)).toEqual({ ok: true, value: ['x'] });
    expect(insertAtRank([], 'x', 2)).toEqual(OUT_OF_RANGE(1));
  });

  it.each([0, 6, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses rank %p for four ranked areas', (rank) => {
    expect(insertAtRank(ORDER, 'x', rank)).toEqual(OUT_OF_RANGE(5));
  });

  it('does not change the order it was given', () => {
    const order = ['a', 'b'];
    insertAtRank(order, 'x', 1);
    expect(order).toEqual(['a', 'b']);
  });

  it('never lists an id twice', () => {
    const r = insertAtRank(ORDER, 'b', 1);
    expect(r).toEqual({ ok: true, value: ['b', 'a', 'c', 'd'] });
  });
});

describe('moveToRank', () => {
  it('moves an id up, the ones in between close up below it', () => {
    expect(moveToRank(ORDER, 'd', 2)).toEqual({ ok: true, value: ['a', 'd', 'b', 'c'] });
  });

  it('moves an id down', () => {
    expect(moveToRank(ORDER, 'a', 3)).toEqual({ ok: true, value: ['b', 'c', 'a', 'd'] });
  });

  it('moves to first and to last', () => {
    expect(moveToRank(ORDER, 'c', 1)).toEqual({ ok: true, value: ['c', 'a', 'b', 'd'] });
    expect(moveToRank(ORDER, 'b', 4)).toEqual({ ok: true, value: ['a', 'c', 'd', 'b'] });
  });

  it('keeps the order when the rank is the current one', () => {
    expect(moveToRank(ORDER, 'b', 2)).toEqual({ ok: true, value: ['a', 'b', 'c', 'd'] });
  });

  it('refuses an id that is not ranked', () => {
    expect(moveToRank(ORDER, 'x', 1)).toEqual({
      ok: false,
      code: 'not_found',
      message: 'That focus area is not ranked by this committee.',
      field: 'id',
    });
  });

  it('reports an unknown id before a bad rank', () => {
    const r = moveToRank(ORDER, 'x', 99);
    expect(!r.ok && r.code).toBe('not_found');
  });

  it.each([0, 5, -2, 2.5])('refuses rank %p (no room beyond the last)', (rank) => {
    expect(moveToRank(ORDER, 'a', rank)).toEqual(OUT_OF_RANGE(4));
  });
});

describe('removeFromOrder', () => {
  it('removes the id and the rest close up', () => {
    expect(removeFromOrder(ORDER, 'b')).toEqual(['a', 'c', 'd']);
    expect(ranksOf(removeFromOrder(ORDER, 'b'))).toEqual(
      new Map([
        ['a', 1],
        ['c', 2],
        ['d', 3],
      ]),
    );
  });

  it('leaves the order as it was when the id is not in it', () => {
    expect(removeFromOrder(ORDER, 'x')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('returns a new array', () => {
    const order = ['a'];
    const next = removeFromOrder(order, 'x');
    expect(next).not.toBe(order);
    expect(removeFromOrder(order, 'a')).toEqual([]);
    expect(order).toEqual(['a']);
  });
});

describe('checkNewOrder', () => {
  it('accepts a permutation of the current ids', () => {
    expect(checkNewOrder(ORDER, ['d', 'b', 'a', 'c'])).toEqual({ ok: true, value: ['d', 'b', 'a', 'c'] });
  });

  it('accepts the same order and the empty order of an empty committee', () => {
    expect(checkNewOrder(ORDER, ORDER)).toEqual({ ok: true, value: ['a', 'b', 'c', 'd'] });
    expect(checkNewOrder([], [])).toEqual({ ok: true, value: [] });
  });

  it('returns a copy, not the proposed array itself', () => {
    const proposed = ['b', 'a'];
    const r = checkNewOrder(['a', 'b'], proposed);
    expect(r.ok && r.value).not.toBe(proposed);
  });

  it('refuses an id named twice', () => {
    expect(checkNewOrder(ORDER, ['a', 'b', 'b', 'c', 'd'])).toEqual({
      ok: false,
      code: 'order_not_permutation',
      message: 'The order names b twice.',
      field: 'focusAreaIds',
    });
  });

  it('refuses a duplicate even when the length is right', () => {
    const r = checkNewOrder(ORDER, ['a', 'b', 'c', 'c']);
    expect(!r.ok && r.code).toBe('order_not_permutation');
    expect(!r.ok && r.message).toBe('The order names c twice.');
  });

  it('refuses a missing id, naming it', () => {
    expect(checkNewOrder(ORDER, ['a', 'c', 'd'])).toEqual({
      ok: false,
      code: 'order_not_permutation',
      message: "The order must list each of the committee's 4 focus areas exactly once (missing: b).",
      field: 'focusAreaIds',
    });
  });

  it('refuses an extra id, naming it', () => {
    expect(checkNewOrder(ORDER, ['a', 'b', 'c', 'd', 'x'])).toEqual({
      ok: false,
      code: 'order_not_permutation',
      message: "The order must list each of the committee's 4 focus areas exactly once (not this committee's: x).",
      field: 'focusAreaIds',
    });
  });

  it('names both missing and extra ids when one is swapped for another', () => {
    const r = checkNewOrder(ORDER, ['a', 'b', 'x', 'y', 'd']);
    expect(!r.ok && r.message).toBe(
      "The order must list each of the committee's 4 focus areas exactly once (missing: c; not this committee's: x, y).",
    );
  });
});

describe('ranksOf', () => {
  it('gives 1-based ranks by position', () => {
    expect([...ranksOf(['x', 'y', 'z']).entries()]).toEqual([
      ['x', 1],
      ['y', 2],
      ['z', 3],
    ]);
    expect(ranksOf([]).size).toBe(0);
  });
});

describe('isGapFree', () => {
  it.each([
    [[], true],
    [[1], true],
    [[1, 2, 3], true],
    [[3, 1, 2], true],
    [[2], false],
    [[0, 1, 2], false],
    [[1, 3], false],
    [[1, 1, 2], false],
    [[1, 2, 2], false],
    [[1, 2, 4], false],
    [[1.5, 1], false],
    [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1], true],
  ])('%p → %p', (ranks, expected) => {
    expect(isGapFree(ranks)).toBe(expected);
  });

  it('does not reorder the array it is given', () => {
    const ranks = [3, 1, 2];
    isGapFree(ranks);
    expect(ranks).toEqual([3, 1, 2]);
  });
});

describe('properties over random orders', () => {
  // Each property collects the cases that break it and asserts the list is
  // empty once, so a failure names its inputs and the loops stay fast.
  const random = lcg(20260331);
  const RUNS = 500;
  const randomOrder = (min: number) => shuffled(ids(min + Math.floor(random() * 9)), random);
  const pick = (order: readonly string[]) => order[Math.floor(random() * order.length)];

  it('the helper itself tells a permutation from a broken one', () => {
    expect(isGapFreePermutation(['b', 'a'], ['a', 'b'])).toBe(true);
    expect(isGapFreePermutation(['a', 'a'], ['a', 'b'])).toBe(false);
    expect(isGapFreePermutation(['a'], ['a', 'b'])).toBe(false);
    expect(isGapFreePermutation(['a', 'b', 'c'], ['a', 'b'])).toBe(false);
  });

  it('insertAtRank puts the new id at the rank asked for, the rest in their old relative order', () => {
    const broken: unknown[] = [];
    for (let run = 0; run < RUNS; run++) {
      const order = randomOrder(0);
      const rank = 1 + Math.floor(random() * (order.length + 1));
      const r = insertAtRank(order, 'new', rank);
      const good =
        r.ok &&
        isGapFreePermutation(r.value, [...order, 'new']) &&
        r.value.indexOf('new') === rank - 1 &&
        r.value.filter((x) => x !== 'new').join() === order.join();
      if (!good) broken.push({ order, rank, r });
    }
    expect(broken).toEqual([]);
  });

  it('insertAtRank refuses every rank outside 1..n+1', () => {
    const broken: unknown[] = [];
    for (let run = 0; run < RUNS; run++) {
      const order = randomOrder(0);
      const rank = random() < 0.5 ? -Math.floor(random() * 3) : order.length + 2 + Math.floor(random() * 3);
      const r = insertAtRank(order, 'new', rank);
      if (r.ok || r.code !== 'rank_out_of_range') broken.push({ order, rank, r });
    }
    expect(broken).toEqual([]);
  });

  it('moveToRank puts the id at the rank asked for, the rest in their old relative order', () => {
    const broken: unknown[] = [];
    for (let run = 0; run < RUNS; run++) {
      const order = randomOrder(1);
      const id = pick(order);
      const rank = 1 + Math.floor(random() * order.length);
      const r = moveToRank(order, id, rank);
      const good =
        r.ok &&
        isGapFreePermutation(r.value, order) &&
        r.value.indexOf(id) === rank - 1 &&
        r.value.filter((x) => x !== id).join() === order.filter((x) => x !== id).join();
      if (!good) broken.push({ order, id, rank, r });
    }
    expect(broken).toEqual([]);
  });

  it('moving back to the old rank restores the order', () => {
    const broken: unknown[] = [];
    for (let run = 0; run < RUNS; run++) {
      const order = randomOrder(1);
      const id = pick(order);
      const there = moveToRank(order, id, 1 + Math.floor(random() * order.length));
      const back = there.ok ? moveToRank(there.value, id, order.indexOf(id) + 1) : there;
      if (!back.ok || back.value.join() !== order.join()) broken.push({ order, id, there, back });
    }
    expect(broken).toEqual([]);
  });

  it('removeFromOrder leaves a gap-free order of the others', () => {
    const broken: unknown[] = [];
    for (let run = 0; run < RUNS; run++) {
      const order = randomOrder(1);
      const id = pick(order);
      const next = removeFromOrder(order, id);
      if (
        !isGapFreePermutation(
          next,
          order.filter((x) => x !== id),
        ) ||
        next.includes(id)
      ) {
        broken.push({ order, id, next });
      }
    }
    expect(broken).toEqual([]);
  });

  it('a random walk of inserts, moves and removals keeps the order a gap-free permutation', () => {
    let order: string[] = [];
    let next = 0;
    const broken: unknown[] = [];
    for (let step = 0; step < RUNS * 2; step++) {
      const roll = random();
      const before = [...order];
      if (roll < 0.4 || order.length === 0) {
        const r = insertAtRank(order, `n${next++}`, random() < 0.3 ? undefined : 1 + Math.floor(random() * (order.length + 1)));
        if (r.ok) order = r.value;
        else broken.push({ step, before, r });
      } else if (roll < 0.8) {
        const r = moveToRank(order, pick(order), 1 + Math.floor(random() * order.length));
        if (r.ok) order = r.value;
        else broken.push({ step, before, r });
      } else {
        order = removeFromOrder(order, pick(order));
      }
      if (new Set(order).size !== order.length || !isGapFree([...ranksOf(order).values()])) broken.push({ step, before, order });
    }
    expect(broken).toEqual([]);
    expect(order.length).toBeGreaterThan(0);
  });

  it('checkNewOrder accepts every shuffle and refuses every shuffle with one id replaced', () => {
    const broken: unknown[] = [];
    for (let run = 0; run < RUNS; run++) {
      const current = ids(1 + Math.floor(random() * 9));
      const proposed = shuffled(current, random);
      const ok = checkNewOrder(current, proposed);
      if (!ok.ok || ok.value.join() !== proposed.join()) broken.push({ current, proposed, ok });
      // Replace one id by a stranger, or (with two or more) by a copy of its neighbour.
      const wrong = [...proposed];
      const at = Math.floor(random() * wrong.length);
      const duplicate = wrong.length > 1 && random() < 0.5;
      wrong[at] = duplicate ? wrong[(at + 1) % wrong.length] : 'stranger';
      const r = checkNewOrder(current, wrong);
      const expected = duplicate ? /twice/ : /not this committee's: stranger/;
      if (r.ok || r.code !== 'order_not_permutation' || !expected.test(r.message)) broken.push({ current, wrong, r });
    }
    expect(broken).toEqual([]);
  });

  it('isGapFree holds for the ranks of every shuffled order and fails once one rank is bumped', () => {
    const broken: unknown[] = [];
    for (let run = 0; run < RUNS; run++) {
      const n = 1 + Math.floor(random() * 10);
      const ranks = shuffled(
        Array.from({ length: n }, (_, i) => i + 1),
        random,
      );
      const bumped = [...ranks];
      bumped[Math.floor(random() * n)] += n;
      if (!isGapFree(ranks) || isGapFree(bumped)) broken.push({ ranks, bumped });
    }
    expect(broken).toEqual([]);
  });
});
