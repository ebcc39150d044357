import { syntheticPlan } from '../../../test/synthetic-plan';
import { importRows, RowBatch } from './import-rows';

/** Every batch a document becomes, ids left out (they are new on every run), and the summary. */
function rowsOf(consume: boolean) {
  const doc = syntheticPlan(40, 7);
  const steps = importRows(doc, [], '2026-12-05 08:00:00.000', 600, consume);
  const tables: string[] = [];
  let rowCount = 0;
  let step = steps.next();
  while (!step.done) {
    const batch = step.value as RowBatch;
    tables.push(batch.table);
    rowCount += batch.rows.length;
    step = steps.next();
  }
  return { doc, tables, rowCount, summary: { ...step.value, planId: undefined, newUnitIds: step.value.newUnitIds.length } };
}

describe('importRows', () => {
  it('makes the same rows and summary when it empties the document as it goes', () => {
    const kept = rowsOf(false);
    const consumed = rowsOf(true);
    expect(consumed.tables).toEqual(kept.tables);
    expect(consumed.rowCount).toBe(kept.rowCount);
    expect(consumed.summary).toEqual(kept.summary);
    expect(consumed.summary.imported.actions).toBe(40);
    // Kept: the caller may read the document again. Consumed: nothing of its lists is left to hold memory.
    expect(kept.doc.actions).toHaveLength(40);
    expect(consumed.doc.actions).toHaveLength(0);
    expect(consumed.doc.observations).toHaveLength(0);
    expect(consumed.doc.links).toHaveLength(0);
  });
});
