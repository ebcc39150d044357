import type { FieldError, PlanDocumentCollection } from '@kompas/domain';
import type { ChainEnd, EntryFacts } from '../audit/entry-row';
import type { StoredAuditRow } from '../audit/trail';
import type { ImportSummary, KnownUnit } from './import-rows';
import type { WriteOrder } from './import-write';

/** What the import's worker starts with; `dryRun`: only check and describe the document (a preview), never write it. */
export type WorkerInput = { body: Uint8Array; maxReason: number; dryRun?: boolean };

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

/** The trail entry the API made for the worker's import. */
export type MadeEntry = { row: StoredAuditRow; refIds: string[] };

export type ToWorker =
  /** Write the checked document into the database at `path` (the API holds the write queue's turn meanwhile). */
  | { kind: 'write'; path: string; order: WriteOrder }
  /** The entry asked for, or why it could not be made. */
  | { kind: 'entry'; entry: MadeEntry }
  | { kind: 'noEntry'; message: string };

export type FromWorker =
  | ({ kind: 'checked' } & (CheckFailure | { reason: string | null } | { preview: ImportPreview }))
  /** The rows and the record are written: the trail entry that ends the transaction, please. */
  | { kind: 'entryFor'; last: ChainEnd; facts: EntryFacts }
  /** Committed. */
  | { kind: 'written'; summary: ImportSummary }
  /** Nothing was written. */
  | { kind: 'failed'; message: string }
  /** The write-ahead log was copied into the database file after the commit (or why not). */
  | { kind: 'checkpointed'; error: string | null };
