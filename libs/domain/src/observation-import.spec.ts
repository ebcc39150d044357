import fc from 'fast-check';
import {
  columnLetter,
  columnOfHeader,
  decideDecimalStyle,
  decimalEvidence,
  DecimalStyle,
  formatDecimal,
  ImportCell,
  ImportContext,
  ImportCurrent,
  ImportIndicator,
  judgementOf,
  parseDecimal,
  planObservationImport,
  seriesOf,
} from './observation-import';
import { periodCode } from './periods';

const SCORE: ImportIndicator = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Læsescore',
  type: 'quantitative',
  refusal: null,
  hasReferenceSeries: false,
};
const TRIVSEL: ImportIndicator = {
  id: '22222222-2222-4222-8222-222222222222',
  title: 'Trivsel i fritiden',
  type: 'qualitative',
  refusal: null,
  hasReferenceSeries: false,
};

/** A context over these indicators, with these current observations keyed `indicatorId periodStart series`. */
function contextOf(indicators: ImportIndicator[], current: Record<string, ImportCurrent> = {}): ImportContext {
  return {
    indicators,
    currentOf: (id, start, _end, series) => current[`${id} ${start} ${series}`] ?? null,
    codeOf: periodCode,
  };
}

const plan = (sheet: ImportCell[][], context = contextOf([SCORE, TRIVSEL])) => planObservationImport(sheet, context);
const problemsOf = (sheet: ImportCell[][], context?: ImportContext) => plan(sheet, context).problems.map((p) => `${p.field} ${p.code}`);

describe('the columns of a file', () => {
  it.each([
    ['indicator', 'indicator'],
    [' Indikator ', 'indicator'],
    ['PERIODE', 'period'],
    ['Værdi', 'value'],
    ['fortælling', 'narrative'],
    ['Vurdering', 'judgement'],
    ['kilde', 'source'],
    ['serie', 'series'],
    ['series', 'series'],
    ['værdier', null],
    ['', null],
  ])('reads the header %p as %p', (header, column) => {
    expect(columnOfHeader(header)).toBe(column);
  });

  it('names columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('refuses a file without indicator or period, or with neither value nor narrative, naming the columns', () => {
    expect(
      problemsOf([
        ['indikator', 'kilde'],
        ['Læsescore', 'DST'],
      ]),
    ).toEqual(['columns.period missing_column', 'columns.value missing_column']);
  });

  it('refuses an unknown or repeated column at its header, and a value under no header', () => {
    expect(
      problemsOf([
        ['indikator', 'periode', 'værdi', 'value', 'kommentar', ''],
        ['Læsescore', '2026', '1', '1', 'x', 'y'],
      ]),
    ).toEqual(['rows.1.value duplicate_column', 'rows.1.kommentar unknown_column', 'rows.1.F missing_header']);
  });

  it('says an empty file is empty, and a file whose first row is empty has no header', () => {
    expect(problemsOf([])).toEqual(['file empty_file']);
    expect(problemsOf([[null, ''], []])).toEqual(['file empty_file']);
    expect(problemsOf([[], ['indikator', 'periode', 'værdi']])).toEqual(['rows.1 missing_header']);
    expect(
      problemsOf([
        ['indikator', 'periode', 'værdi'],
        [null, null, null],
      ]),
    ).toEqual(['file empty_file']);
  });
});

describe('judgements and series', () => {
  it.each([
    ['onTrack', 'onTrack'],
    ['På sporet', 'onTrack'],
    ['  i  risiko ', 'atRisk'],
    ['Ude af sporet', 'offTrack'],
    ['off track', 'offTrack'],
    ['ATRISK', 'atRisk'],
    ['godt', null],
  ])('reads the judgement %p as %p', (text, judgement) => {
    expect(judgementOf(text)).toBe(judgement);
  });

  it.each([
    ['actual', 'actual'],
    ['Faktisk', 'actual'],
    ['reference', 'reference'],
    ['REFERENCE', 'reference'],
    ['landsgennemsnit', null],
  ])('reads the series %p as %p', (text, series) => {
    expect(seriesOf(text)).toBe(series);
  });
});

describe('decimals', () => {
  it.each([
    ['12', 'integer'],
    ['-12', 'integer'],
    ['12,5', 'comma'],
    ['1.234,5', 'comma'],
    ['1.234.567', 'comma'],
    ['12.5', 'point'],
    ['0.125', 'point'],
    ['1234.5', 'point'],
    ['1.234', 'either'],
    ['1,234.5', null],
    ['12 %', null],
    ['1 234,5', null],
    ['', null],
    ['abc', null],
  ])('reads %p as evidence of %p', (text, evidence) => {
    expect(decimalEvidence(text)).toBe(evidence);
  });

  it('reads a number in the style of its file', () => {
    expect(parseDecimal('1.234,5', 'comma')).toBe(1234.5);
    expect(parseDecimal('1.234', 'comma')).toBe(1234);
    expect(parseDecimal('1.234', 'point')).toBe(1.234);
    expect(parseDecimal('1.234', null)).toBeNull();
    expect(parseDecimal('12,5', 'point')).toBeNull();
    expect(parseDecimal('-7', null)).toBe(-7);
  });

  it('decides the style from the whole file, and names the cells of the rarer style when it mixes them', () => {
    const cells = (...texts: string[]) => texts.map((text, i) => ({ text, at: i + 2 }));
    expect(decideDecimalStyle(cells('1.234', '12', '3,5'))).toEqual({ style: 'comma', mixed: [] });
    expect(decideDecimalStyle(cells('1.234', '12', '3.25'))).toEqual({ style: 'point', mixed: [] });
    expect(decideDecimalStyle(cells('1', '12'))).toEqual({ style: null, mixed: [] });
    expect(decideDecimalStyle(cells('1,5', '2,5', '3.5'))).toEqual({ style: 'comma', mixed: [{ at: 4, style: 'point' }] });
    expect(decideDecimalStyle(cells('1,5', '3.5')).mixed.map((m) => m.at)).toEqual([2, 3]);
  });

  const styles = fc.constantFrom<DecimalStyle>('comma', 'point');
  const amounts = fc.integer({ min: -1e11, max: 1e11 }).map((cents) => cents / 100);

  it('reads back every number written in either style (property)', () => {
    fc.assert(
      fc.property(amounts, styles, fc.boolean(), (n, style, thousands) => {
        expect(parseDecimal(formatDecimal(n, style, thousands), style)).toBe(n);
      }),
    );
  });

  it('never finds a file written in one style mixed, nor in the other style (property)', () => {
    fc.assert(
      fc.property(fc.array(amounts, { maxLength: 40 }), styles, fc.boolean(), (numbers, style, thousands) => {
        const decided = decideDecimalStyle(numbers.map((n, i) => ({ text: formatDecimal(n, style, thousands), at: i })));
        expect(decided.mixed).toEqual([]);
        expect([style, null]).toContain(decided.style);
      }),
    );
  });
});

describe('rows', () => {
  const HEADER = ['indikator', 'periode', 'værdi', 'fortælling', 'vurdering', 'kilde', 'serie'];

  it('reads a clean file in Danish: the indicator by title or id, every period code, both decimals of one style', () => {
    const result = plan([
      HEADER,
      ['Læsescore', '2026K1', '1.234,5', '', 'På sporet', 'Skolens tal', ''],
      [SCORE.id.toUpperCase(), '2026M03', '12', null, null, null, 'faktisk'],
      ['Trivsel i fritiden', '2026-03-31', '', 'Børnene fortæller om flere fællesskaber', 'i risiko', '', ''],
      ['Læsescore', 2025, 64, null, null, null, null],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.decimal).toBe('comma');
    expect(result.columns).toEqual(['indicator', 'period', 'value', 'narrative', 'judgement', 'source', 'series']);
    expect(
      result.rows.map((r) => [r.row, r.indicatorId, r.period, r.value, r.narrative, r.judgement, r.sourceNote, r.series, r.status]),
    ).toEqual([
      [2, SCORE.id, '2026K1', 1234.5, null, 'onTrack', 'Skolens tal', 'actual', 'new'],
      [3, SCORE.id, '2026M03', 12, null, null, null, 'actual', 'new'],
      [4, TRIVSEL.id, '2026-03-31', null, 'Børnene fortæller om flere fællesskaber', 'atRisk', null, 'actual', 'new'],
      [5, SCORE.id, '2025', 64, null, null, null, 'actual', 'new'],
    ]);
    expect(result.counts).toEqual({ rows: 4, new: 4, unchanged: 0, corrections: 0, problems: 0 });
  });

  it('puts every problem at its row and column, and marks no row with a problem as anything', () => {
    const result = plan([
      ['indicator', 'period', 'value', 'narrative', 'judgement', 'source', 'series'],
      ['Ukendt', '2026', '1', '', '', '', ''],
      ['Læsescore', '2026K5', '1', '', '', '', ''],
      ['Læsescore', '2026', 'mange', '', '', '', ''],
      ['Læsescore', '2027', '', 'Kun ord', '', '', ''],
      ['Trivsel i fritiden', '2026', '3', '', '', '', ''],
      ['Læsescore', '2028', '1', '', 'godt', '', 'gennemsnit'],
      ['', '', '1', '', '', '', ''],
      ['Læsescore', '2029', '1', '', '', '', 'reference'],
      ['Læsescore', '2027', '2', '', '', '', ''],
    ]);
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'indicator', 'unknown_indicator'],
      [3, 'period', 'invalid_period'],
      [4, 'value', 'invalid_number'],
      [5, 'value', 'observation_shape'],
      [6, 'value', 'observation_shape'],
      [7, 'series', 'invalid_series'],
      [7, 'judgement', 'invalid_judgement'],
      [8, 'indicator', 'required'],
      [8, 'period', 'required'],
      [9, 'series', 'no_reference_series'],
      [10, 'period', 'duplicate_row'],
    ]);
    expect(result.problems[0]).toMatchObject({ field: 'rows.2.indicator', row: 2, column: 'indicator' });
    expect(result.rows.filter((r) => r.status !== null)).toEqual([]);
  });

  it('refuses a title several indicators share, naming their ids, and finds each by its id', () => {
    const twin = { ...SCORE, id: '33333333-3333-4333-8333-333333333333' };
    const context = contextOf([SCORE, twin]);
    const result = plan(
      [
        ['indikator', 'periode', 'værdi'],
        ['Læsescore', '2026', '1'],
        [twin.id, '2026', '1'],
      ],
      context,
    );
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ row: 2, column: 'indicator', code: 'ambiguous_indicator' });
    expect(result.problems[0].message).toContain(SCORE.id);
    expect(result.problems[0].message).toContain(twin.id);
    expect(result.rows[1]).toMatchObject({ indicatorId: twin.id, status: 'new' });
  });

  it('marks a row the user may not record with the reason', () => {
    const theirs = { ...SCORE, refusal: 'This action belongs to a unit you do not manage.' };
    const result = plan(
      [
        ['indikator', 'periode', 'værdi'],
        ['Læsescore', '2026', '1'],
      ],
      contextOf([theirs]),
    );
    expect(result.problems).toEqual([
      {
        field: 'rows.2.indicator',
        row: 2,
        column: 'indicator',
        code: 'forbidden',
        message: 'This action belongs to a unit you do not manage.',
      },
    ]);
  });

  it('accepts a reference row for an indicator with a reference series, apart from its own values', () => {
    const withReference = { ...SCORE, hasReferenceSeries: true };
    const result = plan(
      [
        ['indikator', 'periode', 'værdi', 'serie'],
        ['Læsescore', '2026', '60', 'faktisk'],
        ['Læsescore', '2026', '58', 'reference'],
      ],
      contextOf([withReference]),
    );
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.series, r.value, r.status])).toEqual([
      ['actual', 60, 'new'],
      ['reference', 58, 'new'],
    ]);
  });

  it('skips a row equal to the current observation, and makes a different one its correction, keeping what the row leaves empty', () => {
    const current: ImportCurrent = {
      id: 'old',
      value: 60,
      narrative: 'Forklaring',
      judgement: 'atRisk',
      sourceNote: 'DST',
      example: false,
    };
    const context = contextOf([SCORE], { [`${SCORE.id} 2026-01-01 actual`]: current, [`${SCORE.id} 2027-01-01 actual`]: current });
    const result = plan(
      [
        ['indikator', 'periode', 'værdi', 'vurdering'],
        ['Læsescore', '2026', '60', ''],
        ['Læsescore', '2027', '61', 'på sporet'],
      ],
      context,
    );
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.status, r.value, r.narrative, r.judgement, r.sourceNote, r.current?.value])).toEqual([
      ['unchanged', 60, 'Forklaring', 'atRisk', 'DST', 60],
      ['correction', 61, 'Forklaring', 'onTrack', 'DST', 60],
    ]);
    expect(result.counts).toMatchObject({ new: 0, unchanged: 1, corrections: 1 });
  });

  it('refuses a file that mixes decimal comma and point, at the cells of the rarer style', () => {
    const result = plan([
      ['indikator', 'periode', 'værdi'],
      ['Læsescore', '2021', '1,5'],
      ['Læsescore', '2022', '2,5'],
      ['Læsescore', '2023', '3.5'],
      ['Læsescore', '2024', '4'],
    ]);
    expect(result.problems.map((p) => [p.field, p.code])).toEqual([['rows.4.value', 'mixed_decimals']]);
    expect(result.decimal).toBe('comma');
  });

  it('does not guess 1.234 when nothing else in the file tells the style', () => {
    const result = plan([
      ['indikator', 'periode', 'værdi'],
      ['Læsescore', '2021', '1.234'],
      ['Læsescore', '2022', '12'],
    ]);
    expect(result.problems.map((p) => [p.field, p.code])).toEqual([['rows.2.value', 'ambiguous_number']]);
  });

  /** Valid rows of the quantitative indicator, one period each. */
  const validRows = fc.uniqueArray(fc.integer({ min: 1990, max: 2100 }), { minLength: 1, maxLength: 30 }).chain((years) =>
    fc.tuple(
      fc.constant(years),
      fc.array(
        fc.integer({ min: -1e7, max: 1e7 }).map((c) => c / 100),
        { minLength: years.length, maxLength: years.length },
      ),
      fc.constantFrom<DecimalStyle>('comma', 'point'),
    ),
  );
  const BREAKS = {
    indicator: 'Ingen sådan indikator',
    period: '2026K9',
    value: 'ikke et tal',
    judgement: 'fint',
    series: 'gæt',
  } as const;

  it('finds a problem at exactly the cells made wrong, in any order of the columns and whatever their language (property)', () => {
    fc.assert(
      fc.property(
        validRows,
        fc.shuffledSubarray(['indicator', 'period', 'value', 'judgement', 'series'] as const, { minLength: 5, maxLength: 5 }),
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...(Object.keys(BREAKS) as (keyof typeof BREAKS)[]))), { maxLength: 5 }),
        ([years, values, style], order, danish, breaks) => {
          const names = {
            indicator: danish ? 'Indikator' : 'indicator',
            period: danish ? 'PERIODE' : 'Period',
            value: danish ? 'værdi' : 'VALUE',
            judgement: danish ? 'vurdering' : 'judgement',
            series: danish ? 'serie' : 'series',
          };
          const broken = new Set(breaks.map(([i, column]) => `${(i % years.length) + 2} ${column}`));
          const sheet: ImportCell[][] = [order.map((c) => names[c])];
          years.forEach((year, i) => {
            const good = {
              indicator: 'Læsescore',
              period: String(year),
              value: formatDecimal(values[i], style),
              judgement: 'på sporet',
              series: '',
            };
            sheet.push(order.map((c) => (broken.has(`${i + 2} ${c}`) ? BREAKS[c] : good[c])));
          });
          const result = plan(sheet);
          const found = new Set(result.problems.map((p) => `${p.row} ${p.column}`));
          expect([...found].sort()).toEqual([...broken].sort());
          for (const r of result.rows) {
            const i = r.row - 2;
            const whole = [...broken].every((b) => !b.startsWith(`${r.row} `));
            expect(r.status).toBe(whole ? 'new' : null);
            if (whole) expect(r.value).toBe(values[i]);
          }
        },
      ),
    );
  });
});
