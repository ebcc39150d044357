import type { FieldError } from '@kompas/domain';
import type { ImportSummary, KnownUnit, RecordChunk, TableShape } from './import-rows';

/** A batch of rows as it crosses to the writer: the rows' values one after the other (fewer objects to copy). */
export type FlatBatch = { table: string; columns: readonly string[]; values: unknown[] };

/** What the import's worker starts with. */
export type WorkerInput = { body: Uint8Array; maxReason: number; valuesPerBatch: number; recordChunkRows: number };

/** A document refused before anything is written, in the error shape's terms. */
export type CheckFailure = { refused: { code: string; message: string; details: FieldError[] } };

export type ToWorker =
  | { kind: 'start'; knownUnits: KnownUnit[]; now: string; shapes: Record<string, TableShape> }
  | { kind: 'next' }
  | { kind: 'checkpoint'; path: string };

export type FromWorker =
  | ({ kind: 'checked' } & (CheckFailure | { reason: string | null }))
  | { kind: 'rows'; batch: FlatBatch }
  | { kind: 'record'; chunk: RecordChunk }
  | { kind: 'end'; summary: ImportSummary }
  | { kind: 'checkpointed'; error: string | null };
