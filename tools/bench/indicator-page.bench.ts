// Benchmark of an indicator's page in headless Chromium: the time from navigation start until its history chart
// is drawn (the chart library is fetched only by this page). Measured on the demo plan's quantitative indicator
// with the most observations, given 120 more quarters of history first so that the chart is not a toy. The web
// benchmark (web.bench.ts) runs it with its own server and browser; run alone, it starts the built API with the
// demo data and Chromium itself: `node dist/tools/tools/bench/indicator-page.bench.js` after `npm run build`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import '../launcher/built-api';
import { launchKompas, WORKSPACE_ROOT, type KompasServer } from '../launcher/kompas-server';

type Browser = import('@playwright/test').Browser;

export const INDICATOR_PAGE_GOAL_MS = 1_500;
const VIEWPORT = { width: 1280, height: 720 };
const WARM_UP = 1;
const RUNS = 7;
const EXTRA_QUARTERS = 120;
const FIRST_YEAR = 1990;
const DRAW_TIMEOUT_MS = 60_000;
// Set by the page when uPlot has drawn the chart (web: CHART_DRAWN_MARK in indicator-page/utils/chart-options.ts).
const CHART_DRAWN_MARK = 'kompas:indicator-chart-drawn';

export type IndicatorPageResult = {
  path: string;
  indicator: string;
  observations: number;
  runs: number;
  runsMs: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  goalMs: number;
  /** Medians, ms from navigation start: the chart library's script received, and the observations received. */
  medianChartLibraryMs: number;
  medianObservationsMs: number;
  medianMainScriptMs: number;
  medianSignedInMs: number;
  medianPageCodeMs: number;
};

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;
function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

type Session = { name: string; value: string };

async function api<T>(base: string, session: Session, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(base + path, {
    method,
    headers: { cookie: `${session.name}=${session.value}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} failed (${res.status}): ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : null) as T;
}

const RECORDER = { username: 'bench-maaler', password: 'bench-maaler-password', name: 'Bench Måler' };

/** A user who may record any indicator's values in the plan (a member of every committee, a manager of every unit), signed in. */
async function recordingSession(base: string, admin: Session, planId: string): Promise<Session> {
  const committees = await api<{ id: string }[]>(base, admin, 'GET', `/api/plans/${planId}/committees`);
  const units = await api<{ id: string }[]>(base, admin, 'GET', '/api/units');
  const users = await api<{ username: string }[]>(base, admin, 'GET', '/api/users');
  if (!users.some((u) => u.username === RECORDER.username)) {
    await api(base, admin, 'POST', '/api/users', {
      ...RECORDER,
      roles: ['committeeMember', 'manager'],
      committeeIds: committees.map((c) => c.id),
      unitIds: units.map((u) => u.id),
    });
  }
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: RECORDER.username, password: RECORDER.password }),
  });
  if (login.status !== 200) throw new Error(`Sign-in of ${RECORDER.username} failed (${login.status})`);
  const cookie = login.headers.getSetCookie().find((c) => c.startsWith(`${admin.name}=`)) ?? '';
  return { name: admin.name, value: cookie.split(';')[0].slice(admin.name.length + 1) };
}

type GraphNode = { id: string; kind: string; title: string; type?: string };

/** The demo's quantitative indicator with the most observations, given EXTRA_QUARTERS more quarters of history (once). */
async function prepareIndicator(
  base: string,
  session: Session,
  planId: string,
): Promise<{ id: string; title: string; observations: number }> {
  const graph = await api<{ nodes: GraphNode[] }>(base, session, 'GET', `/api/plans/${planId}/graph`);
  let best: { id: string; title: string; observations: number } | null = null;
  for (const node of graph.nodes.filter((n) => n.kind === 'indicator' && n.type === 'quantitative')) {
    const list = await api<unknown[]>(base, session, 'GET', `/api/indicators/${node.id}/observations`);
    if (!best || list.length > best.observations) best = { id: node.id, title: node.title, observations: list.length };
  }
  if (!best) throw new Error('The demo plan has no quantitative indicator.');
  const recorder = await recordingSession(base, session, planId);
  const existing = await api<{ period: string | null }[]>(base, session, 'GET', `/api/indicators/${best.id}/observations`);
  const has = new Set(existing.map((o) => o.period));
  for (let i = 0; i < EXTRA_QUARTERS; i++) {
    const period = `${FIRST_YEAR + Math.floor(i / 4)}K${(i % 4) + 1}`;
    if (has.has(period)) continue;
    // A slow rise with a wobble, in the indicator's own range.
    const value = round(40 + i * 0.35 + 3 * Math.sin(i / 3), 1);
    await api(base, recorder, 'POST', `/api/indicators/${best.id}/observations`, { period, value, sourceNote: 'Benchmark' });
  }
  const all = await api<unknown[]>(base, session, 'GET', `/api/indicators/${best.id}/observations`);
  return { ...best, observations: all.length };
}

/** ms from navigation start: the chart drawn, and when what it waited for was received. */
type LoadTimes = { drawnMs: number; libraryMs: number; observationsMs: number; mainScriptMs: number; meMs: number; pageCodeMs: number };

type PageGlobals = {
  document: { querySelector(s: string): { getBoundingClientRect(): { width: number; height: number } } | null };
  performance: {
    getEntriesByName(name: string): { startTime: number; responseEnd?: number }[];
    getEntriesByType(type: string): { name: string; responseEnd: number }[];
  };
};

/** Opens the page in a fresh context (cold cache) and reads when the chart was drawn and what came before it. */
async function loadOnce(browser: Browser, base: string, session: Session, path: string): Promise<LoadTimes> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'da-DK' });
  try {
    await context.addCookies([{ name: session.name, value: session.value, url: base }]);
    const page = await context.newPage();
    await page.goto(base + path, { waitUntil: 'commit' });
    await page.waitForFunction(
      (mark: string) => {
        const g = globalThis as unknown as PageGlobals;
        const canvas = g.document.querySelector('[data-testid="indicator-chart"][data-drawn="true"] canvas');
        const box = canvas?.getBoundingClientRect();
        return !!box && box.width > 0 && box.height > 0 && g.performance.getEntriesByName(mark).length > 0;
      },
      CHART_DRAWN_MARK,
      { timeout: DRAW_TIMEOUT_MS, polling: 50 },
    );
    return await page.evaluate((mark: string) => {
      const g = globalThis as unknown as PageGlobals;
      const resources = g.performance.getEntriesByType('resource');
      const end = (test: (name: string) => boolean) => resources.find((r) => test(r.name))?.responseEnd ?? NaN;
      return {
        drawnMs: g.performance.getEntriesByName(mark)[0].startTime,
        libraryMs: end((name) => /\/assets\/uPlot[^/]*\.js$/.test(name)),
        observationsMs: end((name) => /\/api\/indicators\/[^/]+\/observations$/.test(name)),
        mainScriptMs: end((name) => /\/assets\/index-[^/]*\.js$/.test(name)),
        meMs: end((name) => /\/api\/auth\/me$/.test(name)),
        pageCodeMs: end((name) => /\/assets\/IndicatorPage[^/]*\.js$/.test(name)),
      };
    }, CHART_DRAWN_MARK);
  } finally {
    await context.close();
  }
}

/** The indicator page's time to chart: WARM_UP + RUNS loads of the demo plan's busiest quantitative indicator. */
export async function measureIndicatorPage(browser: Browser, base: string, session: Session): Promise<IndicatorPageResult> {
  const plans = await api<{ id: string }[]>(base, session, 'GET', '/api/plans');
  const planId = plans[0]?.id;
  if (!planId) throw new Error('No plan to measure an indicator page in.');
  const indicator = await prepareIndicator(base, session, planId);
  const path = `/plans/${planId}/indicators/${indicator.id}`;
  for (let i = 0; i < WARM_UP; i++) await loadOnce(browser, base, session, path);
  const runs: LoadTimes[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(browser, base, session, path));
  const times = runs.map((r) => round(r.drawnMs));
  return {
    path,
    indicator: indicator.title,
    observations: indicator.observations,
    runs: RUNS,
    runsMs: times,
    medianMs: round(median(times)),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    goalMs: INDICATOR_PAGE_GOAL_MS,
    medianChartLibraryMs: round(median(runs.map((r) => r.libraryMs))),
    medianObservationsMs: round(median(runs.map((r) => r.observationsMs))),
    medianMainScriptMs: round(median(runs.map((r) => r.mainScriptMs))),
    medianSignedInMs: round(median(runs.map((r) => r.meMs))),
    medianPageCodeMs: round(median(runs.map((r) => r.pageCodeMs))),
  };
}

/** One line for a table: median (min–max) in seconds. */
export const indicatorPageFigure = (r: IndicatorPageResult): string =>
  `${(r.medianMs / 1000).toFixed(2)} s (${(r.minMs / 1000).toFixed(2)}–${(r.maxMs / 1000).toFixed(2)})`;

/** Run alone: the built API with the demo data on a fresh database, Chromium as the browser tests use it. */
async function main(): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require('@playwright/test') as typeof import('@playwright/test');
  const settings = JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'e2e', 'chromium.json'), 'utf8')) as {
    executablePath: string;
    args: string[];
  };
  const dir = mkdtempSync(join(tmpdir(), 'kompas-indicator-page-bench-'));
  let server: KompasServer | undefined;
  let browser: Browser | undefined;
  try {
    console.log("Kompas benchmark — an indicator's page in headless Chromium: time to chart");
    server = await launchKompas({
      databasePath: join(dir, 'kompas.sqlite'),
      webRoot: process.env['KOMPAS_BENCH_WEB_ROOT'] || join(WORKSPACE_ROOT, 'dist', 'web'),
      demo: true,
      pollMs: 100,
    });
    const login = await fetch(`${server.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'kompas-demo' }),
    });
    if (login.status !== 200) throw new Error(`Sign-in failed (${login.status})`);
    const name = 'kompas_session';
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith(`${name}=`)) ?? '';
    const session = { name, value: cookie.split(';')[0].slice(name.length + 1) };
    browser = await chromium.launch({
      executablePath: process.env['KOMPAS_CHROMIUM'] || settings.executablePath,
      args: settings.args,
      headless: true,
    });
    console.log(
      `Chromium ${browser.version()}, ${VIEWPORT.width}×${VIEWPORT.height}, ${cpus().length} CPUs, load average ${round(loadavg()[0], 2)}`,
    );
    const r = await measureIndicatorPage(browser, server.base, session);
    printIndicatorPage(r);
    return 0;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The result in words, as both benchmarks print it. */
export function printIndicatorPage(r: IndicatorPageResult): void {
  console.log(
    `\nIndicator page "${r.indicator}" (${r.observations} observations) at ${r.path}: time to chart (navigation start → chart drawn on its canvas), ` +
      `${WARM_UP} warm-up + ${r.runs} loads, each in a fresh context:`,
  );
  console.log(
    `  median ${(r.medianMs / 1000).toFixed(2)} s, range ${(r.minMs / 1000).toFixed(2)}–${(r.maxMs / 1000).toFixed(2)} s; goal ≤ ${(r.goalMs / 1000).toFixed(1)} s: ` +
      `${r.medianMs <= r.goalMs ? 'MET' : 'NOT MET'}`,
  );
  console.log(`  runs (ms): ${r.runsMs.join(', ')}`);
  console.log(
    `  medians from navigation start (received): app script ${r.medianMainScriptMs.toFixed(0)} ms, who is signed in ${r.medianSignedInMs.toFixed(0)} ms, ` +
      `page code ${r.medianPageCodeMs.toFixed(0)} ms, chart library ${r.medianChartLibraryMs.toFixed(0)} ms, observations ${r.medianObservationsMs.toFixed(0)} ms`,
  );
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error('Indicator page benchmark failed:', e instanceof Error ? (e.stack ?? e.message) : e);
      process.exit(1);
    },
  );
}
