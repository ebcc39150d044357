// The import's worker thread: reads and checks a plan document off the request
// thread, then writes it on a database connection of its own while the API
// holds the write queue's turn and goes on answering requests.
import '../../register-paths';
import type { Database as SqliteConnection } from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { previewOf, readDocument, ReadDocument } from './import-document';
import type { FromWorker, MadeEntry, ToWorker, WorkerInput } from './import-protocol';
import { asWriter, writeImport } from './import-write';

const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

const input = workerData as WorkerInput;
let checked: ReadDocument | null = null;
if (input.dryRun) {
  // A dry run describes the document as parsed too, problems and all, and never writes.
  let parsed: unknown = null;
  const read = readDocument(input, (doc) => (parsed = doc));
  send({ kind: 'checked', ...previewOf(read, parsed) });
} else {
  const read = readDocument(input);
  if ('refused' in read) send({ kind: 'checked', refused: read.refused });
  else {
    checked = read;
    send({ kind: 'checked', reason: read.reason });
  }
}

/** The answer to the one question this thread asks the API: the trail entry. */
let entryAnswer: ((m: MadeEntry | Error) => void) | null = null;

async function write(path: string, order: Extract<ToWorker, { kind: 'write' }>['order']): Promise<void> {
  if (!checked) throw new Error('There is no checked document to write.');
  const doc = checked.doc;
  checked = null;
  // Loaded only here: checking needs no database.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Sqlite = require('better-sqlite3') as typeof import('better-sqlite3');
  let db: SqliteConnection | null = null;
  try {
    db = asWriter(new Sqlite(path, { fileMustExist: true }));
    // The commit leaves the log as it is; it is copied into the database file below, after the API has its turn back.
    db.pragma('wal_autocheckpoint = 0');
    const summary = await writeImport(db, doc, { ...order, consume: true }, (last, facts) => {
      const answer = new Promise<MadeEntry>((resolve, reject) => {
        entryAnswer = (m) => (m instanceof Error ? reject(m) : resolve(m));
      });
      send({ kind: 'entryFor', last, facts });
      return answer;
    });
    send({ kind: 'written', summary });
    let error: string | null = null;
    try {
      // Passive: it waits for no reader or writer, and copies what it can.
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    send({ kind: 'checkpointed', error });
  } catch (e) {
    send({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
  } finally {
    db?.close();
  }
}

port.on('message', (message: ToWorker) => {
  if (message.kind === 'write') void write(message.path, message.order);
  else {
    const answer = entryAnswer;
    entryAnswer = null;
    answer?.(message.kind === 'entry' ? message.entry : new Error(message.message));
  }
});
