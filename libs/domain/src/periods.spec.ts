import { CADENCES } from './kinds';
import {
  addDays,
  CADENCE_PERIOD_KIND,
  cadencePeriodOf,
  checkDateOrder,
  checkPeriod,
  daysInMonth,
  isCalendarDate,
  parsePeriodCode,
  PERIOD_CODES_ACCEPTED,
  periodCode,
  periodKind,
  PERIOD_KINDS,
} from './periods';

describe('isCalendarDate', () => {
  it.each(['2026-01-01', '2026-12-31', '2026-03-31', '2026-04-30', '2024-02-29', '2000-02-29', '2026-02-28', '1999-06-15'])(
    'accepts %s',
    (value) => {
      expect(isCalendarDate(value)).toBe(true);
    },
  );

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-32',
    '2026-1-01',
    '2026-01-1',
    '26-01-01',
    '20261-01-01',
    '2026/01/01',
    '2026-01-01T00:00:00Z',
    ' 2026-01-01',
    '2026-01-01 ',
    '',
    'yesterday',
  ])('refuses %p', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it.each([null, undefined, 20260101, new Date('2026-01-01'), ['2026-01-01'], { date: '2026-01-01' }, true])(
    'refuses the non-string %p',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );

  it('knows the leap years of the first century too (year 0 is a leap year, 100 is not)', () => {
    expect(isCalendarDate('0000-02-29')).toBe(true);
    expect(isCalendarDate('0004-02-29')).toBe(true);
    expect(isCalendarDate('0001-02-29')).toBe(false);
    expect(isCalendarDate('0100-02-29')).toBe(false);
    expect(isCalendarDate('0400-02-29')).toBe(true);
  });
});

describe('daysInMonth', () => {
  it('gives the length of every month of a common and a leap year', () => {
    const common = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const leap = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    expect(common.map((_, i) => daysInMonth(2026, i + 1))).toEqual(common);
    expect(leap.map((_, i) => daysInMonth(2024, i + 1))).toEqual(leap);
  });

  it.each([
    [1900, 28],
    [2000, 29],
    [2100, 28],
    [2400, 29],
    [0, 29],
    [4, 29],
    [99, 28],
  ])('February %p has %p days', (year, days) => {
    expect(daysInMonth(year, 2)).toBe(days);
  });

  it('agrees with the calendar of Date for every month of years 0 to 9999', () => {
    for (let year = 0; year <= 9999; year++)
      for (let month = 1; month <= 12; month++) {
        const d = new Date(0);
        d.setUTCFullYear(year, month, 0);
        if (daysInMonth(year, month) !== d.getUTCDate())
          throw new Error(`${year}-${month}: ${daysInMonth(year, month)} ≠ ${d.getUTCDate()}`);
      }
  });
});

describe('periodKind', () => {
  it('lists the five kinds, shortest first', () => {
    expect(PERIOD_KINDS).toEqual(['day', 'month', 'quarter', 'halfYear', 'year']);
  });

  it.each([
    ['2026-03-31', '2026-03-31', 'day'],
    ['2024-02-29', '2024-02-29', 'day'],
    ['2026-03-01', '2026-03-31', 'month'],
    ['2026-02-01', '2026-02-28', 'month'],
    ['2024-02-01', '2024-02-29', 'month'],
    ['2026-04-01', '2026-04-30', 'month'],
    ['2026-12-01', '2026-12-31', 'month'],
    ['2026-01-01', '2026-03-31', 'quarter'],
    ['2026-04-01', '2026-06-30', 'quarter'],
    ['2026-07-01', '2026-09-30', 'quarter'],
    ['2026-10-01', '2026-12-31', 'quarter'],
    ['2026-01-01', '2026-06-30', 'halfYear'],
    ['2026-07-01', '2026-12-31', 'halfYear'],
    ['2024-01-01', '2024-06-30', 'halfYear'],
    ['2026-01-01', '2026-12-31', 'year'],
    ['2024-01-01', '2024-12-31', 'year'],
  ])('%s – %s is a %s', (start, end, kind) => {
    expect(periodKind(start, end)).toBe(kind);
  });

  it.each([
    ['two months', '2026-03-01', '2026-04-30'],
    ['three months that are not a quarter', '2026-02-01', '2026-04-30'],
    ['half a quarter', '2026-01-01', '2026-02-15'],
    ['half a month', '2026-03-01', '2026-03-15'],
    ['a month that does not start on the 1st', '2026-03-02', '2026-03-31'],
    ['a month that stops a day short', '2026-03-01', '2026-03-30'],
    ['February 28th of a leap year', '2024-02-01', '2024-02-28'],
    ['six months that are not a half year', '2026-04-01', '2026-09-30'],
    ['a half year a day short', '2026-01-01', '2026-06-29'],
    ['a half year across years', '2026-07-01', '2027-06-30'],
    ['nine months', '2026-01-01', '2026-09-30'],
    ['eleven months', '2026-02-01', '2026-12-31'],
    ['a quarter across years', '2026-11-01', '2027-01-31'],
    ['a year across years', '2026-07-01', '2027-06-30'],
    ['two whole years', '2026-01-01', '2027-12-31'],
    ['two days', '2026-03-30', '2026-03-31'],
    ['end before start (months)', '2026-04-01', '2026-03-31'],
    ['end before start (a quarter backwards)', '2026-04-01', '2026-01-31'],
    ['end before start (a year backwards)', '2027-01-01', '2026-12-31'],
    ['an invalid start', '2026-02-30', '2026-03-31'],
    ['an invalid end', '2026-02-01', '2026-02-30'],
    ['garbage', 'spring', 'summer'],
    ['an empty span', '', ''],
  ])('%s is no whole period', (_what, start, end) => {
    expect(periodKind(start, end)).toBeNull();
  });
});

describe('checkPeriod', () => {
  it('allows a whole quarter and names its kind', () => {
    expect(checkPeriod('2026-07-01', '2026-09-30')).toEqual({ ok: true, value: 'quarter' });
    expect(checkPeriod('2026-05-17', '2026-05-17')).toEqual({ ok: true, value: 'day' });
  });

  it('allows a whole half year', () => {
    expect(checkPeriod('2026-07-01', '2026-12-31')).toEqual({ ok: true, value: 'halfYear' });
  });

  it('refuses a span that is not whole, on periodEnd, saying which periods work', () => {
    expect(checkPeriod('2026-01-01', '2026-05-31')).toEqual({
      ok: false,
      code: 'invalid_period',
      message: `An observation describes one whole period, from its first to its last day. ${PERIOD_CODES_ACCEPTED}`,
      field: 'periodEnd',
    });
  });
});

describe('parsePeriodCode', () => {
  it.each([
    ['2026', '2026-01-01', '2026-12-31'],
    ['2024', '2024-01-01', '2024-12-31'],
    ['2026K1', '2026-01-01', '2026-03-31'],
    ['2026K2', '2026-04-01', '2026-06-30'],
    ['2026K3', '2026-07-01', '2026-09-30'],
    ['2026K4', '2026-10-01', '2026-12-31'],
    ['2026k4', '2026-10-01', '2026-12-31'],
    ['2026Q2', '2026-04-01', '2026-06-30'],
    ['2026q3', '2026-07-01', '2026-09-30'],
    ['2026M03', '2026-03-01', '2026-03-31'],
    ['2026m03', '2026-03-01', '2026-03-31'],
    ['2026M01', '2026-01-01', '2026-01-31'],
    ['2026M12', '2026-12-01', '2026-12-31'],
    ['2026M02', '2026-02-01', '2026-02-28'],
    ['2024M02', '2024-02-01', '2024-02-29'],
    ['2026M04', '2026-04-01', '2026-04-30'],
    ['2026H1', '2026-01-01', '2026-06-30'],
    ['2026H2', '2026-07-01', '2026-12-31'],
    ['2026h2', '2026-07-01', '2026-12-31'],
    ['2024H1', '2024-01-01', '2024-06-30'],
    ['2026-03-31', '2026-03-31', '2026-03-31'],
    ['2024-02-29', '2024-02-29', '2024-02-29'],
    [' 2026K1 ', '2026-01-01', '2026-03-31'],
    ['\t2026\n', '2026-01-01', '2026-12-31'],
  ])('%p is %s – %s', (code, start, end) => {
    expect(parsePeriodCode(code)).toEqual({ start, end });
  });

  it.each([
    '2026M13',
    '2026M00',
    '2026M3',
    '2026M003',
    '2026K0',
    '2026K5',
    '2026Q',
    '2026Q5',
    '2026H3',
    '2026H0',
    '2026H',
    '2026H12',
    '2026 H1',
    'H1 2026',
    '2026S1',
    '202',
    '20266',
    '2026-02-29',
    '2026-02-30',
    '2026-13-01',
    '2026-1-01',
    '26K1',
    '2026 K1',
    'K1 2026',
    '',
    '   ',
    'last year',
  ])('refuses %p', (code) => {
    expect(parsePeriodCode(code)).toBeNull();
  });

  it('every parsed period is a whole period', () => {
    for (const code of ['2026', '2026H1', '2026H2', '2026K1', '2026K2', '2026K3', '2026K4', '2026M07', '2026-07-14']) {
      const p = parsePeriodCode(code);
      expect(p && periodKind(p.start, p.end)).not.toBeNull();
    }
  });
});

describe('periodCode', () => {
  it.each([
    ['2026-01-01', '2026-12-31', '2026'],
    ['2026-01-01', '2026-06-30', '2026H1'],
    ['2026-07-01', '2026-12-31', '2026H2'],
    ['2026-01-01', '2026-03-31', '2026K1'],
    ['2026-04-01', '2026-06-30', '2026K2'],
    ['2026-07-01', '2026-09-30', '2026K3'],
    ['2026-10-01', '2026-12-31', '2026K4'],
    ['2026-03-01', '2026-03-31', '2026M03'],
    ['2026-11-01', '2026-11-30', '2026M11'],
    ['2026-03-31', '2026-03-31', '2026-03-31'],
  ])('%s – %s is %s', (start, end, code) => {
    expect(periodCode(start, end)).toBe(code);
  });

  it.each([
    ['2026-01-01', '2026-09-30'],
    ['2026-03-01', '2026-03-30'],
    ['2026-04-01', '2026-03-31'],
    ['2026-02-30', '2026-02-30'],
    ['not', 'dates'],
  ])('%s – %s has no code', (start, end) => {
    expect(periodCode(start, end)).toBeNull();
  });

  it('writes the canonical form of codes written with Q or in lower case', () => {
    for (const [written, canonical] of [
      ['2026Q2', '2026K2'],
      ['2026q4', '2026K4'],
      ['2026k1', '2026K1'],
      ['2026m09', '2026M09'],
      ['2026h1', '2026H1'],
      [' 2026 ', '2026'],
    ]) {
      const p = parsePeriodCode(written);
      expect(p && periodCode(p.start, p.end)).toBe(canonical);
    }
  });

  it('is the inverse of parsePeriodCode for every canonical code of several years', () => {
    const codes: string[] = [];
    for (const year of [1999, 2000, 2023, 2024, 2025, 2026, 2100]) {
      codes.push(String(year), `${year}H1`, `${year}H2`);
      for (let q = 1; q <= 4; q++) codes.push(`${year}K${q}`);
      for (let m = 1; m <= 12; m++) {
        const mm = String(m).padStart(2, '0');
        codes.push(`${year}M${mm}`);
        for (let d = 1; d <= daysInMonth(year, m); d++) codes.push(`${year}-${mm}-${String(d).padStart(2, '0')}`);
      }
    }
    expect(codes.length).toBe(7 * (1 + 2 + 4 + 12) + 365 * 5 + 366 * 2);
    // One assertion over all codes keeps this fast; the list names every code that fails.
    const wrong = codes.filter((code) => {
      const p = parsePeriodCode(code);
      return !p || periodCode(p.start, p.end) !== code;
    });
    expect(wrong).toEqual([]);
  });
});

describe('PERIOD_CODES_ACCEPTED', () => {
  it('names an example of every kind of code, and each example is accepted', () => {
    const examples = PERIOD_CODES_ACCEPTED.match(/\d{4}(?:-\d{2}-\d{2}|[HKQM]\d{1,2})?/g) ?? [];
    expect(examples).toEqual(['2026', '2026H1', '2026H2', '2026K1', '2026K4', '2026Q1', '2026Q4', '2026M01', '2026M12', '2026-03-31']);
    for (const code of examples) expect(parsePeriodCode(code)).not.toBeNull();
    const kinds = new Set(
      examples.map((code) => {
        const p = parsePeriodCode(code);
        return p && periodKind(p.start, p.end);
      }),
    );
    expect([...kinds].sort()).toEqual([...PERIOD_KINDS].sort());
  });
});

describe('cadencePeriodOf', () => {
  it('each cadence counts in its own kind of period', () => {
    expect(CADENCES.map((c) => CADENCE_PERIOD_KIND[c])).toEqual(['month', 'quarter', 'halfYear', 'year']);
  });

  it.each([
    ['monthly', '2026-02-14', '2026-02-01', '2026-02-28'],
    ['monthly', '2024-02-29', '2024-02-01', '2024-02-29'],
    ['quarterly', '2026-05-01', '2026-04-01', '2026-06-30'],
    ['quarterly', '2026-12-31', '2026-10-01', '2026-12-31'],
    ['halfYearly', '2026-06-30', '2026-01-01', '2026-06-30'],
    ['halfYearly', '2026-07-01', '2026-07-01', '2026-12-31'],
    ['yearly', '2026-03-29', '2026-01-01', '2026-12-31'],
  ] as const)('the %s period of %s is %s – %s', (cadence, date, start, end) => {
    expect(cadencePeriodOf(cadence, date)).toEqual({ start, end });
  });

  it('holds the date and is a whole period of the cadence’s kind, for every day of two years', () => {
    const wrong: string[] = [];
    for (let date = '2025-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      for (const cadence of CADENCES) {
        const p = cadencePeriodOf(cadence, date);
        if (!(p.start <= date && date <= p.end) || periodKind(p.start, p.end) !== CADENCE_PERIOD_KIND[cadence])
          wrong.push(`${cadence} ${date}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-03-31', 30, '2026-04-30'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-06-30', 0, '2026-06-30'],
    ['2026-12-31', 365, '2027-12-31'],
  ])('%s + %p days is %s', (date, days, result) => {
    expect(addDays(date, days)).toBe(result);
  });
});

describe('checkDateOrder', () => {
  it.each([
    ['2026-01-01', '2026-12-31'],
    ['2026-01-01', '2026-01-01'],
    ['2026-12-31', null],
    [null, '2026-01-01'],
    [undefined, undefined],
    [null, null],
    ['', '2026-01-01'],
  ])('allows %p – %p', (start, end) => {
    expect(checkDateOrder(start, end)).toEqual({ ok: true, value: true });
  });

  it('refuses an end before the start, on endDate by default', () => {
    expect(checkDateOrder('2026-06-01', '2026-05-31')).toEqual({
      ok: false,
      code: 'date_order',
      message: 'The end date comes before the start date.',
      field: 'endDate',
    });
  });

  it('compares across years and names the field it is told', () => {
    const r = checkDateOrder('2027-01-01', '2026-12-31', 'periodEnd');
    expect(!r.ok && r.code).toBe('date_order');
    expect(!r.ok && r.field).toBe('periodEnd');
  });
});
