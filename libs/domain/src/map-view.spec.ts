import { readFileSync } from 'fs';
import { join } from 'path';
import type { PlanGraph } from './graph';
import {
  currentPlan,
  filterPlanGraph,
  foldForSearch,
  isFiltering,
  MapFilter,
  NO_FILTER,
  pathThrough,
  PlanSummary,
  searchNodes,
} from './map-view';
import {
  action,
  aimingPoint,
  edge,
  focusArea,
  graphFromPlanDocument,
  graphOf,
  indicator,
  prng,
  randomGraph,
  vision,
} from '../test/map-test-graphs';
import type { PlanDocument } from './plan-document';

const SEED_PATH = join(__dirname, '../../../api/src/seed/hedensted.plan.json');

const ids = (graph: PlanGraph) => graph.nodes.map((n) => n.id).sort();
const edgeIds = (graph: PlanGraph) => graph.edges.map((e) => e.id).sort();
const filter = (patch: Partial<MapFilter>): MapFilter => ({ ...NO_FILTER, ...patch });

/**
 * Two committees (E owns e1, e2; S owns s1, co-owned by E), three aiming
 * points. a-both contributes to e1 and s1; a-loose to nothing.
 *
 *   v ← ap1 ← e1 ← a-e1, a-both
 *     ← ap2 ← e2 ← a-e2
 *             s1 ← a-s1, a-both      (s1 also → ap1)
 *     ← ap3
 */
const G = graphOf(
  [
    vision('v'),
    aimingPoint('ap1', 0),
    aimingPoint('ap2', 1),
    aimingPoint('ap3', 2),
    focusArea('e1', 'E', 1, { status: 'adopted' }),
    focusArea('e2', 'E', 2, { status: 'proposed' }),
    focusArea('s1', 'S', 1, { status: 'adopted', coOwnerCommitteeIds: ['E'] }),
    focusArea('t1', 'T', 1, { status: 'retired' }),
    action('a-e1', { status: 'launched' }),
    action('a-e2', { status: 'stopped' }),
    action('a-s1', { status: 'launched' }),
    action('a-both', { status: 'completed' }),
    action('a-loose', { status: 'stopped' }),
    indicator('i-e1', 'e1'),
    indicator('i-s1', 's1'),
    indicator('i-t1', 't1'),
    indicator('i-a-e2', 'a-e2'),
    indicator('i-a-s1', 'a-s1'),
    indicator('i-a-loose', 'a-loose'),
  ],
  [
    edge('supports', 'e1', 'ap1'),
    edge('supports', 'e2', 'ap2'),
    edge('supports', 's1', 'ap2'),
    edge('supports', 's1', 'ap1'),
    edge('supports', 't1', 'ap3'),
    edge('contributes', 'a-e1', 'e1'),
    edge('contributes', 'a-both', 'e1'),
    edge('contributes', 'a-e2', 'e2'),
    edge('contributes', 'a-s1', 's1'),
    edge('contributes', 'a-both', 's1'),
  ],
);

// Every edge has both ends in the graph.
function isClosed(graph: PlanGraph): boolean {
  const present = new Set(graph.nodes.map((n) => n.id));
  return graph.edges.every((e) => present.has(e.source) && present.has(e.target));
}

describe('filterPlanGraph', () => {
  it('returns the graph itself for NO_FILTER', () => {
    expect(filterPlanGraph(G, NO_FILTER)).toBe(G);
    expect(NO_FILTER).toEqual({ committeeId: null, unitId: null, aimingPointId: null, status: null });
    expect(Object.isFrozen(NO_FILTER)).toBe(true);
  });

  it("treats '' like null", () => {
    expect(filterPlanGraph(G, { committeeId: '', unitId: '', aimingPointId: '', status: '' })).toBe(G);
  });

  it('by committee: its own and co-owned focus areas, the aiming points they support, their actions and indicators', () => {
    const result = filterPlanGraph(G, filter({ committeeId: 'E' }));
    expect(ids(result)).toEqual(
      ['v', 'ap1', 'ap2', 'e1', 'e2', 's1', 'a-e1', 'a-e2', 'a-s1', 'a-both', 'i-e1', 'i-s1', 'i-a-e2', 'i-a-s1'].sort(),
    );
    expect(isClosed(result)).toBe(true);
    expect(edgeIds(result)).toEqual(
      edgeIds(G).filter((id) => !['t1>ap3', 'i-t1:measures', 'i-a-loose:measures', 'ap3:partOf'].includes(id)),
    );
  });

  it('by committee: a committee whose focus areas are only its own', () => {
    const result = filterPlanGraph(G, filter({ committeeId: 'S' }));
    expect(ids(result)).toEqual(['v', 'ap1', 'ap2', 's1', 'a-s1', 'a-both', 'i-s1', 'i-a-s1'].sort());
    // a-both also contributes to e1, which is not kept: that edge goes.
    expect(result.edges.some((e) => e.source === 'a-both' && e.target === 'e1')).toBe(false);
    expect(result.edges.some((e) => e.source === 'a-both' && e.target === 's1')).toBe(true);
  });

  it('by committee: a committee with no focus areas keeps only the vision', () => {
    const result = filterPlanGraph(G, filter({ committeeId: 'nobody' }));
    expect(result).toEqual({ planId: G.planId, nodes: [vision('v')], edges: [] });
  });

  it('keeps the nodes in their original order', () => {
    const result = filterPlanGraph(G, filter({ committeeId: 'S' }));
    const order = G.nodes.map((n) => n.id);
    const kept = result.nodes.map((n) => n.id);
    expect(kept).toEqual(order.filter((id) => kept.includes(id)));
  });

  it('by aiming point: it, the vision, the focus areas supporting it, their actions and indicators', () => {
    const result = filterPlanGraph(G, filter({ aimingPointId: 'ap2' }));
    expect(ids(result)).toEqual(['v', 'ap2', 'e2', 's1', 'a-e2', 'a-s1', 'a-both', 'i-s1', 'i-a-e2', 'i-a-s1'].sort());
    expect(isClosed(result)).toBe(true);
  });

  it('by aiming point: one nothing supports, or one not in the graph, keeps it and the vision, or only the vision', () => {
    expect(ids(filterPlanGraph(G, filter({ aimingPointId: 'ap3' })))).toEqual(['ap3', 'i-t1', 't1', 'v']);
    expect(ids(filterPlanGraph(graphOf([vision('v'), aimingPoint('lonely', 0)]), filter({ aimingPointId: 'lonely' })))).toEqual([
      'lonely',
      'v',
    ]);
    expect(ids(filterPlanGraph(G, filter({ aimingPointId: 'gone' })))).toEqual(['v']);
    expect(ids(filterPlanGraph(G, filter({ aimingPointId: 'e1' })))).toEqual(['v']);
  });

  it('by action status: the matching actions, the focus areas and aiming points above them, and indicators', () => {
    const result = filterPlanGraph(G, filter({ status: 'stopped' }));
    // a-e2 under e2 (proposed, kept as its ancestor) under ap2; a-loose has no path up but stays.
    expect(ids(result)).toEqual(['v', 'ap2', 'e2', 'a-e2', 'a-loose', 'i-a-e2', 'i-a-loose'].sort());
    expect(isClosed(result)).toBe(true);
  });

  it('by action status: an action under two focus areas brings both, and their aiming points', () => {
    const result = filterPlanGraph(G, filter({ status: 'completed' }));
    expect(ids(result)).toEqual(['v', 'ap1', 'ap2', 'e1', 's1', 'a-both', 'i-e1', 'i-s1'].sort());
  });

  it('by focus area status: the matching focus areas, their aiming points and indicators, not their actions', () => {
    expect(ids(filterPlanGraph(G, filter({ status: 'retired' })))).toEqual(['v', 'ap3', 't1', 'i-t1'].sort());
    expect(ids(filterPlanGraph(G, filter({ status: 'adopted' })))).toEqual(['v', 'ap1', 'ap2', 'e1', 's1', 'i-e1', 'i-s1'].sort());
  });

  it('by a status nothing has: only the vision', () => {
    expect(ids(filterPlanGraph(G, filter({ status: 'draft' })))).toEqual(['v']);
  });

  it('combines a committee and an aiming point: the committee’s focus areas supporting that aiming point', () => {
    const result = filterPlanGraph(G, filter({ committeeId: 'E', aimingPointId: 'ap1' }));
    // a-both stays through e1; a-s1 is under s1, which supports ap1 too and is co-owned by E.
    expect(ids(result)).toEqual(['v', 'ap1', 'e1', 's1', 'a-e1', 'a-both', 'a-s1', 'i-e1', 'i-s1', 'i-a-s1'].sort());
  });

  it('never keeps an action whose only kept link would be to a dropped focus area', () => {
    const graph = graphOf(
      [vision('v'), aimingPoint('ap1', 0), aimingPoint('ap2', 1), focusArea('x', 'C', 1), focusArea('y', 'D', 1), action('a')],
      [edge('supports', 'x', 'ap1'), edge('supports', 'y', 'ap2'), edge('contributes', 'a', 'x'), edge('contributes', 'a', 'y')],
    );
    // C's focus area x keeps a; ap2's focus area y keeps a; together no focus area is left, so a goes too.
    expect(ids(filterPlanGraph(graph, filter({ committeeId: 'C', aimingPointId: 'ap2' })))).toEqual(['v']);
  });

  it('combines a committee and a status', () => {
    expect(ids(filterPlanGraph(G, filter({ committeeId: 'S', status: 'launched' })))).toEqual(
      ['v', 'ap1', 'ap2', 's1', 'a-s1', 'i-s1', 'i-a-s1'].sort(),
    );
    expect(ids(filterPlanGraph(G, filter({ committeeId: 'S', status: 'stopped' })))).toEqual(['v']);
  });

  it('drops edges to nodes not in the graph', () => {
    const graph = graphOf([vision('v'), focusArea('f', 'C', 1)], [edge('supports', 'f', 'gone'), edge('contributes', 'gone-too', 'f')]);
    const result = filterPlanGraph(graph, filter({ committeeId: 'C' }));
    expect(ids(result)).toEqual(['f', 'v']);
    expect(result.edges).toEqual([]);
  });

  it('does not change the graph it was given', () => {
    const before = structuredClone(G);
    filterPlanGraph(G, filter({ committeeId: 'E', status: 'launched', aimingPointId: 'ap1' }));
    expect(G).toEqual(before);
  });

  describe('on random plans', () => {
    const statuses = ['proposed', 'adopted', 'retired', 'identified', 'launched', 'adjusting', 'completed', 'stopped'];

    it('keeps a closed subset with the vision, is idempotent, and keeps no more than each filter alone', () => {
      const failures: string[] = [];
      for (let seed = 1; seed <= 200; seed++) {
        const graph = randomGraph(seed);
        const random = prng(seed);
        const pick = <T>(items: readonly T[]) => (random() < 0.4 ? null : items[Math.floor(random() * items.length)]);
        const committees = [...new Set(graph.nodes.flatMap((n) => (n.kind === 'focusArea' ? [n.committeeId] : [])))];
        const f: MapFilter = {
          committeeId: pick([...committees, 'none']),
          unitId: null,
          aimingPointId: pick([...graph.nodes.filter((n) => n.kind === 'aimingPoint').map((n) => n.id), 'none']),
          status: pick(statuses),
        };
        // NO_FILTER gives the graph back as it is, edges to missing nodes and all.
        if (!f.committeeId && !f.aimingPointId && !f.status) continue;
        const result = filterPlanGraph(graph, f);
        const kept = new Set(result.nodes.map((n) => n.id));
        const all = new Set(graph.nodes.map((n) => n.id));
        const say = (what: string) => failures.push(`seed ${seed} ${JSON.stringify(f)}: ${what}`);
        if (![...kept].every((id) => all.has(id))) say('kept a node not in the graph');
        if (!isClosed(result)) say('kept an edge with a dropped end');
        if (result.edges.length !== graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)).length) say('dropped an edge');
        if (graph.nodes.some((n) => n.kind === 'vision' && !kept.has(n.id))) say('dropped the vision');
        if (result.nodes.some((n) => n.kind === 'indicator' && !kept.has(n.measuresId))) say('kept an indicator of a dropped node');
        if (JSON.stringify(filterPlanGraph(result, f)) !== JSON.stringify(result)) say('is not idempotent');
        for (const single of [{ committeeId: f.committeeId }, { aimingPointId: f.aimingPointId }, { status: f.status }]) {
          const alone = new Set(filterPlanGraph(graph, filter(single)).nodes.map((n) => n.id));
          if (![...kept].every((id) => alone.has(id))) say(`keeps more than ${JSON.stringify(single)} alone`);
        }
        // With a committee or aiming point filter, every kept action hangs on a kept focus area.
        if (f.committeeId || f.aimingPointId) {
          for (const n of result.nodes) {
            if (n.kind === 'action' && !result.edges.some((e) => e.kind === 'contributes' && e.source === n.id)) say(`${n.id} hangs loose`);
          }
        }
      }
      expect(failures).toEqual([]);
    });
  });

  describe('on the Hedensted plan', () => {
    const doc = JSON.parse(readFileSync(SEED_PATH, 'utf8')) as PlanDocument;
    const graph = graphFromPlanDocument(doc);

    it.each(doc.committees.map((c) => [c.id]))('keeps committee %s’s own and co-owned focus areas', (committeeId) => {
      const result = filterPlanGraph(graph, filter({ committeeId }));
      const expected = doc.focusAreas
        .filter((f) => f.committeeId === committeeId || f.coOwnerCommitteeIds.includes(committeeId))
        .map((f) => f.id);
      expect(result.nodes.filter((n) => n.kind === 'focusArea').map((n) => n.id)).toEqual(
        graph.nodes.filter((n) => expected.includes(n.id)).map((n) => n.id),
      );
      expect(isClosed(result)).toBe(true);
    });

    it('splits the plan by aiming point into parts that together hold every linked focus area', () => {
      const seen = new Set<string>();
      for (const ap of doc.aimingPoints) {
        for (const n of filterPlanGraph(graph, filter({ aimingPointId: ap.id })).nodes) if (n.kind === 'focusArea') seen.add(n.id);
      }
      const linked = new Set(doc.links.filter((l) => l.kind === 'supports').map((l) => l.sourceId));
      expect([...seen].sort()).toEqual([...linked].sort());
    });
  });
});

describe('pathThrough', () => {
  it('from a focus area: up to its aiming points and the vision, down to its actions and indicators; no siblings', () => {
    const { nodeIds, edgeIds } = pathThrough(G, 'e1');
    expect([...nodeIds].sort()).toEqual(['v', 'ap1', 'e1', 'a-e1', 'a-both', 'i-e1'].sort());
    expect([...edgeIds].sort()).toEqual(['e1>ap1', 'ap1:partOf', 'a-e1>e1', 'a-both>e1', 'i-e1:measures'].sort());
  });

  it('from an action: its indicators below, every focus area above it, their aiming points and the vision', () => {
    const { nodeIds, edgeIds } = pathThrough(G, 'a-both');
    expect([...nodeIds].sort()).toEqual(['v', 'ap1', 'ap2', 'e1', 's1', 'a-both'].sort());
    expect([...edgeIds].sort()).toEqual(['a-both>e1', 'a-both>s1', 'e1>ap1', 's1>ap1', 's1>ap2', 'ap1:partOf', 'ap2:partOf'].sort());
  });

  it('from an indicator: all the way up', () => {
    const { nodeIds } = pathThrough(G, 'i-a-s1');
    expect([...nodeIds].sort()).toEqual(['v', 'ap1', 'ap2', 's1', 'a-s1', 'i-a-s1'].sort());
  });

  it('from an aiming point: the vision above and everything supporting it below', () => {
    const { nodeIds } = pathThrough(G, 'ap2');
    expect([...nodeIds].sort()).toEqual(['v', 'ap2', 'e2', 's1', 'a-e2', 'a-s1', 'a-both', 'i-s1', 'i-a-e2', 'i-a-s1'].sort());
  });

  it('from the vision: everything connected to it', () => {
    const { nodeIds, edgeIds } = pathThrough(G, 'v');
    expect([...nodeIds].sort()).toEqual(ids(G).filter((id) => id !== 'a-loose' && id !== 'i-a-loose'));
    expect(edgeIds.size).toBe(G.edges.length - 1);
  });

  it('from an unlinked action: itself and its indicator', () => {
    const { nodeIds, edgeIds } = pathThrough(G, 'a-loose');
    expect([...nodeIds].sort()).toEqual(['a-loose', 'i-a-loose']);
    expect([...edgeIds]).toEqual(['i-a-loose:measures']);
  });

  it('is empty for a node not in the graph', () => {
    expect(pathThrough(G, 'gone')).toEqual({ nodeIds: new Set(), edgeIds: new Set() });
  });

  it('ignores edges to nodes not in the graph and does not loop on a cycle', () => {
    const graph = graphOf(
      [vision('v'), focusArea('f', 'C', 1), action('a')],
      [edge('contributes', 'a', 'f'), edge('supports', 'f', 'gone'), edge('contributes', 'f', 'a', 'odd-back-edge')],
    );
    const { nodeIds, edgeIds } = pathThrough(graph, 'a');
    expect([...nodeIds].sort()).toEqual(['a', 'f']);
    expect([...edgeIds].sort()).toEqual(['a>f', 'odd-back-edge']);
  });
});

describe('searchNodes', () => {
  const graph = graphOf([
    vision('v', { title: 'Et liv i balance' }),
    aimingPoint('ap', 0, { title: 'Forskellige sammen' }),
    focusArea('f-trivsel', 'C', 1, { title: 'Trivsel i skolen' }),
    focusArea('f-aeldre', 'C', 2, { title: 'Et aktivt ældreliv' }),
    action('a-trivsel', { title: 'Trivselsvejledere på skolen' }),
    action('a-aeldre', { title: 'Venskaber blandt ældre' }),
    action('a-cafe', { title: 'Café for unge' }),
    action('a-aben', { title: 'Åben skole' }),
    action('a-oget', { title: 'Øget trivsel' }),
    indicator('i-trivsel', 'f-trivsel', { title: 'Trivsel, 4.–9. klasse' }),
    indicator('i-aa', 'f-trivsel', { title: 'Aabenraa-modellen' }),
  ]);
  const titles = (query: string, limit?: number) => searchNodes(graph, query, limit).map((n) => n.title);

  it('finds nothing for an empty or blank query', () => {
    expect(searchNodes(graph, '')).toEqual([]);
    expect(searchNodes(graph, '   ')).toEqual([]);
  });

  it("matches 'trivsel' in 'Trivsel i skolen', case-insensitively, ranking starts-with before contains, then by kind", () => {
    expect(titles('trivsel')).toEqual(['Trivsel i skolen', 'Trivselsvejledere på skolen', 'Trivsel, 4.–9. klasse', 'Øget trivsel']);
  });

  it("matches 'ÆLDRE' in 'ældre'", () => {
    expect(titles('ÆLDRE')).toEqual(['Et aktivt ældreliv', 'Venskaber blandt ældre']);
  });

  it('ignores accents', () => {
    expect(titles('cafe')).toEqual(['Café for unge']);
    expect(titles('CAFÉ')).toEqual(['Café for unge']);
  });

  it('keeps æ, ø and å letters of their own', () => {
    expect(titles('åben')).toEqual(['Åben skole']);
    expect(titles('aben')).toEqual(['Aabenraa-modellen']);
    expect(titles('aa')).toEqual(['Aabenraa-modellen']);
    expect(titles('øget')).toEqual(['Øget trivsel']);
    expect(titles('oget')).toEqual([]);
    expect(titles('aeldre')).toEqual([]);
  });

  it('matches a å written as a + combining ring', () => {
    expect(titles('a\u030aben')).toEqual(['Åben skole']);
  });

  it('ranks by title within a kind, and trims the query', () => {
    // Danish order: Å after T.
    expect(titles('  skole ')).toEqual(['Trivsel i skolen', 'Trivselsvejledere på skolen', 'Åben skole']);
    expect(titles('e')).toEqual([
      'Et liv i balance',
      'Et aktivt ældreliv',
      'Forskellige sammen',
      'Trivsel i skolen',
      'Café for unge',
      'Trivselsvejledere på skolen',
      'Venskaber blandt ældre',
      'Øget trivsel',
      'Åben skole',
      // Danish order reads "Aa" as "Å".
      'Trivsel, 4.–9. klasse',
      'Aabenraa-modellen',
    ]);
  });

  it('stops at the limit', () => {
    expect(titles('trivsel', 2)).toEqual(['Trivsel i skolen', 'Trivselsvejledere på skolen']);
    expect(titles('trivsel', 0)).toEqual([]);
    expect(titles('trivsel', 100)).toHaveLength(4);
  });

  it('finds the demo plan’s nodes about trivsel', () => {
    const doc = JSON.parse(readFileSync(SEED_PATH, 'utf8')) as PlanDocument;
    const found = searchNodes(graphFromPlanDocument(doc), 'trivsel');
    expect(found[0]).toMatchObject({ kind: 'focusArea', title: 'Trivsel i skolen' });
    expect(found.map((n) => n.kind)).toEqual(['focusArea', 'action', 'indicator', 'indicator']);
  });
});

describe('foldForSearch', () => {
  it('lowers case and drops accents but keeps æ, ø, å', () => {
    expect(foldForSearch('ÆØÅ Café Über')).toBe('æøå cafe uber');
  });
});

describe('currentPlan', () => {
  const plan = (id: string, status: PlanSummary['status'], periodStart: string, periodEnd: string, title = id) => ({
    id,
    title,
    status,
    periodStart,
    periodEnd,
    extra: `more about ${id}`,
  });
  const old = plan('old', 'adopted', '2022-01-01', '2025-12-31');
  const next = plan('next', 'adopted', '2025-12-31', '2029-12-31');

  it('is null for no plans', () => {
    expect(currentPlan([], '2026-01-01')).toBeNull();
  });

  it('picks the adopted plan covering today, its first and last days included', () => {
    const plans = [next, old];
    expect(currentPlan(plans, '2022-01-01')).toBe(old);
    expect(currentPlan(plans, '2025-12-30')).toBe(old);
    expect(currentPlan(plans, '2026-01-01')).toBe(next);
    expect(currentPlan(plans, '2029-12-31')).toBe(next);
  });

  it('picks the newer of two adopted plans both covering today (a shared boundary day)', () => {
    expect(currentPlan([old, next], '2025-12-31')).toBe(next);
    expect(currentPlan([next, old], '2025-12-31')).toBe(next);
  });

  it('falls back to the newest plan when no adopted plan covers today', () => {
    const draft = plan('draft', 'draft', '2030-01-01', '2033-12-31');
    expect(currentPlan([old, draft, next], '2035-01-01')).toBe(draft);
    expect(currentPlan([old, next], '2021-12-31')).toBe(next);
  });

  it('prefers an adopted plan covering today over a newer draft or archived one', () => {
    const draft = plan('draft', 'draft', '2026-01-01', '2029-12-31');
    const archived = plan('archived', 'archived', '2026-06-01', '2027-12-31');
    expect(currentPlan([draft, archived, old], '2024-05-05')).toBe(old);
    expect(currentPlan([draft, archived, next], '2026-07-01')).toBe(next);
    expect(currentPlan([draft, archived], '2026-07-01')).toBe(archived);
  });

  it('breaks ties by later end, then title, then id', () => {
    const a = plan('a', 'adopted', '2025-01-01', '2028-12-31', 'Beta');
    const b = plan('b', 'adopted', '2025-01-01', '2029-12-31', 'Gamma');
    const c = plan('c', 'adopted', '2025-01-01', '2029-12-31', 'Alfa');
    const d = plan('d', 'adopted', '2025-01-01', '2029-12-31', 'Alfa');
    expect(currentPlan([a, b], '2026-01-01')).toBe(b);
    expect(currentPlan([a, b, c], '2026-01-01')).toBe(c);
    expect(currentPlan([d, c], '2026-01-01')).toBe(c);
    expect(currentPlan([c, d], '2026-01-01')).toBe(c);
  });

  it('returns the caller’s own object, with its extra fields', () => {
    expect(currentPlan([old], '2023-01-01')?.extra).toBe('more about old');
  });
});

describe('isFiltering', () => {
  it('is false for no filter and for empty choices, true as soon as one narrows the map', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ committeeId: '', unitId: '', aimingPointId: null, status: '' })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, status: 'adopted' })).toBe(true);
    expect(isFiltering({ ...NO_FILTER, unitId: 'u' })).toBe(true);
  });
});
