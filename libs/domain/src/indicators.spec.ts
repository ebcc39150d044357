import { checkIndicatorShape, checkObservationShape, IndicatorShape } from './indicators';

const quantitative: IndicatorShape = {
  type: 'quantitative',
  focusAreaId: 'fa-1',
  actionId: null,
  unit: 'personer',
  direction: 'up',
  baselineValue: 48010,
  baselineDate: '2024-10-01',
  targetValue: 49500,
  targetDate: '2029-12-31',
};

const qualitative: IndicatorShape = {
  type: 'qualitative',
  focusAreaId: null,
  actionId: 'a-1',
  unit: null,
  direction: null,
  baselineValue: null,
  baselineDate: null,
  targetValue: null,
  targetDate: null,
};

const OK = { ok: true, value: true };

describe('checkIndicatorShape', () => {
  it('accepts a complete quantitative indicator of a focus area', () => {
    expect(checkIndicatorShape(quantitative)).toEqual(OK);
  });

  it('accepts a quantitative indicator of an action with only unit and direction', () => {
    expect(
      checkIndicatorShape({
        ...qualitative,
        type: 'quantitative',
        unit: '%',
        direction: 'hold',
      }),
    ).toEqual(OK);
  });

  it('accepts a narrative-only qualitative indicator', () => {
    expect(checkIndicatorShape(qualitative)).toEqual(OK);
    expect(checkIndicatorShape({ ...qualitative, actionId: null, focusAreaId: 'fa-1' })).toEqual(OK);
  });

  it.each([
    ['neither focus area nor action', null, null],
    ['both a focus area and an action', 'fa-1', 'a-1'],
  ])('refuses %s, on focusAreaId', (_what, focusAreaId, actionId) => {
    for (const base of [quantitative, qualitative]) {
      expect(checkIndicatorShape({ ...base, focusAreaId, actionId })).toEqual({
        ok: false,
        code: 'indicator_shape',
        message: 'An indicator measures exactly one focus area or one action: give focusAreaId or actionId, not both.',
        field: 'focusAreaId',
      });
    }
  });

  it('treats undefined like null when counting what it measures', () => {
    const r = checkIndicatorShape({ ...quantitative, focusAreaId: undefined as unknown as null });
    expect(!r.ok && r.field).toBe('focusAreaId');
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
    ['targetValue', 20],
    ['targetValue', 0],
    ['targetDate', '2029-12-31'],
  ] as const)('refuses a qualitative indicator with %s = %p, naming that field', (field, value) => {
    expect(checkIndicatorShape({ ...qualitative, [field]: value })).toEqual({
      ok: false,
      code: 'indicator_shape',
      message: `A qualitative indicator has no ${field}: only quantitative indicators have units, directions, baselines and targets.`,
      field,
    });
  });

  it('names the first quantitative-only field of a qualitative indicator that has several', () => {
    const r = checkIndicatorShape({ ...qualitative, targetValue: 3, direction: 'up', baselineDate: '2025-01-01' });
    expect(!r.ok && r.field).toBe('direction');
  });

  it('checks what it measures before the rest', () => {
    const r = checkIndicatorShape({ ...qualitative, unit: '%', focusAreaId: 'fa-1' });
    expect(!r.ok && r.field).toBe('focusAreaId');
  });

  it('refuses a target date before the baseline date', () => {
    expect(checkIndicatorShape({ ...quantitative, baselineDate: '2026-01-01', targetDate: '2025-12-31' })).toEqual({
      ok: false,
      code: 'date_order',
      message: 'The target date comes before the baseline date.',
      field: 'targetDate',
    });
  });

  it('allows a target date equal to the baseline date, or either one missing', () => {
    expect(checkIndicatorShape({ ...quantitative, baselineDate: '2026-01-01', targetDate: '2026-01-01' })).toEqual(OK);
    expect(checkIndicatorShape({ ...quantitative, baselineDate: null, targetDate: '2020-01-01' })).toEqual(OK);
    expect(checkIndicatorShape({ ...quantitative, baselineDate: '2030-01-01', targetDate: null })).toEqual(OK);
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
