import type { IndicatorNode, Judgement } from '@kompas/domain';
import { daysBetween, indicatorHealth } from './indicator-health';

const base: IndicatorNode = {
  id: 'i1',
  kind: 'indicator',
  title: 'Andel unge i uddannelse',
  example: false,
  version: 1,
  measuresId: 'f1',
  measures: 'focusArea',
  type: 'quantitative',
  evidenceKind: 'statistics',
  cadence: 'yearly',
  unit: '%',
  direction: 'up',
  baselineValue: 80,
  targets: [],
  longTermTarget: { value: 90, date: '2029-12-31' },
  reference: null,
  graceDays: 30,
  responsibleUserId: null,
  latest: null,
  latestReference: null,
  freshness: { state: 'notYetDue', period: null, dueDate: null, next: null, why: null },
};
const withValue = (value: number | null, extra: Partial<IndicatorNode> = {}, judgement: Judgement | null = null): IndicatorNode => ({
  ...base,
  ...extra,
  latest: {
    id: 'o1',
    series: 'actual',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    value,
    narrative: null,
    judgement,
    recordedAt: '2026-02-01T10:00:00.000Z',
  },
});

describe('indicatorHealth', () => {
  it('says no data when nothing is recorded', () => {
    expect(indicatorHealth(base)).toBe('noData');
  });
  it('takes a recorded judgement over the figures', () => {
    expect(indicatorHealth(withValue(95, {}, 'offTrack'))).toBe('offTrack');
  });
  it('compares a rising indicator with its target and baseline', () => {
    expect(indicatorHealth(withValue(91))).toBe('onTrack');
    expect(indicatorHealth(withValue(85))).toBe('atRisk');
    expect(indicatorHealth(withValue(78))).toBe('offTrack');
  });
  it('compares a falling indicator the other way round', () => {
    const down = { direction: 'down' as const, baselineValue: 20, longTermTarget: { value: 10, date: '2029-12-31' } };
    expect(indicatorHealth(withValue(9, down))).toBe('onTrack');
    expect(indicatorHealth(withValue(15, down))).toBe('atRisk');
    expect(indicatorHealth(withValue(25, down))).toBe('offTrack');
  });
  it('holds within five per cent of the target', () => {
    const hold = { direction: 'hold' as const, longTermTarget: { value: 100, date: '2029-12-31' } };
    expect(indicatorHealth(withValue(104, hold))).toBe('onTrack');
    expect(indicatorHealth(withValue(110, hold))).toBe('atRisk');
  });
  it('says no data for a narrative without a judgement', () => {
    expect(indicatorHealth(withValue(null, { type: 'qualitative', longTermTarget: null }))).toBe('noData');
  });
});

describe('daysBetween', () => {
  it('counts days between calendar dates', () => {
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
  });
});

describe('indicatorHealth against a target path', () => {
  const ledighed = (value: number, reference: number | null): IndicatorNode => ({
    ...withValue(value, {
      direction: 'down',
      baselineValue: 4.5,
      longTermTarget: null,
      targets: [{ period: '2025', relation: 'atMost', offset: 0.5 }],
      reference: { name: 'Hele landet', source: 'Danmarks Statistik' },
    }),
    latestReference: reference === null ? null : { ...withValue(reference).latest!, id: 'r1', series: 'reference', value: reference },
  });

  it('is on track when the period meets its relative target against the reference of the same period', () => {
    expect(indicatorHealth(ledighed(3.2, 2.9))).toBe('onTrack');
  });

  it('is not on track when it is above the reference by more than the offset', () => {
    expect(indicatorHealth(ledighed(3.6, 2.9))).toBe('atRisk');
    expect(indicatorHealth(ledighed(4.8, 2.9))).toBe('offTrack');
  });

  it('says nothing until the reference value for the period is there', () => {
    expect(indicatorHealth(ledighed(3.2, null))).toBe('noData');
  });
});
