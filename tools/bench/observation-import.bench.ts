// Benchmark of importing observations from a file: the preview (`?dryRun=true`) and the write of a 10,000-row CSV
// file, each timed from sending the file to the answer read whole, against the goal of ≤ 5 s each. It starts the
// built API (`dist/api/api/src/start.js`) on a free port with a fresh temporary database, sets up a plan with one
// action and its indicator through the API, imports as the action's manager, and deletes the database when done.
// Run with `npm run bench`; the results are also written to bench-results/observation-import.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchKompas, WORKSPACE_ROOT, type KompasServer } from '../launcher/kompas-server';

const ADMIN = { username: 'bench', password: 'the benchmark administrator', name: 'Benchmark' };
const MANAGER = { username: 'leder', password: 'the benchmark manager, long enough', name: 'Lars Leder' };
const ROWS = 10_000;
const GOALS = { previewS: 5, writeS: 5 };
const CSV = 'text/csv';

type Answer = { status: number; body: unknown; text: string; ms: number };

/** One request with the given session, its answer read whole and timed. */
async function call(base: string, cookie: string, method: string, path: string, body?: Buffer | object, type?: string): Promise<Answer> {
  const isFile = Buffer.isBuffer(body);
  const t0 = performance.now();
  const res = await fetch(new URL(path, base), {
    method,
    headers: {
      cookie,
      ...(body === undefined ? {} : { 'content-type': type ?? (isFile ? 'application/octet-stream' : 'application/json') }),
    },
    body: body === undefined ? undefined : isFile ? new Uint8Array(body) : JSON.stringify(body),
  });
  const text = await res.text();
  const ms = performance.now() - t0;
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { status: res.status, body: parsed, text, ms };
}

async function signIn(base: string, who: { username: string; password: string }): Promise<string> {
  const res = await fetch(new URL('/api/auth/login', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: who.username, password: who.password }),
  });
  if (res.status !== 200) throw new Error(`Sign-in of ${who.username} failed (${res.status}): ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** Asks and insists on the status: the set-up's steps. */
async function made(base: string, cookie: string, path: string, body: object): Promise<{ id: string }> {
  const res = await call(base, cookie, 'POST', path, body);
  if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${res.text.slice(0, 300)}`);
  return res.body as { id: string };
}

/** A CSV file as Danish Excel saves it: semicolons, a decimal comma, one observation a day from 1 January 2000. */
function csvFile(title: string, rows: number): Buffer {
  const lines = ['indikator;periode;værdi;vurdering;kilde'];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
    lines.push(`${title};${day};${1000 + (i % 500)},${i % 10};${i % 3 === 0 ? 'På sporet' : ''};Fagsystemet`);
  }
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-bench-observations-'));
  let server: KompasServer | undefined;
  try {
    server = await launchKompas({
      databasePath: join(dir, 'bench.sqlite'),
      env: { NO_COLOR: '1', KOMPAS_ADMIN_USERNAME: ADMIN.username, KOMPAS_ADMIN_PASSWORD: ADMIN.password, KOMPAS_ADMIN_NAME: ADMIN.name },
      echo: Boolean(process.env['KOMPAS_BENCH_SERVER_LOG']),
      pollMs: 100,
    });
    const { base } = server;
    const admin = await signIn(base, ADMIN);
    const plan = await made(base, admin, '/api/plans', {
      organisation: 'Benchmark Kommune',
      title: 'Benchmark – målinger',
      periodStart: '2026-01-01',
      periodEnd: '2029-12-31',
    });
    const unit = await made(base, admin, '/api/units', { name: 'Skoledistrikt Benchmark' });
    await made(base, admin, '/api/users', { ...MANAGER, roles: ['manager'], unitIds: [unit.id] });
    const manager = await signIn(base, MANAGER);
    const action = await made(base, manager, '/api/actions', { planId: plan.id, unitId: unit.id, title: 'Læsecaféen' });
    const title = 'Besøg i læsecaféen';
    await made(base, manager, '/api/indicators', {
      actionId: action.id,
      title,
      type: 'quantitative',
      evidenceKind: 'caseSystem',
      cadence: 'monthly',
      unit: 'besøg',
      direction: 'up',
    });
    const file = csvFile(title, ROWS);
    const path = `/api/plans/${plan.id}/observations/import`;

    console.log('Kompas benchmark — importing observations from a file');
    console.log(
      `Node ${process.version}; ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(
          ' ',
        )}; a CSV file of ${ROWS.toLocaleString('en-US')} rows (${(file.length / 1024).toFixed(0)} KB), sent as the manager of the indicator's unit.\n`,
    );

    // The preview: every row read, matched and compared, nothing written.
    const preview = await call(base, manager, 'POST', `${path}?dryRun=true`, file, CSV);
    const counts = (preview.body as { counts?: { new: number; problems: number } } | null)?.counts;
    if (preview.status !== 200 || counts?.new !== ROWS || counts.problems !== 0) {
      throw new Error(`The preview answered ${preview.status}: ${preview.text.slice(0, 500)}`);
    }
    // The write: every row, each with its trail entry, in one transaction.
    const write = await call(base, manager, 'POST', path, file, CSV);
    if (write.status !== 201 || (write.body as { written?: number }).written !== ROWS) {
      throw new Error(`The import answered ${write.status}: ${write.text.slice(0, 500)}`);
    }
    // The trail still checks out after it.
    const verify = await call(base, admin, 'GET', '/api/audit/verify');
    const intact = (verify.body as { intact?: boolean; entries?: number }).intact === true;
    const entries = (verify.body as { entries?: number }).entries ?? 0;

    const previewS = preview.ms / 1000;
    const writeS = write.ms / 1000;
    const met = { preview: previewS <= GOALS.previewS, write: writeS <= GOALS.writeS, trail: intact };
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');
    console.log(
      `preview of ${ROWS.toLocaleString('en-US')} rows (?dryRun=true): ${previewS.toFixed(2)} s (goal ≤ ${GOALS.previewS} s: ${verdict(met.preview)}); answer ${(preview.text.length / 1024 / 1024).toFixed(1)} MB of JSON`,
    );
    console.log(
      `write of ${ROWS.toLocaleString('en-US')} rows:                  ${writeS.toFixed(2)} s (goal ≤ ${GOALS.writeS} s: ${verdict(met.write)})`,
    );
    console.log(
      `trail after it:                        ${intact ? 'intact' : 'NOT intact'}, ${entries.toLocaleString('en-US')} entries (checked in ${(verify.ms / 1000).toFixed(2)} s)`,
    );

    const out = join(WORKSPACE_ROOT, 'bench-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, 'observation-import.json'),
      `${JSON.stringify(
        {
          benchmark: 'importing observations from a file',
          date: new Date().toISOString(),
          node: process.version,
          cores: cpus().length,
          loadAverage: loadavg(),
          rows: ROWS,
          fileBytes: file.length,
          goals: GOALS,
          met,
          previewMs: Math.round(preview.ms),
          writeMs: Math.round(write.ms),
          previewAnswerBytes: preview.text.length,
          trail: { intact, entries, verifyMs: Math.round(verify.ms) },
        },
        null,
        2,
      )}\n`,
    );
    return Object.values(met).every(Boolean) ? 0 : 1;
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
