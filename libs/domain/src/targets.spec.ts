import fc from 'fast-check';
import type { LongTermTarget, TargetEntry } from './indicator-model';
import type { Direction, Judgement } from './kinds';
import { addDays, parsePeriodCode, Period } from './periods';
import { AppliedTarget, checkTarget, healthOf, JudgedObservation, latestObservation, targetFor, TargetedIndicator } from './targets';

const period = (code: string): Period => {
  const p = parsePeriodCode(code);
  if (!p) throw new Error(`not a period code: ${code}`);
  return p;
};
const obs = (code: string, value: number | null, more: Partial<JudgedObservation> = {}): JudgedObservation => ({
  periodStart: period(code).start,
  periodEnd: period(code).end,
  value,
  ...more,
});
const ind = (direction: Direction | null, targets: TargetEntry[], longTermTarget: LongTermTarget | null = null): TargetedIndicator => ({
  direction,
  targets,
  longTermTarget,
});
/** The applied target as a short word: the path step's period, or `long-term`. */
const which = (t: AppliedTarget | null) => (t === null ? null : t.kind === 'path' ? t.entry.period : 'long-term');

describe('targetFor: which target applies to a period', () => {
  const path: TargetEntry[] = [
    { period: '2026', value: 59.2 },
    { period: '2027', value: 59.5 },
  ];

  it('the step for the period itself', () => {
    expect(which(targetFor(ind('up', path), period('2026')))).toBe('2026');
    expect(which(targetFor(ind('up', path), period('2027')))).toBe('2027');
  });

  it('knows 2026K1 and 2026Q1 as one period', () => {
    const t = targetFor(ind('up', [{ period: '2026Q1', value: 3 }]), period('2026K1'));
    expect(t).toEqual({ kind: 'path', entry: { period: '2026Q1', value: 3 }, period: period('2026K1') });
  });

  it('a yearly step applies to the quarters, months, half years and days of its year', () => {
    for (const code of ['2026K1', '2026K3', '2026H2', '2026M07', '2026-12-31', '2026-01-01']) {
      expect([code, which(targetFor(ind('up', path), period(code)))]).toEqual([code, '2026']);
    }
  });

  it('of several steps holding the period’s last day, the shortest', () => {
    const steps: TargetEntry[] = [
      { period: '2026', value: 1 },
      { period: '2026H2', value: 2 },
      { period: '2026K4', value: 3 },
    ];
    expect(which(targetFor(ind('up', steps), period('2026K3')))).toBe('2026H2');
    expect(which(targetFor(ind('up', steps), period('2026M08')))).toBe('2026H2');
    expect(which(targetFor(ind('up', steps), period('2026M11')))).toBe('2026K4');
    expect(which(targetFor(ind('up', steps), period('2026K1')))).toBe('2026');
    // The year's own step wins over the quarter that ends with it.
    expect(which(targetFor(ind('up', steps), period('2026')))).toBe('2026');
    expect(which(targetFor(ind('up', steps), period('2026H2')))).toBe('2026H2');
  });

  it('a year is judged by the target of its end when a quarterly path has no step for the year', () => {
    const quarterly: TargetEntry[] = [1, 2, 3, 4].map((q) => ({ period: `2026K${q}`, value: q }));
    expect(which(targetFor(ind('up', quarterly), period('2026')))).toBe('2026K4');
    expect(which(targetFor(ind('up', quarterly), period('2026H1')))).toBe('2026K2');
  });

  it('else the nearest earlier step', () => {
    const gappy: TargetEntry[] = [
      { period: '2026H1', value: 10 },
      { period: '2028', value: 12 },
    ];
    expect(which(targetFor(ind('up', gappy), period('2026K3')))).toBe('2026H1');
    expect(which(targetFor(ind('up', gappy), period('2027')))).toBe('2026H1');
    expect(which(targetFor(ind('up', gappy), period('2030M01')))).toBe('2028');
    expect(which(targetFor(ind('up', [{ period: '2026-03-15', value: 5 }]), period('2026M03')))).toBe('2026-03-15');
  });

  it('of earlier steps ending the same day, the shortest', () => {
    const steps: TargetEntry[] = [
      { period: '2026', value: 1 },
      { period: '2026K4', value: 2 },
      { period: '2026H2', value: 3 },
    ];
    expect(which(targetFor(ind('up', steps), period('2027K1')))).toBe('2026K4');
  });

  it('before the path’s first step: the long-term target, or none', () => {
    expect(targetFor(ind('up', path), period('2025'))).toBeNull();
    expect(targetFor(ind('up', []), period('2025'))).toBeNull();
    const lt = { value: 60, date: '2029-12-31' };
    expect(targetFor(ind('up', path, lt), period('2025K4'))).toEqual({ kind: 'longTerm', target: lt });
    expect(targetFor(ind('up', [], lt), period('2026'))).toEqual({ kind: 'longTerm', target: lt });
  });

  it('the long-term target applies from its date until a later step', () => {
    const lt = { value: 60, date: '2029-12-31' };
    expect(which(targetFor(ind('up', path, lt), period('2028')))).toBe('2027');
    expect(which(targetFor(ind('up', path, lt), period('2029K3')))).toBe('2027');
    expect(which(targetFor(ind('up', path, lt), period('2029')))).toBe('long-term');
    expect(which(targetFor(ind('up', path, lt), period('2031')))).toBe('long-term');
    const later = [...path, { period: '2031', value: 61 }];
    expect(which(targetFor(ind('up', later, lt), period('2030')))).toBe('long-term');
    expect(which(targetFor(ind('up', later, lt), period('2031')))).toBe('2031');
    expect(which(targetFor(ind('up', later, lt), period('2032')))).toBe('2031');
  });

  it('a single target as it was before target paths (a step for its year and the long-term target) judges every period', () => {
    const single = ind('up', [{ period: '2027', value: 80 }], { value: 80, date: '2027-06-30' });
    for (const code of ['2025', '2026K1', '2027K1', '2027K2', '2027', '2028']) {
      expect([code, targetFor(single, period(code)) !== null]).toEqual([code, true]);
    }
  });

  it('passes by a step whose period is no period code', () => {
    const steps: TargetEntry[] = [
      { period: 'next year', value: 1 },
      { period: '2026', value: 2 },
    ];
    expect(which(targetFor(ind('up', steps), period('2027')))).toBe('2026');
    expect(targetFor(ind('up', [{ period: 'soon', value: 1 }]), period('2027'))).toBeNull();
  });
});

describe('checkTarget: whether a value meets its target', () => {
  const at = (direction: Direction, target: number) => ind(direction, [{ period: '2026', value: target }]);

  it.each([
    ['up', 80, 80, 'met'],
    ['up', 80, 80.1, 'met'],
    ['up', 80, 79.9, 'notMet'],
    ['down', 10, 10, 'met'],
    ['down', 10, 9, 'met'],
    ['down', 10, 10.01, 'notMet'],
    ['hold', 100, 100, 'met'],
    ['hold', 100, 95, 'met'],
    ['hold', 100, 105, 'met'],
    ['hold', 100, 94.9, 'notMet'],
    ['hold', 100, 105.1, 'notMet'],
    ['hold', 10, 10.5, 'met'],
    ['hold', -20, -21, 'met'],
    ['hold', -20, -19, 'met'],
    ['hold', -20, -21.5, 'notMet'],
    ['hold', 0, 0, 'met'],
    ['hold', 0, 0.01, 'notMet'],
  ] as const)('%s to %p: %p is %s', (direction, target, value, state) => {
    expect(checkTarget(at(direction, target), obs('2026', value))).toMatchObject({ state, bound: target, reference: null });
  });

  const relative = (relation: 'atMost' | 'atLeast', offset: number, direction: Direction = 'down') =>
    ind(direction, [{ period: '2026', relation, offset }]);

  it('“at most 0.5 above the reference” compares with the reference’s value of the same period plus 0.5', () => {
    const ref = [obs('2026', 10.1), obs('2025', 50)];
    expect(checkTarget(relative('atMost', 0.5), obs('2026', 10.6), ref)).toMatchObject({ state: 'met', reference: 10.1 });
    expect(checkTarget(relative('atMost', 0.5), obs('2026', 10.2), ref)).toMatchObject({ state: 'met' });
    expect(checkTarget(relative('atMost', 0.5), obs('2026', 10.61), ref)).toMatchObject({ state: 'notMet', reference: 10.1 });
    const check = checkTarget(relative('atMost', 0.5), obs('2026', 10.61), ref);
    expect(check.state === 'notMet' && check.bound).toBeCloseTo(10.6, 10);
  });

  it('“at least the reference” (offset 0), whichever way the indicator points', () => {
    const ref = [obs('2026K2', 61.5)];
    const path = (direction: Direction) => ind(direction, [{ period: '2026', relation: 'atLeast', offset: 0 }]);
    for (const direction of ['up', 'down', 'hold'] as const) {
      expect(checkTarget(path(direction), obs('2026K2', 61.5), ref).state).toBe('met');
      expect(checkTarget(path(direction), obs('2026K2', 70), ref).state).toBe('met');
      expect(checkTarget(path(direction), obs('2026K2', 61.4), ref).state).toBe('notMet');
    }
  });

  it('a value equal in decimals to the reference plus the offset meets it either way', () => {
    const ref = [obs('2026', 0.1)];
    expect(checkTarget(relative('atLeast', 0.2), obs('2026', 0.3), ref).state).toBe('met');
    expect(checkTarget(relative('atMost', 0.2), obs('2026', 0.3), ref).state).toBe('met');
    expect(checkTarget(relative('atLeast', 0.2), obs('2026', 0.2999), ref).state).toBe('notMet');
    expect(checkTarget(relative('atMost', 0.2), obs('2026', 0.3001), ref).state).toBe('notMet');
  });

  it('without a reference value for that very period, cannot be judged yet — never a pass', () => {
    const target = relative('atMost', 0.5);
    const pending = { state: 'pending', target: { kind: 'path', entry: target.targets[0], period: period('2026') } };
    expect(checkTarget(target, obs('2026', 1))).toEqual(pending);
    expect(checkTarget(target, obs('2026', 1), [obs('2025', 10), obs('2026K4', 10), obs('2026H2', 10)])).toEqual(pending);
    expect(checkTarget(target, obs('2026', 1), [obs('2026', null)])).toEqual(pending);
    // The quarter's own reference is needed, not the year's.
    expect(checkTarget(target, obs('2026K3', 1), [obs('2026', 10)]).state).toBe('pending');
  });

  it('a path may mix absolute and relative steps', () => {
    const mixed = ind('down', [
      { period: '2026', relation: 'atMost', offset: 0.5 },
      { period: '2027', value: 9 },
    ]);
    const ref = [obs('2026', 10), obs('2027', 8)];
    expect(checkTarget(mixed, obs('2026', 10.4), ref)).toMatchObject({ state: 'met', bound: 10.5 });
    expect(checkTarget(mixed, obs('2027', 8.9), ref)).toMatchObject({ state: 'met', bound: 9, reference: null });
    expect(checkTarget(mixed, obs('2027', 9.1), ref)).toMatchObject({ state: 'notMet', bound: 9 });
  });

  it('no value, no target or no direction: nothing to judge', () => {
    expect(checkTarget(at('up', 1), obs('2026', null))).toEqual({ state: 'noValue' });
    expect(checkTarget(ind('up', []), obs('2026', 5))).toEqual({ state: 'noTarget' });
    expect(checkTarget(ind('up', [{ period: '2027', value: 5 }]), obs('2026', 5))).toEqual({ state: 'noTarget' });
    expect(checkTarget(ind(null, [{ period: '2026', value: 5 }]), obs('2026', 5))).toEqual({ state: 'noTarget' });
  });

  it('judges by the long-term target where it applies', () => {
    const lt = { value: 60, date: '2029-12-31' };
    expect(checkTarget(ind('up', [], lt), obs('2026', 61))).toEqual({
      state: 'met',
      target: { kind: 'longTerm', target: lt },
      bound: 60,
      reference: null,
    });
  });
});

describe('healthOf: an indicator’s health from its latest value', () => {
  const up = { ...ind('up', [{ period: '2026', value: 80 }]), baselineValue: 70 };
  const down = { ...ind('down', [{ period: '2026', value: 10 }]), baselineValue: 14 };
  const hold = { ...ind('hold', [{ period: '2026', value: 100 }]), baselineValue: 90 };

  it.each([
    ['up', up, 80, 'onTrack', 'targetMet'],
    ['up', up, 75, 'atRisk', 'betterThanBaseline'],
    ['up', up, 70, 'offTrack', 'noBetterThanBaseline'],
    ['up', up, 60, 'offTrack', 'noBetterThanBaseline'],
    ['down', down, 9, 'onTrack', 'targetMet'],
    ['down', down, 12, 'atRisk', 'betterThanBaseline'],
    ['down', down, 14, 'offTrack', 'noBetterThanBaseline'],
    ['down', down, 15, 'offTrack', 'noBetterThanBaseline'],
    ['hold', hold, 104, 'onTrack', 'targetMet'],
    ['hold', hold, 94, 'atRisk', 'betterThanBaseline'],
    ['hold', hold, 108, 'atRisk', 'betterThanBaseline'],
    ['hold', hold, 90, 'offTrack', 'noBetterThanBaseline'],
    ['hold', hold, 115, 'offTrack', 'noBetterThanBaseline'],
  ] as const)('%s: a value of %p is %s', (_d, indicator, value, health, reason) => {
    expect(healthOf(indicator, [obs('2026', value)])).toMatchObject({ health, reason });
  });

  it('a judgement someone made wins over the numbers', () => {
    const judged = obs('2026', 90, { judgement: 'offTrack' });
    expect(healthOf(up, [judged])).toEqual({
      health: 'offTrack',
      reason: 'judgement',
      observation: judged,
      check: expect.objectContaining({ state: 'met' }),
    });
    expect(healthOf(up, [obs('2026', 10, { judgement: 'onTrack' })]).health).toBe('onTrack');
  });

  it('a qualitative indicator has the health of its latest judgement, or none', () => {
    const qualitative = { ...ind(null, []), baselineValue: null };
    const judgement: Judgement = 'atRisk';
    expect(healthOf(qualitative, [obs('2025', null, { judgement: 'onTrack' }), obs('2026', null, { judgement })])).toMatchObject({
      health: 'atRisk',
      reason: 'judgement',
    });
    expect(healthOf(qualitative, [obs('2026', null)])).toMatchObject({ health: null, reason: 'noValue' });
  });

  it('missing the target without a baseline is at risk: nothing says it got worse', () => {
    expect(healthOf({ ...up, baselineValue: null }, [obs('2026', 50)])).toMatchObject({ health: 'atRisk', reason: 'noBaseline' });
  });

  it('no observation, no target, or a relative target still waiting for its reference: no health', () => {
    expect(healthOf(up, [])).toEqual({ health: null, reason: 'noObservation', observation: null, check: null });
    expect(healthOf({ ...up, targets: [] }, [obs('2026', 80)])).toMatchObject({ health: null, reason: 'noTarget' });
    const relative = { ...ind('up', [{ period: '2026', relation: 'atLeast' as const, offset: 0 }]), baselineValue: 1 };
    expect(healthOf(relative, [obs('2026', 80)])).toMatchObject({ health: null, reason: 'pending' });
    expect(healthOf(relative, [obs('2026', 80)], [obs('2026', 79)])).toMatchObject({ health: 'onTrack', reason: 'targetMet' });
  });

  it('reads the latest value of the indicator’s own series, in any order, passing the reference series by', () => {
    const path = { ...ind('up', [{ period: '2025', value: 50 }]), baselineValue: 40 };
    const observations = [obs('2026K2', 55), obs('2026K4', 45), obs('2026K3', 60), obs('2027K1', 99, { series: 'reference' })];
    expect(healthOf(path, observations)).toMatchObject({ health: 'atRisk', observation: { periodStart: '2026-10-01', value: 45 } });
    expect(healthOf(path, [...observations, obs('2027K1', 51, { series: 'actual' })])).toMatchObject({ health: 'onTrack' });
  });
});

describe('latestObservation', () => {
  it('the one whose period ends last; of those ending the same day the shortest; of one period the last listed', () => {
    expect(latestObservation([])).toBeNull();
    expect(latestObservation([obs('2026K4', 1), obs('2026', 2), obs('2026H2', 3)])?.value).toBe(1);
    expect(latestObservation([obs('2026', 2), obs('2026K4', 1)])?.value).toBe(1);
    expect(latestObservation([obs('2026', 1), obs('2026', 2)])?.value).toBe(2);
    expect(latestObservation([obs('2027M01', 7), obs('2026', 2)])?.value).toBe(7);
  });
});

describe('properties', () => {
  const YEARS = [2025, 2026, 2027];
  const codeArb = fc.oneof(
    fc.constantFrom(...YEARS.map(String)),
    fc.tuple(fc.constantFrom(...YEARS), fc.constantFrom(1, 2)).map(([y, h]) => `${y}H${h}`),
    fc.tuple(fc.constantFrom(...YEARS), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}K${q}`),
    fc.tuple(fc.constantFrom(...YEARS), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}M${String(m).padStart(2, '0')}`),
    fc.integer({ min: 0, max: 3 * 365 }).map((d) => addDays('2025-01-01', d)),
  );
  const valueArb = fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true });
  const entryArb = (relations: readonly ('atMost' | 'atLeast')[]): fc.Arbitrary<TargetEntry> =>
    fc.oneof(
      fc.record({ period: codeArb, value: valueArb }),
      fc.record({ period: codeArb, relation: fc.constantFrom(...relations), offset: valueArb }),
    );
  /** A path as the API keeps it: one step per period. */
  const pathArb = (relations: readonly ('atMost' | 'atLeast')[] = ['atMost', 'atLeast']) =>
    fc.uniqueArray(entryArb(relations), { maxLength: 6, selector: (e) => JSON.stringify(parsePeriodCode(e.period)) });
  const ltArb = fc.option(fc.record({ value: valueArb, date: fc.integer({ min: 0, max: 4 * 365 }).map((d) => addDays('2025-01-01', d)) }));
  /** An indicator of a direction; its relative steps, if any, of the given relations. */
  const indicatorArb = (direction: fc.Arbitrary<Direction>, relations?: readonly ('atMost' | 'atLeast')[]) =>
    fc.record({ direction, targets: pathArb(relations), longTermTarget: ltArb, baselineValue: fc.option(valueArb) });
  const refArb = fc.array(
    fc.tuple(codeArb, valueArb).map(([code, v]) => obs(code, v)),
    { maxLength: 8 },
  );
  const RANK: Record<string, number> = { offTrack: 0, atRisk: 1, onTrack: 2 };

  it('for `up` (relative steps “at least”), a higher value never turns met into not met, nor lowers the health', () => {
    fc.assert(
      fc.property(
        indicatorArb(fc.constant('up'), ['atLeast']),
        refArb,
        codeArb,
        valueArb,
        fc.double({ min: 0, max: 500, noNaN: true }),
        (i, ref, code, v, more) => {
          const low = checkTarget(i, obs(code, v), ref);
          const high = checkTarget(i, obs(code, v + more), ref);
          if (low.state === 'met') expect(high.state).toBe('met');
          const a = healthOf(i, [obs(code, v)], ref).health;
          const b = healthOf(i, [obs(code, v + more)], ref).health;
          if (a !== null && b !== null) expect(RANK[b]).toBeGreaterThanOrEqual(RANK[a]);
          expect(a === null).toBe(b === null);
        },
      ),
    );
  });

  it('for `down` (relative steps “at most”), a lower value never turns met into not met, nor lowers the health', () => {
    fc.assert(
      fc.property(
        indicatorArb(fc.constant('down'), ['atMost']),
        refArb,
        codeArb,
        valueArb,
        fc.double({ min: 0, max: 500, noNaN: true }),
        (i, ref, code, v, less) => {
          if (checkTarget(i, obs(code, v), ref).state === 'met') expect(checkTarget(i, obs(code, v - less), ref).state).toBe('met');
          const a = healthOf(i, [obs(code, v)], ref).health;
          const b = healthOf(i, [obs(code, v - less)], ref).health;
          if (a !== null && b !== null) expect(RANK[b]).toBeGreaterThanOrEqual(RANK[a]);
        },
      ),
    );
  });

  it('whatever the direction, a higher value never fails an “at least” step it met, nor a lower one an “at most” step', () => {
    fc.assert(
      fc.property(
        indicatorArb(fc.constantFrom('up', 'down', 'hold')),
        refArb,
        codeArb,
        valueArb,
        fc.double({ min: 0, max: 500, noNaN: true }),
        (i, ref, code, v, step) => {
          const check = checkTarget(i, obs(code, v), ref);
          if (check.state !== 'met' || check.target.kind !== 'path' || !('relation' in check.target.entry)) return;
          const moved = check.target.entry.relation === 'atLeast' ? v + step : v - step;
          expect(checkTarget(i, obs(code, moved), ref).state).toBe('met');
        },
      ),
    );
  });

  it('for `hold`, a value nearer an absolute target never turns met into not met', () => {
    const int = fc.integer({ min: -1000, max: 1000 });
    fc.assert(
      fc.property(int, int, fc.double({ min: 0, max: 1, noNaN: true }), codeArb, (target, v, t, code) => {
        const i = ind('hold', [{ period: code, value: target }]);
        const nearer = v + Math.round((target - v) * t);
        if (checkTarget(i, obs(code, v)).state === 'met') expect(checkTarget(i, obs(code, nearer)).state).toBe('met');
      }),
    );
  });

  it('a relative target is never met without the reference value of the observation’s own period', () => {
    fc.assert(
      fc.property(indicatorArb(fc.constantFrom('up', 'down', 'hold')), refArb, codeArb, valueArb, (i, ref, code, v) => {
        const check = checkTarget(i, obs(code, v), ref);
        const p = period(code);
        const hasRef = ref.some((r) => r.periodStart === p.start && r.periodEnd === p.end);
        if ((check.state === 'met' || check.state === 'notMet') && check.reference !== null) expect(hasRef).toBe(true);
        if (check.state === 'pending') expect(hasRef).toBe(false);
      }),
    );
  });

  it('the target that applies is one of the indicator’s, starts no later than the period ends unless nothing earlier exists, and does not depend on the path’s order', () => {
    const pathAndShuffled = pathArb().chain((targets) =>
      fc.tuple(fc.constant(targets), fc.shuffledSubarray(targets, { minLength: targets.length, maxLength: targets.length })),
    );
    fc.assert(
      fc.property(pathAndShuffled, ltArb, codeArb, ([targets, shuffled], lt, code) => {
        const p = period(code);
        const t = targetFor({ targets, longTermTarget: lt }, p);
        if (t === null) {
          expect(lt).toBeNull();
          expect(targets.every((e) => period(e.period).start > p.end)).toBe(true);
        } else if (t.kind === 'path') {
          expect(targets).toContain(t.entry);
          expect(t.period.start <= p.end).toBe(true);
        } else expect(t.target).toBe(lt);
        expect(targetFor({ targets: shuffled, longTermTarget: lt }, p)).toEqual(t);
      }),
    );
  });

  it('a judgement always wins, and without one the health is on track exactly when the target is met', () => {
    fc.assert(
      fc.property(
        indicatorArb(fc.constantFrom('up', 'down', 'hold')),
        refArb,
        codeArb,
        valueArb,
        fc.option(fc.constantFrom('onTrack' as const, 'atRisk' as const, 'offTrack' as const)),
        (i, ref, code, v, judgement) => {
          const h = healthOf(i, [obs(code, v, { judgement })], ref);
          if (judgement) expect(h.health).toBe(judgement);
          else expect(h.health === 'onTrack').toBe(checkTarget(i, obs(code, v), ref).state === 'met');
        },
      ),
    );
  });
});
