import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The built entry point, as `npm start` runs it (the api test target builds it first). */
const ENTRY = join(__dirname, '../../dist/api/api/src/start.js');

function run(env: Record<string, string>): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  let output = '';
  const child = spawn(process.execPath, [ENTRY], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

describe('starting Kompas', () => {
  let dir: string;
  beforeAll(() => {
    expect(existsSync(ENTRY)).toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'kompas-start-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number from 0 to 65535, not "abc"'],
    [{ KOMPAS_DEMO: 'maybe' }, 'KOMPAS_DEMO must be true or false'],
    [{ DATABASE_PATH: '' }, 'DATABASE_PATH must not be empty'],
  ])('stops with a clear message on a bad setting %j', async (env, message) => {
    const p = run({ DATABASE_PATH: join(dir, 'never.sqlite'), ...env });
    expect(await p.exit).toBe(1);
    expect(p.output()).toContain('Kompas cannot start');
    expect(p.output()).toContain(message);
    expect(existsSync(join(dir, 'never.sqlite'))).toBe(false);
  });

  it('creates the database file on first start, loads Hedensted in demo mode and answers on its port', async () => {
    const port = await freePort();
    const databasePath = join(dir, 'nested', 'kompas.sqlite');
    const p = run({ PORT: String(port), DATABASE_PATH: databasePath, KOMPAS_DEMO: 'true', NODE_ENV: 'production' });
    try {
      let health = 0;
      for (let i = 0; i < 100 && health !== 200; i++) {
        await new Promise((r) => setTimeout(r, 150));
        health = await fetch(`http://127.0.0.1:${port}/api/health`).then(
          (r) => r.status,
          () => 0,
        );
      }
      expect(health).toBe(200);
      expect(existsSync(databasePath)).toBe(true);
      const plans = (await (await fetch(`http://127.0.0.1:${port}/api/plans`)).json()) as { title: string }[];
      expect(plans.map((x) => x.title)).toEqual(['Hedensted – sammen om at skabe et liv i balance']);
      expect(p.output()).toContain(`http://localhost:${port}`);
    } finally {
      p.child.kill('SIGTERM');
      await p.exit;
    }
  });
});
