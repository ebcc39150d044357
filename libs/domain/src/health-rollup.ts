/**
 * The explained health roll-up: how every node of a plan is doing — on track,
 * at risk, off track or no data — computed from below, with the reasons that
 * say why. Health is not the lifecycle `status` of a node; both are shown.
 *
 * **An indicator**, from its latest current observation of its own series:
 * - a judgement recorded with it wins;
 * - else its value against the target that applies to its period
 *   (`checkTarget`): met is on track; missed is at risk when the gap to the
 *   target is at most `nearTarget` (a tenth) of the distance from the baseline
 *   to the target, else off track (without a baseline: off track);
 * - a value without a target (or a relative target still waiting for its
 *   reference value), a narrative without a judgement, or no observation at
 *   all: no data;
 * - overdue data caps on track at at risk.
 *
 * **A parent** (an action, a focus area, an aiming point, the vision), from
 * its children in the cascade (actions contributing to a focus area, focus
 * areas supporting an aiming point, aiming points of the vision) and its own
 * indicators together: of those with data, off track when at least
 * `offTrackShare` (half) are off track, else at risk when any is at risk or off
 * track, else on track; no data when none has data.
 *
 * **An assessment** of the node dated within `assessmentDays` (90) before
 * today — the newest one — overrides the computed health; its parents read the
 * assessed health.
 *
 * Every node is computed once, children before parents (the cascade's kinds
 * give the order), so a plan of any size takes one pass.
 */
import type { GraphNode, IndicatorNode, PlanGraph } from './graph';
import type { NodeKind } from './kinds';
import { addDays, periodCode } from './periods';
import { checkTarget, JudgedObservation, latestObservation, ObservedValue } from './targets';

export const NODE_HEALTHS = ['onTrack', 'atRisk', 'offTrack', 'noData'] as const;
export type NodeHealth = (typeof NODE_HEALTHS)[number];

export type HealthSettings = {
  /** A missed target is at risk, not off track, when the gap is at most this share of |target − baseline|. */
  nearTarget: number;
  /** A parent is off track when at least this share of its children with data are off track. */
  offTrackShare: number;
  /** An assessment overrides the computed health for this many days after its date. */
  assessmentDays: number;
};

export const DEFAULT_HEALTH_SETTINGS: HealthSettings = Object.freeze({ nearTarget: 0.1, offTrackShare: 0.5, assessmentDays: 90 });

export const HEALTH_REASON_CODES = [
  'assessment',
  'judgement',
  'targetMet',
  'nearTarget',
  'missedTarget',
  'noTarget',
  'noValue',
  'pending',
  'noObservation',
  'overdue',
  'children',
  'childHealth',
  'noChildren',
] as const;
export type HealthReasonCode = (typeof HEALTH_REASON_CODES)[number];

/** One reason for a node's health. `nodeId` is the node the reason names (the indicator, the child, or the node itself). */
export type HealthReason = { nodeId: string; code: HealthReasonCode; params: Record<string, string | number | null> };

export type NodeHealthResult = { nodeId: string; health: NodeHealth; reasons: HealthReason[] };

export type AssessmentForHealth = {
  id: string;
  nodeId: string;
  /** YYYY-MM-DD */
  date: string;
  status: 'onTrack' | 'atRisk' | 'offTrack';
  reflection: string;
};

/** How bad a health is: no data and on track are not worse than each other; at risk is worse, off track worst. */
export const HEALTH_SEVERITY: Readonly<Record<NodeHealth, number>> = { noData: 0, onTrack: 0, atRisk: 1, offTrack: 2 };

/** At most this many troubled children of each kind are named in a parent's reasons. */
export const NAMED_CHILDREN = 3;

/** Children before parents: the order nodes are computed in. */
const LEVEL: Readonly<Record<NodeKind, number>> = { indicator: 0, action: 1, focusArea: 2, aimingPoint: 3, vision: 4 };

/** The edges the roll-up follows, child (source) kind → parent (target) kind. */
const ROLLS_UP: Readonly<Record<string, (child: NodeKind, parent: NodeKind) => boolean>> = {
  partOf: (c, p) => c === 'aimingPoint' && p === 'vision',
  supports: (c, p) => c === 'focusArea' && p === 'aimingPoint',
  contributes: (c, p) => c === 'action' && p === 'focusArea',
  measures: (c, p) => c === 'indicator' && p !== 'indicator',
};

type Computed = NodeHealthResult & { primary: HealthReason | null };

/** Every node's health, from below. `observations`: an indicator's current observations (for "siden 2025K3"); optional. */
export function planHealth(
  graph: PlanGraph,
  input: {
    today: string;
    assessments?: readonly AssessmentForHealth[];
    observations?: ReadonlyMap<string, readonly JudgedObservation[]>;
    settings?: HealthSettings;
  },
): Map<string, NodeHealthResult> {
  const settings = input.settings ?? DEFAULT_HEALTH_SETTINGS;
  const byId = new Map<string, GraphNode>();
  for (const n of graph.nodes) byId.set(n.id, n);

  const children = new Map<string, Set<string>>();
  const addChild = (parentId: string, childId: string) => {
    const set = children.get(parentId);
    if (set) set.add(childId);
    else children.set(parentId, new Set([childId]));
  };
  for (const e of graph.edges) {
    const child = byId.get(e.source);
    const parent = byId.get(e.target);
    const rule = ROLLS_UP[e.kind];
    if (child && parent && rule && rule(child.kind, parent.kind)) addChild(parent.id, child.id);
  }
  for (const n of graph.nodes) {
    if (n.kind === 'indicator' && byId.get(n.measuresId)?.kind !== 'indicator' && byId.has(n.measuresId)) addChild(n.measuresId, n.id);
  }

  const assessed = newestAssessments(input.assessments ?? [], input.today, settings.assessmentDays);
  // Children before parents: bucketed by level, no sort.
  const levels: GraphNode[][] = [[], [], [], [], []];
  for (const n of graph.nodes) levels[LEVEL[n.kind]].push(n);
  const computed = new Map<string, Computed>();
  for (const node of levels.flat()) {
    if (computed.has(node.id)) continue;
    let result: Computed =
      node.kind === 'indicator'
        ? indicatorHealth(node, input.observations?.get(node.id), settings)
        : parentHealth(node, children.get(node.id), byId, computed, settings);
    const assessment = assessed.get(node.id);
    if (assessment) {
      result = {
        ...result,
        health: assessment.status,
        reasons: [
          {
            nodeId: node.id,
            code: 'assessment',
            params: {
              assessmentId: assessment.id,
              date: assessment.date,
              status: assessment.status,
              reflection: assessment.reflection,
              computed: result.health,
            },
          },
          ...result.reasons,
        ],
      };
    }
    computed.set(node.id, result);
  }
  const out = new Map<string, NodeHealthResult>();
  for (const [id, r] of computed) out.set(id, { nodeId: r.nodeId, health: r.health, reasons: r.reasons });
  return out;
}

/** Each node's newest assessment dated within `days` before `today` (and not after it). */
function newestAssessments(all: readonly AssessmentForHealth[], today: string, days: number): Map<string, AssessmentForHealth> {
  const from = addDays(today, -days);
  const newest = new Map<string, AssessmentForHealth>();
  for (const a of all) {
    if (a.date < from || a.date > today) continue;
    const held = newest.get(a.nodeId);
    if (!held || a.date > held.date || (a.date === held.date && a.id > held.id)) newest.set(a.nodeId, a);
  }
  return newest;
}

const codeOf = (o: { periodStart: string; periodEnd: string }) =>
  periodCode(o.periodStart, o.periodEnd) ?? `${o.periodStart}/${o.periodEnd}`;

/** Newest period first: the one ending last; of those ending the same day, the shortest. */
const newestFirst = (a: ObservedValue, b: ObservedValue) =>
  a.periodEnd < b.periodEnd
    ? 1
    : a.periodEnd > b.periodEnd
      ? -1
      : a.periodStart < b.periodStart
        ? 1
        : a.periodStart > b.periodStart
          ? -1
          : 0;

const NONE: readonly JudgedObservation[] = [];

function indicatorHealth(ind: IndicatorNode, history: readonly JudgedObservation[] | undefined, settings: HealthSettings): Computed {
  const actual = history ? history.filter((o) => (o.series ?? 'actual') === 'actual') : NONE;
  const givenReference = history ? history.filter((o) => o.series === 'reference') : NONE;
  const reference: readonly ObservedValue[] = givenReference.length ? givenReference : ind.latestReference ? [ind.latestReference] : [];
  const latest: JudgedObservation | null = ind.latest ?? latestObservation(actual);
  const title = ind.title;
  const unit = ind.unit ?? null;
  let health: NodeHealth;
  let primary: HealthReason;
  if (!latest) {
    health = 'noData';
    primary = { nodeId: ind.id, code: 'noObservation', params: { title } };
  } else {
    const period = codeOf(latest);
    const check = checkTarget(ind, latest, reference);
    if (latest.judgement) {
      health = latest.judgement;
      const since = latest.judgement === 'onTrack' ? null : missedSince(ind, latest, actual, reference);
      primary = { nodeId: ind.id, code: 'judgement', params: { title, judgement: latest.judgement, period, since } };
    } else if (check.state === 'met') {
      health = 'onTrack';
      primary = { nodeId: ind.id, code: 'targetMet', params: { title, period, value: latest.value, target: check.bound, unit } };
    } else if (check.state === 'notMet') {
      const value = latest.value as number;
      const gap = Math.abs(value - check.bound);
      const baseline = ind.baselineValue;
      const distance = baseline === null ? null : Math.abs(check.bound - baseline);
      const slack = 1e-9 * Math.max(1, Math.abs(check.bound), Math.abs(value));
      const near = distance !== null && gap <= settings.nearTarget * distance + slack;
      health = near ? 'atRisk' : 'offTrack';
      const since = missedSince(ind, latest, actual, reference);
      primary = {
        nodeId: ind.id,
        code: near ? 'nearTarget' : 'missedTarget',
        params: { title, period, value, target: check.bound, gap: round(gap), unit, since },
      };
    } else {
      health = 'noData';
      const code = check.state === 'noTarget' ? 'noTarget' : check.state === 'pending' ? 'pending' : 'noValue';
      primary = { nodeId: ind.id, code, params: { title, period, value: latest.value, unit } };
    }
  }
  const reasons = [primary];
  if (ind.freshness?.state === 'overdue') {
    const capped = health === 'onTrack';
    if (capped) health = 'atRisk';
    reasons.push({
      nodeId: ind.id,
      code: 'overdue',
      params: { title, period: ind.freshness.period?.code ?? null, dueDate: ind.freshness.dueDate, capped: capped ? 1 : 0 },
    });
  }
  return { nodeId: ind.id, health, reasons, primary };
}

/**
 * The first period of the current unbroken run of missed observations ending
 * with the latest one: walking back from the latest, each one that was judged
 * not on track or missed its target. Null when the history is not given.
 */
function missedSince(
  ind: IndicatorNode,
  latest: JudgedObservation,
  actual: readonly JudgedObservation[],
  reference: readonly ObservedValue[],
): string | null {
  if (!actual.length) return null;
  const misses = (o: JudgedObservation) => (o.judgement ? o.judgement !== 'onTrack' : checkTarget(ind, o, reference).state === 'notMet');
  const sorted = [...actual].sort(newestFirst);
  let since: JudgedObservation = latest;
  for (const o of sorted) {
    if (o.periodEnd > latest.periodEnd || (o.periodEnd === latest.periodEnd && o.periodStart > latest.periodStart)) continue;
    if (o.periodStart === latest.periodStart && o.periodEnd === latest.periodEnd) continue;
    if (!misses(o)) break;
    since = o;
  }
  return codeOf(since);
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

const byTrouble = (byId: ReadonlyMap<string, GraphNode>, computed: ReadonlyMap<string, Computed>) => (a: string, b: string) => {
  const d = HEALTH_SEVERITY[computed.get(b)!.health] - HEALTH_SEVERITY[computed.get(a)!.health];
  if (d) return d;
  const ta = byId.get(a)!.title;
  const tb = byId.get(b)!.title;
  return ta < tb ? -1 : ta > tb ? 1 : a < b ? -1 : a > b ? 1 : 0;
};

function parentHealth(
  node: GraphNode,
  kids: ReadonlySet<string> | undefined,
  byId: ReadonlyMap<string, GraphNode>,
  computed: ReadonlyMap<string, Computed>,
  settings: HealthSettings,
): Computed {
  if (!kids || kids.size === 0) {
    const primary: HealthReason = { nodeId: node.id, code: 'noChildren', params: { kind: node.kind } };
    return { nodeId: node.id, health: 'noData', reasons: [primary], primary };
  }
  type Tally = { total: number; onTrack: number; atRisk: number; offTrack: number; noData: number; troubled: string[] };
  const tallies = new Map<NodeKind, Tally>();
  let withData = 0;
  let off = 0;
  let troubled = 0;
  for (const id of kids) {
    const kind = byId.get(id)!.kind;
    const h = computed.get(id)?.health ?? 'noData';
    let t = tallies.get(kind);
    if (!t) tallies.set(kind, (t = { total: 0, onTrack: 0, atRisk: 0, offTrack: 0, noData: 0, troubled: [] }));
    t.total++;
    t[h]++;
    if (h !== 'noData') withData++;
    if (h === 'offTrack') off++;
    if (h === 'atRisk' || h === 'offTrack') {
      troubled++;
      t.troubled.push(id);
    }
  }
  const health: NodeHealth =
    withData === 0 ? 'noData' : off > 0 && off >= settings.offTrackShare * withData ? 'offTrack' : troubled > 0 ? 'atRisk' : 'onTrack';
  const reasons: HealthReason[] = [];
  const kinds = [...tallies.keys()].sort((a, b) => LEVEL[b] - LEVEL[a]);
  const order = byTrouble(byId, computed);
  for (const kind of kinds) {
    const t = tallies.get(kind)!;
    reasons.push({
      nodeId: node.id,
      code: 'children',
      params: { kind, total: t.total, onTrack: t.onTrack, atRisk: t.atRisk, offTrack: t.offTrack, noData: t.noData },
    });
  }
  for (const kind of kinds) {
    const named = tallies.get(kind)!.troubled.sort(order).slice(0, NAMED_CHILDREN);
    for (const id of named) {
      const child = computed.get(id)!;
      const childNode = byId.get(id)!;
      if (childNode.kind === 'indicator' && child.primary && child.primary.code !== 'assessment') reasons.push(child.primary);
      else
        reasons.push({ nodeId: id, code: 'childHealth', params: { kind: childNode.kind, title: childNode.title, health: child.health } });
    }
  }
  return { nodeId: node.id, health, reasons, primary: reasons[0] ?? null };
}

// ---- The explanation, in Danish or English ----------------------------------------------------------

export type HealthLanguage = 'da' | 'en';

/** What each health is called, as a label. */
export const HEALTH_LABELS: Readonly<Record<HealthLanguage, Readonly<Record<NodeHealth, string>>>> = {
  da: { onTrack: 'På sporet', atRisk: 'I risiko', offTrack: 'Ude af sporet', noData: 'Ingen data' },
  en: { onTrack: 'On track', atRisk: 'At risk', offTrack: 'Off track', noData: 'No data' },
};

const NOUNS: Record<HealthLanguage, Record<NodeKind, [one: string, many: string, definite: string]>> = {
  da: {
    vision: ['vision', 'visioner', 'visionen'],
    aimingPoint: ['sigtepunkt', 'sigtepunkter', 'sigtepunktet'],
    focusArea: ['fokusområde', 'fokusområder', 'fokusområdet'],
    action: ['handling', 'handlinger', 'handlingen'],
    indicator: ['indikator', 'indikatorer', 'indikatoren'],
  },
  en: {
    vision: ['vision', 'visions', 'vision'],
    aimingPoint: ['aiming point', 'aiming points', 'aiming point'],
    focusArea: ['focus area', 'focus areas', 'focus area'],
    action: ['action', 'actions', 'action'],
    indicator: ['indicator', 'indicators', 'indicator'],
  },
};

const NOTHING_BELOW: Record<HealthLanguage, Record<NodeKind, string>> = {
  da: {
    vision: 'ingen sigtepunkter eller indikatorer under visionen',
    aimingPoint: 'ingen fokusområder eller indikatorer understøtter sigtepunktet',
    focusArea: 'ingen handlinger eller indikatorer bidrager til fokusområdet',
    action: 'ingen indikatorer måler handlingen',
    indicator: 'ingen målinger',
  },
  en: {
    vision: 'no aiming points or indicators under the vision',
    aimingPoint: 'no focus areas or indicators support the aiming point',
    focusArea: 'no actions or indicators contribute to the focus area',
    action: 'no indicators measure the action',
    indicator: 'no observations',
  },
};

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
const numberFormat = (lang: HealthLanguage) => {
  const key = `n${lang}`;
  let f = formats.get(key) as Intl.NumberFormat | undefined;
  if (!f) formats.set(key, (f = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 2 })));
  return f;
};
const dateFormat = (lang: HealthLanguage) => {
  const key = `d${lang}`;
  let f = formats.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
};

/** A number as the language writes it (0,8 in Danish, 0.8 in English). */
export function formatHealthNumber(n: number, lang: HealthLanguage): string {
  return numberFormat(lang).format(n);
}

function formatDate(date: string, lang: HealthLanguage): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(t) ? date : dateFormat(lang).format(new Date(t));
}

/** A period code as the language writes it: quarters are K in Danish, Q in English. */
function formatPeriod(code: string | number | null | undefined, lang: HealthLanguage): string {
  const s = String(code ?? '');
  return lang === 'en' ? s.replace(/^(\d{4})K([1-4])$/, '$1Q$2') : s.replace(/^(\d{4})Q([1-4])$/, '$1K$2');
}

const word = (h: unknown, lang: HealthLanguage) => (HEALTH_LABELS[lang][h as NodeHealth] ?? String(h)).toLowerCase();

/** How far from the target, in the indicator's unit: "0,8 point" for a percentage or no unit. */
function amount(gap: number, unit: unknown, lang: HealthLanguage): string {
  const n = formatHealthNumber(gap, lang);
  const u = typeof unit === 'string' ? unit.trim() : '';
  if (!u || u === '%' || /^(procent|pct\.?|procentpoint|percent|points?)$/i.test(u))
    return `${n} ${lang === 'da' ? 'point' : gap === 1 ? 'point' : 'points'}`;
  return `${n} ${u}`;
}

const titleLookup = new WeakMap<PlanGraph, Map<string, string>>();
function titleOf(graph: PlanGraph, id: string): string {
  let m = titleLookup.get(graph);
  if (!m) {
    m = new Map(graph.nodes.map((n) => [n.id, n.title]));
    titleLookup.set(graph, m);
  }
  return m.get(id) ?? id;
}

const truncate = (s: string, max = 200) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** One reason as a clause of the explanation. */
export function explainReason(reason: HealthReason, graph: PlanGraph, lang: HealthLanguage): string {
  const p = reason.params;
  const da = lang === 'da';
  const title = `'${typeof p.title === 'string' ? p.title : titleOf(graph, reason.nodeId)}'`;
  const ind = da ? `indikatoren ${title}` : `indicator ${title}`;
  const period = formatPeriod(p.period, lang);
  const since = p.since ? formatPeriod(p.since, lang) : null;
  switch (reason.code) {
    case 'assessment': {
      const reflection = typeof p.reflection === 'string' && p.reflection.trim() ? `: "${truncate(p.reflection.trim())}"` : '';
      const date = formatDate(String(p.date), lang);
      return da
        ? `vurderet ${word(p.status, lang)} den ${date}${reflection} (beregnet: ${word(p.computed, lang)})`
        : `assessed ${word(p.status, lang)} on ${date}${reflection} (computed: ${word(p.computed, lang)})`;
    }
    case 'judgement': {
      // "Since" only when the run began before the judged period.
      const tail = since && p.since !== p.period ? (da ? ` (ikke på sporet siden ${since})` : ` (not on track since ${since})`) : '';
      return da
        ? `${ind} er vurderet ${word(p.judgement, lang)} for ${period}${tail}`
        : `${ind} is judged ${word(p.judgement, lang)} for ${period}${tail}`;
    }
    case 'targetMet':
      return da ? `${ind} når målet for ${period}` : `${ind} meets its target for ${period}`;
    case 'nearTarget':
    case 'missedTarget': {
      const gap = amount(Number(p.gap), p.unit, lang);
      const when = since ? (da ? `siden ${since}` : `since ${since}`) : da ? `i ${period}` : `in ${period}`;
      return da ? `${ind} er ${gap} fra målet ${when}` : `${ind} is ${gap} from its target ${when}`;
    }
    case 'noTarget':
      return da ? `${ind} har en værdi uden mål` : `${ind} has a value without a target`;
    case 'noValue':
      return da ? `${ind} har hverken værdi eller vurdering for ${period}` : `${ind} has neither a value nor a judgement for ${period}`;
    case 'pending':
      return da ? `${ind} venter på referencens værdi for ${period}` : `${ind} awaits the reference value for ${period}`;
    case 'noObservation':
      return da ? `${ind} har ingen målinger endnu` : `${ind} has no observations yet`;
    case 'overdue': {
      const due = p.dueDate ? formatDate(String(p.dueDate), lang) : null;
      const what = da
        ? `data for ${ind} er forsinket${period ? ` (${period}${due ? `, frist ${due}` : ''})` : ''}`
        : `data for ${ind} is overdue${period ? ` (${period}${due ? `, due ${due}` : ''})` : ''}`;
      return p.capped ? (da ? `${what}, så højst i risiko` : `${what}, so at best at risk`) : what;
    }
    case 'children': {
      const kind = p.kind as NodeKind;
      const total = Number(p.total);
      const [one, many] = NOUNS[lang][kind] ?? [String(kind), String(kind)];
      const noun = total === 1 ? one : many;
      const notOnTrack = Number(p.atRisk) + Number(p.offTrack);
      const noData = Number(p.noData);
      const withoutData = noData > 0 && noData < total ? (da ? ` (${noData} uden data)` : ` (${noData} without data)`) : '';
      if (notOnTrack > 0) {
        return da
          ? `${notOnTrack} af ${total} ${noun} er ikke på sporet${withoutData}`
          : `${notOnTrack} of ${total} ${noun} ${notOnTrack === 1 ? 'is' : 'are'} not on track${withoutData}`;
      }
      if (noData < total) {
        const onTrack = Number(p.onTrack);
        return da
          ? `${onTrack} af ${total} ${noun} er på sporet${withoutData}`
          : `${onTrack} of ${total} ${noun} ${onTrack === 1 ? 'is' : 'are'} on track${withoutData}`;
      }
      return da ? `ingen af ${total} ${noun} har data` : `none of ${total} ${noun} ${total === 1 ? 'has' : 'have'} data`;
    }
    case 'childHealth': {
      const definite = NOUNS[lang][p.kind as NodeKind]?.[2] ?? String(p.kind);
      return da ? `${definite} ${title} er ${word(p.health, lang)}` : `${definite} ${title} is ${word(p.health, lang)}`;
    }
    case 'noChildren':
      return NOTHING_BELOW[lang][p.kind as NodeKind] ?? NOTHING_BELOW[lang].action;
    default:
      return '';
  }
}

/** The one-sentence explanation in Danish or English ("I risiko: 2 af 5 handlinger er ikke på sporet; …"). */
export function explainHealth(result: NodeHealthResult, graph: PlanGraph, lang: 'da' | 'en'): string {
  const label = HEALTH_LABELS[lang][result.health];
  const clauses = result.reasons.map((r) => explainReason(r, graph, lang)).filter(Boolean);
  return clauses.length ? `${label}: ${clauses.join('; ')}` : label;
}
