// Benchmark of a large import while the API goes on serving: p95 of GET /api/health and of a 100-action
// plan's graph, idle and during the import of a 10,000-action plan; the import's duration; the API
// process's peak memory during it; and the 10,000-action graph's bytes on the wire, plain, gzip and brotli.
// It starts the built API (`dist/api/api/src/start.js`) on a free port with a fresh temporary database,
// and deletes it when done. Run with `npm run bench`; the results are also written to bench-results/import.json.
// KOMPAS_BENCH_CPU_PROFILE=<folder>: the API writes a V8 CPU profile there when it stops (node --cpu-prof).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { syntheticPlan } from '../../api/test/synthetic-plan';
import { WORKSPACE_ROOT, type KompasServer } from '../launcher/kompas-server';
import { memoryOf, send, startSignedIn } from './bench-server';

const SMALL_ACTIONS = 100;
const LARGE_ACTIONS = 10_000;
const IDLE_MS = 4_000;
/** Pause between two requests of one sampling client. */
const PAUSE_MS = 10;
const RSS_EVERY_MS = 25;
const GOALS = { ratio: 3, importS: 8, rssAboveIdleMB: 400 };
const MiB = 1024 * 1024;

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** The built API with a fresh database, and the benchmark's administrator signed in (the cookie goes with every request). */
function startServer(databasePath: string): Promise<KompasServer> {
  const profileDir = process.env['KOMPAS_BENCH_CPU_PROFILE'];
  return startSignedIn({ databasePath, nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [] });
}

async function importPlan(base: string, body: Buffer): Promise<{ planId: string; ms: number }> {
  const t0 = performance.now();
  const res = await send(base, 'POST', '/api/plans/import', { 'content-type': 'application/json' }, body);
  const ms = performance.now() - t0;
  const answer = JSON.parse(res.body.toString('utf8')) as { id?: string; message?: string };
  if (res.status !== 201 || !answer.id) throw new Error(`Import failed (${res.status}): ${res.body.toString('utf8', 0, 500)}`);
  return { planId: answer.id, ms };
}

/** Milliseconds of each request one client sends, one after the other with a short pause, as long as `until` has not settled. */
async function sample(base: string, path: string, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true)).catch(() => undefined);
  const times: number[] = [];
  while (!done) {
    // Every request sent before the end counts, however long it waited (one that waited for the whole import too).
    const t0 = performance.now();
    const res = await send(base, 'GET', path, { 'accept-encoding': 'gzip' });
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${res.body.toString('utf8', 0, 300)}`);
    times.push(ms);
    await sleep(PAUSE_MS);
  }
  return times;
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-bench-import-'));
  let server: KompasServer | undefined;
  try {
    server = await startServer(join(dir, 'bench.sqlite'));
    const { base, child, output } = server;
    const pid = child.pid as number;
    console.log('Kompas benchmark — the API during a large import');
    console.log(
      `Node ${process.version}; ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}; ` + `each sampling client sends one request at a time (${PAUSE_MS} ms apart), Accept-Encoding: gzip.\n`,
    );

    const small = await importPlan(base, Buffer.from(JSON.stringify(syntheticPlan(SMALL_ACTIONS))));
    const largeBody = Buffer.from(JSON.stringify(syntheticPlan(LARGE_ACTIONS)));
    const graphPath = `/api/plans/${small.planId}/graph`;
    // Warm up both routes, then sample them idle.
    for (let i = 0; i < 20; i++) await Promise.all([send(base, 'GET', '/api/health'), send(base, 'GET', graphPath)]);
    const idleWindow = sleep(IDLE_MS);
    const [idleHealth, idleGraph] = await Promise.all([sample(base, '/api/health', idleWindow), sample(base, graphPath, idleWindow)]);
    await sleep(200);
    const idleRss = memoryOf(pid).rss;

    // The same, while the 10,000-action plan is imported; memory sampled all along.
    let peakRss = idleRss;
    let peakAtMs = 0;
    const importStart = performance.now();
    const rssTimer = setInterval(() => {
      const rss = memoryOf(pid).rss;
      if (rss > peakRss) [peakRss, peakAtMs] = [rss, performance.now() - importStart];
    }, RSS_EVERY_MS);
    const importing = importPlan(base, largeBody);
    const [busyHealth, busyGraph] = await Promise.all([sample(base, '/api/health', importing), sample(base, graphPath, importing)]);
    const large = await importing;
    clearInterval(rssTimer);
    const hwm = memoryOf(pid).hwm;

    // The large plan's graph on the wire.
    const wire: Record<string, number> = {};
    const uncompressed: string[] = [];
    let plainJson = '';
    for (const encoding of ['identity', 'gzip', 'br']) {
      const t0 = performance.now();
      const res = await send(base, 'GET', `/api/plans/${large.planId}/graph`, { 'accept-encoding': encoding });
      const ms = performance.now() - t0;
      if (res.status !== 200) throw new Error(`GET graph (${encoding}) answered ${res.status}`);
      // An API that does not compress answers plain whatever is asked: then the figure is the plain size.
      if ((res.headers['content-encoding'] ?? 'identity') !== encoding) uncompressed.push(encoding);
      if (encoding === 'identity') plainJson = res.body.toString('utf8');
      wire[encoding] = res.body.length;
      wire[`${encoding}Ms`] = round(ms);
    }
    const nodes = (JSON.parse(plainJson) as { nodes: unknown[] }).nodes.length;

    // The same document once more with nobody else asking: the import's own time, without the sampling clients' share of the cores.
    await sleep(500);
    const alone = await importPlan(base, largeBody);

    const p95 = {
      idleHealth: percentile(idleHealth, 95),
      idleGraph: percentile(idleGraph, 95),
      busyHealth: percentile(busyHealth, 95),
      busyGraph: percentile(busyGraph, 95),
    };
    const ratios = { health: p95.busyHealth / p95.idleHealth, graph: p95.busyGraph / p95.idleGraph };
    const importS = large.ms / 1000;
    const aloneS = alone.ms / 1000;
    const rssAboveIdleMB = (peakRss - idleRss) / MiB;
    const met = {
      health: ratios.health <= GOALS.ratio,
      graph: ratios.graph <= GOALS.ratio,
      importS: importS <= GOALS.importS,
      importAloneS: aloneS <= GOALS.importS,
      memory: rssAboveIdleMB <= GOALS.rssAboveIdleMB,
    };
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');
    const ms = (x: number) => `${x.toFixed(1)} ms`;

    console.log(`document: ${LARGE_ACTIONS.toLocaleString('en-US')} actions, ${round(largeBody.length / MiB)} MB`);
    console.log(
      `p95 GET /api/health:                 idle ${ms(p95.idleHealth)} (n=${idleHealth.length}), during the import ${ms(p95.busyHealth)} (n=${busyHealth.length}) → ${ratios.health.toFixed(2)}× (goal ≤ ${GOALS.ratio}×: ${verdict(met.health)})`,
    );
    console.log(
      `p95 GET graph (${SMALL_ACTIONS} actions):       idle ${ms(p95.idleGraph)} (n=${idleGraph.length}), during the import ${ms(p95.busyGraph)} (n=${busyGraph.length}) → ${ratios.graph.toFixed(2)}× (goal ≤ ${GOALS.ratio}×: ${verdict(met.graph)})`,
    );
    console.log(`max during the import:               health ${ms(Math.max(...busyHealth))}, graph ${ms(Math.max(...busyGraph))}`);
    console.log(
      `import of ${LARGE_ACTIONS.toLocaleString('en-US')} actions:            ${importS.toFixed(1)} s while sampled (goal ≤ ${GOALS.importS} s: ${verdict(met.importS)}); ` +
        `${aloneS.toFixed(1)} s alone, with no other requests (${verdict(met.importAloneS)})`,
    );
    console.log(
      `API memory (RSS):                    idle ${round(idleRss / MiB)} MB, peak during the import ${round(peakRss / MiB)} MB → +${round(rssAboveIdleMB)} MB (goal ≤ +${GOALS.rssAboveIdleMB} MB: ${verdict(met.memory)}) ${(peakAtMs / 1000).toFixed(1)} s into it; high-water mark ${round(hwm / MiB)} MB`,
    );
    console.log(
      `graph of ${LARGE_ACTIONS.toLocaleString('en-US')} actions (${nodes.toLocaleString('en-US')} nodes) on the wire: ` +
        `${round(wire['identity'] / MiB)} MB plain, ${round(wire['gzip'] / MiB)} MB gzip (${((wire['gzip'] / wire['identity']) * 100).toFixed(1)} %), ` +
        `${round(wire['br'] / MiB)} MB brotli (${((wire['br'] / wire['identity']) * 100).toFixed(1)} %); ` +
        `answered in ${wire['identityMs']} / ${wire['gzipMs']} / ${wire['brMs']} ms on loopback` +
        (uncompressed.length ? ` (NOT compressed when asked for ${uncompressed.join(', ')})` : ''),
    );

    // Where the time went, as the API logs it (the phases of the import, and its memory after each).
    await sleep(100);
    const accounts = [...output().matchAll(/Imported "[^"]*" \([^)]*10000 actions[^)]*\) (.*)\.$/gm)].map((m) => m[1]);
    const phases = accounts[0] ?? '(not logged)';
    console.log(`the API's account of the import:     ${phases}`);
    console.log(`… and of the import alone:           ${accounts[1] ?? '(not logged)'}`);

    const out = join(WORKSPACE_ROOT, 'bench-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, 'import.json'),
      `${JSON.stringify(
        {
          benchmark: 'the API during a large import',
          date: new Date().toISOString(),
          node: process.version,
          cores: cpus().length,
          goals: GOALS,
          met,
          documentBytes: largeBody.length,
          p95Ms: Object.fromEntries(Object.entries(p95).map(([k, v]) => [k, round(v, 2)])),
          samples: {
            idleHealth: idleHealth.length,
            idleGraph: idleGraph.length,
            busyHealth: busyHealth.length,
            busyGraph: busyGraph.length,
          },
          ratios: { health: round(ratios.health, 2), graph: round(ratios.graph, 2) },
          importMs: round(large.ms),
          importAloneMs: round(alone.ms),
          importPhases: phases,
          memoryMB: {
            idle: round(idleRss / MiB),
            peak: round(peakRss / MiB),
            aboveIdle: round(rssAboveIdleMB),
            highWaterMark: round(hwm / MiB),
          },
          graphWire: { actions: LARGE_ACTIONS, nodes, ...wire },
        },
        null,
        2,
      )}\n`,
    );
    console.log('\nResults written to bench-results/import.json');
    return 0;
  } finally {
    // SIGTERM, so that a CPU profile is written; SIGKILL after 30 s.
    await server?.stop(30_000);
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
