import {
  columnOfHeader,
  CSV_CONTENT_TYPE,
  ERROR_CODES,
  ImportCell,
  importProblem,
  ImportProblem,
  MAX_IMPORT_ROWS,
  XLSX_CONTENT_TYPE,
} from '@kompas/domain';
import { CsvError, parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { ApiError } from '../../common/api-error';

export type SheetFormat = 'csv' | 'xlsx';

/** What a file turned out to be, as the preview reports it. */
export type SheetFacts = {
  format: SheetFormat;
  /** How a CSV file's text was read: UTF-8 (`bom`: with a byte order mark), or Windows-1252 when it is not UTF-8. */
  encoding: 'utf-8' | 'windows-1252' | null;
  bom: boolean;
  delimiter: ';' | ',' | null;
};

/** The cells of a file's first sheet (row 1 first), or why it could not be read. */
export type ReadSheet = SheetFacts & { sheet: ImportCell[][]; problem: ImportProblem | null };

/** The format a request's Content-Type names, or null for one the import does not read. */
export function formatOf(contentType: string | undefined): SheetFormat | null {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === CSV_CONTENT_TYPE) return 'csv';
  if (type === XLSX_CONTENT_TYPE) return 'xlsx';
  return null;
}

const tooManyRows = (rows: number) =>
  ApiError.at(
    ERROR_CODES.payloadTooLarge,
    `The file has ${rows > MAX_IMPORT_ROWS + 1 ? 'more than ' : ''}${(rows - 1).toLocaleString('en-US')} rows after its header; the import takes at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')}.`,
    'body',
    'too many rows',
  );

const unreadable = (facts: SheetFacts, message: string): ReadSheet => ({
  ...facts,
  sheet: [],
  problem: importProblem(null, null, 'unreadable_file', message),
});

/** Reads the first sheet of a CSV or XLSX file. More than MAX_IMPORT_ROWS rows after the header: 413. */
export async function readSheetFile(bytes: Uint8Array, format: SheetFormat): Promise<ReadSheet> {
  return format === 'csv' ? readCsv(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) : readXlsx(bytes);
}

const BOM = [0xef, 0xbb, 0xbf];

/** The text of a CSV file: UTF-8, with or without a BOM, else Windows-1252 (as Danish Excel saves "CSV (semikolonsepareret)"). */
function decode(bytes: Buffer): { text: string; encoding: 'utf-8' | 'windows-1252'; bom: boolean } | null {
  // Excel's "Unicode text" is UTF-16 (and tab-separated): not a CSV file of either kind.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  const bom = BOM.every((b, i) => bytes[i] === b);
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252', bom: false };
  }
}

/** The delimiter whose reading of the first line names more of the import's columns (`;` when neither tells). */
function delimiterOf(text: string): ';' | ',' {
  const known = (delimiter: string) => {
    try {
      const [header] = parse(text, { delimiter, to_line: 1, relax_column_count: true, relax_quotes: true }) as string[][];
      return (header ?? []).filter((h) => columnOfHeader(h) !== null).length;
    } catch {
      return -1;
    }
  };
  return known(',') > known(';') ? ',' : ';';
}

function readCsv(bytes: Buffer): ReadSheet {
  const decoded = decode(bytes);
  if (!decoded) {
    return unreadable(
      { format: 'csv', encoding: null, bom: false, delimiter: null },
      'the file is UTF-16 text: save it as CSV (UTF-8) or CSV (semicolon or comma separated)',
    );
  }
  const delimiter = delimiterOf(decoded.text);
  const facts: SheetFacts = { format: 'csv', encoding: decoded.encoding, bom: decoded.bom, delimiter };
  let sheet: string[][];
  try {
    // Empty lines are kept (and skipped later), so that rows are numbered as a spreadsheet numbers them.
    sheet = parse(decoded.text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      to: MAX_IMPORT_ROWS + 2,
    }) as string[][];
  } catch (e) {
    return unreadable(facts, `the file is not a readable CSV file (${e instanceof CsvError ? e.message : 'it cannot be parsed'})`);
  }
  if (sheet.length > MAX_IMPORT_ROWS + 1) throw tooManyRows(sheet.length);
  return { ...facts, sheet, problem: null };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A cell of a workbook as the import reads it: a date as its day (`YYYY-MM-DD`), a truth value as its word. */
function cellOf(value: unknown): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (value instanceof Date) return `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  return String(value).toUpperCase();
}

async function readXlsx(bytes: Uint8Array): Promise<ReadSheet> {
  const facts: SheetFacts = { format: 'xlsx', encoding: null, bom: false, delimiter: null };
  let rows: unknown[][];
  try {
    // The first sheet; a formula's cell holds the value the spreadsheet last computed.
    rows = (await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { trim: false })) as unknown[][];
  } catch (e) {
    return unreadable(facts, `the file is not a readable Excel workbook (.xlsx): ${(e as Error).message}`);
  }
  if (rows.length > MAX_IMPORT_ROWS + 1) throw tooManyRows(rows.length);
  return { ...facts, sheet: rows.map((r) => r.map(cellOf)), problem: null };
}
