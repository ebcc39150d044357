import { DEFAULT_GRACE_DAYS, MAX_TARGETS } from './indicator-model';
import {
  checkIndicatorShape,
  checkObservationShape,
  fromSingleTarget,
  IndicatorShape,
  indicatorProblems,
  measuredOf,
  measuresProblems,
  normalTargetPath,
  targetPathProblems,
} from './indicators';

const measures = { aimingPointId: null, focusAreaId: null, actionId: null, measuresVision: false };

const quantitative: IndicatorShape = {
  ...measures,
  type: 'quantitative',
  focusAreaId: 'fa-1',
  unit: 'personer',
  direction: 'up',
  baselineValue: 48010,
  baselineDate: '2024-10-01',
  targets: [{ period: '2029', value: 49500 }],
  longTermTarget: { value: 49500, date: '2029-12-31' },
  reference: null,
};

const qualitative: IndicatorShape = {
  ...measures,
  type: 'qualitative',
  actionId: 'a-1',
  unit: null,
  direction: null,
  baselineValue: null,
  baselineDate: null,
  targets: [],
  longTermTarget: null,
  reference: null,
};

const OK = { ok: true, value: true };
const fields = (problems: { field: string; code: string }[]) => problems.map((p) => [p.field, p.code]);

describe('what an indicator measures', () => {
  it.each([
    [{ measuresVision: true }, 'vision', 'plan-1'],
    [{ aimingPointId: 'ap-1' }, 'aimingPoint', 'ap-1'],
    [{ focusAreaId: 'fa-1' }, 'focusArea', 'fa-1'],
    [{ actionId: 'a-1' }, 'action', 'a-1'],
  ])('accepts exactly one measured node %j', (given, kind, id) => {
    const i = { ...measures, ...given, planId: 'plan-1' };
    expect(measuresProblems(i)).toEqual([]);
    expect(measuredOf(i)).toEqual({ kind, id });
  });

  it('names every field when none is given, and each given one when there are two or more', () => {
    expect(fields(measuresProblems(measures))).toEqual([
      ['measuresVision', 'one_required'],
      ['aimingPointId', 'one_required'],
      ['focusAreaId', 'one_required'],
      ['actionId', 'one_required'],
    ]);
    expect(fields(measuresProblems({ ...measures, focusAreaId: 'fa', measuresVision: true }))).toEqual([
      ['measuresVision', 'only_one'],
      ['focusAreaId', 'only_one'],
    ]);
    expect(fields(measuresProblems({ ...measures, aimingPointId: 'ap', actionId: 'a' }))).toEqual([
      ['aimingPointId', 'only_one'],
      ['actionId', 'only_one'],
    ]);
  });

  it('treats undefined like null, and measuresVision false like not given', () => {
    expect(fields(measuresProblems({ focusAreaId: undefined, measuresVision: false }))).toHaveLength(4);
    expect(measuresProblems({ actionId: 'a' })).toEqual([]);
  });
});

describe('target paths', () => {
  it('accepts values and relations to the reference, one per period', () => {
    const path = [
      { period: '2026', value: 59.2 },
      { period: '2027K1', relation: 'atMost' as const, offset: 0.5 },
      { period: '2027M06', relation: 'atLeast' as const, offset: 0 },
    ];
    expect(targetPathProblems(path, true)).toEqual([]);
  });

  it('names the field of each bad entry', () => {
    const path = [
      { period: '2026X', value: 1 },
      { period: '2027' },
      { period: '2028', value: 1, relation: 'atMost' as const, offset: 1 },
      { period: '2029', relation: 'atMost' as const },
      { period: '2030', offset: 1 },
      { period: '2031', relation: 'nearly' as never, offset: 1 },
    ];
    expect(fields(targetPathProblems(path, true))).toEqual([
      ['targets.0.period', 'invalid_period'],
      ['targets.1.value', 'required'],
      ['targets.2.value', 'value_or_relation'],
      ['targets.3.offset', 'required'],
      ['targets.4.relation', 'required'],
      ['targets.5.relation', 'is_in'],
    ]);
  });

  it('refuses a second entry for the same period, however it is written', () => {
    const path = [
      { period: '2026K1', value: 1 },
      { period: '2026q1', value: 2 },
      { period: '2026', value: 3 },
    ];
    expect(fields(targetPathProblems(path, false))).toEqual([['targets.1.period', 'duplicate_period']]);
  });

  it('refuses a relative entry without a reference series, naming its relation', () => {
    expect(fields(targetPathProblems([{ period: '2026', relation: 'atLeast', offset: 0 }], false))).toEqual([
      ['targets.0.relation', 'reference_required'],
    ]);
  });

  it(`refuses more than ${MAX_TARGETS} entries`, () => {
    const path = Array.from({ length: MAX_TARGETS + 1 }, (_, i) => ({ period: String(1900 + i), value: i }));
    expect(fields(targetPathProblems(path, false))).toEqual([['targets', 'array_max_size']]);
    expect(targetPathProblems(path.slice(1), false)).toEqual([]);
  });

  it('stores each period as its code, in the order of the periods', () => {
    expect(
      normalTargetPath([
        { period: '2027', value: 2, relation: null, offset: null },
        { period: '2026q2', relation: 'atMost', offset: 0.5 },
        { period: '2026', value: 1 },
      ]),
    ).toEqual([
      { period: '2026', value: 1 },
      { period: '2026K2', relation: 'atMost', offset: 0.5 },
      { period: '2027', value: 2 },
    ]);
  });

  it('makes a single target a long-term target and a one-entry path for the year of its date, or of the plan’s end', () => {
    expect(fromSingleTarget(80, '2027-06-30', '2029-12-31')).toEqual({
      targets: [{ period: '2027', value: 80 }],
      longTermTarget: { value: 80, date: '2027-06-30' },
    });
    expect(fromSingleTarget(0, null, '2029-12-31')).toEqual({
      targets: [{ period: '2029', value: 0 }],
      longTermTarget: { value: 0, date: '2029-12-31' },
    });
    expect(fromSingleTarget(null, '2027-06-30', '2029-12-31')).toEqual({ targets: [], longTermTarget: null });
    expect(DEFAULT_GRACE_DAYS).toBe(30);
  });
});

describe('indicatorProblems', () => {
  it('accepts a quantitative indicator with a path, a long-term target and a reference', () => {
    expect(indicatorProblems(quantitative)).toEqual([]);
    const relative = {
      ...quantitative,
      reference: { name: 'Hele landet', source: '' },
      targets: [{ period: '2026', relation: 'atMost' as const, offset: 0.5 }],
    };
    expect(indicatorProblems(relative)).toEqual([]);
    expect(fields(indicatorProblems({ ...relative, reference: null }))).toEqual([['targets.0.relation', 'reference_required']]);
  });

  it('refuses targets, a long-term target or a reference on a qualitative indicator, naming each', () => {
    expect(indicatorProblems(qualitative)).toEqual([]);
    const loaded = {
      ...qualitative,
      targets: [{ period: '2026', value: 1 }],
      longTermTarget: { value: 1, date: '2029-12-31' },
      reference: { name: 'Hele landet', source: '' },
    };
    expect(fields(indicatorProblems(loaded))).toEqual([
      ['targets', 'quantitative_only'],
      ['longTermTarget', 'quantitative_only'],
      ['reference', 'quantitative_only'],
    ]);
  });

  it('names what it measures first', () => {
    expect(fields(indicatorProblems({ ...qualitative, focusAreaId: 'fa', longTermTarget: { value: 1, date: '2029-12-31' } }))).toEqual([
      ['focusAreaId', 'only_one'],
      ['actionId', 'only_one'],
      ['longTermTarget', 'quantitative_only'],
    ]);
  });
});

describe('checkIndicatorShape', () => {
  it('accepts a complete quantitative indicator', () => {
    expect(checkIndicatorShape(quantitative)).toEqual(OK);
  });

  it('accepts a quantitative indicator with only unit and direction', () => {
    expect(checkIndicatorShape({ ...qualitative, type: 'quantitative', unit: '%', direction: 'hold' })).toEqual(OK);
  });

  it('accepts a narrative-only qualitative indicator', () => {
    expect(checkIndicatorShape(qualitative)).toEqual(OK);
  });

  it.each([null, '', '   '])('refuses a quantitative indicator with unit %p', (unit) => {
    expect(checkIndicatorShape({ ...quantitative, unit })).toEqual({
      ok: false,
      code: 'indicator_shape',
      message: 'A quantitative indicator needs a unit.',
      field: 'unit',
    });
  });

  it('refuses a quantitative indicator without a direction', () => {
    expect(checkIndicatorShape({ ...quantitative, direction: null })).toEqual({
      ok: false,
      code: 'indicator_shape',
      message: 'A quantitative indicator needs a direction (up, down or hold).',
      field: 'direction',
    });
  });

  it('names the unit before the direction when both are missing', () => {
    const r = checkIndicatorShape({ ...quantitative, unit: null, direction: null });
    expect(!r.ok && r.field).toBe('unit');
  });

  it.each([
    ['unit', '%'],
    ['direction', 'down'],
    ['baselineValue', 12],
    ['baselineValue', 0],
    ['baselineDate', '2025-01-01'],
  ] as const)('refuses a qualitative indicator with %s = %p, naming that field', (field, value) => {
    expect(checkIndicatorShape({ ...qualitative, [field]: value })).toEqual({
      ok: false,
      code: 'indicator_shape',
      message: `A qualitative indicator has no ${field}: only quantitative indicators have units, directions, baselines and targets.`,
      field,
    });
  });

  it('names the first quantitative-only field of a qualitative indicator that has several', () => {
    const r = checkIndicatorShape({ ...qualitative, direction: 'up', baselineDate: '2025-01-01' });
    expect(!r.ok && r.field).toBe('direction');
  });

  it('refuses a long-term target dated before the baseline', () => {
    expect(checkIndicatorShape({ ...quantitative, baselineDate: '2026-01-01', longTermTarget: { value: 1, date: '2025-12-31' } })).toEqual({
      ok: false,
      code: 'date_order',
      message: 'The long-term target’s date comes before the baseline date.',
      field: 'longTermTarget.date',
    });
  });

  it('allows a long-term target on the baseline date, or either one missing', () => {
    const on = (date: string) => ({ value: 1, date });
    expect(checkIndicatorShape({ ...quantitative, baselineDate: '2026-01-01', longTermTarget: on('2026-01-01') })).toEqual(OK);
    expect(checkIndicatorShape({ ...quantitative, baselineDate: null, longTermTarget: on('2020-01-01') })).toEqual(OK);
    expect(checkIndicatorShape({ ...quantitative, baselineDate: '2030-01-01', longTermTarget: null })).toEqual(OK);
  });
});

describe('checkObservationShape', () => {
  describe('quantitative', () => {
    it('accepts a value, with or without a narrative', () => {
      expect(checkObservationShape('quantitative', { value: 48085, narrative: null })).toEqual(OK);
      expect(checkObservationShape('quantitative', { value: 0, narrative: null })).toEqual(OK);
      expect(checkObservationShape('quantitative', { value: -2.5, narrative: 'Faldet skyldes ny opgørelse.' })).toEqual(OK);
    });

    it.each([null, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('refuses value %p', (value) => {
      expect(checkObservationShape('quantitative', { value, narrative: 'Ingen data.' })).toEqual({
        ok: false,
        code: 'observation_shape',
        message: 'An observation of a quantitative indicator needs a numeric value.',
        field: 'value',
      });
    });
  });

  describe('qualitative', () => {
    it('accepts a narrative without a value', () => {
      expect(checkObservationShape('qualitative', { value: null, narrative: 'Dialogen opleves som god.' })).toEqual(OK);
    });

    it.each([0, 3, Number.NaN])('refuses value %p', (value) => {
      expect(checkObservationShape('qualitative', { value, narrative: 'Dialogen opleves som god.' })).toEqual({
        ok: false,
        code: 'observation_shape',
        message: 'An observation of a qualitative indicator has no numeric value.',
        field: 'value',
      });
    });

    it.each([null, '', '  \n '])('refuses narrative %p', (narrative) => {
      expect(checkObservationShape('qualitative', { value: null, narrative })).toEqual({
        ok: false,
        code: 'observation_shape',
        message: 'An observation of a qualitative indicator needs a narrative.',
        field: 'narrative',
      });
    });

    it('names the value before a missing narrative', () => {
      const r = checkObservationShape('qualitative', { value: 1, narrative: null });
      expect(!r.ok && r.field).toBe('value');
    });
  });
});
