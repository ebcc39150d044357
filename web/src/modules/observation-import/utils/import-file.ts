import { CSV_CONTENT_TYPE, IMPORT_COLUMNS, ImportColumn, PlanGraph, XLSX_CONTENT_TYPE } from '@kompas/domain';
import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];
export type ObservationImportPreview = Schemas['ObservationImportPreviewDto'];
export type ObservationImportRow = Schemas['ObservationImportRowDto'];
export type ObservationImportResult = Schemas['ObservationImportResultDto'];
export type ImportProblem = Schemas['ErrorDetailDto'];

/** The Content-Type the import reads a chosen file as, by its name (browsers call a .csv many things), or null for another file. */
export function contentTypeOf(file: { name: string; type: string }): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || file.type === CSV_CONTENT_TYPE) return CSV_CONTENT_TYPE;
  if (name.endsWith('.xlsx') || file.type === XLSX_CONTENT_TYPE) return XLSX_CONTENT_TYPE;
  return null;
}

/** A preview's problems by where they are shown: at a cell of the table, beside a row, or about the whole file. */
export type PlacedProblems = {
  /** Keyed `row:column`, for a column the table shows. */
  cells: Map<string, ImportProblem[]>;
  /** A row's problems at a column the file does not have (a narrative its indicator needs). */
  rows: Map<number, ImportProblem[]>;
  file: ImportProblem[];
};

export const cellKey = (row: number, column: string) => `${row}:${column}`;

export function placeProblems(problems: readonly ImportProblem[], shown: readonly string[]): PlacedProblems {
  const placed: PlacedProblems = { cells: new Map(), rows: new Map(), file: [] };
  const add = <K>(map: Map<K, ImportProblem[]>, key: K, p: ImportProblem) => map.set(key, [...(map.get(key) ?? []), p]);
  for (const p of problems) {
    // The header is row 1: its problems (an unknown column) are the file's, as are those of no row at all.
    if (p.row === null || p.row === undefined || p.row < 2) placed.file.push(p);
    else if (p.column && shown.includes(p.column)) add(placed.cells, cellKey(p.row, p.column), p);
    else add(placed.rows, p.row, p);
  }
  return placed;
}

/** The columns the preview's table shows: the file's, in the import's order. */
export function shownColumns(preview: Pick<ObservationImportPreview, 'columns'>): ImportColumn[] {
  return IMPORT_COLUMNS.filter((c) => preview.columns.includes(c));
}

/**
 * The rows the table shows: every row with a problem, and the first `limit` rows besides, in the
 * file's order (a file of 50,000 rows is not drawn whole); `hidden` is how many are left out.
 */
export function rowsToShow(
  rows: readonly ObservationImportRow[],
  problemRows: ReadonlySet<number>,
  limit: number,
): { rows: ObservationImportRow[]; hidden: number } {
  const shown = rows.filter((r, i) => i < limit || problemRows.has(r.row));
  return { rows: shown, hidden: rows.length - shown.length };
}

/** The indicators of the plan a title names (for a title several share: to say which ids to choose from). */
export function indicatorsTitled(graph: PlanGraph | undefined, title: string): { id: string; title: string; measures: string }[] {
  if (!graph) return [];
  return graph.nodes
    .filter((n) => n.kind === 'indicator' && n.title.trim() === title.trim())
    .map((n) => ({
      id: n.id,
      title: n.title,
      measures: graph.nodes.find((m) => n.kind === 'indicator' && m.id === n.measuresId)?.title ?? '',
    }));
}
