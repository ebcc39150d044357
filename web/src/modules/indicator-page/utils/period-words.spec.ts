import { formatDate, formatNumber } from '../../../i18n/format';
import { formatAxisDate, valueRange } from './chart-options';
import { buildChartData, dateToX } from './chart-series';
import { dueLine, FRESHNESS_SIGN } from './due-line';
import { formatPeriod, formatValue } from './period-words';

describe('periods, numbers and dates on the indicator page', () => {
  it('says periods as Danish municipalities do, and in English', () => {
    const cases: [string, string, string, string][] = [
      ['2026-01-01', '2026-12-31', '2026', '2026'],
      ['2026-07-01', '2026-12-31', '2. halvår 2026', 'H2 2026'],
      ['2026-04-01', '2026-06-30', '2. kvt. 2026', 'Q2 2026'],
      ['2026-11-01', '2026-11-30', 'nov. 2026', 'Nov 2026'],
      ['2026-11-27', '2026-11-27', '27. nov. 2026', '27 Nov 2026'],
      ['2026-02-03', '2026-03-04', '3. feb. 2026 – 4. mar. 2026', '3 Feb 2026 – 4 Mar 2026'],
    ];
    for (const [start, end, da, en] of cases) {
      expect([formatPeriod(start, end, 'da'), formatPeriod(start, end, 'en')]).toEqual([da, en]);
    }
  });

  it('writes numbers with the locale’s separators and the unit after them', () => {
    expect(formatValue(1234.5, 'personer', 'da')).toBe('1.234,5 personer');
    expect(formatValue(1234.5, 'personer', 'en')).toBe('1,234.5 personer');
    expect(formatValue(12.5, '%', 'da')).toBe('12,5 %');
    expect(formatValue(null, '%', 'da')).toBe('');
    expect(formatNumber(1234.5, 'da')).toBe('1.234,5');
    expect(formatDate('2026-11-27', 'da')).toBe('27. nov. 2026');
    expect(formatAxisDate(dateToX('2026-01-31'), 'da')).toBe('jan. 2026');
    expect(formatAxisDate(dateToX('2026-01-31'), 'en')).toBe('Jan 2026');
  });

  it('keeps every value, target and corrected value inside the chart’s range', () => {
    const data = buildChartData(
      { direction: 'up', baselineValue: 50, baselineDate: null, targets: [], longTermTarget: { value: 120, date: '2029-12-31' } },
      [
        {
          id: 'a',
          indicatorId: 'i',
          recordedBy: null,
          reason: null,
          series: 'actual',
          period: '2025',
          periodStart: '2025-01-01',
          periodEnd: '2025-12-31',
          value: 10,
          narrative: null,
          judgement: null,
          sourceNote: null,
          recordedAt: '2026-01-01T00:00:00Z',
          supersedesId: null,
          supersededById: null,
          example: false,
        },
      ],
    );
    const [lo, hi] = valueRange(data);
    expect(lo).toBeLessThan(10);
    expect(hi).toBeGreaterThan(120);
  });

  it('says what is owed next and by when, with a sign besides the word', () => {
    const words = { period: (s: string, e: string) => formatPeriod(s, e, 'da'), date: (d: string) => formatDate(d, 'da') };
    const period = { start: '2026-07-01', end: '2026-09-30', code: '2026K3' };
    expect(dueLine({ state: 'overdue', period, dueDate: '2026-10-30', next: { period, dueDate: '2026-10-30' }, why: null }, words)).toEqual(
      {
        key: 'indicatorPage.due.overdue',
        values: { period: '3. kvt. 2026', date: '30. okt. 2026' },
      },
    );
    expect(dueLine({ state: 'neverDue', period: null, dueDate: null, next: null, why: 'actionStopped' }, words).key).toBe(
      'indicatorPage.due.never.actionStopped',
    );
    expect(FRESHNESS_SIGN.overdue).toBe('!');
  });
});
