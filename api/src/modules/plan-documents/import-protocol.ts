import type { FieldError, PlanDocumentCollection } from '@kompas/domain';
import type { ImportSummary, KnownUnit, RecordChunk, TableShape } from './import-rows';

/** A batch of rows as it crosses to the writer: the rows' values one after the other (fewer objects to copy). */
export type FlatBatch = { table: string; columns: readonly string[]; values: unknown[] };

/** What the import's worker starts with; `dryRun`: only check and describe the document (`preview`), never write it. */
export type WorkerInput = { body: Uint8Array; maxReason: number; valuesPerBatch: number; recordChunkRows: number; dryRun?: boolean };

/**
 * What a dry run learns of a document: its rows per collection, the problems
 * an import would refuse it with, its units (to tell new from reused ones) and
 * the digest of its content (to find plans that say the same), the last two
 * only when it has no problems.
 */
export type ImportPreview = {
  counts: Record<PlanDocumentCollection, number>;
  problems: FieldError[];
  units: KnownUnit[] | null;
  contentDigest: string | null;
};

/** A document refused before anything is written, in the error shape's terms. */
export type CheckFailure = { refused: { code: string; message: string; details: FieldError[] } };

export type ToWorker =
  | { kind: 'start'; knownUnits: KnownUnit[]; now: string; shapes: Record<string, TableShape> }
  | { kind: 'next' }
  | { kind: 'checkpoint'; path: string };

export type FromWorker =
  | ({ kind: 'checked' } & (CheckFailure | { reason: string | null } | { preview: ImportPreview }))
  | { kind: 'rows'; batch: FlatBatch }
  | { kind: 'record'; chunk: RecordChunk }
  | { kind: 'end'; summary: ImportSummary }
  | { kind: 'checkpointed'; error: string | null };
