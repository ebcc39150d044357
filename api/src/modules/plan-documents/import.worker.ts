// The import's worker thread: reads and checks a plan document off the request
// thread, then hands its rows over batch by batch while the API writes them.
import '../../register-paths';
import { parentPort, workerData } from 'node:worker_threads';
import type { FieldError, PlanDocument } from '@kompas/domain';
import { malformedTextPaths } from '../../common/well-formed-text';
import { importRows, KnownUnit, RecordChunk, RowBatch, withRecord } from './import-rows';
import { contentDigest } from './import-preview';
import type { ToWorker, FromWorker, WorkerInput, CheckFailure, ImportPreview } from './import-protocol';

// Required after the path registration above.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const domain = require('@kompas/domain') as typeof import('@kompas/domain');
const { checkPlanDocument, ERROR_CODES, MAX_DOCUMENT_ERRORS, PLAN_DOCUMENT_COLLECTIONS, planDocumentContent } = domain;

const input = workerData as WorkerInput;
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

/** The body as text, or null when it is not UTF-8; taken from the input, so that the bytes can go as soon as they are decoded. */
function takeText(): string | null {
  const body = input.body;
  input.body = new Uint8Array(0);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return null;
  }
}

/** Parses and checks the body; the document, or why it is refused. */
function read(): { doc: PlanDocument; reason: string | null } | CheckFailure {
  let text = takeText();
  if (text === null) {
    return failure(ERROR_CODES.invalidJson, 'The request body is not valid UTF-8.', [
      { field: 'body', code: ERROR_CODES.invalidJson, message: 'not UTF-8' },
    ]);
  }
  // Valid UTF-8 holds no lone surrogate: only a \uD800–\uDFFF escape can make one, so without such an escape there is nothing to look for.
  const mayHoldSurrogates = /\\u[dD][89a-fA-F]/.test(text);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return failure(ERROR_CODES.invalidJson, 'The request body is not valid JSON.', [
      { field: 'body', code: ERROR_CODES.invalidJson, message: 'not valid JSON' },
    ]);
  }
  text = '';
  if (input.dryRun) parsed = doc;

  // A reason may come in the body, as on every write: it is not part of the document.
  let reason: string | null = null;
  if (doc && typeof doc === 'object' && !Array.isArray(doc) && 'reason' in doc) {
    const given = (doc as Record<string, unknown>)['reason'];
    delete (doc as Record<string, unknown>)['reason'];
    if (given !== null && given !== undefined) {
      if (typeof given !== 'string') return invalid('reason', 'is_string', 'reason must be a string');
      if (given.length > input.maxReason) return invalid('reason', 'max_length', `reason must be at most ${input.maxReason} characters`);
      reason = given.trim() || null;
    }
  }

  const illFormed: FieldError[] = (mayHoldSurrogates ? malformedTextPaths(doc, '', MAX_DOCUMENT_ERRORS) : []).map((field) => ({
    field,
    code: ERROR_CODES.invalidUnicode,
    message: 'not well-formed Unicode',
  }));
  if (illFormed.length) {
    return failure(
      ERROR_CODES.invalidUnicode,
      `The plan document has text that is not well-formed Unicode (${illFormed.map((e) => e.field).join(', ')}); nothing was imported.`,
      illFormed,
    );
  }
  const problems = checkPlanDocument(doc);
  if (problems.length) {
    const unsupported = problems.some((p) => p.field === 'format' || p.field === 'version');
    return failure(
      unsupported ? ERROR_CODES.unsupportedDocument : ERROR_CODES.invalidDocument,
      unsupported
        ? `This is not a Kompas plan document this version can read (${problems[0].field}: ${problems[0].message}).`
        : `The plan document has ${problems.length}${problems.length >= MAX_DOCUMENT_ERRORS ? ' or more' : ''} problem(s); nothing was imported.`,
      problems,
    );
  }
  return { doc: doc as PlanDocument, reason };
}

function failure(code: string, message: string, details: FieldError[]): CheckFailure {
  return { refused: { code, message, details } };
}

function invalid(field: string, code: string, message: string): CheckFailure {
  return failure(ERROR_CODES.validationFailed, `Invalid ${field}: ${message}`, [{ field, code, message }]);
}

/** The document as parsed, kept for a dry run's description of it. */
let parsed: unknown = null;

/** A dry run's answer: what the document holds and what an import would say of it; only an unreadable document is refused. */
function preview(result: ReturnType<typeof read>): CheckFailure | { preview: ImportPreview } {
  const problems = 'refused' in result ? result.refused.details : [];
  if ('refused' in result && result.refused.code !== ERROR_CODES.invalidDocument && result.refused.code !== ERROR_CODES.invalidUnicode) {
    return result;
  }
  const doc = parsed as Record<string, unknown>;
  parsed = null;
  const counts = {} as ImportPreview['counts'];
  for (const name of PLAN_DOCUMENT_COLLECTIONS) counts[name] = Array.isArray(doc?.[name]) ? (doc[name] as unknown[]).length : 0;
  if (problems.length || 'refused' in result) return { preview: { counts, problems, units: null, contentDigest: null } };
  return {
    preview: {
      counts,
      problems,
      units: result.doc.units.map(({ id, name, parentId }) => ({ id, name, parentId })),
      contentDigest: contentDigest(planDocumentContent(result.doc)),
    },
  };
}

let checked: ReturnType<typeof read> | null = read();
if (input.dryRun) {
  send({ kind: 'checked', ...preview(checked) });
  checked = null;
} else if ('refused' in checked) {
  send({ kind: 'checked', refused: checked.refused });
} else {
  send({ kind: 'checked', reason: checked.reason });
}

/**
 * Copies what the write-ahead log holds into the database file, on a
 * connection of this thread's own, so that the request thread does not wait
 * for it. Passive: it waits for no reader or writer, and copies what it can.
 */
function checkpoint(path: string): string | null {
  // Loaded only here: checking and making rows need no database.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Sqlite = require('better-sqlite3') as typeof import('better-sqlite3');
  try {
    const db = new Sqlite(path, { fileMustExist: true });
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } finally {
      db.close();
    }
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

let rows: Generator<RowBatch | RecordChunk, unknown> | null = null;
port.on('message', (message: ToWorker) => {
  if (message.kind === 'checkpoint') {
    send({ kind: 'checkpointed', error: checkpoint(message.path) });
    return;
  }
  if (message.kind === 'start') {
    if (!checked || 'refused' in checked) throw new Error('There is no checked document to import.');
    rows = withRecord(
      importRows(checked.doc, message.knownUnits as KnownUnit[], message.now, input.valuesPerBatch),
      message.shapes,
      input.recordChunkRows,
    );
    checked = null;
  }
  if (!rows) throw new Error('The import has not started.');
  const next = rows.next();
  if (next.done) send({ kind: 'end', summary: next.value as never });
  else if ('text' in next.value) send({ kind: 'record', chunk: next.value });
  else send({ kind: 'rows', batch: { table: next.value.table, columns: next.value.columns, values: next.value.rows.flat() } });
});
