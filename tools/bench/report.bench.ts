// Benchmark of the yearly follow-up report: GET /api/plans/{planId}/report.pdf and report.xlsx for the demo's
// Hedensted plan (goal ≤ 3 s each, period 2026) and for a synthetic 1,000-action plan (goal ≤ 20 s each, period 2025: its data), timed
// from sending the request to the last byte read, median of 3 after one warm-up; with the files' sizes and the
// API process's peak memory while the large reports were made. It starts the built API (`dist/api/api/src/start.js`)
// on a free port with a fresh temporary database and the demo plan, and deletes it when done. Run with
// `npm run bench` (or alone: `node dist/tools/tools/bench/report.bench.js`); results also in bench-results/report.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { syntheticPlan } from '../../api/test/synthetic-plan';
import { WORKSPACE_ROOT, type KompasServer } from '../launcher/kompas-server';
import { memoryOf, send, startSignedIn, type Answer } from './bench-server';

const LARGE_ACTIONS = 1_000;
const RUNS = 3;
/** The year each plan has data for: the demo's values run into 2026, the synthetic plan's are of 2024 and 2025. */
const PERIODS = { hedensted: '2026', large: '2025' };
const GOALS = { hedenstedS: 3, largeS: 20 };
const MiB = 1024 * 1024;
const FORMATS = ['pdf', 'xlsx'] as const;

const json = (a: Answer) => JSON.parse(a.body.toString('utf8')) as unknown;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const rssOf = (pid: number): number => memoryOf(pid).rss;

/** The built API with a fresh database and the demo plan, and the benchmark's administrator signed in. */
function startServer(databasePath: string): Promise<KompasServer> {
  return startSignedIn({ databasePath, demo: true });
}

type Timing = { format: (typeof FORMATS)[number]; ms: number[]; medianMs: number; bytes: number; peakRssMB: number };

/** One warm-up, then RUNS timed requests of the report, sampling the API's memory all along. */
async function timeReport(base: string, pid: number, planId: string, period: string, format: (typeof FORMATS)[number]): Promise<Timing> {
  const path = `/api/plans/${planId}/report.${format}?period=${period}`;
  const once = async () => {
    const t0 = performance.now();
    const res = await send(base, 'GET', path);
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${res.body.toString('utf8', 0, 300)}`);
    return { ms, bytes: res.body.length };
  };
  await once();
  let peak = rssOf(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 25);
  const ms: number[] = [];
  let bytes = 0;
  try {
    for (let i = 0; i < RUNS; i++) {
      const r = await once();
      ms.push(r.ms);
      bytes = r.bytes;
    }
  } finally {
    clearInterval(timer);
  }
  return { format, ms, medianMs: median(ms), bytes, peakRssMB: Math.round((peak / MiB) * 10) / 10 };
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-bench-report-'));
  let server: KompasServer | undefined;
  try {
    server = await startServer(join(dir, 'bench.sqlite'));
    const { base, child } = server;
    const pid = child.pid as number;
    console.log('Kompas benchmark — the follow-up report (PDF and Excel)');
    console.log(
      `Node ${process.version}; ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(
          ' ',
        )}; periods: Hedensted ${PERIODS.hedensted}, ${LARGE_ACTIONS.toLocaleString('en-US')} actions ${PERIODS.large}; median of ${RUNS} after one warm-up, to the last byte.\n`,
    );
    const plans = json(await send(base, 'GET', '/api/plans')) as { id: string; organisation: string }[];
    const hedensted = plans.find((p) => p.organisation === 'Hedensted Kommune');
    if (!hedensted) throw new Error('The demo plan is not there.');
    const doc = Buffer.from(JSON.stringify(syntheticPlan(LARGE_ACTIONS)));
    const imported = await send(base, 'POST', '/api/plans/import', { 'content-type': 'application/json' }, doc);
    if (imported.status !== 201) throw new Error(`Import failed (${imported.status}): ${imported.body.toString('utf8', 0, 300)}`);
    const large = json(imported) as { id: string };
    const idleRssMB = Math.round((rssOf(pid) / MiB) * 10) / 10;

    const results: Record<string, Timing[]> = { hedensted: [], large: [] };
    for (const format of FORMATS) results.hedensted.push(await timeReport(base, pid, hedensted.id, PERIODS.hedensted, format));
    for (const format of FORMATS) results.large.push(await timeReport(base, pid, large.id, PERIODS.large, format));

    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');
    const met: Record<string, boolean> = {};
    const line = (label: string, r: Timing, goal: number) => {
      const s = r.medianMs / 1000;
      met[label] = s <= goal;
      console.log(
        `${label.padEnd(28)} ${s.toFixed(2)} s (runs ${r.ms.map((m) => (m / 1000).toFixed(2)).join(' / ')} s; ` +
          `${(r.bytes / 1024).toFixed(0)} KB; API peak RSS ${r.peakRssMB} MB) — goal ≤ ${goal} s: ${verdict(s <= goal)}`,
      );
    };
    for (const r of results.hedensted) line(`Hedensted ${r.format.toUpperCase()}`, r, GOALS.hedenstedS);
    for (const r of results.large) line(`${LARGE_ACTIONS.toLocaleString('en-US')} actions ${r.format.toUpperCase()}`, r, GOALS.largeS);
    const ratio = (f: (typeof FORMATS)[number]) =>
      (results.large.find((r) => r.format === f) as Timing).medianMs / (results.hedensted.find((r) => r.format === f) as Timing).medianMs;
    console.log(
      `1,000 actions / Hedensted:   PDF ${ratio('pdf').toFixed(1)}×, XLSX ${ratio('xlsx').toFixed(1)}×; API RSS before: ${idleRssMB} MB`,
    );

    const out = join(WORKSPACE_ROOT, 'bench-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, 'report.json'),
      `${JSON.stringify(
        {
          benchmark: 'the follow-up report',
          date: new Date().toISOString(),
          node: process.version,
          cores: cpus().length,
          periods: PERIODS,
          goals: GOALS,
          met,
          idleRssMB,
          results,
        },
        null,
        2,
      )}\n`,
    );
    console.log('\nResults written to bench-results/report.json');
    return 0;
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error('Benchmark failed:', e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
