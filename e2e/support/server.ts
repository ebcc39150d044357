import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the global setup tells the tests the server is. */
export const BASE_URL_ENV = 'KOMPAS_E2E_BASE_URL';

// Ports another Kompas may be using on this machine: never take them.
const RESERVED_PORTS = new Set([3000, 3999]);

export type RunningServer = { baseURL: string; databasePath: string; stop: () => Promise<void> };

/** A port nothing listens on right now, from the operating system. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const port = await new Promise<number>((resolve, reject) => {
      const probe = createServer();
      probe.unref();
      probe.on('error', reject);
      probe.listen(0, '127.0.0.1', () => {
        const address = probe.address();
        const found = typeof address === 'object' && address ? address.port : 0;
        probe.close(() => resolve(found));
      });
    });
    if (port && !RESERVED_PORTS.has(port)) return port;
  }
  throw new Error('No free port found for the Kompas test server.');
}

/**
 * Starts the built API (which also serves the built web app) on a free port,
 * with a fresh SQLite file in a new temporary folder and the demo plan loaded.
 */
export async function startServer(workspaceRoot: string): Promise<RunningServer> {
  const entry = join(workspaceRoot, 'dist/api/api/src/start.js');
  if (!existsSync(entry) || !existsSync(join(workspaceRoot, 'dist/web/index.html'))) {
    throw new Error('Kompas is not built: run `npm run build` (or `nx run e2e:e2e`, which builds first).');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kompas-e2e-'));
  const databasePath = join(dataDir, 'kompas.sqlite');
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [entry], {
    cwd: workspaceRoot,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_PATH: databasePath,
      KOMPAS_DEMO: 'true',
      NODE_ENV: 'production',
      WEB_ROOT: join(workspaceRoot, 'dist/web'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseURL, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, databasePath, stop };
}

async function waitForHealth(baseURL: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Kompas stopped during start-up (exit ${child.exitCode}):\n${log()}`);
    try {
      const response = await fetch(`${baseURL}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Kompas did not answer ${baseURL}/api/health within 30 s:\n${log()}`);
}
