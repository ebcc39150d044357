import type { ActionNode, AimingPointNode, FocusAreaNode, GraphEdge, GraphNode, IndicatorNode, PlanGraph, VisionNode } from '../src/graph';
import { measuredOf } from '../src/indicators';
import type { EdgeKind } from '../src/kinds';
import type { PlanDocument } from '../src/plan-document';

/**
 * Graphs for the map's specs: small builders, the demo plan as a graph and
 * seeded random graphs. Test support only; not exported from the index.
 */

export function vision(id = 'v', patch: Partial<VisionNode> = {}): VisionNode {
  return {
    id,
    kind: 'vision',
    title: 'Vision',
    example: false,
    version: 1,
    organisation: 'Kommune',
    councilName: 'Kommunalbestyrelsen',
    statement: 'Sammen',
    motivations: [],
    status: 'adopted',
    periodStart: '2025-01-01',
    periodEnd: '2028-12-31',
    ...patch,
  };
}

export function aimingPoint(id: string, position: number, patch: Partial<AimingPointNode> = {}): AimingPointNode {
  return { id, kind: 'aimingPoint', title: `Sigtepunkt ${id}`, example: false, version: 1, ambition: '', position, ...patch };
}

export function focusArea(id: string, committeeId: string, rank: number, patch: Partial<FocusAreaNode> = {}): FocusAreaNode {
  return {
    id,
    kind: 'focusArea',
    title: `Fokusområde ${id}`,
    example: false,
    version: 1,
    committeeId,
    committeeName: `Udvalg ${committeeId}`,
    coOwnerCommitteeIds: [],
    rank,
    status: 'adopted',
    ...patch,
  };
}

export function action(id: string, patch: Partial<ActionNode> = {}): ActionNode {
  return {
    id,
    kind: 'action',
    title: `Handling ${id}`,
    example: false,
    version: 1,
    unitId: 'u',
    unitName: 'Enhed',
    responsiblePerson: null,
    status: 'launched',
    startDate: null,
    endDate: null,
    ...patch,
  };
}

export function indicator(id: string, measuresId: string, patch: Partial<IndicatorNode> = {}): IndicatorNode {
  return {
    id,
    kind: 'indicator',
    title: `Indikator ${id}`,
    example: false,
    version: 1,
    measuresId,
    measures: 'focusArea',
    type: 'qualitative',
    evidenceKind: 'dialogue',
    cadence: 'yearly',
    unit: null,
    direction: null,
    baselineValue: null,
    targets: [],
    longTermTarget: null,
    reference: null,
    graceDays: 30,
    responsibleUserId: null,
    latest: null,
    latestReference: null,
    freshness: { state: 'notYetDue', period: null, dueDate: null, next: null, why: null },
    ...patch,
  };
}

export function edge(kind: EdgeKind, source: string, target: string, id = `${source}>${target}`): GraphEdge {
  const drawn = kind === 'supports' || kind === 'contributes';
  return { id, kind, source, target, rationale: null, strength: null, example: false, version: drawn ? 1 : null };
}

/** A graph from nodes, with the partOf and measures edges the API would send for them. */
export function graphOf(nodes: GraphNode[], links: GraphEdge[] = []): PlanGraph {
  const visionId = nodes.find((n) => n.kind === 'vision')?.id;
  const edges: GraphEdge[] = [];
  for (const n of nodes) {
    if (n.kind === 'aimingPoint' && visionId) edges.push(edge('partOf', n.id, visionId, `${n.id}:partOf`));
    if (n.kind === 'indicator') edges.push(edge('measures', n.id, n.measuresId, `${n.id}:measures`));
  }
  return { planId: 'plan', nodes, edges: [...edges, ...links] };
}

/** The graph the API would send for a plan document, with the document's ids as node ids. */
export function graphFromPlanDocument(doc: PlanDocument, planId = 'plan'): PlanGraph {
  const committees = new Map(doc.committees.map((c, i) => [c.id, { name: c.name, position: i }]));
  const units = new Map(doc.units.map((u) => [u.id, u.name]));
  const nodes: GraphNode[] = [
    vision(planId, {
      title: doc.plan.title,
      organisation: doc.plan.organisation,
      councilName: doc.plan.councilName,
      statement: doc.plan.visionStatement,
      motivations: doc.plan.motivations,
      status: doc.plan.status,
      periodStart: doc.plan.periodStart,
      periodEnd: doc.plan.periodEnd,
      example: doc.plan.example,
    }),
  ];
  doc.aimingPoints.forEach((a, i) => nodes.push(aimingPoint(a.id, i, { title: a.title, ambition: a.ambition, example: a.example })));
  // The API orders focus areas by committee, then rank.
  const focusAreas = [...doc.focusAreas].sort(
    (a, b) => (committees.get(a.committeeId)?.position ?? 0) - (committees.get(b.committeeId)?.position ?? 0) || a.rank - b.rank,
  );
  for (const f of focusAreas) {
    nodes.push(
      focusArea(f.id, f.committeeId, f.rank, {
        title: f.title,
        committeeName: committees.get(f.committeeId)?.name ?? '',
        coOwnerCommitteeIds: f.coOwnerCommitteeIds,
        status: f.status,
        example: f.example,
      }),
    );
  }
  for (const a of doc.actions) {
    const { id, title, unitId, responsiblePerson, status, startDate, endDate, example } = a;
    nodes.push(action(id, { title, unitId, unitName: units.get(unitId) ?? '', responsiblePerson, status, startDate, endDate, example }));
  }
  for (const i of doc.indicators) {
    const {
      id,
      title,
      type,
      evidenceKind,
      cadence,
      unit,
      direction,
      baselineValue,
      targets,
      longTermTarget,
      reference,
      graceDays,
      example,
    } = i;
    const measured = measuredOf({ ...i, planId });
    nodes.push(
      indicator(id, measured.id, {
        measures: measured.kind,
        title,
        type,
        evidenceKind,
        cadence,
        unit,
        direction,
        baselineValue,
        targets,
        longTermTarget,
        reference,
        graceDays,
        example,
      }),
    );
  }
  const links = doc.links.map((l) => ({ ...edge(l.kind, l.sourceId, l.targetId, l.id), rationale: l.rationale, strength: l.strength }));
  return { ...graphOf(nodes, links), planId };
}

/** A small seeded PRNG (mulberry32), so a failing random case can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export type RandomGraphSize = {
  committees: number;
  focusAreas: number;
  aimingPoints: number;
  actions: number;
  indicators: number;
};

const TITLES = ['Trivsel', 'Ældre', 'Natur', 'Skole', 'Erhverv', 'Åben', 'Øget', 'Klima'];

/**
 * A random plan graph in the order the API sends it (focus areas by committee,
 * then rank). Titles repeat on purpose so ties are broken by id; some links
 * and indicators point at nodes that are not in the graph, some at nodes of the
 * wrong kind, as after filtering or in a broken fixture.
 */
export function randomGraph(seed: number, size?: Partial<RandomGraphSize>): PlanGraph {
  const random = prng(seed);
  const int = (max: number) => Math.floor(random() * (max + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const title = (prefix: string, id: string) => `${pick(TITLES)} ${prefix}${random() < 0.5 ? '' : ` ${id}`}`;
  const n: RandomGraphSize = {
    committees: 1 + int(7),
    focusAreas: int(24),
    aimingPoints: int(5),
    actions: int(60),
    indicators: int(30),
    ...size,
  };
  const nodes: GraphNode[] = [];
  const links: GraphEdge[] = [];
  if (random() > 0.05) nodes.push(vision('v', { title: 'Vision' }));

  const positions = shuffle(
    Array.from({ length: n.aimingPoints }, (_, i) => i * 2),
    random,
  );
  const aimingPointIds: string[] = [];
  for (let i = 0; i < n.aimingPoints; i++) {
    aimingPointIds.push(`ap${i}`);
    nodes.push(aimingPoint(`ap${i}`, positions[i], { title: title('sigtepunkt', `${i}`) }));
  }

  const committeeIds = Array.from({ length: n.committees }, (_, i) => `c${i}`);
  const members = new Map<string, number>();
  const focusAreas: FocusAreaNode[] = [];
  for (let i = 0; i < n.focusAreas; i++) {
    const committeeId = pick(committeeIds);
    const rank = (members.get(committeeId) ?? 0) + 1;
    members.set(committeeId, rank);
    const coOwners = committeeIds.filter((c) => c !== committeeId && random() < 0.15);
    const status = pick(['proposed', 'adopted', 'retired'] as const);
    focusAreas.push(focusArea(`fa${i}`, committeeId, rank, { title: title('fokus', `${i}`), coOwnerCommitteeIds: coOwners, status }));
  }
  // Lanes in a random committee order, then by rank, as the API would send them.
  const laneOrder = shuffle(committeeIds, random);
  focusAreas.sort((a, b) => laneOrder.indexOf(a.committeeId) - laneOrder.indexOf(b.committeeId) || a.rank - b.rank);
  nodes.push(...focusAreas);
  for (const f of focusAreas) {
    for (const ap of aimingPointIds) if (random() < 0.4) links.push(edge('supports', f.id, ap));
    if (random() < 0.05) links.push(edge('supports', f.id, 'ap-missing'));
  }

  const actionIds: string[] = [];
  for (let i = 0; i < n.actions; i++) {
    const id = `a${i}`;
    actionIds.push(id);
    const status = pick(['identified', 'launched', 'adjusting', 'completed', 'stopped'] as const);
    nodes.push(action(id, { title: title('handling', `${i}`), status }));
    // About one in four contributes to nothing; others to one or several focus areas.
    const count = random() < 0.25 ? 0 : 1 + int(3);
    for (let k = 0; k < count && focusAreas.length > 0; k++) {
      const target = pick(focusAreas).id;
      if (!links.some((l) => l.source === id && l.target === target)) links.push(edge('contributes', id, target));
    }
    if (random() < 0.05) links.push(edge('contributes', id, 'fa-missing'));
    if (random() < 0.03 && aimingPointIds.length > 0) links.push(edge('contributes', id, pick(aimingPointIds)));
  }

  const visionId = nodes.find((node) => node.kind === 'vision')?.id ?? 'v';
  for (let i = 0; i < n.indicators; i++) {
    const r = random();
    // Most measure focus areas and actions; some the vision or an aiming point (present or not), some nothing in the graph.
    const [measuresId, measures]: [string, IndicatorNode['measures']] =
      r < 0.4 && focusAreas.length > 0
        ? [pick(focusAreas).id, 'focusArea']
        : r < 0.8 && actionIds.length > 0
          ? [pick(actionIds), 'action']
          : r < 0.86
            ? [visionId, 'vision']
            : r < 0.94 && aimingPointIds.length > 0
              ? [pick(aimingPointIds), 'aimingPoint']
              : ['missing', 'action'];
    nodes.push(indicator(`i${i}`, measuresId, { measures, title: title('indikator', `${i}`) }));
  }
  return graphOf(nodes, links);
}
