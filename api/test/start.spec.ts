import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The built entry point, as `npm start` runs it (the api test target builds it first). */
const ENTRY = join(__dirname, '../../dist/api/api/src/start.js');

function run(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
  /** Resolves once Kompas says it is running, or it has stopped. */
  ready: Promise<void>;
} {
  let output = '';
  let running: () => void = () => undefined;
  const ready = new Promise<void>((done) => (running = done));
  const child = spawn(process.execPath, [ENTRY], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const heard = (d: Buffer) => {
    output += d;
    if (output.includes('Kompas is running on')) running();
  };
  child.stdout?.on('data', heard);
  child.stderr?.on('data', heard);
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  void exit.then(running);
  return { child, output: () => output, exit, ready };
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
    [{ AUDIT_KEY: 'too short' }, 'AUDIT_KEY must be at least 32 characters'],
    [{ SMTP_URL: 'smtp://kompas:hemmeligt@mail.kommune.dk:587' }, 'PUBLIC_URL is required when SMTP_URL is set'],
    [{ REMINDER_CRON: 'hver mandag' }, 'REMINDER_CRON must be a cron pattern'],
  ])('stops with a clear message on a bad setting %j', async (env, message) => {
    const p = run({ DATABASE_PATH: join(dir, 'never.sqlite'), ...env });
    expect(await p.exit).toBe(1);
    expect(p.output()).toContain('Kompas cannot start');
    expect(p.output()).toContain(message);
    expect(existsSync(join(dir, 'never.sqlite'))).toBe(false);
  });

  async function started(env: Record<string, string>) {
    const port = await freePort();
    const p = run({ PORT: String(port), NODE_ENV: 'production', ...env });
    // Waits for its own word that it is running, not for a time.
    await p.ready;
    const health = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.status,
      () => 0,
    );
    const base = `http://127.0.0.1:${port}`;
    const login = (username: string, password: string) =>
      fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
    const stop = async () => {
      p.child.kill('SIGTERM');
      await p.exit;
    };
    return { p, port, base, health, login, stop };
  }

  const cookieOf = (res: Response) =>
    res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');

  it('creates the database file on first start, loads Hedensted and its demo logins in demo mode, and answers on its port', async () => {
    const databasePath = join(dir, 'nested', 'kompas.sqlite');
    const k = await started({ DATABASE_PATH: databasePath, KOMPAS_DEMO: 'true' });
    try {
      expect(k.health).toBe(200);
      expect(existsSync(databasePath)).toBe(true);
      expect((await fetch(`${k.base}/api/plans`)).status).toBe(401);
      expect(await (await fetch(`${k.base}/api/auth/login`)).json()).toMatchObject({ demo: true });
      const signedIn = await k.login('laeser', 'kompas-demo');
      expect(signedIn.status).toBe(200);
      const plans = (await (await fetch(`${k.base}/api/plans`, { headers: { cookie: cookieOf(signedIn) } })).json()) as { title: string }[];
      expect(plans.map((x) => x.title)).toEqual(['Hedensted – sammen om at skabe et liv i balance']);
      expect(k.p.output()).toContain(`http://localhost:${k.port}`);
    } finally {
      await k.stop();
    }
  });

  it('refuses the demo logins once demo mode is off, and creates the first administrator from the environment', async () => {
    const databasePath = join(dir, 'demo-then-real.sqlite');
    const demo = await started({ DATABASE_PATH: databasePath, KOMPAS_DEMO: 'true' });
    expect((await demo.login('admin', 'kompas-demo')).status).toBe(200);
    await demo.stop();

    const real = await started({
      DATABASE_PATH: databasePath,
      KOMPAS_DEMO: 'false',
      KOMPAS_ADMIN_USERNAME: 'kirsten',
      KOMPAS_ADMIN_PASSWORD: 'a long first password',
      KOMPAS_ADMIN_NAME: 'Kirsten Administrator',
    });
    try {
      expect(await (await fetch(`${real.base}/api/auth/login`)).json()).toEqual({ demo: false, demoUsers: [] });
      const refused = await real.login('admin', 'kompas-demo');
      expect(refused.status).toBe(401);
      const admin = await real.login('kirsten', 'a long first password');
      expect(admin.status).toBe(200);
      const me = (await (await fetch(`${real.base}/api/auth/me`, { headers: { cookie: cookieOf(admin) } })).json()) as { roles: string[] };
      expect(me).toMatchObject({ username: 'kirsten', name: 'Kirsten Administrator', roles: ['administrator'], demo: false });
    } finally {
      await real.stop();
    }
  });

  it('stops with a clear message when the first administrator’s password is too short', async () => {
    const p = run({ DATABASE_PATH: join(dir, 'never.sqlite'), KOMPAS_ADMIN_USERNAME: 'kirsten', KOMPAS_ADMIN_PASSWORD: 'short' });
    expect(await p.exit).toBe(1);
    expect(p.output()).toContain('KOMPAS_ADMIN_PASSWORD must be at least 12 characters');
  });

  it('stops, naming AUDIT_KEY, when the trail has entries and no key is given; holds a lock on the database while it runs', async () => {
    const databasePath = join(dir, 'keyed.sqlite');
    const AUDIT_KEY = 'a key for the trail of this test, long enough';
    const first = await started({ DATABASE_PATH: databasePath, KOMPAS_DEMO: 'true', AUDIT_KEY });
    expect(first.health).toBe(200);
    expect(readFileSync(`${databasePath}.lock`, 'utf8').trim()).toBe(String(first.p.child.pid));
    await first.stop();
    expect(existsSync(`${databasePath}.lock`)).toBe(false);
    expect(existsSync(`${databasePath}.key`)).toBe(false);

    const p = run({ DATABASE_PATH: databasePath, KOMPAS_DEMO: 'true' });
    expect(await p.exit).toBe(1);
    expect(p.output()).toContain('Kompas cannot start');
    expect(p.output()).toContain('AUDIT_KEY is not set');
    expect(existsSync(`${databasePath}.key`)).toBe(false);
  });
});
