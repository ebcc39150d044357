import { buildChartData, dateToX, xToDate } from './chart-series';
import type { Observation } from '../types';

let seq = 0;
const obs = (over: Partial<Observation> & Pick<Observation, 'periodStart' | 'periodEnd'>): Observation => ({
  id: `o${++seq}`,
  indicatorId: 'i1',
  recordedBy: null,
  reason: null,
  series: 'actual',
  period: null,
  value: null,
  narrative: null,
  judgement: null,
  sourceNote: null,
  recordedAt: '2026-01-10T00:00:00Z',
  supersedesId: null,
  supersededById: null,
  example: false,
  ...over,
});
const year = (y: number, value: number, over: Partial<Observation> = {}) =>
  obs({ periodStart: `${y}-01-01`, periodEnd: `${y}-12-31`, period: String(y), value, ...over });

const up = { direction: 'up' as const, baselineValue: 80, baselineDate: '2024-12-31', longTermTarget: null, targets: [] };

describe("the chart of an indicator's history", () => {
  it('puts each value at its period’s last day and tells whether it meets the target of the path', () => {
    const data = buildChartData(
      {
        ...up,
        targets: [
          { period: '2025', value: 82 },
          { period: '2026', value: 85 },
        ],
      },
      [year(2025, 83), year(2026, 84)],
    );
    expect(data.xs.map(xToDate)).toEqual(['2024-12-31', '2025-12-31', '2026-12-31']);
    expect(data.actual).toEqual([null, 83, 84]);
    expect(data.target).toEqual([null, 82, 85]);
    expect(data.baseline).toEqual([80, 80, 80]);
    expect(data.rows.map((r) => [r.period, r.target, r.state])).toEqual([
      ['2025', 82, 'met'],
      ['2026', 85, 'notMet'],
    ]);
    expect(data.markers.map((m) => [xToDate(m.x), m.y, m.kind])).toEqual([
      ['2025-12-31', 83, 'met'],
      ['2026-12-31', 84, 'notMet'],
    ]);
    expect(data.has).toEqual({ reference: false, target: true, baseline: true, corrections: false });
  });

  it('resolves a relative target against the reference value of the same period, and waits for it when there is none', () => {
    const indicator = { ...up, direction: 'down' as const, targets: [{ period: '2025', relation: 'atMost' as const, offset: 0.5 }] };
    const data = buildChartData(indicator, [
      year(2025, 10.4),
      year(2025, 10.1, { series: 'reference' }),
      // 2026: the nearest earlier step applies, but the reference for 2026 is not in yet.
      year(2026, 9.8),
    ]);
    expect(data.reference).toEqual([null, 10.1, null]);
    expect(data.target[1]).toBeCloseTo(10.6);
    expect(data.target[2]).toBeNull();
    expect(data.rows.map((r) => [r.period, r.state, r.reference])).toEqual([
      ['2025', 'met', 10.1],
      ['2026', 'pending', null],
    ]);
    expect(data.has.reference).toBe(true);
  });

  it('draws only the current value of a corrected period, and marks the value it replaced', () => {
    const wrong = year(2025, 8, { supersededById: 'fix' });
    const fix = year(2025, 83, { id: 'fix', supersedesId: wrong.id });
    const data = buildChartData({ ...up, longTermTarget: { value: 90, date: '2029-12-31' } }, [wrong, fix]);
    expect(data.actual).toEqual([null, 83, null]);
    expect(data.markers.map((m) => [m.y, m.kind])).toEqual([
      [83, 'notMet'],
      [8, 'corrected'],
    ]);
    // The long-term target stands at its date, the bound the value was judged against at the value's.
    expect(data.target).toEqual([null, 90, 90]);
    expect(xToDate(data.xs[2])).toBe('2029-12-31');
    expect(data.has.corrections).toBe(true);
  });

  it('has no target line or markers of a target for an indicator without a direction, and nothing for narratives', () => {
    const data = buildChartData({ ...up, direction: null, baselineValue: null, baselineDate: null }, [
      year(2025, 5),
      year(2026, 0, { value: null, narrative: 'Godt år' }),
    ]);
    expect(data.target).toEqual([null]);
    expect(data.rows.map((r) => r.state)).toEqual(['noTarget']);
    expect(data.has).toEqual({ reference: false, target: false, baseline: false, corrections: false });
  });

  it('counts days in UTC, so no clock change moves a point', () => {
    expect(dateToX('2026-03-29')).toBe(Date.UTC(2026, 2, 29) / 1000);
    expect(xToDate(dateToX('2026-10-25'))).toBe('2026-10-25');
  });
});
