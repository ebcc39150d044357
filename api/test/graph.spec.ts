import { GraphEdge, GraphNode, PlanGraph } from '@kompas/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticPlan } from './synthetic-plan';
import { GRAPH_STATEMENTS } from '../src/modules/graph/graph.sql';
import { expectError, Kompas, startKompas, UNKNOWN_ID } from './harness';

const fixture = () => JSON.parse(readFileSync(join(__dirname, 'fixtures/every-field.plan.json'), 'utf8'));

describe('GET /api/plans/{planId}/graph', () => {
  let k: Kompas;
  let graph: PlanGraph;
  beforeAll(async () => {
    k = await startKompas();
    const plan = (await k.http.post('/api/plans/import').send(fixture()).expect(201)).body;
    graph = (await k.http.get(`/api/plans/${plan.id}/graph`).expect(200)).body;
  });
  afterAll(() => k.close());

  const node = (title: string) => graph.nodes.find((n) => n.title === title) as GraphNode;
  const edge = (kind: string, source: string, target: string) =>
    graph.edges.find((e) => e.kind === kind && e.source === source && e.target === target) as GraphEdge;

  it('returns every level of the plan as nodes of the five kinds with unique ids', () => {
    const kinds = graph.nodes.map((n) => n.kind);
    expect(kinds.filter((x) => x === 'vision')).toHaveLength(1);
    expect(kinds.filter((x) => x === 'aimingPoint')).toHaveLength(2);
    expect(kinds.filter((x) => x === 'focusArea')).toHaveLength(3);
    expect(kinds.filter((x) => x === 'action')).toHaveLength(3);
    expect(kinds.filter((x) => x === 'indicator')).toHaveLength(5);
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    expect(graph.nodes[0]).toMatchObject({
      kind: 'vision',
      title: 'Prøvested – sammen om alt',
      organisation: 'Prøvested Kommune',
      councilName: 'Byrådet',
      status: 'adopted',
      id: graph.planId,
    });
  });

  it('shows owners, ranks and statuses on the nodes', () => {
    expect(node('Sund økonomi')).toMatchObject({ kind: 'focusArea', committeeName: 'Økonomiudvalget', rank: 1, status: 'adopted' });
    const shared = node('Sund økonomi') as Extract<GraphNode, { kind: 'focusArea' }>;
    expect(shared.coOwnerCommitteeIds).toHaveLength(2);
    expect(node('Læsevenner')).toMatchObject({
      kind: 'action',
      unitName: 'Prøvested Skole Nord',
      responsiblePerson: 'Jonas Kragh',
      status: 'launched',
      startDate: '2026-02-01',
    });
  });

  it('gives each indicator its latest value, skipping observations that were corrected', () => {
    expect(node('Læsescore')).toMatchObject({
      kind: 'indicator',
      measures: 'action',
      unit: '%',
      targets: [{ period: '2027', value: 80 }],
      longTermTarget: { value: 80, date: '2027-06-30' },
      reference: null,
      graceDays: 45,
      latest: { series: 'actual', value: 73.9, periodEnd: '2026-03-31', judgement: 'atRisk' },
      latestReference: null,
    });
    expect(node('Læsescore')).not.toHaveProperty('targetValue');
    expect(node('Sygefravær')).toMatchObject({
      latest: { value: 0, periodStart: '2026-04-06', periodEnd: '2026-04-06', judgement: 'offTrack' },
    });
    expect(node('Elevernes stemme')).toMatchObject({
      latest: { value: null, narrative: 'Eleverne oplever mere ro.', recordedAt: '2026-01-15T10:00:00.000Z' },
    });
  });

  it('carries indicators of the vision and of aiming points, with the latest actual and reference value apart', () => {
    expect(node('Ledighed')).toMatchObject({
      measures: 'aimingPoint',
      measuresId: node('Vækst').id,
      reference: { name: 'Hele landet', source: 'Danmarks Statistik, AULK01' },
      targets: [
        { period: '2026', relation: 'atMost', offset: 0.5 },
        { period: '2027K4', value: 2.5 },
        { period: '2028', relation: 'atLeast', offset: -1 },
      ],
      longTermTarget: { value: 2.2, date: '2029-12-31' },
      graceDays: 60,
      latest: { series: 'actual', value: 3, judgement: 'onTrack' },
      latestReference: { series: 'reference', value: 2.9, periodEnd: '2026-03-31' },
    });
    expect(node('Borgernes tilfredshed')).toMatchObject({ measures: 'vision', measuresId: graph.planId, graceDays: 0, latest: null });
    expect(edge('measures', node('Ledighed').id, node('Vækst').id)).toMatchObject({ rationale: null, version: null });
    expect(edge('measures', node('Borgernes tilfredshed').id, graph.planId)).toBeDefined();
  });

  it('draws partOf, supports, contributes and measures edges with rationale and strength on drawn links', () => {
    const vision = graph.planId;
    expect(edge('partOf', node('Vækst').id, vision)).toBeDefined();
    expect(edge('supports', node('Sund økonomi').id, node('Vækst').id)).toMatchObject({
      rationale: 'Økonomien bærer væksten.',
      strength: 3,
    });
    expect(edge('contributes', node('Læsevenner').id, node('Trivsel i skolen').id)).toMatchObject({ strength: 3 });
    expect(edge('measures', node('Læsescore').id, node('Læsevenner').id)).toMatchObject({ rationale: null, strength: null });
    expect(graph.edges.filter((e) => e.kind === 'contributes')).toHaveLength(3);
    expect(graph.edges.filter((e) => e.source === node('Uden link').id)).toHaveLength(0);
  });

  it('answers unknown plans with 404', async () => {
    expectError(await k.http.get(`/api/plans/${UNKNOWN_ID}/graph`), 404, 'not_found', ['planId']);
  });

  it('runs the same fixed number of SQL statements for a small and a large plan', async () => {
    const small = (await k.http.post('/api/plans/import').send(syntheticPlan(10)).expect(201)).body;
    const large = (await k.http.post('/api/plans/import').send(syntheticPlan(1500, 7)).expect(201)).body;

    // A viewer: the only statements besides the graph's own are the two that find the session and its user.
    const viewer = await k.signIn({ roles: ['viewer'] });
    k.statements.reset();
    const smallGraph = (await viewer.get(`/api/plans/${small.id}/graph`).expect(200)).body as PlanGraph;
    const smallCount = k.statements.count;

    k.statements.reset();
    const largeGraph = (await viewer.get(`/api/plans/${large.id}/graph`).expect(200)).body as PlanGraph;
    const largeCount = k.statements.count;

    expect(largeGraph.nodes.length).toBeGreaterThan(smallGraph.nodes.length * 50);
    expect(smallCount).toBe(7 + 2);
    expect(GRAPH_STATEMENTS).toBe(7);
    expect(largeCount).toBe(smallCount);
  });
});
