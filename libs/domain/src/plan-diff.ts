/**
 * What changed in a plan between two moments: nodes and links added, removed
 * and changed field by field, focus areas' priorities moved, indicators'
 * targets eased or tightened (by the indicator's direction), each with the
 * reason or decision the trail recorded for it. Pure: the API hands it both
 * graphs and what the trail said between them.
 */
import type { GraphEdge, GraphNode, PlanGraph } from './graph';
import type { TargetEntry } from './indicator-model';
import type { NodeKind } from './kinds';
import { canonicalJson } from './audit';
import { copenhagenDate } from './freshness';

/** Why something changed: the reason typed with the change, the decided adjustment it applied, the trail's entry. */
export type DiffBecause = {
  reason: string | null;
  adjustment: { id: string; decision: { decidedBy: string; committeeName: string | null; decidedAt: string; caseNumber: string } } | null;
  seq: number;
};

/** The trail's last word about each changed row between the two sides, by the row's id. */
export type DiffDecisions = ReadonlyMap<string, DiffBecause>;

export type FieldChange = { field: string; from: unknown; to: unknown };

export type DiffNode = { id: string; kind: NodeKind; title: string; node: GraphNode; because: DiffBecause | null };
export type DiffNodeChange = { id: string; kind: NodeKind; title: string; fields: FieldChange[]; because: DiffBecause | null };
export type DiffLink = {
  id: string;
  kind: 'supports' | 'contributes';
  source: string;
  target: string;
  edge: GraphEdge;
  because: DiffBecause | null;
};
export type DiffLinkChange = {
  id: string;
  kind: 'supports' | 'contributes';
  source: string;
  target: string;
  fields: FieldChange[];
  because: DiffBecause | null;
};
export type PriorityMove = {
  focusAreaId: string;
  title: string;
  committeeId: string;
  from: number;
  to: number;
  because: DiffBecause | null;
};
export type TargetChange = {
  indicatorId: string;
  title: string;
  /** A period code, or `longTerm` for the long-term target. */
  period: string;
  from: number | null;
  to: number | null;
  change: 'eased' | 'tightened' | 'changed';
  because: DiffBecause | null;
};

export type PlanDiff = {
  nodes: { added: DiffNode[]; removed: DiffNode[]; changed: DiffNodeChange[] };
  links: { added: DiffLink[]; removed: DiffLink[]; changed: DiffLinkChange[] };
  priorities: PriorityMove[];
  targets: TargetChange[];
};

/** Fields that are about the moment a graph was read, or listed apart (priorities, targets), not compared field by field. */
const NOT_COMPARED = new Set(['id', 'kind', 'version', 'freshness', 'latest', 'latestReference', 'rank', 'targets', 'longTermTarget']);
const LINK_FIELDS = ['source', 'target', 'rationale', 'strength'] as const;

const isLink = (e: GraphEdge): e is GraphEdge & { kind: 'supports' | 'contributes' } => e.kind === 'supports' || e.kind === 'contributes';

/** Field-by-field differences of two shapes of one thing (every field either has, in a stable order). */
function fieldsOf(a: Record<string, unknown>, b: Record<string, unknown>, fields: readonly string[]): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of fields) {
    if (NOT_COMPARED.has(field)) continue;
    const from = a[field] ?? null;
    const to = b[field] ?? null;
    if (canonicalJson(from) !== canonicalJson(to)) out.push({ field, from, to });
  }
  return out;
}

const fieldNames = (a: object, b: object) => [...new Set([...Object.keys(a), ...Object.keys(b)])];

/** A fixed target's value (a target relative to the reference has none to compare by). */
const valueOf = (t: TargetEntry | undefined): number | null => (t && 'value' in t ? t.value : null);

/** Whether a target moved from `from` to `to` asks less or more of an indicator going `direction`. */
export function targetChange(direction: string | null, from: number | null, to: number | null): TargetChange['change'] {
  if (from === null || to === null || direction === null || direction === 'hold') return 'changed';
  if (direction === 'up') return to > from ? 'tightened' : 'eased';
  if (direction === 'down') return to < from ? 'tightened' : 'eased';
  return 'changed';
}

function targetsOf(
  a: GraphNode & { kind: 'indicator' },
  b: GraphNode & { kind: 'indicator' },
  because: DiffBecause | null,
): TargetChange[] {
  const out: TargetChange[] = [];
  const before = new Map(a.targets.map((t) => [t.period, t]));
  const after = new Map(b.targets.map((t) => [t.period, t]));
  const periods = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const period of periods) {
    const x = before.get(period);
    const y = after.get(period);
    if (canonicalJson(x ?? null) === canonicalJson(y ?? null)) continue;
    const from = valueOf(x);
    const to = valueOf(y);
    const bothFixed = x !== undefined && y !== undefined && 'value' in x && 'value' in y;
    out.push({
      indicatorId: b.id,
      title: b.title,
      period,
      from,
      to,
      change: bothFixed ? targetChange(b.direction, from, to) : 'changed',
      because,
    });
  }
  if (canonicalJson(a.longTermTarget) !== canonicalJson(b.longTermTarget)) {
    const from = a.longTermTarget?.value ?? null;
    const to = b.longTermTarget?.value ?? null;
    out.push({ indicatorId: b.id, title: b.title, period: 'longTerm', from, to, change: targetChange(b.direction, from, to), because });
  }
  return out;
}

/** Everything that differs between the plan `from` and the plan `to`, each item with what the trail recorded for it. */
export function diffPlans(from: PlanGraph, to: PlanGraph, decisions: DiffDecisions = new Map()): PlanDiff {
  const why = (id: string) => decisions.get(id) ?? null;
  const diff: PlanDiff = {
    nodes: { added: [], removed: [], changed: [] },
    links: { added: [], removed: [], changed: [] },
    priorities: [],
    targets: [],
  };
  const before = new Map(from.nodes.map((n) => [n.id, n]));
  const after = new Map(to.nodes.map((n) => [n.id, n]));
  for (const n of to.nodes)
    if (!before.has(n.id)) diff.nodes.added.push({ id: n.id, kind: n.kind, title: n.title, node: n, because: why(n.id) });
  for (const n of from.nodes)
    if (!after.has(n.id)) diff.nodes.removed.push({ id: n.id, kind: n.kind, title: n.title, node: n, because: why(n.id) });
  for (const b of to.nodes) {
    const a = before.get(b.id);
    if (!a || a.kind !== b.kind) continue;
    const ra = a as unknown as Record<string, unknown>;
    const rb = b as unknown as Record<string, unknown>;
    const fields = fieldsOf(ra, rb, fieldNames(ra, rb));
    if (fields.length) diff.nodes.changed.push({ id: b.id, kind: b.kind, title: b.title, fields, because: why(b.id) });
    if (a.kind === 'focusArea' && b.kind === 'focusArea' && (a.rank !== b.rank || a.committeeId !== b.committeeId))
      diff.priorities.push({ focusAreaId: b.id, title: b.title, committeeId: b.committeeId, from: a.rank, to: b.rank, because: why(b.id) });
    if (a.kind === 'indicator' && b.kind === 'indicator') diff.targets.push(...targetsOf(a, b, why(b.id)));
  }
  const linksBefore = new Map(from.edges.filter(isLink).map((e) => [e.id, e]));
  const linksAfter = new Map(to.edges.filter(isLink).map((e) => [e.id, e]));
  const linkOf = (e: GraphEdge & { kind: 'supports' | 'contributes' }): DiffLink => ({
    id: e.id,
    kind: e.kind,
    source: e.source,
    target: e.target,
    edge: e,
    because: why(e.id),
  });
  for (const e of linksAfter.values()) if (!linksBefore.has(e.id)) diff.links.added.push(linkOf(e));
  for (const e of linksBefore.values()) if (!linksAfter.has(e.id)) diff.links.removed.push(linkOf(e));
  for (const e of linksAfter.values()) {
    const a = linksBefore.get(e.id);
    if (!a) continue;
    const fields = fieldsOf(a as unknown as Record<string, unknown>, e as unknown as Record<string, unknown>, LINK_FIELDS);
    if (fields.length) diff.links.changed.push({ id: e.id, kind: e.kind, source: e.source, target: e.target, fields, because: why(e.id) });
  }
  // Priorities within one committee, in its order after.
  diff.priorities.sort((x, y) => x.committeeId.localeCompare(y.committeeId) || x.to - y.to);
  return diff;
}

/** How many things differ, in all. */
export const diffSize = (d: PlanDiff) =>
  d.nodes.added.length +
  d.nodes.removed.length +
  d.nodes.changed.length +
  d.links.added.length +
  d.links.removed.length +
  d.links.changed.length +
  d.priorities.length +
  d.targets.length;

/** A plan's revision, as the API answers it. */
export type PlanRevisionSummary = {
  id: string;
  planId: string;
  name: string;
  decidedAt: string;
  decidedBy: string;
  caseNumber: string;
  createdAt: string;
  createdByName: string;
  auditSeq: number;
};

/** One side of a comparison: a revision's id, a day (`YYYY-MM-DD`), or `now`. */
export type DiffSide = { revision: string } | { date: string } | { now: true };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads a side as the address gives it; null when it is none of the three. */
export function parseDiffSide(text: string | null | undefined): DiffSide | null {
  if (!text) return null;
  if (text === 'now') return { now: true };
  if (DAY.test(text)) {
    const d = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text ? { date: text } : null;
  }
  return UUID.test(text) ? { revision: text.toLowerCase() } : null;
}

/** The last instant of a day in Europe/Copenhagen (summer time or not): the plan "at the end of that day". */
export function endOfCopenhagenDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const nextMidnightUtc = Date.UTC(y, m - 1, d + 1);
  const next = new Date(nextMidnightUtc).toISOString().slice(0, 10);
  // Copenhagen is one or two hours ahead of UTC: its next midnight is the earlier of the two that already falls on the next day.
  for (const hours of [2, 1, 0]) {
    const t = nextMidnightUtc - hours * 3_600_000;
    if (copenhagenDate(new Date(t)) === next) return new Date(t - 1);
  }
  return new Date(nextMidnightUtc - 1);
}
