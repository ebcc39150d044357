/**
 * Importing observations from a spreadsheet (CSV or XLSX): which columns a
 * file has, how its numbers are written, and what each row would do — the
 * same rules as recording one observation, applied row by row. Pure: the API
 * reads the file and the database, and hands the cells and what it found
 * here; the web app shows the preview this returns.
 */
import { FieldError } from './errors';
import { checkObservationShape } from './indicators';
import { IndicatorType, Judgement } from './kinds';
import { ObservationSeries } from './indicator-model';
import { MAX_TEXT } from './limits';
import { checkPeriod, parsePeriodCode } from './periods';

/** The largest file the import reads, and the most rows after its header. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;

export const CSV_CONTENT_TYPE = 'text/csv';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const IMPORT_COLUMNS = ['indicator', 'period', 'value', 'narrative', 'judgement', 'source', 'series'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The headers each column is known by, in English and in Danish, lower-case. */
export const IMPORT_HEADERS: Record<ImportColumn, readonly string[]> = {
  indicator: ['indicator', 'indikator'],
  period: ['period', 'periode'],
  value: ['value', 'værdi'],
  narrative: ['narrative', 'fortælling'],
  judgement: ['judgement', 'vurdering'],
  source: ['source', 'kilde'],
  series: ['series', 'serie'],
};

/** The column a header names (case and surrounding spaces aside), or null. */
export function columnOfHeader(header: string): ImportColumn | null {
  const h = header.trim().toLowerCase();
  return IMPORT_COLUMNS.find((c) => IMPORT_HEADERS[c].includes(h)) ?? null;
}

/** The words a judgement may be written with: the API's own, and the words the app shows in Danish and English. */
const JUDGEMENT_WORDS: Record<string, Judgement> = {
  ontrack: 'onTrack',
  atrisk: 'atRisk',
  offtrack: 'offTrack',
  'on track': 'onTrack',
  'at risk': 'atRisk',
  'off track': 'offTrack',
  'på sporet': 'onTrack',
  'i risiko': 'atRisk',
  'ude af sporet': 'offTrack',
};

export function judgementOf(text: string): Judgement | null {
  return JUDGEMENT_WORDS[text.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

const SERIES_WORDS: Record<string, ObservationSeries> = { actual: 'actual', faktisk: 'actual', reference: 'reference' };

export function seriesOf(text: string): ObservationSeries | null {
  return SERIES_WORDS[text.trim().toLowerCase()] ?? null;
}

/** How a file writes its decimals: `1.234,5` (comma, `.` for thousands) or `1234.5` (point, no thousands separator). */
export type DecimalStyle = 'comma' | 'point';

/**
 * What a number written as text says about the file's decimals: `comma`
 * (`12,5`, `1.234,5`, `1.234.567`), `point` (`12.5`, `0.125`), `either`
 * (`1.234`: a thousand in the one, one and a bit in the other), `integer`
 * (`12`, either way the same), or null when it is no number at all.
 */
export function decimalEvidence(text: string): DecimalStyle | 'either' | 'integer' | null {
  const s = text.trim();
  if (/^-?\d+$/.test(s)) return 'integer';
  if (/^-?\d+,\d+$/.test(s)) return 'comma';
  if (/^-?[1-9]\d{0,2}\.\d{3}$/.test(s)) return 'either';
  if (/^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(s)) return 'comma';
  if (/^-?\d+\.\d+$/.test(s)) return 'point';
  return null;
}

/** A number written in the file's style, or null when it is not one in that style. */
export function parseDecimal(text: string, style: DecimalStyle | null): number | null {
  const evidence = decimalEvidence(text);
  const s = text.trim();
  if (evidence === null) return null;
  if (evidence === 'integer') return Number(s);
  if (evidence === 'either' && style === null) return null;
  if (evidence !== 'either' && evidence !== style) return null;
  const n = style === 'comma' ? Number(s.replace(/\./g, '').replace(',', '.')) : Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A number in a style (for tests and examples): `1.234,5` or `1234.5`. */
export function formatDecimal(n: number, style: DecimalStyle, thousands = true): string {
  const [whole, fraction] = Math.abs(n).toString().split('.');
  const sign = n < 0 ? '-' : '';
  if (style === 'point') return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
  const grouped = thousands ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole;
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/**
 * The style of a file's decimals, decided from every number written as text
 * in it: the one style its numbers show. A file with numbers of both styles
 * mixes them: the numbers of the rarer style (of both, when they are as many)
 * are named in `mixed`, and the style is that of the others. A file whose
 * numbers show neither (whole numbers, `1.234`) has none.
 */
export function decideDecimalStyle<T>(cells: readonly { text: string; at: T }[]): {
  style: DecimalStyle | null;
  mixed: { at: T; style: DecimalStyle }[];
} {
  const by: Record<DecimalStyle, T[]> = { comma: [], point: [] };
  for (const c of cells) {
    const evidence = decimalEvidence(c.text);
    if (evidence === 'comma' || evidence === 'point') by[evidence].push(c.at);
  }
  const [comma, point] = [by.comma.length, by.point.length];
  if (!comma && !point) return { style: null, mixed: [] };
  if (!point) return { style: 'comma', mixed: [] };
  if (!comma) return { style: 'point', mixed: [] };
  const named = (style: DecimalStyle) => by[style].map((at) => ({ at, style }));
  if (comma === point) return { style: null, mixed: [...named('comma'), ...named('point')] };
  return comma > point ? { style: 'comma', mixed: named('point') } : { style: 'point', mixed: named('comma') };
}

/** One problem of an import, at its place: `row` as a spreadsheet shows it (the header is row 1), `column` as the import names it. */
export type ImportProblem = FieldError & { row: number | null; column: string | null };

/** The codes of an import's problems, beside those of the rules it shares with the routes (`invalid_period`, `observation_shape`, `forbidden`). */
export const IMPORT_PROBLEM_CODES = [
  'unreadable_file',
  'empty_file',
  'missing_header',
  'unknown_column',
  'duplicate_column',
  'missing_column',
  'required',
  'unknown_indicator',
  'ambiguous_indicator',
  'invalid_number',
  'ambiguous_number',
  'mixed_decimals',
  'invalid_judgement',
  'invalid_series',
  'no_reference_series',
  'too_long',
  'duplicate_row',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export function importProblem(row: number | null, column: string | null, code: string, message: string): ImportProblem {
  const field = row === null ? (column === null ? 'file' : `columns.${column}`) : `rows.${row}${column === null ? '' : `.${column}`}`;
  return { field, row, column, code, message };
}

/** A spreadsheet's column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A cell as read: text, a number (a spreadsheet's numeric cell; a date cell arrives as its `YYYY-MM-DD`), or empty. */
export type ImportCell = string | number | null;

/** An indicator a row may name, with what the rules need to know of it for the signed-in user. */
export type ImportIndicator = {
  id: string;
  title: string;
  type: IndicatorType;
  /** Why the user may not record its observations (in words), or null when they may. */
  refusal: string | null;
  /** Whether it has a reference series to record `reference` rows into. */
  hasReferenceSeries: boolean;
};

/** The current observation of a period and series, as a row is compared with it. */
export type ImportCurrent = {
  id: string;
  value: number | null;
  narrative: string | null;
  judgement: Judgement | null;
  sourceNote: string | null;
  example: boolean;
};

export const IMPORT_ROW_STATUSES = ['new', 'unchanged', 'correction'] as const;
/** `new`: a period with no current observation; `unchanged`: equal to it (skipped); `correction`: supersedes it. */
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

/** One row of the file and what importing it would do. */
export type ImportRow = {
  row: number;
  /** The cells of the known columns, as text, as the file has them. */
  cells: Partial<Record<ImportColumn, string>>;
  indicatorId: string | null;
  indicatorTitle: string | null;
  /** The period's code as Kompas writes it (`2026K1`), and its days. */
  period: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  series: ObservationSeries | null;
  /** What would be recorded: for a correction, cells left empty keep the corrected observation's. */
  value: number | null;
  narrative: string | null;
  judgement: Judgement | null;
  sourceNote: string | null;
  /** Null while the row has a problem. */
  status: ImportRowStatus | null;
  /** The current observation it equals or corrects. */
  current: ImportCurrent | null;
};

export type ImportPlan = {
  /** The known columns the header names, in its order. */
  columns: ImportColumn[];
  decimal: DecimalStyle | null;
  rows: ImportRow[];
  problems: ImportProblem[];
  counts: { rows: number; new: number; unchanged: number; corrections: number; problems: number };
};

export type ImportContext = {
  indicators: readonly ImportIndicator[];
  /** The current observation of an indicator for a period and series, if any. */
  currentOf: (indicatorId: string, periodStart: string, periodEnd: string, series: ObservationSeries) => ImportCurrent | null;
  /** The period code of a period (`periodCode` of periods.ts), for the preview. */
  codeOf: (start: string, end: string) => string | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const textOf = (cell: ImportCell | undefined): string => (cell === null || cell === undefined ? '' : String(cell).trim());

const ACCEPTED_HEADERS = IMPORT_COLUMNS.map((c) => IMPORT_HEADERS[c].join('/')).join(', ');

/** The header row: which column of the sheet is which, and its problems. */
function readHeader(sheet: readonly (readonly ImportCell[])[]): { at: Map<ImportColumn, number>; problems: ImportProblem[] } {
  const at = new Map<ImportColumn, number>();
  const problems: ImportProblem[] = [];
  const header = sheet[0] ?? [];
  const width = Math.max(0, ...sheet.map((r) => r.length));
  for (let i = 0; i < width; i++) {
    const text = textOf(header[i]);
    if (!text) {
      // A column without a header is only a problem if something is written in it.
      const used = sheet.findIndex((r, n) => n > 0 && textOf(r[i]) !== '');
      if (used > 0) {
        problems.push(
          importProblem(1, columnLetter(i), 'missing_header', `column ${columnLetter(i)} has values (row ${used + 1}) but no header`),
        );
      }
      continue;
    }
    const column = columnOfHeader(text);
    if (!column) {
      problems.push(importProblem(1, text, 'unknown_column', `"${text}" is not a column the import knows: ${ACCEPTED_HEADERS}`));
    } else if (at.has(column)) {
      problems.push(
        importProblem(
          1,
          column,
          'duplicate_column',
          `the ${column} column is there twice (columns ${columnLetter(at.get(column) as number)} and ${columnLetter(i)})`,
        ),
      );
    } else at.set(column, i);
  }
  for (const column of ['indicator', 'period'] as const) {
    if (!at.has(column))
      problems.push(importProblem(null, column, 'missing_column', `the file has no ${IMPORT_HEADERS[column].join('/')} column`));
  }
  if (!at.has('value') && !at.has('narrative')) {
    problems.push(importProblem(null, 'value', 'missing_column', 'the file has neither a value/værdi nor a narrative/fortælling column'));
  }
  return { at, problems };
}

/** A plan that imports nothing, for a file refused as a whole. */
const refusedWhole = (problem: ImportProblem): ImportPlan => ({
  columns: [],
  decimal: null,
  rows: [],
  problems: [problem],
  counts: { rows: 0, new: 0, unchanged: 0, corrections: 0, problems: 1 },
});

const sameReading = (a: Omit<ImportCurrent, 'id' | 'example'>, b: ImportCurrent) =>
  a.value === b.value && a.narrative === b.narrative && a.judgement === b.judgement && a.sourceNote === b.sourceNote;

/**
 * What importing a sheet would do, row by row, with every problem at its row
 * and column. `sheet[0]` is the header (row 1); an empty row is skipped. The
 * rules are those of recording one observation (the indicator, the period,
 * the value or narrative its type takes, the user's permission), and a period
 * and series appear once in a file.
 */
export function planObservationImport(sheet: readonly (readonly ImportCell[])[], context: ImportContext): ImportPlan {
  const blank = (r: readonly ImportCell[] | undefined) => !r || r.every((c) => textOf(c) === '');
  if (sheet.every((r) => blank(r))) return refusedWhole(importProblem(null, null, 'empty_file', 'the file is empty'));
  if (blank(sheet[0])) {
    return refusedWhole(importProblem(1, null, 'missing_header', 'row 1 must name the columns: indicator, period, value or narrative …'));
  }
  const header = readHeader(sheet);
  const problems: ImportProblem[] = [...header.problems];
  const columns = IMPORT_COLUMNS.filter((c) => header.at.has(c)).sort(
    (a, b) => (header.at.get(a) as number) - (header.at.get(b) as number),
  );
  const cell = (r: readonly ImportCell[], column: ImportColumn): ImportCell => {
    const i = header.at.get(column);
    return i === undefined ? null : (r[i] ?? null);
  };

  // The decimals of the whole file, from every value written as text.
  const valueIndex = header.at.get('value');
  const decimals = decideDecimalStyle(
    valueIndex === undefined
      ? []
      : sheet.flatMap((r, n) => (n > 0 && typeof r[valueIndex] === 'string' ? [{ text: r[valueIndex] as string, at: n + 1 }] : [])),
  );
  const mixedAt = new Map(decimals.mixed.map((m) => [m.at, m.style]));
  const mixedMessage = (style: DecimalStyle) =>
    `written with a decimal ${style}, while the file's other numbers use a decimal ${style === 'comma' ? 'point' : 'comma'}: use one style in the whole file`;

  const byId = new Map(context.indicators.map((i) => [i.id.toLowerCase(), i]));
  const byTitle = new Map<string, ImportIndicator[]>();
  for (const i of context.indicators) {
    const key = i.title.trim();
    byTitle.set(key, [...(byTitle.get(key) ?? []), i]);
  }
  const firstRowOf = new Map<string, number>();
  const rows: ImportRow[] = [];
  const structural = header.problems.length > 0;

  for (let n = 1; n < sheet.length && !structural; n++) {
    const r = sheet[n];
    if (blank(r)) continue;
    const row = n + 1;
    const at = (column: string, code: string, message: string) => problems.push(importProblem(row, column, code, message));
    const before = problems.length;
    const cells: Partial<Record<ImportColumn, string>> = {};
    for (const c of columns) cells[c] = textOf(cell(r, c));

    // Which indicator.
    let indicator: ImportIndicator | null = null;
    const named = cells.indicator ?? '';
    if (!named) at('indicator', 'required', 'name the indicator by its id or its exact title');
    else {
      const matches = UUID.test(named)
        ? [byId.get(named.toLowerCase())].filter((i): i is ImportIndicator => !!i)
        : (byTitle.get(named) ?? []);
      if (matches.length === 1) indicator = matches[0];
      else if (matches.length === 0) at('indicator', 'unknown_indicator', `no indicator of this plan has the id or title "${named}"`);
      else {
        at(
          'indicator',
          'ambiguous_indicator',
          `${matches.length} indicators of this plan are called "${named}": give the id instead (${matches.map((i) => i.id).join(', ')})`,
        );
      }
    }
    if (indicator?.refusal) at('indicator', 'forbidden', indicator.refusal);

    // Which period.
    let period: { start: string; end: string } | null = null;
    const periodText = cells.period ?? '';
    if (!periodText) at('period', 'required', 'give the period, e.g. 2026, 2026K1, 2026M03 or 2026-03-31');
    else {
      const parsed = parsePeriodCode(periodText);
      const valid = parsed ? checkPeriod(parsed.start, parsed.end) : null;
      if (!parsed) at('period', 'invalid_period', `"${periodText}" is not a period code, e.g. 2026, 2026K1, 2026M03 or 2026-03-31`);
      else if (valid && !valid.ok) at('period', valid.code, valid.message);
      else period = parsed;
    }

    // Which series.
    let series: ObservationSeries | null = 'actual';
    if (cells.series) {
      series = seriesOf(cells.series);
      if (!series) at('series', 'invalid_series', `"${cells.series}" is no series: actual (faktisk) or reference`);
      else if (series === 'reference' && indicator && !indicator.hasReferenceSeries) {
        at('series', 'no_reference_series', 'this indicator has no reference series to record into');
      }
    }

    // The reading.
    let value: number | null = null;
    const rawValue = cell(r, 'value');
    if (typeof rawValue === 'number') value = rawValue;
    else if (cells.value) {
      const mixed = mixedAt.get(row);
      value = mixed ? null : parseDecimal(cells.value, decimals.style);
      if (mixed) at('value', 'mixed_decimals', `"${cells.value}" is ${mixedMessage(mixed)}`);
      else if (value === null && decimalEvidence(cells.value) === 'either') {
        at('value', 'ambiguous_number', `"${cells.value}" may be a thousand or a decimal: the file's other numbers do not tell which`);
      } else if (value === null) at('value', 'invalid_number', `"${cells.value}" is not a number`);
    }
    const narrative = cells.narrative || null;
    const sourceNote = cells.source || null;
    for (const [column, text] of [
      ['narrative', narrative],
      ['source', sourceNote],
    ] as const) {
      if (text && text.length > MAX_TEXT) at(column, 'too_long', `at most ${MAX_TEXT} characters`);
    }
    let judgement: Judgement | null = null;
    if (cells.judgement) {
      judgement = judgementOf(cells.judgement);
      if (!judgement)
        at(
          'judgement',
          'invalid_judgement',
          `"${cells.judgement}" is no judgement: på sporet, i risiko or ude af sporet (onTrack, atRisk, offTrack)`,
        );
    }

    // Against what is recorded.
    let current: ImportCurrent | null = null;
    let reading = { value, narrative, judgement, sourceNote };
    if (indicator && period && series) {
      const key = `${indicator.id}\n${period.start}\n${period.end}\n${series}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) at('period', 'duplicate_row', `row ${first} already gives this indicator's ${series} value for this period`);
      else firstRowOf.set(key, row);
      current = context.currentOf(indicator.id, period.start, period.end, series);
      // As a correction does: what the row leaves empty stays as the corrected observation has it.
      if (current) {
        reading = {
          value: cells.value ? value : current.value,
          narrative: narrative ?? current.narrative,
          judgement: judgement ?? current.judgement,
          sourceNote: sourceNote ?? current.sourceNote,
        };
      }
      // A value or narrative already refused is not refused again for its shape.
      if (problems.slice(before).every((p) => p.column !== 'value' && p.column !== 'narrative')) {
        const shape = checkObservationShape(indicator.type, reading);
        if (!shape.ok) at(shape.field ?? 'value', shape.code, shape.message);
      }
    }

    const ok = problems.length === before;
    rows.push({
      row,
      cells,
      indicatorId: indicator?.id ?? null,
      indicatorTitle: indicator?.title ?? null,
      period: period ? context.codeOf(period.start, period.end) : null,
      periodStart: period?.start ?? null,
      periodEnd: period?.end ?? null,
      series,
      ...reading,
      status: !ok ? null : !current ? 'new' : sameReading(reading, current) ? 'unchanged' : 'correction',
      current,
    });
  }
  if (!structural && rows.length === 0 && problems.length === 0) {
    problems.push(importProblem(null, null, 'empty_file', 'the file has a header but no rows of observations'));
  }
  const count = (s: ImportRowStatus) => rows.filter((r) => r.status === s).length;
  return {
    columns,
    decimal: decimals.style,
    rows,
    problems,
    counts: {
      rows: rows.length,
      new: count('new'),
      unchanged: count('unchanged'),
      corrections: count('correction'),
      problems: problems.length,
    },
  };
}
