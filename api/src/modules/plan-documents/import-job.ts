import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChainEnd, EntryFacts } from '../audit/entry-row';
import type { FromWorker, MadeEntry, ToWorker, WorkerInput } from './import-protocol';
import type { ImportSummary } from './import-rows';
import type { WriteOrder } from './import-write';

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

type Deferred<T> = { promise: Promise<T>; resolve: (v: T) => void; reject: (e: Error) => void };

function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  // A step nobody waits for any more (an earlier one failed) must not end the process.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/**
 * One import's worker thread: it reads and checks the document (`checked`),
 * then writes it on a database connection of its own (`write`), asking the API
 * for the trail entry that ends the transaction, and afterwards copies the
 * write-ahead log into the database file (`checkpointed`).
 */
export class ImportJob {
  private readonly worker: Worker;
  private done = false;
  private readonly read = deferred<Extract<FromWorker, { kind: 'checked' }>>();
  private readonly written = deferred<ImportSummary>();
  private readonly copied = deferred<string | null>();
  private entryFor: ((last: ChainEnd, facts: EntryFacts) => MadeEntry) | null = null;
  /** The document read and checked: why it is refused, or the reason it carries (if any). */
  readonly checked = this.read.promise;
  /** Settles once the log has been copied into the database after the commit: null, or why that failed. */
  readonly checkpointed = this.copied.promise;

  constructor(body: Uint8Array, options: { maxReason: number; dryRun?: boolean }) {
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
    this.worker.on('message', (m: FromWorker) => this.receive(m));
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', (code) => {
      if (!this.done) this.fail(new Error(`The import's worker stopped (exit code ${code}).`));
    });
  }

  /**
   * Has the worker write the checked document into the database at `path`, in
   * one transaction; `entryFor` makes the trail entry that ends it. Answers
   * once it is committed; nothing is written when it fails.
   */
  write(path: string, order: WriteOrder, entryFor: (last: ChainEnd, facts: EntryFacts) => MadeEntry): Promise<ImportSummary> {
    this.entryFor = entryFor;
    this.post({ kind: 'write', path, order });
    return this.written.promise;
  }

  /** Ends the worker, and with it the memory the document took. */
  async close(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await this.worker.terminate();
  }

  private post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  private receive(m: FromWorker): void {
    switch (m.kind) {
      case 'checked':
        return this.read.resolve(m);
      case 'entryFor':
        try {
          if (!this.entryFor) throw new Error('No write asked for an entry.');
          return this.post({ kind: 'entry', entry: this.entryFor(m.last, m.facts) });
        } catch (e) {
          return this.post({ kind: 'noEntry', message: e instanceof Error ? e.message : String(e) });
        }
      case 'written':
        return this.written.resolve(m.summary);
      case 'failed':
        this.written.reject(new Error(m.message));
        return this.copied.resolve(null);
      case 'checkpointed':
        return this.copied.resolve(m.error);
    }
  }

  private fail(e: Error): void {
    this.read.reject(e);
    this.written.reject(e);
    this.copied.resolve(e.message);
  }
}
