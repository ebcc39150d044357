import fc from 'fast-check';
import {
  copenhagenDate,
  DatedObservation,
  Freshness,
  FreshnessContext,
  FreshnessIndicator,
  freshnessOf,
  FRESHNESS_STATES,
  oldData,
} from './freshness';
import { DEFAULT_GRACE_DAYS } from './indicator-model';
import { ACTION_STATUSES, CADENCES, Cadence, FOCUS_AREA_STATUSES, PLAN_STATUSES } from './kinds';
import { addDays, CADENCE_PERIOD_KIND, cadencePeriodOf, parsePeriodCode, periodKind } from './periods';

const adopted: FreshnessContext = {
  plan: { status: 'adopted', periodStart: '2026-01-01' },
  measures: { kind: 'action', status: 'launched' },
};
const quarterly: FreshnessIndicator = { cadence: 'quarterly', createdAt: '2025-11-20T09:00:00Z', graceDays: 30 };
const inPeriod = (code: string, series?: 'actual' | 'reference'): DatedObservation => {
  const p = parsePeriodCode(code);
  if (!p) throw new Error(code);
  return { periodStart: p.start, periodEnd: p.end, ...(series ? { series } : {}) };
};
/** State, period code and due date, for reading at a glance. */
const brief = (f: Freshness) => [f.state, f.period?.code ?? null, f.dueDate];

describe('copenhagenDate', () => {
  it.each([
    ['2026-01-15T22:59:59Z', '2026-01-15'],
    ['2026-01-15T23:00:00Z', '2026-01-16'],
    ['2026-07-15T21:59:59Z', '2026-07-15'],
    ['2026-07-15T22:00:00Z', '2026-07-16'],
    // The spring change (29 March 2026, 02:00 → 03:00) and the autumn one (25 October, 03:00 → 02:00).
    ['2026-03-28T22:59:59Z', '2026-03-28'],
    ['2026-03-28T23:00:00Z', '2026-03-29'],
    ['2026-03-29T21:59:59Z', '2026-03-29'],
    ['2026-03-29T22:00:00Z', '2026-03-30'],
    ['2026-10-24T21:59:59Z', '2026-10-24'],
    ['2026-10-24T22:00:00Z', '2026-10-25'],
    ['2026-10-25T22:59:59Z', '2026-10-25'],
    ['2026-10-25T23:00:00Z', '2026-10-26'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
  ])('%s is %s in Copenhagen', (instant, date) => {
    expect(copenhagenDate(new Date(instant))).toBe(date);
  });

  it('refuses an invalid instant', () => {
    expect(() => copenhagenDate(new Date('not a time'))).toThrow(RangeError);
  });
});

describe('freshnessOf', () => {
  it('nothing is due before the first counted period has ended', () => {
    expect(freshnessOf(quarterly, adopted, [], '2026-03-31')).toEqual({
      state: 'notYetDue',
      period: { start: '2026-01-01', end: '2026-03-31', code: '2026K1' },
      dueDate: '2026-04-30',
      next: { period: { start: '2026-01-01', end: '2026-03-31', code: '2026K1' }, dueDate: '2026-04-30' },
      why: null,
    });
  });

  it('due from the day after the period while the grace runs, its last day included; overdue the day after', () => {
    expect(brief(freshnessOf(quarterly, adopted, [], '2026-04-01'))).toEqual(['due', '2026K1', '2026-04-30']);
    expect(brief(freshnessOf(quarterly, adopted, [], '2026-04-30'))).toEqual(['due', '2026K1', '2026-04-30']);
    expect(brief(freshnessOf(quarterly, adopted, [], '2026-05-01'))).toEqual(['overdue', '2026K1', '2026-04-30']);
    expect(brief(freshnessOf(quarterly, adopted, [], '2026-06-30'))).toEqual(['overdue', '2026K1', '2026-04-30']);
    expect(freshnessOf(quarterly, adopted, [], '2026-05-01').next).toEqual({
      period: { start: '2026-01-01', end: '2026-03-31', code: '2026K1' },
      dueDate: '2026-04-30',
    });
  });

  it('fresh once the period has its value, with the next period and its due date', () => {
    const f = freshnessOf(quarterly, adopted, [inPeriod('2026K1')], '2026-05-10');
    expect(brief(f)).toEqual(['fresh', '2026K1', '2026-04-30']);
    expect(f.next).toEqual({ period: { start: '2026-04-01', end: '2026-06-30', code: '2026K2' }, dueDate: '2026-07-30' });
  });

  it('a value of a shorter period inside it counts; a longer one, the reference series or another period do not', () => {
    expect(freshnessOf(quarterly, adopted, [inPeriod('2026M03')], '2026-04-10').state).toBe('fresh');
    expect(freshnessOf(quarterly, adopted, [inPeriod('2026-02-14')], '2026-04-10').state).toBe('fresh');
    expect(freshnessOf(quarterly, adopted, [inPeriod('2026')], '2026-04-10').state).toBe('due');
    expect(freshnessOf(quarterly, adopted, [inPeriod('2026H1')], '2026-04-10').state).toBe('due');
    expect(freshnessOf(quarterly, adopted, [inPeriod('2026K1', 'reference')], '2026-04-10').state).toBe('due');
    expect(freshnessOf(quarterly, adopted, [inPeriod('2026K1', 'actual')], '2026-04-10').state).toBe('fresh');
    expect(freshnessOf(quarterly, adopted, [inPeriod('2025K4'), inPeriod('2026K2')], '2026-04-10').state).toBe('due');
  });

  it('looks only at the latest ended period: an older gap is not due again', () => {
    expect(brief(freshnessOf(quarterly, adopted, [inPeriod('2026K2')], '2026-07-05'))).toEqual(['fresh', '2026K2', '2026-07-30']);
    expect(brief(freshnessOf(quarterly, adopted, [inPeriod('2026K1')], '2026-07-05'))).toEqual(['due', '2026K2', '2026-07-30']);
  });

  it('a period that began before the indicator was created is not counted', () => {
    const created = { ...quarterly, createdAt: '2026-02-15T10:00:00Z' };
    expect(freshnessOf(created, adopted, [], '2026-04-10')).toMatchObject({
      state: 'notYetDue',
      period: { code: '2026K2' },
      dueDate: '2026-07-30',
    });
    expect(brief(freshnessOf(created, adopted, [], '2026-07-01'))).toEqual(['due', '2026K2', '2026-07-30']);
    // Created on the first day of a period: that period counts.
    expect(brief(freshnessOf({ ...quarterly, createdAt: '2026-04-01' }, adopted, [], '2026-07-01'))).toEqual([
      'due',
      '2026K2',
      '2026-07-30',
    ]);
  });

  it('takes the day of creation in Copenhagen', () => {
    const monthly = (createdAt: string): FreshnessIndicator => ({ cadence: 'monthly', createdAt, graceDays: 30 });
    // 23:30 on 1 March in Copenhagen: March counts.
    expect(brief(freshnessOf(monthly('2026-03-01T22:30:00Z'), adopted, [], '2026-04-05'))).toEqual(['due', '2026M03', '2026-04-30']);
    // 00:30 on 2 March in Copenhagen (still 1 March in UTC): March had begun, so April is the first.
    expect(freshnessOf(monthly('2026-03-01T23:30:00Z'), adopted, [], '2026-04-05')).toMatchObject({
      state: 'notYetDue',
      period: { code: '2026M04' },
    });
    expect(freshnessOf(monthly('2026-03-01T23:30:00Z'), adopted, [], new Date('2026-04-05T12:00:00Z')).state).toBe('notYetDue');
    const asDate = freshnessOf({ ...monthly('x'), createdAt: new Date('2026-03-01T22:30:00Z') }, adopted, [], '2026-04-05');
    expect(asDate.state).toBe('due');
  });

  it('a period that began before the plan’s start is not counted', () => {
    const yearly: FreshnessIndicator = { cadence: 'yearly', createdAt: '2025-05-01', graceDays: 60 };
    const midYear: FreshnessContext = { ...adopted, plan: { status: 'adopted', periodStart: '2026-07-01' } };
    expect(freshnessOf(yearly, midYear, [], '2027-02-01')).toMatchObject({
      state: 'notYetDue',
      period: { code: '2027' },
      dueDate: '2028-02-29',
    });
    expect(brief(freshnessOf(yearly, midYear, [], '2028-01-15'))).toEqual(['due', '2027', '2028-02-29']);
    expect(brief(freshnessOf(yearly, midYear, [], '2028-03-01'))).toEqual(['overdue', '2027', '2028-02-29']);
    // The later of the two counts: a plan from 2026 and an indicator from mid-2026 start with 2027 too.
    const lateIndicator = { ...yearly, createdAt: '2026-03-01' };
    expect(freshnessOf(lateIndicator, adopted, [], '2027-01-10')).toMatchObject({ state: 'notYetDue', period: { code: '2027' } });
    expect(freshnessOf({ ...yearly, createdAt: '2025-05-01' }, adopted, [], '2027-01-10')).toMatchObject({
      state: 'due',
      period: { code: '2026' },
    });
  });

  it.each([
    ['monthly', '2026-05-01', 'due', '2026M04', '2026-05-30'],
    ['monthly', '2026-06-01', 'due', '2026M05', '2026-06-30'],
    ['monthly', '2026-03-30', 'due', '2026M02', '2026-03-30'],
    ['monthly', '2026-03-31', 'overdue', '2026M02', '2026-03-30'],
    ['quarterly', '2026-10-30', 'due', '2026K3', '2026-10-30'],
    ['quarterly', '2026-10-31', 'overdue', '2026K3', '2026-10-30'],
    ['halfYearly', '2026-06-30', 'notYetDue', '2026H1', '2026-07-30'],
    ['halfYearly', '2026-07-30', 'due', '2026H1', '2026-07-30'],
    ['halfYearly', '2026-07-31', 'overdue', '2026H1', '2026-07-30'],
    ['halfYearly', '2027-01-05', 'due', '2026H2', '2027-01-30'],
    ['yearly', '2026-12-31', 'notYetDue', '2026', '2027-01-30'],
    ['yearly', '2027-01-30', 'due', '2026', '2027-01-30'],
    ['yearly', '2027-01-31', 'overdue', '2026', '2027-01-30'],
  ] as const)('%s on %s: %s, %s by %s', (cadence, today, state, code, dueDate) => {
    expect(brief(freshnessOf({ cadence, createdAt: '2025-10-01', graceDays: 30 }, adopted, [], today))).toEqual([state, code, dueDate]);
  });

  it('without graceDays the default grace; with 0 the value is overdue the day after its period', () => {
    expect(DEFAULT_GRACE_DAYS).toBe(30);
    for (const graceDays of [undefined, null]) {
      expect(freshnessOf({ ...quarterly, graceDays }, adopted, [], '2026-04-01').dueDate).toBe('2026-04-30');
    }
    expect(brief(freshnessOf({ ...quarterly, graceDays: 0 }, adopted, [], '2026-03-31'))).toEqual(['notYetDue', '2026K1', '2026-03-31']);
    expect(brief(freshnessOf({ ...quarterly, graceDays: 0 }, adopted, [], '2026-04-01'))).toEqual(['overdue', '2026K1', '2026-03-31']);
    expect(freshnessOf({ ...quarterly, graceDays: 365 }, adopted, [], '2026-04-01').dueDate).toBe('2027-03-31');
  });

  it('counts days in Copenhagen across the clock changes', () => {
    // February's value with 29 days' grace is due by 29 March, the day clocks go forward.
    const spring: FreshnessIndicator = { cadence: 'monthly', createdAt: '2026-01-10', graceDays: 29 };
    const march = (instant: string) => brief(freshnessOf(spring, adopted, [], new Date(instant)));
    expect(march('2026-03-29T00:30:00Z')).toEqual(['due', '2026M02', '2026-03-29']);
    expect(march('2026-03-29T21:59:59Z')).toEqual(['due', '2026M02', '2026-03-29']);
    expect(march('2026-03-29T22:00:00Z')).toEqual(['overdue', '2026M02', '2026-03-29']);
    // September's value with 25 days' grace is due by 25 October, the day clocks go back.
    const autumn: FreshnessIndicator = { cadence: 'monthly', createdAt: '2026-01-10', graceDays: 25 };
    const october = (instant: string) => brief(freshnessOf(autumn, adopted, [], new Date(instant)));
    expect(october('2026-10-25T22:59:59Z')).toEqual(['due', '2026M09', '2026-10-25']);
    expect(october('2026-10-25T23:00:00Z')).toEqual(['overdue', '2026M09', '2026-10-25']);
    // A period ends at midnight in Copenhagen, not in UTC: at 00:30 on 1 October (22:30 UTC on 30 September) September has ended.
    expect(october('2026-09-30T22:30:00Z')).toEqual(['due', '2026M09', '2026-10-25']);
    expect(october('2026-09-30T21:30:00Z')).toEqual(['overdue', '2026M08', '2026-09-25']);
  });

  it.each([
    ['a plan in draft', { ...adopted, plan: { status: 'draft', periodStart: '2026-01-01' } }, 'planNotAdopted'],
    ['an archived plan', { ...adopted, plan: { status: 'archived', periodStart: '2026-01-01' } }, 'planNotAdopted'],
    ['a stopped action', { ...adopted, measures: { kind: 'action', status: 'stopped' } }, 'actionStopped'],
    ['a completed action', { ...adopted, measures: { kind: 'action', status: 'completed' } }, 'actionCompleted'],
    ['a retired focus area', { ...adopted, measures: { kind: 'focusArea', status: 'retired' } }, 'focusAreaRetired'],
  ] as [string, FreshnessContext, string][])('never due: the indicator of %s', (_what, context, why) => {
    expect(freshnessOf(quarterly, context, [], '2027-06-01')).toEqual({ state: 'neverDue', period: null, dueDate: null, next: null, why });
  });

  it.each([
    { kind: 'action', status: 'identified' },
    { kind: 'action', status: 'launched' },
    { kind: 'action', status: 'adjusting' },
    { kind: 'focusArea', status: 'proposed' },
    { kind: 'focusArea', status: 'adopted' },
    { kind: 'aimingPoint' },
    { kind: 'vision' },
  ] as FreshnessContext['measures'][])('may be due: the indicator of %j in an adopted plan', (measures) => {
    expect(freshnessOf(quarterly, { ...adopted, measures }, [], '2026-04-10').state).toBe('due');
  });
});

describe('oldData', () => {
  it('is the worst of a node’s indicators, with the counts', () => {
    expect(oldData([])).toEqual({ state: null, due: 0, overdue: 0 });
    expect(oldData([{ state: 'fresh' }, { state: 'neverDue' }, { state: 'notYetDue' }])).toEqual({ state: null, due: 0, overdue: 0 });
    expect(oldData([{ state: 'fresh' }, { state: 'due' }])).toEqual({ state: 'due', due: 1, overdue: 0 });
    expect(oldData([{ state: 'due' }, { state: 'overdue' }, { state: 'due' }])).toEqual({ state: 'overdue', due: 2, overdue: 1 });
  });
});

describe('properties', () => {
  const SEVERITY: Record<string, number> = { neverDue: 0, notYetDue: 0, fresh: 0, due: 1, overdue: 2 };
  const dayArb = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((d) => addDays(from, d));
  const cadenceArb = fc.constantFrom<Cadence>(...CADENCES);
  const indicatorArb = fc.record({
    cadence: cadenceArb,
    createdAt: fc.oneof(
      dayArb('2024-06-01', 3 * 365),
      fc.integer({ min: Date.UTC(2024, 5, 1), max: Date.UTC(2027, 5, 1) }).map((t) => new Date(t)),
    ),
    graceDays: fc.option(fc.integer({ min: 0, max: 365 }), { nil: undefined }),
  });
  const measuresArb: fc.Arbitrary<FreshnessContext['measures']> = fc.oneof(
    fc.constantFrom(...ACTION_STATUSES).map((status) => ({ kind: 'action' as const, status })),
    fc.constantFrom(...FOCUS_AREA_STATUSES).map((status) => ({ kind: 'focusArea' as const, status })),
    fc.constantFrom({ kind: 'aimingPoint' as const }, { kind: 'vision' as const }),
  );
  const contextArb = fc.record({
    plan: fc.record({ status: fc.constantFrom(...PLAN_STATUSES), periodStart: dayArb('2024-01-01', 3 * 365) }),
    measures: measuresArb,
  });
  const observationArb = fc
    .tuple(cadenceArb, dayArb('2024-01-01', 5 * 365), fc.constantFrom<'actual' | 'reference'>('actual', 'reference'))
    .map(([c, d, series]) => ({ ...(c === 'monthly' ? { start: d, end: d } : cadencePeriodOf(c, d)), series }))
    .map(({ start, end, series }) => ({ periodStart: start, periodEnd: end, series }));
  const observationsArb = fc.array(observationArb, { maxLength: 6 });
  const todayArb = fc.oneof(
    dayArb('2024-01-01', 6 * 365),
    fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }).map((t) => new Date(t)),
  );

  it('recording an observation for the latest ended period, or any observation, never makes an indicator more overdue', () => {
    fc.assert(
      fc.property(indicatorArb, contextArb, observationsArb, observationArb, todayArb, (i, c, observations, extra, today) => {
        const before = freshnessOf(i, c, observations, today);
        const withAny = freshnessOf(i, c, [...observations, extra], today);
        expect(SEVERITY[withAny.state]).toBeLessThanOrEqual(SEVERITY[before.state]);
        if (before.period && (before.state === 'due' || before.state === 'overdue')) {
          const recorded = freshnessOf(i, c, [...observations, { periodStart: before.period.start, periodEnd: before.period.end }], today);
          expect(recorded.state).toBe('fresh');
          expect(recorded.period).toEqual(before.period);
        }
      }),
    );
  });

  it('moving today forward within one period never turns overdue back into due, nor due into fresh', () => {
    fc.assert(
      fc.property(
        indicatorArb,
        contextArb,
        observationsArb,
        dayArb('2024-01-01', 6 * 365),
        fc.integer({ min: 0, max: 400 }),
        (i, c, o, t1, ahead) => {
          const within = cadencePeriodOf(i.cadence, t1);
          const t2 = addDays(t1, ahead) > within.end ? within.end : addDays(t1, ahead);
          const a = freshnessOf(i, c, o, t1);
          const b = freshnessOf(i, c, o, t2);
          expect(b.period).toEqual(a.period);
          expect(SEVERITY[b.state]).toBeGreaterThanOrEqual(SEVERITY[a.state]);
          if (a.state === 'overdue') expect(b.state).toBe('overdue');
        },
      ),
    );
  });

  it('a never-due status stays never-due, whatever the day, the creation, the grace and the data', () => {
    const neverArb: fc.Arbitrary<FreshnessContext> = fc.oneof(
      fc.record({
        plan: fc.record({ status: fc.constantFrom('draft' as const, 'archived' as const), periodStart: dayArb('2024-01-01', 1000) }),
        measures: measuresArb,
      }),
      fc.record({
        plan: fc.record({ status: fc.constant('adopted' as const), periodStart: dayArb('2024-01-01', 1000) }),
        measures: fc.oneof(
          fc.constantFrom('stopped' as const, 'completed' as const).map((status) => ({ kind: 'action' as const, status })),
          fc.constant({ kind: 'focusArea' as const, status: 'retired' as const }),
        ),
      }),
    );
    fc.assert(
      fc.property(indicatorArb, neverArb, observationsArb, todayArb, (i, c, o, today) => {
        expect(freshnessOf(i, c, o, today)).toMatchObject({ state: 'neverDue', period: null, dueDate: null, next: null });
      }),
    );
  });

  it('the period in question is a whole period of the cadence, begun on or after the start, and its due date is its end plus the grace', () => {
    fc.assert(
      fc.property(indicatorArb, contextArb, observationsArb, todayArb, (i, c, o, today) => {
        const f = freshnessOf(i, c, o, today);
        expect(FRESHNESS_STATES).toContain(f.state);
        if (f.state === 'neverDue' || !f.period || !f.next) return;
        const day = typeof today === 'string' ? today : copenhagenDate(today);
        const created = typeof i.createdAt === 'string' ? i.createdAt : copenhagenDate(i.createdAt);
        expect(periodKind(f.period.start, f.period.end)).toBe(CADENCE_PERIOD_KIND[i.cadence]);
        expect(f.period.start >= created && f.period.start >= c.plan.periodStart).toBe(true);
        expect(f.dueDate).toBe(addDays(f.period.end, i.graceDays ?? DEFAULT_GRACE_DAYS));
        expect(f.period.end < day).toBe(f.state !== 'notYetDue');
        expect(f.next.period.end >= f.period.end).toBe(true);
        // An instant and its Copenhagen date are the same day.
        expect(freshnessOf(i, c, o, day)).toEqual(f);
      }),
    );
  });
});
