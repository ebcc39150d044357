// Benchmark of GET /api/plans/{planId}/graph against the "raw floor": the same
// rows read straight from SQLite, one plain statement per table. Run with
// `npm run bench`; the results are also written to bench-results/graph.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { builtApi } from '../launcher/built-api';

/* eslint-disable @typescript-eslint/no-require-imports */
const { createApp } = builtApi<typeof import('../../api/src/app')>('api/src/app');
const { syntheticPlan } = require('../../api/test/synthetic-plan') as typeof import('../../api/test/synthetic-plan');
// Loaded after builtApi, which tells Node where the built domain is.
const { alignmentOf, copenhagenDate, planHealth } = require('@kompas/domain') as typeof import('@kompas/domain');
const BetterSqlite3 = require('better-sqlite3') as typeof import('better-sqlite3');
const { BODY_LIMIT_BYTES, IMPORT_LIMIT_BYTES } = builtApi<typeof import('../../api/src/config/app-config')>('api/src/config/app-config');
const { SystemClock } = builtApi<typeof import('../../api/src/common/clock')>('api/src/common/clock');
/* eslint-enable @typescript-eslint/no-require-imports */

type SqliteDb = import('better-sqlite3').Database;
type PlanGraph = import('@kompas/domain').PlanGraph;

const MiB = 1024 * 1024;
const DAY_MS = 24 * 3_600_000;
/** How long ago the plans are imported, on the API's clock: so that the plan has a history a year long. */
const HISTORY_DAYS = 400;
/** The day the plan is rebuilt as of, and a diff by date starts from: a year before the benchmark's day. */
const YEAR_BACK_DAYS = 365;

/**
 * The API's clock, set back by `HISTORY_DAYS` while the plans are imported and measured, and then moved to the
 * present, so that the plan's trail spans more than a year (as the real clock, moved).
 */
class HistoryClock extends SystemClock {
  offsetMs = -HISTORY_DAYS * DAY_MS;
  override now(): number {
    return super.now() + this.offsetMs;
  }
}
const clock = new HistoryClock();
const HOST = '127.0.0.1';
const WARM_UP = 3;
const SIZES = [
  { actions: 1_000, runs: 15 },
  { actions: 10_000, runs: 9 },
];
const LARGE = 20_000;
const GOAL_ACTIONS = 10_000;
/** A diff of two stored revisions of the GOAL_ACTIONS plan, against the graph's floor. */
const TIME_GOAL_RATIO = 2;
const GOAL_RATIO = 2;

type SizeResult = {
  actions: number;
  documentMB: number;
  importMs: number;
  runs: number;
  graphMedianMs: number;
  floorMedianMs: number;
  ratio: number;
  nodes: number;
  edges: number;
  graphJsonBytes: number;
  floorJsonBytes: number;
  graphRunsMs: number[];
  floorRunsMs: number[];
  /** GET /api/plans/{id}/health: the graph read plus every node's roll-up and its sentence. */
  healthMedianMs: number;
  /** GET /api/plans/{id}/alignment: the graph, the health roll-up, the assessments and the audit over them. */
  alignmentMedianMs: number;
  alignmentRatio: number;
  alignmentRunsMs: number[];
  findings: number;
  /** `alignmentOf` alone, in this process, on the graph as served and its health roll-up. */
  alignmentOfMedianMs: number;
};

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;
const mb = (bytes: number): number => round(bytes / MiB, 1);

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Lets the event loop run its timers and socket events. Client and server share
 * this process, so after a long synchronous stretch (generating a document, the
 * floor's reads) the server's keep-alive timeouts must be handled before the
 * next request, or the client may pick a socket the server is about to close.
 */
const settle = (ms = 50): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Runs `once` WARM_UP times unmeasured, then `runs` times measured; the milliseconds of each measured run. */
async function timeRuns(runs: number, once: () => unknown): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) {
    await once();
    await settle(0);
  }
  gc();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await settle(0);
    const t0 = performance.now();
    await once();
    times.push(performance.now() - t0);
  }
  return times;
}

/** The benchmark's administrator, made at start-up from the configuration, and its session cookie. */
const BENCH_ADMIN = { username: 'bench', password: 'the benchmark administrator', name: 'Benchmark' };
const session = { cookie: '' };

async function signIn(base: string): Promise<void> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: BENCH_ADMIN.username, password: BENCH_ADMIN.password }),
  });
  if (res.status !== 200) throw new Error(`Sign-in failed (${res.status}): ${await res.text()}`);
  session.cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** POSTs a plan document to the import route; its new plan id and how long it took. */
async function importPlan(base: string, body: string): Promise<{ planId: string; ms: number }> {
  await settle();
  const t0 = performance.now();
  const res = await fetch(`${base}/api/plans/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.cookie },
    body,
  });
  const answer = (await res.json()) as { id?: string; message?: string };
  const ms = performance.now() - t0;
  if (res.status !== 201 || !answer.id)
    throw new Error(`Import failed (${res.status}): ${answer.message ?? JSON.stringify(answer).slice(0, 500)}`);
  return { planId: answer.id, ms };
}

/** GET graph over HTTP, body read and parsed. */
async function fetchGraph(base: string, planId: string): Promise<{ graph: PlanGraph; bytes: number }> {
  const res = await fetch(`${base}/api/plans/${planId}/graph`, { headers: { cookie: session.cookie } });
  const buf = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`GET graph failed (${res.status}): ${buf.toString('utf8', 0, 500)}`);
  return { graph: JSON.parse(buf.toString('utf8')) as PlanGraph, bytes: buf.length };
}

async function fetchAlignment(base: string, planId: string): Promise<number> {
  const res = await fetch(`${base}/api/plans/${planId}/alignment`, { headers: { cookie: session.cookie } });
  const body = (await res.json()) as { findings?: unknown[] };
  if (res.status !== 200 || !Array.isArray(body.findings)) throw new Error(`GET alignment failed (${res.status})`);
  return body.findings.length;
}

async function fetchHealth(base: string, planId: string): Promise<number> {
  const res = await fetch(`${base}/api/plans/${planId}/health?lang=da`, { headers: { cookie: session.cookie } });
  const body = (await res.json()) as { nodes?: unknown[] };
  if (res.status !== 200 || !Array.isArray(body.nodes)) throw new Error(`GET health failed (${res.status})`);
  return body.nodes.length;
}

/** A JSON request with the benchmark's session; the parsed answer, or an error naming the route. */
async function call(base: string, method: string, path: string, body?: object, headers: Record<string, string> = {}): Promise<unknown> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie: session.cookie, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await res.json()) as unknown;
  if (res.status >= 300) throw new Error(`${method} ${path} failed (${res.status}): ${JSON.stringify(answer).slice(0, 300)}`);
  return answer;
}

type TimeResult = { diffRevisionsMs: number; diffByDateMs: number; rebuildAsOfMs: number; asOf: string; diffItems: number };

/**
 * The plan over time. The plan was imported `HISTORY_DAYS` ago (on the API's clock) and its first revision taken
 * then; the clock moves to the present, the plan changes and a second revision is taken. Measured: the diff of the
 * two revisions (against the graph's floor), and without a goal a diff by date from a year back to now and the
 * plan rebuilt from the trail as of that day.
 */
async function benchTime(base: string, planId: string, runs: number): Promise<TimeResult> {
  const decision = { decidedAt: copenhagenDate(clock.date()), decidedBy: 'Kommunalbestyrelsen', caseNumber: 'sag 25/1234' };
  const first = (await call(base, 'POST', `/api/plans/${planId}/revisions`, { name: 'Vedtaget', ...decision })) as { id: string };
  clock.offsetMs = 0;
  // The session began on the old day: a new one for the present.
  await signIn(base);
  const plan = (await call(base, 'GET', `/api/plans/${planId}`)) as { version: number; title: string };
  await call(base, 'PATCH', `/api/plans/${planId}`, { title: `${plan.title} (revideret)` }, { 'if-match': `"${plan.version}"` });
  const second = (await call(base, 'POST', `/api/plans/${planId}/revisions`, {
    name: 'Revideret',
    ...decision,
    decidedAt: copenhagenDate(clock.date()),
  })) as { id: string };
  const yearBack = copenhagenDate(new Date(clock.now() - YEAR_BACK_DAYS * DAY_MS));
  let diffItems = 0;
  const diffRuns = await timeRuns(runs, async () => {
    const d = (await call(base, 'GET', `/api/plans/${planId}/diff?from=${first.id}&to=${second.id}`)) as { nodes: { changed: unknown[] } };
    diffItems = d.nodes.changed.length;
  });
  const byDateRuns = await timeRuns(runs, () => call(base, 'GET', `/api/plans/${planId}/diff?from=${yearBack}&to=now`));
  const rebuildRuns = await timeRuns(runs, () => call(base, 'GET', `/api/plans/${planId}/graph?asOf=${yearBack}`));
  return {
    diffRevisionsMs: round(median(diffRuns), 2),
    diffByDateMs: round(median(byDateRuns), 2),
    rebuildAsOfMs: round(median(rebuildRuns), 2),
    asOf: yearBack,
    diffItems,
  };
}

/** The raw floor: every row the graph is made from, one plain statement per table, serialised. */
function floorReader(db: SqliteDb) {
  const byPlan = (table: string) => db.prepare(`SELECT * FROM "${table}" WHERE "planId" = ?`);
  const statements = {
    plan: db.prepare(`SELECT * FROM "plan" WHERE "id" = ?`),
    aimingPoints: byPlan('aiming_point'),
    committees: byPlan('committee'),
    focusAreas: byPlan('focus_area'),
    coOwners: db.prepare(`SELECT co.* FROM "focus_area_co_owner" co JOIN "focus_area" f ON f."id" = co."focusAreaId" WHERE f."planId" = ?`),
    units: db.prepare(`SELECT * FROM "unit" WHERE "id" IN (SELECT "unitId" FROM "action" WHERE "planId" = ?)`),
    actions: byPlan('action'),
    indicators: byPlan('indicator'),
    observations: db.prepare(`SELECT o.* FROM "observation" o JOIN "indicator" i ON i."id" = o."indicatorId" WHERE i."planId" = ?`),
    supportLinks: byPlan('support_link'),
    contributionLinks: byPlan('contribution_link'),
  };
  return (planId: string): string => {
    const result: Record<string, unknown> = {};
    for (const [name, statement] of Object.entries(statements)) {
      result[name] = name === 'plan' ? statement.get(planId) : statement.all(planId);
    }
    return JSON.stringify(result);
  };
}

function printTable(results: SizeResult[]): void {
  const header = [
    'actions',
    'nodes',
    'edges',
    'graph ms',
    'floor ms',
    'ratio',
    'health ms',
    'alignment ms',
    'align ratio',
    'findings',
    'alignmentOf ms',
    'graph JSON bytes',
    'doc MB',
    'import s',
  ];
  const rows = results.map((r) => [
    r.actions.toLocaleString('en-US'),
    r.nodes.toLocaleString('en-US'),
    r.edges.toLocaleString('en-US'),
    r.graphMedianMs.toFixed(1),
    r.floorMedianMs.toFixed(1),
    `${r.ratio.toFixed(2)}×`,
    r.healthMedianMs.toFixed(1),
    r.alignmentMedianMs.toFixed(1),
    `${r.alignmentRatio.toFixed(2)}×`,
    r.findings.toLocaleString('en-US'),
    r.alignmentOfMedianMs.toFixed(1),
    r.graphJsonBytes.toLocaleString('en-US'),
    r.documentMB.toFixed(1),
    (r.importMs / 1000).toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-bench-'));
  const databasePath = join(dir, 'bench.sqlite');
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let floorDb: SqliteDb | undefined;
  try {
    app = await createApp(
      {
        port: 0,
        databasePath,
        demo: false,
        bodyLimitBytes: BODY_LIMIT_BYTES,
        importLimitBytes: IMPORT_LIMIT_BYTES,
        webRoot: databasePath + '.no-web',
        loginMaxFailures: 3,
        loginMaxWaitSeconds: 900,
        loginCeiling: 30,
        sessionHours: 12,
        sessionIdleMinutes: 480,
        trustProxy: false,
        corsOrigins: [],
        secureCookies: false,
        admin: BENCH_ADMIN,
        auditKey: null,
        auditSealMinutes: 10,
        // No mail: the benchmark sends no reminders.
        smtpUrl: null,
        publicUrl: null,
        reminderCron: '0 7 * * 1',
        reminderTimeZone: 'Europe/Copenhagen',
        mailFrom: 'Kompas <kompas@localhost>',
        health: { nearTarget: 0.1, offTrackShare: 0.5, assessmentDays: 90 },
      },
      false,
      clock,
    );
    // Loopback only: nothing outside this machine can reach the benchmark's server.
    await app.listen(0, HOST);
    const { port } = app.getHttpServer().address() as AddressInfo;
    const base = `http://${HOST}:${port}`;
    await signIn(base);
    floorDb = new BetterSqlite3(databasePath, { readonly: true, fileMustExist: true });
    const floor = floorReader(floorDb);

    console.log('Kompas benchmark — GET /api/plans/{id}/graph and /alignment vs raw SQLite floor');
    console.log(`Node ${process.version}; medians after ${WARM_UP} warm-up runs; graph over HTTP incl. reading and parsing the body;`);
    console.log('floor = one plain SELECT per table on a separate read-only connection + JSON.stringify; 1 MB = 2^20 bytes.\n');

    const results: SizeResult[] = [];
    let time: (TimeResult & { floorMs: number; ratio: number }) | undefined;
    for (const { actions, runs } of SIZES) {
      const body = JSON.stringify(syntheticPlan(actions));
      const documentBytes = Buffer.byteLength(body);
      const { planId, ms: importMs } = await importPlan(base, body);
      console.log(
        `  ${actions.toLocaleString('en-US')} actions: document ${mb(documentBytes)} MB, imported in ${(importMs / 1000).toFixed(1)} s`,
      );
      gc();

      let last: { graph: PlanGraph; bytes: number } | undefined;
      const graphRunsMs = await timeRuns(runs, async () => {
        last = await fetchGraph(base, planId);
      });
      let floorJson = '';
      const floorRunsMs = await timeRuns(runs, () => {
        floorJson = floor(planId);
      });
      const floorJsonBytes = Buffer.byteLength(floorJson);
      floorJson = '';
      const healthRunsMs = await timeRuns(runs, () => fetchHealth(base, planId));
      let findings = 0;
      const alignmentRunsMs = await timeRuns(runs, async () => {
        findings = await fetchAlignment(base, planId);
      });
      const alignmentMedianMs = median(alignmentRunsMs);
      if (!last) throw new Error('no graph was read');
      const served = last.graph;
      const today = copenhagenDate(clock.date());
      const health = planHealth(served, { today });
      const committees = new Map<string, string>();
      for (const n of served.nodes) if (n.kind === 'focusArea') committees.set(n.committeeId, n.committeeName);
      const alignmentOfRunsMs = await timeRuns(runs, () =>
        alignmentOf({ graph: served, health, assessments: [], today, committees: [...committees].map(([id, name]) => ({ id, name })) }),
      );
      const graphMedianMs = median(graphRunsMs);
      const floorMedianMs = median(floorRunsMs);
      results.push({
        actions,
        documentMB: mb(documentBytes),
        importMs: round(importMs),
        runs,
        graphMedianMs: round(graphMedianMs, 2),
        floorMedianMs: round(floorMedianMs, 2),
        ratio: round(graphMedianMs / floorMedianMs, 2),
        nodes: last.graph.nodes.length,
        edges: last.graph.edges.length,
        graphJsonBytes: last.bytes,
        floorJsonBytes,
        graphRunsMs: graphRunsMs.map((t) => round(t, 2)),
        floorRunsMs: floorRunsMs.map((t) => round(t, 2)),
        healthMedianMs: round(median(healthRunsMs), 2),
        alignmentMedianMs: round(alignmentMedianMs, 2),
        alignmentRatio: round(alignmentMedianMs / floorMedianMs, 2),
        alignmentRunsMs: alignmentRunsMs.map((t) => round(t, 2)),
        findings,
        alignmentOfMedianMs: round(median(alignmentOfRunsMs), 2),
      });
      last = undefined;
      gc();
      if (actions === GOAL_ACTIONS) {
        const t = await benchTime(base, planId, runs);
        time = { ...t, floorMs: round(floorMedianMs, 2), ratio: round(t.diffRevisionsMs / floorMedianMs, 2) };
        gc();
      }
    }

    console.log('');
    printTable(results);
    const atGoal = results.find((r) => r.actions === GOAL_ACTIONS);
    const goalMet = atGoal !== undefined && atGoal.ratio <= GOAL_RATIO;
    if (atGoal) {
      console.log(
        `\nGoal "graph ≤ ${GOAL_RATIO}× floor at ${GOAL_ACTIONS.toLocaleString('en-US')} actions": ` +
          `${goalMet ? 'MET' : 'NOT MET'} (${atGoal.ratio.toFixed(2)}×)`,
      );
      console.log(
        `Goal "alignment ≤ ${GOAL_RATIO}× floor at ${GOAL_ACTIONS.toLocaleString('en-US')} actions": ` +
          `${atGoal.alignmentRatio <= GOAL_RATIO ? 'MET' : 'NOT MET'} (${atGoal.alignmentRatio.toFixed(2)}×, ${atGoal.findings.toLocaleString('en-US')} findings)`,
      );
    }

    if (time) {
      const n = GOAL_ACTIONS.toLocaleString('en-US');
      console.log(
        `\nDiff of two stored revisions at ${n} actions: ${time.diffRevisionsMs.toFixed(1)} ms (floor ${time.floorMs.toFixed(1)} ms, ` +
          `${time.ratio.toFixed(2)}×) — goal ≤ ${TIME_GOAL_RATIO}×: ${time.ratio <= TIME_GOAL_RATIO ? 'MET' : 'NOT MET'}`,
      );
      console.log(`Diff by date (${time.asOf}, a year back → now) at ${n} actions: ${time.diffByDateMs.toFixed(1)} ms (no goal)`);
      console.log(
        `Plan rebuilt from the trail as of ${time.asOf} (a year back) at ${n} actions: ${time.rebuildAsOfMs.toFixed(1)} ms (no goal)`,
      );
    }

    // The largest plan the import route is sized for.
    const largeBody = JSON.stringify(syntheticPlan(LARGE));
    const largeBytes = Buffer.byteLength(largeBody);
    const large = await importPlan(base, largeBody);
    console.log(
      `\n${LARGE.toLocaleString('en-US')}-action document: ${mb(largeBytes)} MB of the ${IMPORT_LIMIT_BYTES / MiB} MB import limit ` +
        `(${((largeBytes / IMPORT_LIMIT_BYTES) * 100).toFixed(0)} %); imported in ${(large.ms / 1000).toFixed(1)} s`,
    );

    const out = join(__dirname, '..', '..', '..', '..', 'bench-results');
    mkdirSync(out, { recursive: true });
    const file = join(out, 'graph.json');
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          benchmark: 'GET /api/plans/{id}/graph vs raw SQLite floor',
          date: new Date().toISOString(),
          node: process.version,
          warmUpRuns: WARM_UP,
          goal: { actions: GOAL_ACTIONS, maxRatio: GOAL_RATIO, met: goalMet },
          alignmentGoal: {
            actions: GOAL_ACTIONS,
            maxRatio: GOAL_RATIO,
            met: atGoal !== undefined && atGoal.alignmentRatio <= GOAL_RATIO,
          },
          results,
          time: time ? { ...time, goalMaxRatio: TIME_GOAL_RATIO, met: time.ratio <= TIME_GOAL_RATIO } : null,
          large: {
            actions: LARGE,
            documentMB: mb(largeBytes),
            documentBytes: largeBytes,
            importLimitMB: IMPORT_LIMIT_BYTES / MiB,
            importMs: round(large.ms),
          },
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nResults written to bench-results/graph.json`);
    return 0;
  } finally {
    floorDb?.close();
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    const cause = e instanceof Error && e.cause ? e.cause : undefined;
    console.error('Benchmark failed:', e instanceof Error ? (e.stack ?? e.message) : e, ...(cause ? ['\ncaused by:', cause] : []));
    process.exit(1);
  },
);
