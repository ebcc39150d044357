import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FlatBatch, FromWorker, ToWorker, WorkerInput } from './import-protocol';
import type { ImportSummary, KnownUnit, RecordChunk, TableShape } from './import-rows';

/**
 * How the worker runs when the API itself runs from its TypeScript sources (the
 * tests): it compiles each file it loads, and finds `@kompas/domain` in its sources.
 */
const FROM_SOURCES = `
const { workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const loader = workerData.loader;
let ts = null;
// Compiled files are kept between workers (by path, size and time of change): compiling is most of a worker's start.
mkdirSync(loader.cache, { recursive: true });
require.extensions['.ts'] = (module, filename) => {
  const stat = statSync(filename);
  const key = createHash('sha256').update(filename + ':' + stat.size + ':' + stat.mtimeMs).digest('hex');
  const cached = join(loader.cache, key + '.js');
  let code;
  try {
    code = readFileSync(cached, 'utf8');
  } catch {
    ts ??= require(loader.typescript);
    code = ts.transpileModule(readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: false },
    }).outputText;
    writeFileSync(cached + '.' + process.pid, code);
    require('node:fs').renameSync(cached + '.' + process.pid, cached);
  }
  module._compile(code, filename);
};
require(loader.tsconfigPaths).register({ baseUrl: loader.root, paths: { '@kompas/domain': ['libs/domain/src/index.ts'] } });
require(loader.source);
`;

/**
 * One import's worker thread: it reads and checks the document (`checked`),
 * then, once the write has begun (`start`), hands over the rows batch by batch
 * (`next`), one batch ahead of the writer, and finally the summary.
 */
export class ImportJob {
  private readonly worker: Worker;
  private readonly waiting: { resolve: (m: FromWorker) => void; reject: (e: Error) => void }[] = [];
  private failed: Error | null = null;
  private done = false;
  /** The document read and checked: why it is refused, or the reason it carries (if any). */
  readonly checked: Promise<Extract<FromWorker, { kind: 'checked' }>>;

  constructor(body: Uint8Array, options: { maxReason: number; valuesPerBatch: number; recordChunkRows: number; dryRun?: boolean }) {
    // The body's memory moves to the worker rather than being copied, unless it shares its memory with other buffers.
    const own = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength ? body : new Uint8Array(body);
    const input: WorkerInput = { body: own, ...options };
    const compiled = join(__dirname, 'import.worker.js');
    this.worker = existsSync(compiled)
      ? new Worker(compiled, { workerData: input, transferList: [own.buffer as ArrayBuffer] })
      : new Worker(FROM_SOURCES, {
          eval: true,
          workerData: {
            ...input,
            loader: {
              typescript: require.resolve('typescript'),
              tsconfigPaths: require.resolve('tsconfig-paths'),
              root: join(__dirname, '..', '..', '..', '..'),
              source: join(__dirname, 'import.worker.ts'),
              cache: join(tmpdir(), 'kompas-import-worker'),
            },
          },
          transferList: [own.buffer as ArrayBuffer],
        });
    this.worker.on('message', (m: FromWorker) => this.waiting.shift()?.resolve(m));
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', (code) => {
      if (!this.done) this.fail(new Error(`The import's worker stopped (exit code ${code}).`));
    });
    this.checked = this.receive() as Promise<Extract<FromWorker, { kind: 'checked' }>>;
  }

  /** Starts handing over rows (and the record of them): the first batch. */
  start(knownUnits: KnownUnit[], now: string, shapes: Record<string, TableShape>): Promise<ImportStep> {
    return this.ask({ kind: 'start', knownUnits, now, shapes });
  }

  /** The next batch of rows, chunk of the record, or at the end the summary; may be asked for again before it answers (they come in order). */
  next(): Promise<ImportStep> {
    return this.ask({ kind: 'next' });
  }

  /** Has the worker copy the write-ahead log into the database file (see the worker), then ends it; answers why that failed, or null. */
  async checkpointAndClose(path: string): Promise<string | null> {
    try {
      const answer = this.receive();
      this.worker.postMessage({ kind: 'checkpoint', path } satisfies ToWorker);
      // Answers to batches asked for ahead (after the summary) go to their own askers first.
      const m = await answer;
      return m.kind === 'checkpointed' ? m.error : `The import's worker answered "${m.kind}" out of turn.`;
    } finally {
      await this.close();
    }
  }

  /** Ends the worker, and with it the memory the document took. */
  async close(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await this.worker.terminate();
  }

  private async ask(message: ToWorker): Promise<ImportStep> {
    const answer = this.receive();
    this.worker.postMessage(message);
    const m = await answer;
    if (m.kind === 'rows') return m.batch;
    if (m.kind === 'record') return m.chunk;
    if (m.kind === 'end') return m.summary;
    throw new Error(`The import's worker answered "${m.kind}" out of turn.`);
  }

  private receive(): Promise<FromWorker> {
    const answer: Promise<FromWorker> = this.failed
      ? Promise.reject(this.failed)
      : new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
    // A batch asked for ahead may never be awaited (the write failed first): its failure must not end the process.
    answer.catch(() => undefined);
    return answer;
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const w of this.waiting.splice(0)) w.reject(e);
  }
}

/** What the worker hands over, one at a time: rows to insert, a chunk of their record, and at the end the summary. */
export type ImportStep = FlatBatch | RecordChunk | ImportSummary;

export const isRowBatch = (x: ImportStep): x is FlatBatch => 'table' in x;
export const isRecordChunk = (x: ImportStep): x is RecordChunk => 'text' in x;
