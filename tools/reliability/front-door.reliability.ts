// The front door under a flood: 10,000 failed sign-ins and 10,000 refused
// writes against the built API on a fresh SQLite file, and how much the
// database grows for them (goal: under 1 MB; the trail is not where they go).
// Run with `npm run reliability` after the crash test (`-- --attempts N`,
// `-- --concurrency N`); it is not part of `npm test`.
import { randomBytes, scryptSync } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchKompas, type KompasServer } from '../launcher/kompas-server';

/* eslint-disable @typescript-eslint/no-require-imports */
const BetterSqlite3 = require('better-sqlite3') as typeof import('better-sqlite3');
/* eslint-enable @typescript-eslint/no-require-imports */

const GOAL_BYTES = 1024 * 1024;
const ADMIN = { username: 'frontdoor', password: 'the front door administrator' };
const PASSWORD = 'a password nobody guesses';
const LOGINS = 5;

/** A whole number from `--name N` (or `--name=N`), else the fallback. */
function option(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  let raw: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) raw = args[i + 1];
    else if (args[i].startsWith(`--${name}=`)) raw = args[i].slice(name.length + 3);
  }
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`--${name} must be a whole number ≥ 1, not "${raw}".`);
  return Number(raw);
}

let current: KompasServer | undefined;

async function startServer(databasePath: string): Promise<string> {
  current = await launchKompas({
    databasePath,
    keepOutput: 8_000,
    env: {
      KOMPAS_ADMIN_USERNAME: ADMIN.username,
      KOMPAS_ADMIN_PASSWORD: ADMIN.password,
      KOMPAS_ADMIN_NAME: 'Front door',
      // Every attempt names its own address, as many clients behind one proxy would.
      TRUST_PROXY: '1',
      // The ceilings only slow answers down (a second each); out of reach, the run measures what is stored, not how long it waits.
      LOGIN_CEILING: '1000000',
    },
  });
  return current.base;
}

const stopServer = async (): Promise<void> => current?.stop();

async function signIn(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`Sign-in of ${username} failed (${res.status}): ${text.slice(0, 300)}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function post(base: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<number> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}

/** Sends `total` requests, `concurrency` at a time; answers how often each status came back. */
async function flood(total: number, concurrency: number, send: (i: number) => Promise<number>): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const status = await send(next++);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return statuses;
}

/** A password hash as Kompas stores it, with a cheap cost: the run is about storage, not about scrypt's time. */
function cheapHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize('NFC'), salt, 32, { N: 1024, r: 8, p: 1 });
  return ['scrypt', 1024, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** The database's size on disk, everything checkpointed into the main file first; with its row counts. */
function measure(databasePath: string): { bytes: number; entries: number; counters: number } {
  const db = new BetterSqlite3(databasePath);
  try {
    db.pragma('busy_timeout = 10000');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    const wal = `${databasePath}-wal`;
    return {
      bytes: statSync(databasePath).size + (existsSync(wal) ? statSync(wal).size : 0),
      entries: n('audit_entry'),
      counters: n('sign_in_counter'),
    };
  } finally {
    db.close();
  }
}

/** The n-th address of 10.0.0.0/8. */
const addressOf = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const tally = (m: Map<number, number>) =>
  [...m]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${n} × ${s}`)
    .join(', ');

async function main(): Promise<number> {
  const attempts = option('attempts', 10_000);
  const concurrency = option('concurrency', 16);
  const dir = mkdtempSync(join(tmpdir(), 'kompas-front-door-'));
  const databasePath = join(dir, 'kompas.sqlite');
  const t0 = performance.now();
  try {
    const base = await startServer(databasePath);
    const admin = await signIn(base, ADMIN.username, ADMIN.password);
    const logins = Array.from({ length: LOGINS }, (_, i) => `maal-${i + 1}`);
    for (const username of [...logins, 'afvist'])
      if ((await post(base, '/api/users', { username, name: username, password: PASSWORD, roles: ['viewer'] }, { cookie: admin })) !== 201)
        throw new Error(`Could not create the user ${username}.`);
    // Cheap hashes for the targets, written straight into the file: every wrong password is still checked, only faster.
    const file = new BetterSqlite3(databasePath);
    file.pragma('busy_timeout = 10000');
    const setSecret = file.prepare(`UPDATE "credential" SET "secret" = ? WHERE "userId" = (SELECT "id" FROM "user" WHERE "username" = ?)`);
    for (const username of logins) setSecret.run(cheapHash(PASSWORD), username);
    file.close();
    const viewer = await signIn(base, 'afvist', PASSWORD);

    const start = measure(databasePath);
    // Failed sign-ins from many addresses at many logins: most pairs are new, so most attempts check a password and are counted.
    const t1 = performance.now();
    const signIns = await flood(attempts, concurrency, (i) =>
      post(
        base,
        '/api/auth/login',
        { username: logins[i % LOGINS], password: `guess ${i}` },
        { 'x-forwarded-for': addressOf(Math.floor(i / LOGINS)) },
      ),
    );
    const signInSeconds = (performance.now() - t1) / 1000;
    const afterSignIns = measure(databasePath);
    // Refused writes: a viewer creating plans.
    const t2 = performance.now();
    const plan = { organisation: 'Testrup Kommune', title: 'Afvist', periodStart: '2026-01-01', periodEnd: '2029-12-31' };
    const refusals = await flood(attempts, concurrency, () => post(base, '/api/plans', plan, { cookie: viewer }));
    const refusalSeconds = (performance.now() - t2) / 1000;
    const end = measure(databasePath);
    // The owner is never locked out: from an address with no failures, the right password is let in at once.
    const owner = await post(base, '/api/auth/login', { username: logins[0], password: PASSWORD }, { 'x-forwarded-for': '192.0.2.1' });
    await stopServer();

    const grown = end.bytes - start.bytes;
    const rows: string[][] = [
      ['failed sign-ins sent', `${attempts} (${tally(signIns)})`, '–'],
      ['  time, rate', `${signInSeconds.toFixed(1)} s, ${Math.round(attempts / signInSeconds)}/s`, '–'],
      ['  database growth', kb(afterSignIns.bytes - start.bytes), '–'],
      ['refused writes sent', `${attempts} (${tally(refusals)})`, '–'],
      ['  time, rate', `${refusalSeconds.toFixed(1)} s, ${Math.round(attempts / refusalSeconds)}/s`, '–'],
      ['  database growth', kb(end.bytes - afterSignIns.bytes), '–'],
      ['database growth, both', kb(grown), `< ${kb(GOAL_BYTES)}`],
      ['trail entries added', String(end.entries - start.entries), '0 (lock-outs only)'],
      ['counter rows at the end', String(end.counters), '≤ 2000'],
      ['owner signs in from a clean address', String(owner), '200'],
      ['run time', `${((performance.now() - t0) / 1000).toFixed(0)} s`, '–'],
    ];
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['measure', 'value', 'goal'][i].length));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log(`\nThe front door: ${attempts} failed sign-ins and ${attempts} refused writes, ${concurrency} at a time\n`);
    console.log(line(['measure', 'value', 'goal']));
    console.log(widths.map((w) => '─'.repeat(w)).join('  '));
    for (const row of rows) console.log(line(row));
    const met = grown < GOAL_BYTES && owner === 200 && end.counters <= 2000 && !signIns.has(500) && !refusals.has(500);
    console.log(`\nGoal "under 1 MB for ${attempts} + ${attempts}, the owner let in": ${met ? 'MET' : 'NOT MET'}`);
    if (met) rmSync(dir, { recursive: true, force: true });
    else console.log(`The database is kept for inspection: ${databasePath}`);
    return met ? 0 : 1;
  } finally {
    await stopServer();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error('Front door run failed:', e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
