// Crash test of the API: several clients keep writing, the server is killed
// with SIGKILL at a random moment, restarted on the same SQLite file, and every
// write a client saw acknowledged is looked for. Run with `npm run reliability`
// (`-- --kills N`, `-- --clients N`, `-- --backup-every N`); it is not part of `npm test`.
// Every Nth round it also takes a backup with `npm run backup` under the load and checks it.
import { builtApi } from '../launcher/built-api';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchKompas, SERVER_ENTRY, WORKSPACE_ROOT, type KompasServer } from '../launcher/kompas-server';
import { performance } from 'node:perf_hooks';

/* eslint-disable @typescript-eslint/no-require-imports */
const BetterSqlite3 = require('better-sqlite3') as typeof import('better-sqlite3');
// The built API's own modules (they import '@kompas/domain', which built-api has taught Node to find).
const { checkCopy, keyOf } = builtApi<typeof import('../../api/src/ops/database-copy')>('api/src/ops/database-copy');
const { loadConfig } = builtApi<typeof import('../../api/src/config/app-config')>('api/src/config/app-config');
/* eslint-enable @typescript-eslint/no-require-imports */

type SqliteDb = import('better-sqlite3').Database;

const BACKUP_ENTRY = join(WORKSPACE_ROOT, 'dist', 'api', 'api', 'src', 'ops', 'backup.js');
const LOAD_MS = { min: 50, max: 400 };
const UPDATES_PER_ROW = { min: 1, max: 3 };
const GOAL_KILLS = 100;

/** The first administrator, created by the server at its first start from its environment, and the user the load writes as. */
const ADMIN = { username: 'reliability', password: 'the reliability administrator' };
const WRITER = { username: 'writer', password: 'the reliability writer', name: 'Writer' };

type Kind = 'focusArea' | 'action';
const ROUTE: Record<Kind, string> = { focusArea: 'focus-areas', action: 'actions' };
const TABLE: Record<Kind, string> = { focusArea: 'focus_area', action: 'action' };

type Version = { version: number; title: string };

/** A row the load created, with every write to it that a client saw acknowledged. */
type Tracked = {
  kind: Kind;
  id: string;
  round: number;
  /** Acknowledged writes, oldest first: the create, then its updates. */
  acked: Version[];
  /** An update sent but not answered when the server was killed: it may or may not have landed. */
  inFlight: Version | null;
};

/** One round of load between two kills. */
type Round = {
  index: number;
  /** Starts the title of every write of the round. */
  marker: string;
  startedAt: string;
  rows: Tracked[];
  /** Titles of creates sent but not answered when the server was killed. */
  createsInFlight: Set<string>;
  acks: number;
};

type Setup = { planId: string; committeeId: string; unitId: string };

const round1 = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;
const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
const between = (min: number, max: number): number => min + Math.floor(Math.random() * (max - min + 1));

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** A whole number from `--name N` (or `--name=N`), else from the environment, else the fallback. */
function option(name: string, envName: string, fallback: number, min: number): number {
  const args = process.argv.slice(2);
  let raw: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) raw = args[i + 1];
    else if (args[i].startsWith(`--${name}=`)) raw = args[i].slice(name.length + 3);
  }
  raw ??= process.env[envName];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min)
    throw new Error(`--${name} (${envName}) must be a whole number ≥ ${min}, not "${raw}".`);
  return Number(raw);
}

// ── The server ───────────────────────────────────────────────────────────────────────────────────────

/** The server this script started last, killed on the way out if it still runs (the launcher sees to that). */
let current: KompasServer | undefined;

/** Starts the built API on a free port and the given database; resolves once /api/health answers 200, with how long that took. */
async function startServer(databasePath: string): Promise<{ server: KompasServer; ms: number }> {
  current = await launchKompas({
    databasePath,
    keepOutput: 8_000,
    env: { KOMPAS_ADMIN_USERNAME: ADMIN.username, KOMPAS_ADMIN_PASSWORD: ADMIN.password, KOMPAS_ADMIN_NAME: 'Reliability' },
  });
  return { server: current, ms: current.startMs };
}

/** SIGKILL, by the pid of the server this script started. */
async function killServer(server: KompasServer): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null)
    throw new Error('The API was not running when it was to be killed.');
  await server.kill();
}

// ── HTTP ─────────────────────────────────────────────────────────────────────────────────────────────

async function signIn(base: string, who: { username: string; password: string }): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: who.username, password: who.password }),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`Sign-in of ${who.username} failed (${res.status}): ${text.slice(0, 500)}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function call<T>(base: string, cookie: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} failed (${res.status}): ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

/** A plan, a committee, a unit, and a user who may write focus areas of that committee and actions of that unit. */
async function setUp(base: string, admin: string): Promise<Setup> {
  const plan = await call<{ id: string }>(base, admin, 'POST', '/api/plans', {
    organisation: 'Reliability',
    title: 'Kill and restart',
    periodStart: '2026-01-01',
    periodEnd: '2029-12-31',
  });
  const committee = await call<{ id: string }>(base, admin, 'POST', '/api/committees', { planId: plan.id, name: 'Writers’ committee' });
  const unit = await call<{ id: string }>(base, admin, 'POST', '/api/units', { name: 'Writers’ unit' });
  await call(base, admin, 'POST', '/api/users', {
    ...WRITER,
    roles: ['committeeMember', 'manager'],
    committeeIds: [committee.id],
    unitIds: [unit.id],
  });
  return { planId: plan.id, committeeId: committee.id, unitId: unit.id };
}

// ── The load ─────────────────────────────────────────────────────────────────────────────────────────

type Load = { stopped: boolean; problems: string[] };

/**
 * One client: creates a focus area or an action, then updates it a few times
 * with If-Match, and again, until the load stops. A write counts as
 * acknowledged once its 2xx answer has been read whole and names the row.
 */
async function client(base: string, cookie: string, setup: Setup, r: Round, no: number, load: Load): Promise<void> {
  let writes = 0;
  const title = () => `${r.marker} c${no} w${++writes}`;
  /** The parsed answer when acknowledged; null when the server was killed first, or the write was refused (recorded). */
  const send = async (
    method: string,
    path: string,
    body: unknown,
    ifMatch?: number,
  ): Promise<{ id: string; version: number; title: string } | null> => {
    let status = 0;
    let text = '';
    try {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { cookie, 'content-type': 'application/json', ...(ifMatch === undefined ? {} : { 'if-match': `"${ifMatch}"` }) },
        body: JSON.stringify(body),
      });
      status = res.status;
      text = await res.text();
    } catch (e) {
      if (!load.stopped) load.problems.push(`${method} ${path}: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
    const answer = (status >= 200 && status < 300 ? JSON.parse(text) : null) as { id?: unknown; version?: unknown; title?: unknown } | null;
    if (!answer || typeof answer.id !== 'string' || typeof answer.version !== 'number' || typeof answer.title !== 'string') {
      load.problems.push(`${method} ${path} answered ${status}: ${text.slice(0, 300)}`);
      return null;
    }
    return { id: answer.id, version: answer.version, title: answer.title };
  };

  for (let n = 0; !load.stopped; n++) {
    const kind: Kind = (n + no) % 2 ? 'action' : 'focusArea';
    const t = title();
    r.createsInFlight.add(t);
    const created = await send(
      'POST',
      `/api/${ROUTE[kind]}`,
      kind === 'focusArea' ? { committeeId: setup.committeeId, title: t } : { planId: setup.planId, unitId: setup.unitId, title: t },
    );
    if (!created) {
      if (!load.stopped) r.createsInFlight.delete(t); // refused: it must not be there
      return;
    }
    r.createsInFlight.delete(t);
    if (created.title !== t) load.problems.push(`POST /api/${ROUTE[kind]} answered title "${created.title}" for "${t}"`);
    const row: Tracked = {
      kind,
      id: created.id,
      round: r.index,
      acked: [{ version: created.version, title: created.title }],
      inFlight: null,
    };
    r.rows.push(row);
    r.acks++;
    const updates = between(UPDATES_PER_ROW.min, UPDATES_PER_ROW.max);
    for (let u = 0; u < updates && !load.stopped; u++) {
      const last = row.acked[row.acked.length - 1];
      const ut = title();
      row.inFlight = { version: last.version + 1, title: ut };
      const updated = await send(
        'PATCH',
        `/api/${ROUTE[kind]}/${row.id}`,
        { title: ut, description: `${ut} (update ${u + 1})` },
        last.version,
      );
      if (!updated) {
        if (!load.stopped) row.inFlight = null;
        return;
      }
      row.inFlight = null;
      if (updated.version !== last.version + 1 || updated.title !== ut)
        load.problems.push(
          `PATCH /api/${ROUTE[kind]}/${row.id} answered version ${updated.version} "${updated.title}" for ${last.version + 1} "${ut}"`,
        );
      row.acked.push({ version: updated.version, title: updated.title });
      r.acks++;
    }
  }
}

// ── The checks ───────────────────────────────────────────────────────────────────────────────────────

type Tally = {
  integrityFailures: number;
  chainFailures: number;
  /** Acknowledged creates without exactly one create entry in the trail. */
  auditEntryFailures: Set<string>;
  /** `${id}@${version}` of every acknowledged write not found. */
  lost: Set<string>;
  /** Rows or entries no write explains: a refused write that landed, a row in a state nobody wrote. */
  unexplained: Set<string>;
  inFlightWrites: number;
  inFlightLanded: number;
  backups: number;
  /** Backups that failed, or whose copy is damaged, does not match its seal, or lacks a write acknowledged before it started. */
  backupFailures: number;
  backupMs: number[];
  backupBytes: number[];
  details: string[];
};

const note = (t: Tally, line: string) => {
  if (t.details.length < 30) t.details.push(line);
};

/** PRAGMA integrity_check and foreign_key_check on a read-only connection of its own. */
function checkFile(databasePath: string, t: Tally, when: string): void {
  let db: SqliteDb | undefined;
  try {
    db = new BetterSqlite3(databasePath, { readonly: true, fileMustExist: true });
    const result = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    const fk = db.pragma('foreign_key_check') as unknown[];
    const ok = result.length === 1 && result[0].integrity_check === 'ok';
    if (!ok || fk.length) {
      t.integrityFailures++;
      note(t, `${when}: integrity_check ${JSON.stringify(result.slice(0, 5))}; foreign_key_check ${JSON.stringify(fk.slice(0, 5))}`);
    }
  } catch (e) {
    t.integrityFailures++;
    note(t, `${when}: the file could not be read: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    db?.close();
  }
}

type Stored = { id: string; title: string; version: number };

/** Compares every tracked row with what is stored; counts each lost acknowledged write once. */
function checkRows(rows: readonly Tracked[], stored: (kind: Kind, id: string) => Stored | undefined, t: Tally, when: string): void {
  for (const row of rows) {
    const now = stored(row.kind, row.id);
    const last = row.acked[row.acked.length - 1];
    for (const a of row.acked) {
      const lost = !now || a.version > now.version || (a.version === now.version && a.title !== now.title);
      const key = `${row.id}@${a.version}`;
      if (lost && !t.lost.has(key)) {
        t.lost.add(key);
        note(
          t,
          `${when}: lost ${row.kind} ${row.id} version ${a.version} "${a.title}" (round ${row.round}); stored: ${now ? `version ${now.version} "${now.title}"` : 'no row'}`,
        );
      }
    }
    if (now && now.version > last.version) {
      const explained = row.inFlight && now.version === row.inFlight.version && now.title === row.inFlight.title;
      if (!explained && !t.unexplained.has(row.id)) {
        t.unexplained.add(row.id);
        note(
          t,
          `${when}: ${row.kind} ${row.id} is at version ${now.version} "${now.title}", past its last acknowledged version ${last.version}`,
        );
      }
    }
  }
}

type AuditPage = { items: { entity: string; entityId: string | null; action: string }[]; total: number };

/** After a restart: the chain, every tracked row, this round's rows and trail entries, over HTTP as a client sees them. */
async function checkRound(base: string, admin: string, setup: Setup, r: Round, all: readonly Tracked[], t: Tally): Promise<void> {
  const when = `kill ${r.index}`;
  const chain = await call<{
    intact: boolean;
    entries: number;
    brokenAt: number | null;
    drift: unknown[];
    seal: { matches: boolean } | null;
  }>(base, admin, 'GET', '/api/audit/verify');
  if (!chain.intact) {
    t.chainFailures++;
    note(
      t,
      `${when}: the trail is not intact: first break ${chain.brokenAt} of ${chain.entries}, ${chain.drift.length} drifted rows, seal ${chain.seal?.matches === false ? 'does not match' : 'matches'}`,
    );
  }

  const lists: Record<Kind, Map<string, Stored>> = { focusArea: new Map(), action: new Map() };
  for (const kind of ['focusArea', 'action'] as const) {
    for (const row of await call<Stored[]>(base, admin, 'GET', `/api/plans/${setup.planId}/${ROUTE[kind]}`)) lists[kind].set(row.id, row);
  }
  checkRows(all, (kind, id) => lists[kind].get(id), t, when);

  // Rows of this round that no acknowledged create names: only a create in flight at the kill may have landed.
  const tracked = new Set(r.rows.map((row) => row.id));
  const landed = new Set<string>();
  for (const kind of ['focusArea', 'action'] as const) {
    for (const row of lists[kind].values()) {
      if (!row.title.startsWith(`${r.marker} `) || tracked.has(row.id)) continue;
      if (r.createsInFlight.has(row.title) && row.version === 1) landed.add(row.id);
      else if (!t.unexplained.has(row.id)) {
        t.unexplained.add(row.id);
        note(t, `${when}: ${kind} ${row.id} "${row.title}" (version ${row.version}) was never acknowledged nor in flight`);
      }
    }
  }
  t.inFlightLanded +=
    landed.size + r.rows.filter((row) => row.inFlight && lists[row.kind].get(row.id)?.version === row.inFlight.version).length;

  // The trail's create entries since the round began: one per acknowledged create, none for anything else.
  const creates = new Map<string, number>();
  for (let offset = 0; ; offset += 500) {
    const page = await call<AuditPage>(
      base,
      admin,
      'GET',
      `/api/audit?action=create&from=${encodeURIComponent(r.startedAt)}&limit=500&offset=${offset}`,
    );
    for (const e of page.items) {
      if ((e.entity === 'focusArea' || e.entity === 'action') && e.entityId) creates.set(e.entityId, (creates.get(e.entityId) ?? 0) + 1);
    }
    if (offset + page.items.length >= page.total || !page.items.length) break;
  }
  for (const row of r.rows) {
    const n = creates.get(row.id) ?? 0;
    if (n !== 1 && !t.auditEntryFailures.has(row.id)) {
      t.auditEntryFailures.add(row.id);
      note(t, `${when}: ${row.kind} ${row.id} has ${n} create entries in the trail`);
    }
  }
  for (const id of landed) {
    const n = creates.get(id) ?? 0;
    if (n !== 1 && !t.unexplained.has(id)) {
      t.unexplained.add(id);
      note(t, `${when}: ${id}, created by a write in flight at the kill, has ${n} create entries in the trail`);
    }
  }
  for (const [id, n] of creates) {
    if (!tracked.has(id) && !landed.has(id) && !t.unexplained.has(id)) {
      t.unexplained.add(id);
      note(t, `${when}: the trail holds ${n} create entries for ${id}, which no acknowledged or in-flight create made`);
    }
  }
}

/** At the end, on the file itself: every acknowledged write of every round, and one create entry for each create. */
function checkFinal(databasePath: string, all: readonly Tracked[], t: Tally): void {
  const db = new BetterSqlite3(databasePath, { readonly: true, fileMustExist: true });
  try {
    const rows: Record<Kind, Map<string, Stored>> = { focusArea: new Map(), action: new Map() };
    for (const kind of ['focusArea', 'action'] as const) {
      for (const row of db.prepare(`SELECT "id", "title", "version" FROM "${TABLE[kind]}" WHERE "deletedAt" IS NULL`).all() as Stored[])
        rows[kind].set(row.id, row);
    }
    checkRows(all, (kind, id) => rows[kind].get(id), t, 'at the end');
    const creates = new Map(
      (
        db.prepare(`SELECT "entityId" AS "id", count(*) AS "n" FROM "audit_entry" WHERE "action" = 'create' GROUP BY "entityId"`).all() as {
          id: string;
          n: number;
        }[]
      ).map((c) => [c.id, c.n]),
    );
    for (const row of all) {
      const n = creates.get(row.id) ?? 0;
      if (n !== 1 && !t.auditEntryFailures.has(row.id)) {
        t.auditEntryFailures.add(row.id);
        note(t, `at the end: ${row.kind} ${row.id} has ${n} create entries in the trail`);
      }
    }
  } finally {
    db.close();
  }
}

// ── Backups under load ───────────────────────────────────────────────────────────────────────────────

/** `npm run backup -- <file>` as an operator runs it, beside the live server; resolves with its exit code and output. */
function runBackup(databasePath: string, file: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BACKUP_ENTRY, file], {
      cwd: WORKSPACE_ROOT,
      env: { PATH: process.env.PATH ?? '', DATABASE_PATH: databasePath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => done({ code, output }));
  });
}

/**
 * Takes a backup while the clients write, then checks the copy: its
 * integrity, its chain against its seal, and every write acknowledged before
 * the backup started.
 */
async function backupUnderLoad(dir: string, databasePath: string, rounds: readonly Tracked[][], k: number, t: Tally): Promise<void> {
  const when = `backup in round ${k}`;
  // What the clients had seen acknowledged when the backup started.
  const before = rounds.flat().map((row) => ({ row, acked: row.acked[row.acked.length - 1] }));
  const file = join(dir, `backup-${k}.sqlite`);
  const t0 = performance.now();
  const made = await runBackup(databasePath, file);
  t.backups++;
  t.backupMs.push(performance.now() - t0);
  if (made.code !== 0 || !made.output.includes('NOT in the backup')) {
    t.backupFailures++;
    note(t, `${when}: npm run backup answered ${made.code}: ${made.output.slice(0, 300)}`);
    return;
  }
  try {
    await checkCopy(file, keyOf(loadConfig({ DATABASE_PATH: databasePath })), `${file}.seal`);
  } catch (e) {
    t.backupFailures++;
    note(t, `${when}: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    t.backupBytes.push(statSync(file).size);
    let missing = 0;
    for (const { row, acked } of before) {
      const stored = db.prepare(`SELECT "title", "version" FROM "${TABLE[row.kind]}" WHERE "id" = ?`).get(row.id) as Stored | undefined;
      if (!stored || stored.version < acked.version || (stored.version === acked.version && stored.title !== acked.title)) missing++;
    }
    if (missing) {
      t.backupFailures++;
      note(t, `${when}: ${missing} write(s) acknowledged before the backup started are not in it`);
    }
  } finally {
    db.close();
  }
  rmSync(file, { force: true });
  rmSync(`${file}.seal`, { force: true });
}

// ── Report ───────────────────────────────────────────────────────────────────────────────────────────

function printTable(rows: string[][]): void {
  const header = ['measure', 'value', 'goal'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<number> {
  const kills = option('kills', 'KOMPAS_RELIABILITY_KILLS', GOAL_KILLS, 1);
  const clients = option('clients', 'KOMPAS_RELIABILITY_CLIENTS', 4, 1);
  const backupEvery = option('backup-every', 'KOMPAS_RELIABILITY_BACKUP_EVERY', 10, 1);
  if (!existsSync(SERVER_ENTRY)) throw new Error('Build first: npx nx build api');
  const dir = mkdtempSync(join(tmpdir(), 'kompas-reliability-'));
  const databasePath = join(dir, 'kompas.sqlite');
  const run = Date.now().toString(36);
  const t: Tally = {
    integrityFailures: 0,
    chainFailures: 0,
    auditEntryFailures: new Set(),
    lost: new Set(),
    unexplained: new Set(),
    inFlightWrites: 0,
    inFlightLanded: 0,
    backups: 0,
    backupFailures: 0,
    backupMs: [],
    backupBytes: [],
    details: [],
  };
  const problems: string[] = [];
  const all: Tracked[] = [];
  const restartsMs: number[] = [];
  let loadMs = 0;
  let acks = 0;
  let done = 0;
  let aborted: string | null = null;
  const started = performance.now();

  const onSignal = (signal: NodeJS.Signals) => {
    const pid = current?.child.pid;
    if (pid !== undefined && current?.child.exitCode === null && current.child.signalCode === null) process.kill(pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  console.log('Kompas reliability — SIGKILL under write load, restart, look for every acknowledged write');
  console.log(
    `Node ${process.version}; ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(2)} at the start; ${kills} kills; ${clients} concurrent clients; ` +
      `load ${LOAD_MS.min}–${LOAD_MS.max} ms before each kill; each row created, then updated ${UPDATES_PER_ROW.min}–${UPDATES_PER_ROW.max}× with If-Match.\n`,
  );

  let { server } = await startServer(databasePath);
  try {
    let admin = await signIn(server.base, ADMIN);
    const setup = await setUp(server.base, admin);
    // The writer signs in once: its session, a write like any other, must outlive every kill.
    const writer = await signIn(server.base, WRITER);

    for (let k = 1; k <= kills; k++) {
      const r: Round = {
        index: k,
        marker: `${run}-k${k}`,
        startedAt: new Date().toISOString(),
        rows: [],
        createsInFlight: new Set(),
        acks: 0,
      };
      const load: Load = { stopped: false, problems };
      const ms = between(LOAD_MS.min, LOAD_MS.max);
      const t0 = performance.now();
      const running = Array.from({ length: clients }, (_, i) => client(server.base, writer, setup, r, i + 1, load));
      // Every Nth round (and the last), a backup while the clients write; the kill waits for it.
      const backup =
        k % backupEvery === 0 || k === kills
          ? sleep(ms / 3).then(() => backupUnderLoad(dir, databasePath, [all, r.rows], k, t))
          : Promise.resolve();
      await Promise.race([sleep(ms), Promise.all(running)]);
      await backup;
      load.stopped = true;
      await killServer(server);
      loadMs += performance.now() - t0;
      await Promise.all(running);
      all.push(...r.rows);
      acks += r.acks;
      t.inFlightWrites += r.createsInFlight.size + r.rows.filter((row) => row.inFlight).length;

      checkFile(databasePath, t, `kill ${k}`);
      try {
        const restarted = await startServer(databasePath);
        server = restarted.server;
        restartsMs.push(restarted.ms);
      } catch (e) {
        aborted = `The API did not come back after kill ${k}: ${e instanceof Error ? e.message : String(e)}`;
        break;
      }
      admin = await signIn(server.base, ADMIN);
      await checkRound(server.base, admin, setup, r, all, t);
      done = k;
      if (k % 10 === 0 || k === kills) {
        console.log(
          `  ${String(k).padStart(String(kills).length)}/${kills} kills: ${acks.toLocaleString('en-US')} acknowledged writes, ` +
            `${t.lost.size} lost, ${t.integrityFailures} integrity and ${t.chainFailures} chain failures`,
        );
      }
    }
  } finally {
    await server.stop();
  }
  if (!aborted) {
    checkFile(databasePath, t, 'at the end');
    checkFinal(databasePath, all, t);
  }

  const seconds = (performance.now() - started) / 1000;
  const failures =
    t.backupFailures +
    t.integrityFailures +
    t.chainFailures +
    t.auditEntryFailures.size +
    t.lost.size +
    t.unexplained.size +
    problems.length +
    (aborted ? 1 : 0);
  console.log('');
  printTable([
    ['kills', String(done), String(kills)],
    ['integrity failures (integrity_check, foreign_key_check)', String(t.integrityFailures), '0'],
    ['audit-chain failures (GET /api/audit/verify)', String(t.chainFailures), '0'],
    ['acknowledged creates without exactly one audit entry', String(t.auditEntryFailures.size), '0'],
    ['acknowledged writes', acks.toLocaleString('en-US'), '–'],
    ['lost acknowledged writes', String(t.lost.size), '0'],
    ['rows or entries no write explains', String(t.unexplained.size), '0'],
    ['writes refused or failed before a kill', String(problems.length), '0'],
    ['writes in flight at a kill (landed)', `${t.inFlightWrites} (${t.inFlightLanded})`, '–'],
    ['backups under load (npm run backup)', String(t.backups), '–'],
    ['backups failed, damaged, not matching their seal or missing an acknowledged write', String(t.backupFailures), '0'],
    [
      'backup time under load, median (max); size',
      t.backupMs.length
        ? `${(median(t.backupMs) / 1000).toFixed(2)} s (${(Math.max(...t.backupMs) / 1000).toFixed(2)} s); ${(median(t.backupBytes.length ? t.backupBytes : [0]) / 1e6).toFixed(1)} MB`
        : '–',
      '–',
    ],
    ['acknowledged writes per second under load', loadMs ? round1(acks / (loadMs / 1000)).toLocaleString('en-US') : '–', '–'],
    [
      'restart to /api/health 200, median (max)',
      restartsMs.length ? `${(median(restartsMs) / 1000).toFixed(2)} s (${(Math.max(...restartsMs) / 1000).toFixed(2)} s)` : '–',
      '–',
    ],
    ['run time', `${seconds.toFixed(0)} s`, '–'],
  ]);
  if (aborted) console.log(`\n${aborted}`);
  for (const p of problems.slice(0, 10)) console.log(`  refused: ${p}`);
  for (const d of t.details) console.log(`  ${d}`);
  const met = failures === 0 && done >= GOAL_KILLS;
  console.log(
    `\nGoal "${GOAL_KILLS} kills, 0 failures (backups included), 0 lost acknowledged writes": ${met ? 'MET' : failures ? 'NOT MET' : `not measured (${done} kills)`}`,
  );
  if (failures) console.log(`The database is kept for inspection: ${databasePath}`);
  else rmSync(dir, { recursive: true, force: true });
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  return failures ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    const cause = e instanceof Error && e.cause ? e.cause : undefined;
    console.error('Reliability run failed:', e instanceof Error ? (e.stack ?? e.message) : e, ...(cause ? ['\ncaused by:', cause] : []));
    process.exit(1);
  },
);
