import { smallPlanGraph } from '../../../testing/small-plan-graph';
import { contentTypeOf, ImportProblem, indicatorsTitled, ObservationImportRow, placeProblems, rowsToShow } from './import-file';

const problem = (row: number | null, column: string | null, code = 'x'): ImportProblem => ({
  field: row === null ? 'file' : `rows.${row}.${column}`,
  row,
  column,
  code,
  message: code,
});

describe('a file of observations, in the app', () => {
  it('is sent as CSV or XLSX by its name, whatever the browser calls it', () => {
    expect(contentTypeOf({ name: 'Målinger 2026.CSV', type: 'application/vnd.ms-excel' })).toBe('text/csv');
    expect(contentTypeOf({ name: 'målinger.xlsx', type: '' })).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(contentTypeOf({ name: 'data', type: 'text/csv' })).toBe('text/csv');
    expect(contentTypeOf({ name: 'noter.txt', type: 'text/plain' })).toBeNull();
    expect(contentTypeOf({ name: 'gammel.xls', type: 'application/vnd.ms-excel' })).toBeNull();
  });

  it('puts each problem at its cell, beside its row when the file has no such column, or with the file', () => {
    const placed = placeProblems(
      [problem(3, 'period'), problem(3, 'narrative'), problem(null, null), problem(1, 'kommentar'), problem(4, 'value')],
      ['indicator', 'period', 'value'],
    );
    expect([...placed.cells.keys()]).toEqual(['3:period', '4:value']);
    expect([...placed.rows.keys()]).toEqual([3]);
    expect(placed.file.map((p) => p.field)).toEqual(['file', 'rows.1.kommentar']);
  });

  it('draws every row with a problem and the first rows besides, saying how many are left out', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ row: i + 2 }) as ObservationImportRow);
    const shown = rowsToShow(rows, new Set([9, 11]), 3);
    expect(shown.rows.map((r) => r.row)).toEqual([2, 3, 4, 9, 11]);
    expect(shown.hidden).toBe(5);
  });

  it('finds the indicators a title names, with what each measures', () => {
    expect(indicatorsTitled(smallPlanGraph, ' Trivselsmåling ')).toEqual([
      { id: 'i1', title: 'Trivselsmåling', measures: 'Trivsel i skolen' },
    ]);
    expect(indicatorsTitled(undefined, 'Trivselsmåling')).toEqual([]);
  });
});
