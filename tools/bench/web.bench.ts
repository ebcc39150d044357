// Benchmark of the web app in headless Chromium: its initial JavaScript, the time from navigation until a
// map is drawn (the Hedensted demo plan at `/`, and a synthetic 1,000-action plan), the time from signing in
// until a committee member's own part is drawn readable (the first readable view), frames per second
// while panning, and an indicator's page's time to chart (indicator-page.bench.ts). Run with `npm run bench`
// after `npm run build`; the results are also written to bench-results/web.json. Chromium: $KOMPAS_CHROMIUM, else /usr/bin/chromium.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import '../launcher/built-api';
import { launchKompas, SERVER_ENTRY, WORKSPACE_ROOT, type KompasServer } from '../launcher/kompas-server';
import { INDICATOR_PAGE_GOAL_MS, indicatorPageFigure, measureIndicatorPage, printIndicatorPage } from './indicator-page.bench';

/* eslint-disable @typescript-eslint/no-require-imports */
const { chromium } = require('@playwright/test') as typeof import('@playwright/test');
const { syntheticPlan } = require('../../api/test/synthetic-plan') as typeof import('../../api/test/synthetic-plan');
const { filterPlanGraph, layoutPlanGraph, NO_FILTER, ownPart } = require('@kompas/domain') as typeof import('@kompas/domain');
/* eslint-enable @typescript-eslint/no-require-imports */

type Browser = import('@playwright/test').Browser;
type Page = import('@playwright/test').Page;
type PlanGraph = import('@kompas/domain').PlanGraph;

// KOMPAS_BENCH_WEB_ROOT: another build of the web app to measure instead of dist/web (to compare two builds).
const WEB_ROOT = process.env['KOMPAS_BENCH_WEB_ROOT'] || join(WORKSPACE_ROOT, 'dist', 'web');
// The same Chromium and flags as the browser tests.
const CHROMIUM_SETTINGS = JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'e2e', 'chromium.json'), 'utf8')) as {
  executablePath: string;
  args: string[];
};
const CHROMIUM = process.env['KOMPAS_CHROMIUM'] || CHROMIUM_SETTINGS.executablePath;
const CHROMIUM_ARGS = CHROMIUM_SETTINGS.args;
const VIEWPORT = { width: 1440, height: 900 };
const WARM_UP = 1;
const RUNS = 7;
const SYNTHETIC_ACTIONS = 1_000;
const SYNTHETIC_SEED = 1;
const PAN_MS = 3_000;
const FPS_WINDOW_MS = 250;
// Above this many nodes the map draws only what is in view (web: CascadeMap's LARGE_MAP_NODES).
const LARGE_MAP_NODES = 400;
const DRAW_TIMEOUT_MS = Number(process.env['KOMPAS_BENCH_DRAW_TIMEOUT_MS'] || 60_000);

const GOALS = { initialJsGzipKB: 300, drawnMs: 1_500, readableMs: 1_500, panFps: 50 };
// The first readable view is measured on a projector's screen, where text must be 12 px or more (UX).
const READABLE_VIEWPORT = { width: 1280, height: 720 };
const READABLE_PX = 12;

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;
const kb = (bytes: number): number => round(bytes / 1024, 1);
const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// ── 1. Initial JavaScript ────────────────────────────────────────────────────────────────────────────

type InitialJs = { files: { path: string; bytes: number; gzipBytes: number }[]; bytes: number; gzipBytes: number; cssGzipBytes: number };

/** The scripts and module preloads dist/web/index.html loads before anything else, each gzipped at level 9. */
function initialJavaScript(): InitialJs {
  const html = readFileSync(join(WEB_ROOT, 'index.html'), 'utf8');
  const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];
  const js = new Set<string>();
  const css = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src) js.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase();
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel === 'modulepreload') js.add(href);
    if (rel === 'stylesheet') css.add(href);
  }
  if (!js.size) throw new Error('dist/web/index.html loads no script: run `npm run build` first.');
  const read = (path: string): Buffer => readFileSync(join(WEB_ROOT, path.replace(/^\//, '')));
  const files = [...js].map((path) => {
    const content = read(path);
    return { path, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  const cssGzipBytes = [...css].reduce((sum, path) => sum + gzipSync(read(path), { level: 9 }).length, 0);
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    cssGzipBytes,
  };
}

// ── The API server ───────────────────────────────────────────────────────────────────────────────────

/** The built API (demo data, production mode) serving the web app under test, with its own database; signed in once it answers. */
async function startServer(databasePath: string): Promise<KompasServer> {
  const server = await launchKompas({ databasePath, webRoot: WEB_ROOT, demo: true, pollMs: 100 });
  try {
    await signIn(server.base);
    return server;
  } catch (e) {
    await server.stop();
    throw e;
  }
}

/** The map is measured as the administrator of the demo sees it; the session cookie goes with every request and page. */
const session = { name: 'kompas_session', value: '' };

async function signIn(base: string): Promise<void> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'kompas-demo' }),
  });
  if (res.status !== 200) throw new Error(`Sign-in failed (${res.status}): ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${session.name}=`));
  session.value = (cookie ?? '').split(';')[0].slice(session.name.length + 1);
}

/** Who a login is, as the API says (its own session, not the benchmark's). */
async function meOf(base: string, user: { username: string; password: string }): Promise<{ committeeIds: string[] }> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  if (res.status !== 200) throw new Error(`Sign-in of ${user.username} failed (${res.status}): ${await res.text()}`);
  const cookie = (res.headers.getSetCookie().find((c) => c.startsWith(`${session.name}=`)) ?? '').split(';')[0];
  const me = await fetch(`${base}/api/auth/me`, { headers: { cookie } });
  if (!me.ok) throw new Error(`GET /api/auth/me failed (${me.status})`);
  return (await me.json()) as { committeeIds: string[] };
}

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, {
    ...init,
    headers: { ...(init?.headers as Record<string, string>), cookie: `${session.name}=${session.value}` },
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url} failed (${res.status}): ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

// ── What the map is expected to show ─────────────────────────────────────────────────────────────────

/** The map's nodes (box in flow coordinates) and edges, computed as the web app does for an address without filters. */
type Expected = {
  large: boolean;
  nodes: { id: string; x: number; y: number; w: number; h: number; vision: boolean }[];
  edges: { id: string; source: string; target: string }[];
};

function expectedMap(graph: PlanGraph): Expected {
  // The same pipeline as MapPage + toFlow: filter (none), lay out with indicators shown, keep edges between placed nodes.
  const filtered = filterPlanGraph(graph, NO_FILTER);
  const layout = layoutPlanGraph(filtered, { showIndicators: true });
  const known = new Map(filtered.nodes.map((n) => [n.id, n]));
  const nodes = layout.nodes
    .filter((b) => known.has(b.id))
    .map((b) => ({ id: b.id, x: b.x, y: b.y, w: b.width, h: b.height, vision: known.get(b.id)?.kind === 'vision' }));
  const placed = new Set(nodes.map((n) => n.id));
  const edges = filtered.edges
    .filter((e) => placed.has(e.source) && placed.has(e.target))
    .map((e) => ({ id: e.id, source: e.source, target: e.target }));
  return { large: graph.nodes.length > LARGE_MAP_NODES, nodes, edges };
}

// ── In the page ──────────────────────────────────────────────────────────────────────────────────────
// These functions are serialised and run in Chromium; they must not use anything from this module's scope.
// The API is compiled without the DOM library, so the few DOM parts they use are declared here.

type PageRect = { left: number; top: number; right: number; bottom: number; width: number; height: number };
type PageElement = {
  getAttribute(name: string): string | null;
  querySelector(s: string): PageElement | null;
  getBoundingClientRect(): PageRect;
  style: { visibility: string; transform: string };
};
type PageDocument = { querySelector(s: string): PageElement | null; querySelectorAll(s: string): ArrayLike<PageElement> };
type Marks = {
  firstNode?: number;
  allMounted?: number;
  drawn?: number;
  checkedNodes?: number;
  checkedEdges?: number;
  undrawableEdges?: number;
  longTasks: { start: number; duration: number }[];
};
type PageGlobals = {
  document: PageDocument;
  requestAnimationFrame(callback: (time: number) => void): number;
  PerformanceObserver?: new (callback: (list: { getEntries(): { startTime: number; duration: number }[] }) => void) => {
    observe(options: { type: string; buffered?: boolean }): void;
  };
  __kompasBench?: Marks;
  __kompasFrames?: number[];
  __kompasFramesStop?: boolean;
};

/**
 * Installed before the app's scripts: from the first frame on, checks once per animation frame whether the map
 * is drawn, and stores navigation-relative `performance.now()` marks in `window.__kompasBench`.
 *
 * Drawn means:
 * - small map (≤ 400 nodes, all mounted, view fitted): every expected node is in the DOM, not hidden by React
 *   Flow (it hides nodes until they have a size), with a non-zero size and inside the map's pane (so the view
 *   has been fitted); and every expected edge React Flow can draw is in the DOM (it draws an edge only after
 *   both end nodes' handles are measured, and only from a node with a source handle to one with a target
 *   handle: edges whose ends lack them are never drawn, and are counted as `undrawableEdges`).
 * - large map (> 400 nodes, only what is in view is rendered, opening at zoom 1 on the top of the cascade):
 *   the view has been set (the map says `data-view="open"`); the vision node and every expected node whose box intersects the pane
 *   at the current view are in the DOM, visible and of non-zero size; and every edge React Flow can draw
 *   between two such nodes is in the DOM.
 */
function installDrawnDetector(expected: Expected): void {
  const w = globalThis as unknown as PageGlobals;
  const marks: Marks = { longTasks: [] };
  w.__kompasBench = marks;
  try {
    const Observer = w.PerformanceObserver;
    if (Observer) {
      new Observer((list) => {
        if (marks.drawn === undefined)
          for (const e of list.getEntries()) marks.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    }
  } catch {
    // long-task timing is optional
  }
  const shown = (el: PageElement | undefined): boolean => {
    if (!el || el.style.visibility === 'hidden') return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const check = (): void => {
    const now = performance.now();
    const doc = w.document;
    const nodeElements = doc.querySelectorAll('.react-flow__node');
    const pane = doc.querySelector('.react-flow__renderer');
    const viewport = doc.querySelector('.react-flow__viewport');
    if (nodeElements.length && marks.firstNode === undefined) marks.firstNode = now;
    let done = false;
    if (pane && viewport && nodeElements.length) {
      const byId = new Map<string, PageElement>();
      for (let i = 0; i < nodeElements.length; i++) {
        const el = nodeElements[i];
        const id = el.getAttribute('data-id');
        if (id) byId.set(id, el);
      }
      const box = pane.getBoundingClientRect();
      let wanted = expected.nodes;
      if (expected.large) {
        const m = /translate\(\s*(-?[\d.e+-]+)px\s*,\s*(-?[\d.e+-]+)px\s*\)\s*scale\(\s*([\d.e+-]+)\s*\)/.exec(viewport.style.transform);
        const zoom = m ? Number(m[3]) : 1;
        if (m && doc.querySelector('[data-view="open"]')) {
          const tx = Number(m[1]);
          const ty = Number(m[2]);
          wanted = expected.nodes.filter((n) => {
            if (n.vision) return true;
            const left = tx + n.x * zoom;
            const top = ty + n.y * zoom;
            return left < box.width && left + n.w * zoom > 0 && top < box.height && top + n.h * zoom > 0;
          });
        } else {
          wanted = [];
        }
      } else if (nodeElements.length !== expected.nodes.length) {
        wanted = [];
      }
      if (wanted.length && wanted.every((n) => byId.has(n.id))) {
        if (marks.allMounted === undefined) marks.allMounted = now;
        const ok = wanted.every((n) => {
          const el = byId.get(n.id);
          if (!shown(el) || !el) return false;
          if (expected.large) return true;
          const r = el.getBoundingClientRect();
          return r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
        });
        if (ok) {
          const ids = new Set(wanted.map((n) => n.id));
          const edgeElements = doc.querySelectorAll('.react-flow__edge');
          const present = new Set<string>();
          for (let i = 0; i < edgeElements.length; i++) present.add(edgeElements[i].getAttribute('data-id') ?? '');
          // React Flow draws an edge only from a node with a source handle to one with a target handle.
          const hasHandle = (id: string, type: string) => !!byId.get(id)?.querySelector(`.react-flow__handle.${type}`);
          const between = expected.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
          const drawable = between.filter((e) => hasHandle(e.source, 'source') && hasHandle(e.target, 'target'));
          if (drawable.every((e) => present.has(e.id))) {
            done = true;
            marks.checkedNodes = wanted.length;
            marks.checkedEdges = drawable.length;
            marks.undrawableEdges = between.length - drawable.length;
          }
        }
      }
    }
    if (done) marks.drawn = now;
    else w.requestAnimationFrame(check);
  };
  w.requestAnimationFrame(check);
}

/** Records every animation frame's timestamp until stopped. */
function startFrameRecorder(): void {
  const w = globalThis as unknown as PageGlobals;
  const frames: number[] = [];
  w.__kompasFrames = frames;
  w.__kompasFramesStop = false;
  const tick = (time: number): void => {
    frames.push(time);
    if (!w.__kompasFramesStop) w.requestAnimationFrame(tick);
  };
  w.requestAnimationFrame(tick);
}

function stopFrameRecorder(): number[] {
  const w = globalThis as unknown as PageGlobals;
  w.__kompasFramesStop = true;
  return w.__kompasFrames ?? [];
}

/** What the page shows, for an error message. */
function describeMap(): string {
  const w = globalThis as unknown as PageGlobals & { location: { href: string } };
  const nodes = w.document.querySelectorAll('.react-flow__node');
  let hidden = 0;
  for (let i = 0; i < nodes.length; i++) if (nodes[i].style.visibility === 'hidden') hidden++;
  const viewport = w.document.querySelector('.react-flow__viewport');
  return JSON.stringify({
    url: w.location.href,
    nodes: nodes.length,
    hidden,
    edges: w.document.querySelectorAll('.react-flow__edge').length,
    transform: viewport?.style.transform ?? null,
    marks: w.__kompasBench,
  });
}

/** Timings the browser itself records for the page (navigation-relative ms). */
function pageTimings(): { domContentLoaded: number; scriptEnd: number; plansEnd: number; graphStart: number; graphEnd: number } {
  // The page's Performance API (Node's types know only its own entry types).
  const perf = performance as unknown as { getEntriesByType(type: string): unknown[] };
  const entries = perf.getEntriesByType('resource') as { name: string; startTime: number; responseEnd: number }[];
  const nav = perf.getEntriesByType('navigation')[0] as { domContentLoadedEventEnd: number } | undefined;
  const last = (test: (name: string) => boolean) => entries.filter((e) => test(e.name)).pop();
  const script = last((n) => /\/assets\/.*\.js$/.test(n));
  const plans = last((n) => /\/api\/plans(\?|$)/.test(n));
  const graph = last((n) => /\/api\/plans\/[^/]+\/graph/.test(n));
  return {
    domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
    scriptEnd: script?.responseEnd ?? NaN,
    plansEnd: plans?.responseEnd ?? NaN,
    graphStart: graph?.startTime ?? NaN,
    graphEnd: graph?.responseEnd ?? NaN,
  };
}

// ── 2 & 3. Time until the map is drawn ───────────────────────────────────────────────────────────────

type DrawRun = {
  drawnMs: number;
  firstNodeMs: number;
  allMountedMs: number;
  domContentLoadedMs: number;
  scriptEndMs: number;
  graphRequestStartMs: number;
  graphResponseEndMs: number;
  longTasksBeforeDrawnMs: number;
  longestTaskMs: number;
  checkedNodes: number;
  checkedEdges: number;
  undrawableEdges: number;
  domNodes: number;
};

/** Opens `path` in a fresh browser context (cold cache) and waits until the map is drawn; keeps the page open if asked. */
async function drawOnce(
  browser: Browser,
  base: string,
  path: string,
  expected: Expected,
  keep = false,
): Promise<{ run: DrawRun; page?: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'da-DK' });
  await context.addCookies([{ name: session.name, value: session.value, url: base }]);
  try {
    await context.addInitScript(installDrawnDetector, expected);
    const page = await context.newPage();
    await page.goto(base + path, { waitUntil: 'commit' });
    await page
      .waitForFunction(() => (globalThis as unknown as PageGlobals).__kompasBench?.drawn !== undefined, undefined, {
        timeout: DRAW_TIMEOUT_MS,
        polling: 100,
      })
      .catch(async (e: unknown) => {
        const state = await page.evaluate(describeMap).catch(() => 'unknown');
        throw new Error(
          `The map at ${path} was not drawn within ${DRAW_TIMEOUT_MS / 1000} s (expected ${expected.nodes.length} nodes, ${expected.edges.length} edges; page: ${state})`,
          { cause: e },
        );
      });
    const marks = (await page.evaluate(() => (globalThis as unknown as PageGlobals).__kompasBench)) as Marks;
    const timings = await page.evaluate(pageTimings);
    const domNodes = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).document.querySelectorAll('.react-flow__node').length,
    );
    const drawn = marks.drawn ?? NaN;
    const before = marks.longTasks.filter((t) => t.start < drawn);
    const run: DrawRun = {
      drawnMs: round(drawn),
      firstNodeMs: round(marks.firstNode ?? NaN),
      allMountedMs: round(marks.allMounted ?? NaN),
      domContentLoadedMs: round(timings.domContentLoaded),
      scriptEndMs: round(timings.scriptEnd),
      graphRequestStartMs: round(timings.graphStart),
      graphResponseEndMs: round(timings.graphEnd),
      longTasksBeforeDrawnMs: round(before.reduce((sum, t) => sum + t.duration, 0)),
      longestTaskMs: round(Math.max(0, ...before.map((t) => t.duration))),
      checkedNodes: marks.checkedNodes ?? 0,
      checkedEdges: marks.checkedEdges ?? 0,
      undrawableEdges: marks.undrawableEdges ?? 0,
      domNodes,
    };
    if (keep) return { run, page };
    await context.close();
    return { run };
  } catch (e) {
    await context.close();
    throw e;
  }
}

type DrawResult = {
  path: string;
  graphNodes: number;
  mapNodes: number;
  mapEdges: number;
  large: boolean;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  medianBreakdown: Omit<DrawRun, 'checkedNodes' | 'checkedEdges' | 'undrawableEdges' | 'domNodes'>;
  checkedNodes: number;
  checkedEdges: number;
  undrawableEdges: number;
  domNodes: number;
  runsMs: number[];
};

async function measureDrawn(browser: Browser, base: string, path: string, graph: PlanGraph, expected: Expected): Promise<DrawResult> {
  for (let i = 0; i < WARM_UP; i++) await drawOnce(browser, base, path, expected);
  const runs: DrawRun[] = [];
  for (let i = 0; i < RUNS; i++) runs.push((await drawOnce(browser, base, path, expected)).run);
  const times = runs.map((r) => r.drawnMs);
  const med = (pick: (r: DrawRun) => number) => round(median(runs.map(pick)));
  const last = runs[runs.length - 1];
  return {
    path,
    graphNodes: graph.nodes.length,
    mapNodes: expected.nodes.length,
    mapEdges: expected.edges.length,
    large: expected.large,
    runs: RUNS,
    medianMs: med((r) => r.drawnMs),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    medianBreakdown: {
      drawnMs: med((r) => r.drawnMs),
      firstNodeMs: med((r) => r.firstNodeMs),
      allMountedMs: med((r) => r.allMountedMs),
      domContentLoadedMs: med((r) => r.domContentLoadedMs),
      scriptEndMs: med((r) => r.scriptEndMs),
      graphRequestStartMs: med((r) => r.graphRequestStartMs),
      graphResponseEndMs: med((r) => r.graphResponseEndMs),
      longTasksBeforeDrawnMs: med((r) => r.longTasksBeforeDrawnMs),
      longestTaskMs: med((r) => r.longestTaskMs),
    },
    checkedNodes: last.checkedNodes,
    checkedEdges: last.checkedEdges,
    undrawableEdges: last.undrawableEdges,
    domNodes: last.domNodes,
    runsMs: times,
  };
}

// ── 4. The first readable view: from signing in until one's own part is drawn with titles of 12 px or more ──

type ReadablePart = { nodes: { id: string; x: number; y: number; w: number; h: number }[]; minPx: number };
type ReadableMarks = { start?: number; readable?: number; checked?: number };

/** The own part the map should open on for a committee member (domain's `ownPart`), with its boxes from the layout. */
function readablePart(graph: PlanGraph, committeeIds: string[]): ReadablePart {
  const own = new Set(ownPart(graph, { roles: ['committeeMember'], committeeIds, unitIds: [] }) ?? []);
  if (!own.size) throw new Error('The committee member owns nothing in this plan.');
  const layout = layoutPlanGraph(filterPlanGraph(graph, NO_FILTER), { showIndicators: true });
  const nodes = layout.nodes.filter((n) => own.has(n.id)).map((n) => ({ id: n.id, x: n.x, y: n.y, w: n.width, h: n.height }));
  return { nodes, minPx: READABLE_PX };
}

/**
 * Installed before the app's scripts (runs in Chromium): notes when the sign-in form is submitted, then checks once
 * per animation frame whether the map has opened its view (`data-view="open"`) with every node of the own part that
 * lies in the pane in the DOM, visible, and its title at least `minPx` tall on screen (computed font size × zoom).
 */
function installReadableDetector(part: ReadablePart): void {
  type Styled = PageElement & { closest(s: string): PageElement | null };
  const w = globalThis as unknown as PageGlobals & {
    __kompasReadable?: ReadableMarks;
    getComputedStyle(element: PageElement): { fontSize: string };
    document: PageDocument & { addEventListener(type: string, listener: () => void, capture: boolean): void };
  };
  const marks: ReadableMarks = {};
  w.__kompasReadable = marks;
  w.document.addEventListener('submit', () => (marks.start ??= performance.now()), true);
  const check = (): void => {
    const now = performance.now();
    const doc = w.document;
    const viewport = doc.querySelector('.react-flow__viewport');
    const pane = doc.querySelector('.react-flow__renderer');
    if (marks.start !== undefined && viewport && pane && doc.querySelector('[data-view="open"]')) {
      const m = /translate\(\s*(-?[\d.e+-]+)px\s*,\s*(-?[\d.e+-]+)px\s*\)\s*scale\(\s*([\d.e+-]+)\s*\)/.exec(viewport.style.transform);
      if (m) {
        const [tx, ty, zoom] = [Number(m[1]), Number(m[2]), Number(m[3])];
        const box = pane.getBoundingClientRect();
        const inView = part.nodes.filter((n) => {
          const left = tx + n.x * zoom;
          const top = ty + n.y * zoom;
          return left < box.width && left + n.w * zoom > 0 && top < box.height && top + n.h * zoom > 0;
        });
        const readable = (id: string): boolean => {
          const el = doc.querySelector(`.react-flow__node[data-id="${id}"]`) as Styled | null;
          if (!el || el.style.visibility === 'hidden' || el.getBoundingClientRect().width === 0) return false;
          const title = el.querySelector('.kompas-node__title');
          return !!title && parseFloat(w.getComputedStyle(title).fontSize) * zoom >= part.minPx;
        };
        if (inView.length && inView.every((n) => readable(n.id))) {
          marks.readable = now;
          marks.checked = inView.length;
        }
      }
    }
    if (marks.readable === undefined) w.requestAnimationFrame(check);
  };
  w.requestAnimationFrame(check);
}

type ReadableResult = {
  path: string;
  user: string;
  ownNodes: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  checkedNodes: number;
  runsMs: number[];
};

/** Signs in through the sign-in page in a fresh context (cold cache) and times submit → own part drawn readable. */
async function readableOnce(
  browser: Browser,
  base: string,
  next: string,
  user: { username: string; password: string },
  part: ReadablePart,
) {
  const context = await browser.newContext({ viewport: READABLE_VIEWPORT, deviceScaleFactor: 1, locale: 'da-DK' });
  try {
    await context.addInitScript(installReadableDetector, part);
    const page = await context.newPage();
    await page.goto(`${base}/sign-in${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`);
    await page.getByTestId('signin-username').fill(user.username);
    await page.getByTestId('signin-password').fill(user.password);
    await page.getByTestId('signin-submit').click();
    await page
      .waitForFunction(
        () => (globalThis as unknown as { __kompasReadable?: ReadableMarks }).__kompasReadable?.readable !== undefined,
        undefined,
        {
          timeout: DRAW_TIMEOUT_MS,
          polling: 100,
        },
      )
      .catch(async (e: unknown) => {
        const state = await page.evaluate(describeMap).catch(() => 'unknown');
        throw new Error(
          `${user.username}'s own part at ${next} was not drawn readable within ${DRAW_TIMEOUT_MS / 1000} s (page: ${state})`,
          {
            cause: e,
          },
        );
      });
    const marks = (await page.evaluate(
      () => (globalThis as unknown as { __kompasReadable?: ReadableMarks }).__kompasReadable,
    )) as ReadableMarks;
    return { ms: round((marks.readable ?? NaN) - (marks.start ?? NaN)), checked: marks.checked ?? 0 };
  } finally {
    await context.close();
  }
}

async function measureReadable(
  browser: Browser,
  base: string,
  next: string,
  user: { username: string; password: string },
  part: ReadablePart,
): Promise<ReadableResult> {
  for (let i = 0; i < WARM_UP; i++) await readableOnce(browser, base, next, user, part);
  const runs: { ms: number; checked: number }[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await readableOnce(browser, base, next, user, part));
  const times = runs.map((r) => r.ms);
  return {
    path: next,
    user: user.username,
    ownNodes: part.nodes.length,
    runs: RUNS,
    medianMs: round(median(times)),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    checkedNodes: runs[runs.length - 1].checked,
    runsMs: times,
  };
}

// ── 5. Frames per second while panning ───────────────────────────────────────────────────────────────

type PanResult = {
  durationMs: number;
  frames: number;
  pointerMoves: number;
  medianWindowFps: number;
  minWindowFps: number;
  medianFrameIntervalMs: number;
  p95FrameIntervalMs: number;
  longestFrameMs: number;
  averageFps: number;
  domNodesAfter: number;
};

/** A point on the map's pane with no node under it, near the middle, to start dragging from. */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals & {
      document: PageDocument & { elementFromPoint(x: number, y: number): (PageElement & { closest(s: string): unknown }) | null };
    };
    const pane = w.document.querySelector('.react-flow__renderer');
    if (!pane) throw new Error('no map pane');
    const r = pane.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    for (let radius = 0; radius < Math.min(r.width, r.height) / 2; radius += 10) {
      for (let a = 0; a < 16; a++) {
        const x = Math.round(cx + radius * Math.cos((a / 16) * 2 * Math.PI));
        const y = Math.round(cy + radius * Math.sin((a / 16) * 2 * Math.PI));
        const el = w.document.elementFromPoint(x, y);
        if (el && el.closest('.react-flow__pane') && !el.closest('.react-flow__node, .react-flow__edge, .react-flow__panel'))
          return { x, y };
      }
    }
    return { x: Math.round(cx), y: Math.round(cy) };
  });
}

/**
 * Drags the pane for PAN_MS with the mouse (real input events through the DevTools protocol), the pointer on a
 * path of ±300 px sideways (two sweeps) and up to 300 px up and back (so the content scrolls to show rows below
 * the first view and returns), moving as often as the page accepts input; counts animation frames meanwhile.
 */
async function panFps(page: Page): Promise<PanResult> {
  const start = await emptyPanePoint(page);
  const urlBefore = page.url();
  await page.mouse.move(start.x, start.y);
  await sleep(200);
  await page.evaluate(startFrameRecorder);
  await page.mouse.down();
  const t0 = Date.now();
  let moves = 0;
  for (;;) {
    const t = Date.now() - t0;
    if (t > PAN_MS) break;
    const dx = 300 * Math.sin((2 * Math.PI * t) / (PAN_MS / 2));
    const dy = -300 * Math.sin((Math.PI * t) / PAN_MS);
    await page.mouse.move(start.x + dx, start.y + dy);
    moves++;
    await sleep(4);
  }
  await page.mouse.up();
  const frames = (await page.evaluate(stopFrameRecorder)).filter((_, i, all) => i === 0 || all[i] > all[i - 1]);
  const domNodesAfter = await page.evaluate(
    () => (globalThis as unknown as PageGlobals).document.querySelectorAll('.react-flow__node').length,
  );
  if (page.url() !== urlBefore) console.warn(`  warning: panning changed the address (${urlBefore} → ${page.url()})`);
  // Frames per 250 ms window over the drag (frames from the first to the last recorded one).
  const first = frames[0];
  const span = frames[frames.length - 1] - first;
  const windows: number[] = [];
  for (let from = 0; from + FPS_WINDOW_MS <= span; from += FPS_WINDOW_MS) {
    const count = frames.filter((f) => f - first >= from && f - first < from + FPS_WINDOW_MS).length;
    windows.push(count * (1000 / FPS_WINDOW_MS));
  }
  const intervals = frames.slice(1).map((f, i) => f - frames[i]);
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    durationMs: round(span),
    frames: frames.length,
    pointerMoves: moves,
    medianWindowFps: round(median(windows)),
    minWindowFps: round(Math.min(...windows)),
    medianFrameIntervalMs: round(median(intervals), 2),
    p95FrameIntervalMs: round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))], 2),
    longestFrameMs: round(sorted[sorted.length - 1], 1),
    averageFps: round(((frames.length - 1) / span) * 1000),
    domNodesAfter,
  };
}

async function measurePan(browser: Browser, base: string, path: string, expected: Expected): Promise<PanResult> {
  const { page } = await drawOnce(browser, base, path, expected, true);
  if (!page) throw new Error('no page');
  try {
    await sleep(500); // let the page go quiet after the first draw
    return await panFps(page);
  } finally {
    await page.context().close();
  }
}

// ── Report ───────────────────────────────────────────────────────────────────────────────────────────

type Row = { what: string; measured: string; goal: string; ratio: number; met: boolean };

function printTable(header: string[], rows: string[][], alignLeft = 1): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < alignLeft ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<number> {
  if (!existsSync(SERVER_ENTRY) || !existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('Build first: npm run build');
  const dir = mkdtempSync(join(tmpdir(), 'kompas-web-bench-'));
  let server: KompasServer | undefined;
  let browser: Browser | undefined;
  const cleanUp = async (): Promise<void> => {
    await browser?.close().catch(() => undefined);
    browser = undefined;
    await server?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    console.log('Kompas benchmark — the web app in headless Chromium');
    const js = initialJavaScript();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const loadBefore = round(loadavg()[0], 2);
    console.log(
      `Chromium ${browser.version()} (${CHROMIUM}), headless, no GPU, ${VIEWPORT.width}×${VIEWPORT.height}; ` +
        `each load in a fresh context (cold cache), ${WARM_UP} warm-up + ${RUNS} measured loads.`,
    );
    console.log(`${cpus().length} CPUs, load average ${loadBefore} at the start (other work on the machine skews these figures).\n`);

    server = await startServer(join(dir, 'kompas.sqlite'));
    const plans = await getJson<{ id: string; name?: string }[]>(`${server.base}/api/plans`);
    if (plans.length !== 1) throw new Error(`Expected the demo plan only, found ${plans.length} plans.`);
    const demo = plans[0];
    const demoGraph = await getJson<PlanGraph>(`${server.base}/api/plans/${demo.id}/graph`);
    const demoExpected = expectedMap(demoGraph);

    console.log(`  Hedensted (demo) at /: ${demoExpected.nodes.length} nodes, ${demoExpected.edges.length} edges on the map`);
    const demoDrawn = await measureDrawn(browser, server.base, '/', demoGraph, demoExpected);
    const demoPan = await measurePan(browser, server.base, '/', demoExpected);
    // The demo's committee member (Udvalget for Læring) signs in and opens on her committee's focus areas.
    const mette = { username: 'udvalg', password: 'kompas-demo' };
    const metteCommittees = (await meOf(server.base, mette)).committeeIds;
    const demoReadable = await measureReadable(browser, server.base, '/', mette, readablePart(demoGraph, metteCommittees));
    // An indicator's page, on the demo plan: time to chart.
    const indicatorPage = await measureIndicatorPage(browser, server.base, session);

    const planDocument = JSON.stringify(syntheticPlan(SYNTHETIC_ACTIONS, SYNTHETIC_SEED));
    const imported = await getJson<{ id: string }>(`${server.base}/api/plans/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: planDocument,
    });
    const bigGraph = await getJson<PlanGraph>(`${server.base}/api/plans/${imported.id}/graph`);
    const bigExpected = expectedMap(bigGraph);
    const bigPath = `/plans/${imported.id}`;
    console.log(
      `  Synthetic ${SYNTHETIC_ACTIONS.toLocaleString('en-US')} actions at ${bigPath}: ` +
        `${bigExpected.nodes.length.toLocaleString('en-US')} nodes, ${bigExpected.edges.length.toLocaleString('en-US')} edges on the map`,
    );
    const bigDrawn = await measureDrawn(browser, server.base, bigPath, bigGraph, bigExpected);
    const bigPan = await measurePan(browser, server.base, bigPath, bigExpected);
    // A member of one of the big plan's committees, created for the run, signs in and opens on its focus areas.
    const bigCommittee = (await getJson<{ id: string; name: string }[]>(`${server.base}/api/plans/${imported.id}/committees`)).find(
      (c) => c.name === 'Udvalget for Læring',
    );
    if (!bigCommittee) throw new Error('The synthetic plan has no committee "Udvalget for Læring".');
    const member = { username: 'bench-udvalg', password: 'bench-udvalg-password' };
    await getJson(`${server.base}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...member, name: 'Bench Udvalg', roles: ['committeeMember'], committeeIds: [bigCommittee.id] }),
    });
    const bigReadable = await measureReadable(browser, server.base, bigPath, member, readablePart(bigGraph, [bigCommittee.id]));

    const drawRow = (label: string, r: DrawResult): Row => ({
      what: label,
      measured: `${(r.medianMs / 1000).toFixed(2)} s (${(r.minMs / 1000).toFixed(2)}–${(r.maxMs / 1000).toFixed(2)})`,
      goal: `≤ ${(GOALS.drawnMs / 1000).toFixed(1)} s`,
      ratio: r.medianMs / GOALS.drawnMs,
      met: r.medianMs <= GOALS.drawnMs,
    });
    const readableRow = (label: string, r: ReadableResult): Row => ({
      what: label,
      measured: `${(r.medianMs / 1000).toFixed(2)} s (${(r.minMs / 1000).toFixed(2)}–${(r.maxMs / 1000).toFixed(2)})`,
      goal: `≤ ${(GOALS.readableMs / 1000).toFixed(1)} s`,
      ratio: r.medianMs / GOALS.readableMs,
      met: r.medianMs <= GOALS.readableMs,
    });
    const fpsRow = (label: string, r: PanResult): Row => ({
      what: label,
      measured: `${r.medianWindowFps.toFixed(0)} fps (min ${r.minWindowFps.toFixed(0)})`,
      goal: `≥ ${GOALS.panFps} fps`,
      ratio: r.medianWindowFps / GOALS.panFps,
      met: r.medianWindowFps >= GOALS.panFps,
    });
    const rows: Row[] = [
      {
        what: 'Initial JavaScript, gzip -9',
        measured: `${kb(js.gzipBytes)} KB`,
        goal: `≤ ${GOALS.initialJsGzipKB} KB`,
        ratio: js.gzipBytes / 1024 / GOALS.initialJsGzipKB,
        met: js.gzipBytes / 1024 <= GOALS.initialJsGzipKB,
      },
      drawRow('Hedensted at /: drawn, median (min–max)', demoDrawn),
      drawRow(`${SYNTHETIC_ACTIONS.toLocaleString('en-US')} actions: drawn, median (min–max)`, bigDrawn),
      readableRow('Hedensted: first readable view (sign in → own part, titles ≥ 12 px)', demoReadable),
      readableRow(`${SYNTHETIC_ACTIONS.toLocaleString('en-US')} actions: first readable view`, bigReadable),
      fpsRow(`${SYNTHETIC_ACTIONS.toLocaleString('en-US')} actions: panning, median of 250 ms windows`, bigPan),
      fpsRow('Hedensted: panning, median of 250 ms windows (comparison)', demoPan),
      {
        what: `Indicator page (${indicatorPage.observations} observations): time to chart, median (min–max)`,
        measured: indicatorPageFigure(indicatorPage),
        goal: `≤ ${(INDICATOR_PAGE_GOAL_MS / 1000).toFixed(1)} s`,
        ratio: indicatorPage.medianMs / INDICATOR_PAGE_GOAL_MS,
        met: indicatorPage.medianMs <= INDICATOR_PAGE_GOAL_MS,
      },
    ];

    console.log('');
    printTable(
      ['measure', 'measured', 'goal', '× goal', 'goal met'],
      rows.map((r) => [r.what, r.measured, r.goal, `${r.ratio.toFixed(2)}×`, r.met ? 'MET' : 'NOT MET']),
    );

    console.log(
      '\nInitial JavaScript (what index.html loads before anything else; the API sends it gzipped at the same level to browsers that accept it):',
    );
    for (const f of js.files) console.log(`  ${f.path}: ${kb(f.bytes)} KB, ${kb(f.gzipBytes)} KB gzip -9`);
    console.log(`  (and CSS: ${kb(js.cssGzipBytes)} KB gzip -9, not counted)`);

    console.log('\nWhere the time goes until drawn (medians, ms from navigation start):');
    printTable(
      [
        'map',
        'script loaded',
        'DOMContentLoaded',
        'graph requested',
        'graph received',
        'first node',
        'nodes mounted',
        'drawn',
        'long tasks',
      ],
      [
        ['Hedensted', demoDrawn],
        [`${SYNTHETIC_ACTIONS.toLocaleString('en-US')} actions`, bigDrawn],
      ].map(([label, r]) => {
        const b = (r as DrawResult).medianBreakdown;
        return [
          label as string,
          b.scriptEndMs.toFixed(0),
          b.domContentLoadedMs.toFixed(0),
          b.graphRequestStartMs.toFixed(0),
          b.graphResponseEndMs.toFixed(0),
          b.firstNodeMs.toFixed(0),
          b.allMountedMs.toFixed(0),
          b.drawnMs.toFixed(0),
          `${b.longTasksBeforeDrawnMs.toFixed(0)} (longest ${b.longestTaskMs.toFixed(0)})`,
        ];
      }),
    );
    console.log(
      `  Checked when drawn: Hedensted ${demoDrawn.checkedNodes} nodes + ${demoDrawn.checkedEdges} edges (all that React Flow can draw); ` +
        `${SYNTHETIC_ACTIONS.toLocaleString('en-US')} actions: ${bigDrawn.checkedNodes} nodes in view (incl. the vision) + ` +
        `${bigDrawn.checkedEdges} edges between them, of ${bigDrawn.domNodes} nodes in the DOM.`,
    );
    if (demoDrawn.undrawableEdges || bigDrawn.undrawableEdges) {
      console.log(
        `  Never drawn (an end has no handle of the needed type): Hedensted ${demoDrawn.undrawableEdges} of ${demoDrawn.mapEdges} edges; ` +
          `${SYNTHETIC_ACTIONS.toLocaleString('en-US')} actions: ${bigDrawn.undrawableEdges} of the edges between the nodes in view.`,
      );
    }
    console.log(
      `\nFirst readable view at ${READABLE_VIEWPORT.width}×${READABLE_VIEWPORT.height}: from submitting the sign-in form until the map has opened ` +
        `on the committee member's own part and every own node in view is drawn with its title ≥ ${READABLE_PX} px on screen ` +
        `(Hedensted: ${demoReadable.user}, ${demoReadable.checkedNodes} of ${demoReadable.ownNodes} own nodes in view; ` +
        `${SYNTHETIC_ACTIONS.toLocaleString('en-US')} actions: ${bigReadable.user}, ${bigReadable.checkedNodes} of ${bigReadable.ownNodes}).`,
    );
    printIndicatorPage(indicatorPage);
    console.log('\nPanning (mouse drag on the pane for 3 s):');
    printTable(
      ['map', 'median fps', 'min fps', 'median frame', 'p95 frame', 'longest frame', 'avg fps', 'pointer moves', 'nodes in DOM'],
      [
        ['Hedensted', demoPan],
        [`${SYNTHETIC_ACTIONS.toLocaleString('en-US')} actions`, bigPan],
      ].map(([label, r]) => {
        const p = r as PanResult;
        return [
          label as string,
          p.medianWindowFps.toFixed(0),
          p.minWindowFps.toFixed(0),
          `${p.medianFrameIntervalMs.toFixed(1)} ms`,
          `${p.p95FrameIntervalMs.toFixed(1)} ms`,
          `${p.longestFrameMs.toFixed(0)} ms`,
          p.averageFps.toFixed(0),
          String(p.pointerMoves),
          String(p.domNodesAfter),
        ];
      }),
    );
    console.log(
      '\nDrawn = every expected node in the DOM, visible, of non-zero size, and (small maps) inside the fitted view, and every\n' +
        'expected edge between them in the DOM; for maps over 400 nodes (only what is in view is rendered, opening at zoom 1\n' +
        'on the top of the cascade) the expected nodes are the vision and those whose boxes intersect the pane. Time =\n' +
        "performance.now() in the page's first animation frame where this holds, i.e. from navigation start.",
    );

    const out = join(WORKSPACE_ROOT, 'bench-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, 'web.json'),
      `${JSON.stringify(
        {
          benchmark: 'Web app in headless Chromium: initial JavaScript, time until the map is drawn, panning fps',
          date: new Date().toISOString(),
          node: process.version,
          chromium: browser.version(),
          chromiumPath: CHROMIUM,
          viewport: VIEWPORT,
          cpus: cpus().length,
          loadAverage: { start: loadBefore, end: round(loadavg()[0], 2) },
          warmUpLoads: WARM_UP,
          measuredLoads: RUNS,
          goals: GOALS,
          summary: rows.map((r) => ({ ...r, ratio: round(r.ratio, 2) })),
          initialJavaScript: {
            method: 'scripts and modulepreloads in dist/web/index.html, each gzipped with zlib level 9, summed',
            files: js.files,
            bytes: js.bytes,
            gzipBytes: js.gzipBytes,
            gzipKB: kb(js.gzipBytes),
            cssGzipBytes: js.cssGzipBytes,
          },
          drawn: {
            definition:
              'performance.now() (navigation-relative) in the first animation frame where every expected node is in the DOM, ' +
              'visible and of non-zero size (small maps: all nodes, inside the fitted view; maps over 400 nodes: the vision and ' +
              'the nodes whose boxes intersect the pane once the view is open) and every expected edge between them is in the DOM',
            hedensted: demoDrawn,
            synthetic: { actions: SYNTHETIC_ACTIONS, seed: SYNTHETIC_SEED, ...bigDrawn },
          },
          firstReadableView: {
            definition:
              `from the sign-in form's submit event to the first animation frame where the map has opened its view and every node ` +
              `of the committee member's own part that lies in the pane is in the DOM with its title >= ${READABLE_PX} px on screen ` +
              `(computed font size x zoom), at ${READABLE_VIEWPORT.width}x${READABLE_VIEWPORT.height}`,
            hedensted: demoReadable,
            synthetic: { actions: SYNTHETIC_ACTIONS, seed: SYNTHETIC_SEED, ...bigReadable },
          },
          indicatorPage: {
            definition:
              "performance.now() of the mark the page sets when uPlot has first drawn the indicator's history chart on its canvas, " +
              'from navigation start, each load in a fresh context at 1280x720',
            ...indicatorPage,
          },
          panning: {
            method: `mouse drag on the pane for ${PAN_MS} ms, animation frames counted in the page; fps per ${FPS_WINDOW_MS} ms window`,
            hedensted: demoPan,
            synthetic: bigPan,
          },
        },
        null,
        2,
      )}\n`,
    );
    console.log('\nResults written to bench-results/web.json');
    return 0;
  } finally {
    await cleanUp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error('Web benchmark failed:', e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
