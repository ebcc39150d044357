// Starts the built API (`dist/api/api/src/start.js`, as `npm start` runs it) as a child process on a free
// port with a database of the caller's choosing, waits until GET /api/health answers 200, and stops it
// again by its pid. The benchmarks and the reliability runs all start their servers through here.
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** The workspace root (the folder with nx.json): this file runs from dist/tools when built, from tools/ in the browser tests. */
export const WORKSPACE_ROOT = ((): string => {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No nx.json above ${__dirname}.`);
  }
})();
export const SERVER_ENTRY = join(WORKSPACE_ROOT, 'dist', 'api', 'api', 'src', 'start.js');
export const HOST = '127.0.0.1';

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

// Ports another Kompas may be using on this machine: never taken.
const RESERVED_PORTS = new Set([3000, 3999]);

/** A port nothing listens on right now, on this host (loopback by default), from the operating system. */
export async function freePort(host = HOST): Promise<number> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const port = await new Promise<number>((resolve, reject) => {
      const probe = createServer();
      probe.unref();
      probe.once('error', reject);
      probe.listen(0, host, () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    if (!RESERVED_PORTS.has(port)) return port;
  }
  throw new Error('No free port found for Kompas.');
}

export type LaunchOptions = {
  /** The SQLite file the server opens (created with its migrations when it does not exist). */
  databasePath: string;
  /** Where the built web app is served from; defaults to a folder that does not exist (no web app). */
  webRoot?: string;
  /** KOMPAS_DEMO: load the demo plan at the first start. Default false. */
  demo?: boolean;
  /** More environment for the server, over this process's own. */
  env?: Record<string, string>;
  /** Options for node before the entry point (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** How long the server may take to answer /api/health. Default 60 s. */
  startTimeoutMs?: number;
  /** Pause between two health probes. Default 10 ms. */
  pollMs?: number;
  /** How much of the server's output is kept for error messages (the last N characters). Default: all of it. */
  keepOutput?: number;
  /** Copies the server's output to this process's stderr as it comes. */
  echo?: boolean;
};

export type KompasServer = {
  /** `http://127.0.0.1:<port>` */
  base: string;
  port: number;
  child: ChildProcess;
  /** From the spawn until /api/health answered 200. */
  startMs: number;
  /** The server's output so far (stdout and stderr together). */
  output: () => string;
  /** Resolves once the process has exited. */
  exited: () => Promise<void>;
  /** SIGTERM by pid; SIGKILL if it has not exited after `graceMs` (default 5 s). Does nothing if it has exited. */
  stop: (graceMs?: number) => Promise<void>;
  /** SIGKILL by pid, at once. */
  kill: () => Promise<void>;
};

const running = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null;

/** Every server started here that may still run: killed if this process leaves without stopping them. */
const started = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of started) if (running(child) && child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
});

/** Starts the built API and resolves once GET /api/health answers 200; rejects (with the server's output) if it stops or times out. */
export async function launchKompas(options: LaunchOptions): Promise<KompasServer> {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} does not exist: run \`npm run build\` first.`);
  const port = await freePort(HOST);
  const t0 = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER_ENTRY], {
    cwd: WORKSPACE_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_PATH: options.databasePath,
      WEB_ROOT: options.webRoot ?? `${options.databasePath}.no-web`,
      KOMPAS_DEMO: options.demo ? 'true' : 'false',
      NODE_ENV: 'production',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  const gone = new Promise<void>((done) => child.once('exit', () => done()));
  void gone.then(() => started.delete(child));

  let log = '';
  const keep = (chunk: Buffer) => {
    log += chunk.toString();
    if (options.keepOutput !== undefined && log.length > options.keepOutput) log = log.slice(-options.keepOutput);
    if (options.echo) process.stderr.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const exited = (): Promise<void> => (running(child) ? gone : Promise.resolve());
  const kill = async (): Promise<void> => {
    if (child.pid === undefined || !running(child)) return;
    process.kill(child.pid, 'SIGKILL');
    await gone;
  };
  const stop = async (graceMs = 5_000): Promise<void> => {
    if (child.pid === undefined || !running(child)) return;
    process.kill(child.pid, 'SIGTERM');
    if (await Promise.race([gone.then(() => false), sleep(graceMs).then(() => true)])) await kill();
  };

  const base = `http://${HOST}:${port}`;
  const timeoutMs = options.startTimeoutMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!running(child)) throw new Error(`The API stopped (${child.exitCode ?? child.signalCode}):\n${log}`);
    try {
      const res = await fetch(`${base}/api/health`);
      await res.arrayBuffer();
      if (res.status === 200) {
        return { base, port, child, startMs: performance.now() - t0, output: () => log, exited, stop, kill };
      }
    } catch {
      // not listening yet
    }
    await sleep(options.pollMs ?? 10);
  }
  await kill();
  throw new Error(`The API did not answer /api/health within ${timeoutMs / 1000} s:\n${log}`);
}
