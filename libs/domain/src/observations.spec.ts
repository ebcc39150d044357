import {
  checkCorrection,
  currentObservations,
  duplicateObservations,
  ObservationLink,
  observationConflict,
  observationProblems,
} from './observations';

const obs = (id: string, supersedesId: string | null = null, more: Partial<ObservationLink> = {}): ObservationLink => ({
  id,
  indicatorId: 'i-1',
  periodStart: '2026-01-01',
  periodEnd: '2026-03-31',
  supersedesId,
  ...more,
});

describe('currentObservations', () => {
  it('keeps the observations nothing corrects', () => {
    const list = [obs('a'), obs('b', 'a'), obs('c', 'b'), obs('d', null, { periodStart: '2026-04-01', periodEnd: '2026-06-30' })];
    expect(currentObservations(list).map((o) => o.id)).toEqual(['c', 'd']);
  });
});

describe('observationConflict', () => {
  const q2 = { indicatorId: 'i-1', periodStart: '2026-04-01', periodEnd: '2026-06-30' };

  it('finds the current observation of the same indicator and period', () => {
    const list = [obs('a'), obs('b', 'a'), obs('q2', null, q2)];
    expect(observationConflict(list, { indicatorId: 'i-1', periodStart: '2026-01-01', periodEnd: '2026-03-31' })?.id).toBe('b');
    expect(observationConflict(list, q2)?.id).toBe('q2');
  });

  it('leaves free a period of another indicator, another period, and a period with no observation', () => {
    const list = [obs('a')];
    expect(observationConflict(list, { indicatorId: 'i-2', periodStart: '2026-01-01', periodEnd: '2026-03-31' })).toBeNull();
    expect(observationConflict(list, q2)).toBeNull();
    // A month inside the quarter is another period.
    expect(observationConflict(list, { indicatorId: 'i-1', periodStart: '2026-01-01', periodEnd: '2026-01-31' })).toBeNull();
    expect(observationConflict([], q2)).toBeNull();
  });
});

describe('the reference series', () => {
  it('has one current observation per period of its own, beside the actual one', () => {
    const reference = { series: 'reference' as const };
    const list = [obs('a'), obs('r', null, reference)];
    expect(
      observationConflict(list, { indicatorId: 'i-1', series: 'reference', periodStart: '2026-01-01', periodEnd: '2026-03-31' })?.id,
    ).toBe('r');
    expect(observationConflict(list, { indicatorId: 'i-1', periodStart: '2026-01-01', periodEnd: '2026-03-31' })?.id).toBe('a');
    expect(observationProblems(list)).toEqual([]);
    expect(duplicateObservations([...list, obs('r2', null, reference)]).map((g) => g.map((o) => o.id))).toEqual([['r', 'r2']]);
    // A correction stays in its series.
    expect(checkCorrection(obs('a'), obs('b', 'a', reference))).toMatchObject({ ok: false, code: 'correction_mismatch', field: 'series' });
    expect(checkCorrection(obs('r', null, reference), obs('s', 'r', reference))).toEqual({ ok: true, value: true });
  });
});

describe('checkCorrection', () => {
  it('allows a correction of the same indicator and period', () => {
    expect(checkCorrection(obs('a'), obs('b', 'a'))).toEqual({ ok: true, value: true });
  });

  it.each([
    ['indicatorId', { indicatorId: 'i-2' }],
    ['periodStart', { periodStart: '2026-03-01' }],
    ['periodEnd', { periodStart: '2026-01-01', periodEnd: '2026-12-31' }],
  ])('refuses a correction with another %s', (field, more) => {
    expect(checkCorrection(obs('a'), obs('b', 'a', more))).toMatchObject({ ok: false, code: 'correction_mismatch', field });
  });
});

describe('observationProblems', () => {
  const problems = (list: ObservationLink[]) => observationProblems(list).map((p) => [p.field, p.code]);

  it('finds nothing wrong with chains of corrections, one per period', () => {
    expect(
      problems([obs('a'), obs('b', 'a'), obs('c', 'b'), obs('q2', null, { periodStart: '2026-04-01', periodEnd: '2026-06-30' })]),
    ).toEqual([]);
    expect(problems([])).toEqual([]);
  });

  it('refuses a second current observation of a period, on the later one, naming the first', () => {
    const found = observationProblems([obs('a'), obs('b', 'a'), obs('x'), obs('y')]);
    expect(found.map((p) => [p.field, p.code])).toEqual([
      ['observations.2.periodStart', 'observation_exists'],
      ['observations.3.periodStart', 'observation_exists'],
    ]);
    expect(found[0].message).toContain('"b"');
  });

  it('refuses a second correction of the same observation', () => {
    expect(problems([obs('a'), obs('b', 'a'), obs('c', 'a')])).toEqual([['observations.2.supersedesId', 'already_superseded']]);
  });

  it('refuses a correction of another indicator or period', () => {
    expect(problems([obs('a'), obs('b', 'a', { indicatorId: 'i-2' })])).toEqual([['observations.1.indicatorId', 'correction_mismatch']]);
    expect(problems([obs('a'), obs('b', 'a', { periodEnd: '2026-01-31' })])).toEqual([['observations.1.periodEnd', 'correction_mismatch']]);
  });

  it('refuses corrections that come back to where they start, at every step of the circle, and nothing leading into it', () => {
    expect(problems([obs('a', 'a')])).toEqual([['observations.0.supersedesId', 'correction_cycle']]);
    expect(problems([obs('a', 'c'), obs('b', 'a'), obs('c', 'b'), obs('d')])).toEqual([
      ['observations.0.supersedesId', 'correction_cycle'],
      ['observations.1.supersedesId', 'correction_cycle'],
      ['observations.2.supersedesId', 'correction_cycle'],
    ]);
    // A chain that runs into a circle corrects something already corrected; it is not part of the circle itself.
    expect(problems([obs('a', 'b'), obs('b', 'a'), obs('c', 'a')])).toEqual([
      ['observations.0.supersedesId', 'correction_cycle'],
      ['observations.1.supersedesId', 'correction_cycle'],
      ['observations.2.supersedesId', 'already_superseded'],
    ]);
  });

  it('leaves a correction of an id outside the list to the check of references', () => {
    expect(problems([obs('a', 'elsewhere')])).toEqual([]);
  });
});

describe('duplicateObservations', () => {
  it('groups the current observations that share an indicator and period, in the order of the list', () => {
    const q2 = { periodStart: '2026-04-01', periodEnd: '2026-06-30' };
    const list = [
      obs('a'),
      obs('b'),
      obs('c', 'b'),
      obs('d'),
      obs('e', null, q2),
      obs('f', null, { indicatorId: 'i-2' }),
      obs('g', null, q2),
    ];
    expect(duplicateObservations(list).map((g) => g.map((o) => o.id))).toEqual([
      ['a', 'c', 'd'],
      ['e', 'g'],
    ]);
    expect(duplicateObservations([obs('a'), obs('b', 'a')])).toEqual([]);
  });
});
