import { readFileSync } from 'fs';
import { join } from 'path';
import type { PlanGraph } from './graph';
import { layoutPlanGraph, MAP_NODE_SIZE, MAP_SPACING, MapBox, MapLayout, PositionedNode } from './map-layout';
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
  shuffle,
  vision,
} from '../test/map-test-graphs';
import type { PlanDocument } from './plan-document';

const SEED_PATH = join(__dirname, '../../../api/src/seed/hedensted.plan.json');
const WITH = { showIndicators: true };
const WITHOUT = { showIndicators: false };
const S = MAP_SPACING;

// Rows when the vision and aiming point rows are both present.
const AIMING_TOP = MAP_NODE_SIZE.vision.height + S.rowGap;
const LANES_TOP = AIMING_TOP + MAP_NODE_SIZE.aimingPoint.height + S.rowGap;
const FOCUS_TOP = LANES_TOP + S.laneLabelHeight;
const ACTIONS_TOP = FOCUS_TOP + MAP_NODE_SIZE.focusArea.height + S.rowGap;
const ACTION_STEP = MAP_NODE_SIZE.action.height + S.stackGap;
const INDICATOR_STEP = MAP_NODE_SIZE.indicator.height + S.stackGap;

function at(layout: MapLayout, id: string): PositionedNode {
  const node = layout.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`${id} is not in the layout`);
  return node;
}

function overlaps(a: MapBox, b: MapBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function encloses(outer: MapBox, inner: MapBox): boolean {
  return (
    outer.x <= inner.x &&
    outer.y <= inner.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

function labelBand(box: MapBox): MapBox {
  return { x: box.x, y: box.y, width: box.width, height: S.laneLabelHeight };
}

function bands(layout: MapLayout): MapBox[] {
  return [...layout.lanes, ...(layout.unlinkedColumn ? [layout.unlinkedColumn] : [])].map(labelBand);
}

/** The checks every layout must pass, whatever the graph. Returns a description of the first failure, or null. */
function problems(graph: PlanGraph, layout: MapLayout, showIndicators: boolean): string | null {
  const expected = graph.nodes.filter((n) => showIndicators || n.kind !== 'indicator').map((n) => n.id);
  const ids = layout.nodes.map((n) => n.id);
  if (new Set(ids).size !== ids.length) return 'a node is placed twice';
  if ([...ids].sort().join() !== [...expected].sort().join()) return 'the placed nodes are not the graph’s nodes';
  const kinds = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  for (const n of layout.nodes) {
    if (n.kind !== kinds.get(n.id)) return `${n.id} has the wrong kind`;
    if (n.width !== MAP_NODE_SIZE[n.kind].width || n.height !== MAP_NODE_SIZE[n.kind].height) return `${n.id} has the wrong size`;
    if (!Number.isInteger(n.x) || !Number.isInteger(n.y)) return `${n.id} is not on whole pixels`;
    if (!encloses({ x: 0, y: 0, width: layout.width, height: layout.height }, n)) return `${n.id} is outside the drawing`;
  }
  for (let i = 0; i < layout.nodes.length; i++) {
    for (let j = i + 1; j < layout.nodes.length; j++) {
      if (overlaps(layout.nodes[i], layout.nodes[j])) return `${layout.nodes[i].id} overlaps ${layout.nodes[j].id}`;
    }
  }
  const laneBands = bands(layout);
  for (const n of layout.nodes) for (const band of laneBands) if (overlaps(n, band)) return `${n.id} overlaps a lane label`;
  const boxes = [...layout.lanes, ...(layout.unlinkedColumn ? [layout.unlinkedColumn] : [])];
  for (let i = 0; i < boxes.length; i++) {
    if (!encloses({ x: 0, y: 0, width: layout.width, height: layout.height }, boxes[i])) return `lane ${i} is outside the drawing`;
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i], boxes[j])) return `lanes ${i} and ${j} overlap`;
  }
  return null;
}

describe('MAP_NODE_SIZE', () => {
  it('gives every kind its size', () => {
    expect(MAP_NODE_SIZE).toEqual({
      vision: { width: 560, height: 156 },
      aimingPoint: { width: 300, height: 126 },
      focusArea: { width: 240, height: 112 },
      action: { width: 240, height: 106 },
      indicator: { width: 240, height: 124 },
    });
  });
});

describe('layoutPlanGraph: small plans', () => {
  it('lays out an empty graph as an empty drawing', () => {
    expect(layoutPlanGraph({ planId: 'p', nodes: [], edges: [] }, WITH)).toEqual({
      nodes: [],
      lanes: [],
      unlinkedColumn: null,
      width: 0,
      height: 0,
    });
  });

  it('draws a plan with only a vision as that one node', () => {
    const layout = layoutPlanGraph(graphOf([vision('v')]), WITH);
    expect(layout).toEqual({
      nodes: [{ id: 'v', kind: 'vision', x: 0, y: 0, width: 560, height: 156 }],
      lanes: [],
      unlinkedColumn: null,
      width: 560,
      height: 156,
    });
  });

  it('spreads aiming points by position in equal slots under a centred vision', () => {
    const graph = graphOf([vision('v'), aimingPoint('c', 2), aimingPoint('a', 0), aimingPoint('b', 1)]);
    const layout = layoutPlanGraph(graph, WITH);
    expect(layout.width).toBe(3 * (300 + S.columnGap));
    expect(layout.height).toBe(AIMING_TOP + MAP_NODE_SIZE.aimingPoint.height);
    const v = at(layout, 'v');
    expect(v.y).toBe(0);
    expect(v.x + v.width / 2).toBeCloseTo(layout.width / 2, 0);
    const slot = layout.width / 3;
    ['a', 'b', 'c'].forEach((id, i) => {
      const ap = at(layout, id);
      expect(ap.y).toBe(AIMING_TOP);
      expect(Math.abs(ap.x + ap.width / 2 - (i + 0.5) * slot)).toBeLessThanOrEqual(0.5);
    });
    expect(problems(graph, layout, true)).toBeNull();
  });

  it('gives a committee with one focus area a lane just wide enough for it, labelled above the focus area', () => {
    const graph = graphOf([vision('v'), aimingPoint('ap', 0), focusArea('f', 'c', 1, { committeeName: 'Børne- og Uddannelsesudvalget' })]);
    const layout = layoutPlanGraph(graph, WITH);
    const lane = layout.lanes[0];
    expect(layout.lanes).toHaveLength(1);
    expect(lane).toMatchObject({
      committeeId: 'c',
      committeeName: 'Børne- og Uddannelsesudvalget',
      y: LANES_TOP,
      width: 240 + 2 * S.lanePadding,
    });
    const f = at(layout, 'f');
    expect(f).toMatchObject({ x: lane.x + S.lanePadding, y: FOCUS_TOP });
    expect(f.y - lane.y).toBe(S.laneLabelHeight);
    expect(lane.y + lane.height).toBe(f.y + f.height + S.lanePadding);
    expect(layout.unlinkedColumn).toBeNull();
    expect(problems(graph, layout, true)).toBeNull();
  });

  it('orders lanes by first appearance and focus areas in a lane by rank, whatever the node order', () => {
    const graph = graphOf([
      vision('v'),
      focusArea('b2', 'B', 2),
      focusArea('a1', 'A', 1),
      focusArea('b1', 'B', 1),
      focusArea('a3', 'A', 3),
      focusArea('a2', 'A', 2),
    ]);
    const layout = layoutPlanGraph(graph, WITH);
    expect(layout.lanes.map((l) => l.committeeId)).toEqual(['B', 'A']);
    const xs = ['b1', 'b2', 'a1', 'a2', 'a3'].map((id) => at(layout, id).x);
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
    expect(new Set(xs).size).toBe(5);
    expect(at(layout, 'b2').x - at(layout, 'b1').x).toBe(240 + S.columnGap);
    const [laneB, laneA] = layout.lanes;
    expect(laneA.x - (laneB.x + laneB.width)).toBe(S.laneGap);
    expect(laneA.width).toBe(3 * 240 + 2 * S.columnGap + 2 * S.lanePadding);
    for (const id of ['a1', 'a2', 'a3']) expect(encloses(laneA, at(layout, id))).toBe(true);
  });

  it('centres the lanes under a wider top row', () => {
    const graph = graphOf([vision('v'), aimingPoint('p', 0), aimingPoint('q', 1), aimingPoint('r', 2), focusArea('f', 'c', 1)]);
    const layout = layoutPlanGraph(graph, WITH);
    const lane = layout.lanes[0];
    expect(Math.abs(lane.x + lane.width / 2 - layout.width / 2)).toBeLessThanOrEqual(1);
  });

  it('stacks a focus area’s actions in its column by title, then id', () => {
    const graph = graphOf(
      [
        vision('v'),
        aimingPoint('ap', 0),
        focusArea('f', 'c', 1),
        action('z', { title: 'Ældre' }),
        action('y', { title: 'Ål' }),
        action('x', { title: 'Bo' }),
        action('w', { title: 'Bo' }),
      ],
      [edge('contributes', 'z', 'f'), edge('contributes', 'y', 'f'), edge('contributes', 'x', 'f'), edge('contributes', 'w', 'f')],
    );
    const layout = layoutPlanGraph(graph, WITH);
    const f = at(layout, 'f');
    // Danish order: æ, ø, å come after z.
    ['w', 'x', 'z', 'y'].forEach((id, i) => expect(at(layout, id)).toMatchObject({ x: f.x, y: ACTIONS_TOP + i * ACTION_STEP }));
    const lane = layout.lanes[0];
    expect(lane.y + lane.height).toBe(ACTIONS_TOP + 4 * ACTION_STEP - S.stackGap + S.lanePadding);
    expect(layout.height).toBe(lane.y + lane.height);
  });

  it('puts an action linked to two focus areas in different lanes under the one in the first lane', () => {
    const graph = graphOf(
      [
        vision('v'),
        focusArea('f-first', 'first', 2),
        focusArea('f-first-1', 'first', 1),
        focusArea('a-second', 'second', 1),
        action('act'),
      ],
      // Listed second-lane first, and with an id sorting first, so neither edge order nor ids decide.
      [edge('contributes', 'act', 'a-second'), edge('contributes', 'act', 'f-first')],
    );
    const layout = layoutPlanGraph(graph, WITH);
    expect(at(layout, 'act').x).toBe(at(layout, 'f-first').x);
    expect(at(layout, 'f-first').x).toBeGreaterThan(at(layout, 'f-first-1').x);
  });

  it('treats links to nodes not in the graph as no link', () => {
    const graph = graphOf(
      [vision('v'), focusArea('f', 'c', 1), action('a'), indicator('i', 'gone')],
      [edge('contributes', 'a', 'gone'), edge('supports', 'f', 'gone-too'), edge('contributes', 'b-gone', 'f')],
    );
    const layout = layoutPlanGraph(graph, WITH);
    expect(layout.unlinkedColumn).not.toBeNull();
    expect(encloses(layout.unlinkedColumn as MapBox, at(layout, 'a'))).toBe(true);
    expect(encloses(layout.unlinkedColumn as MapBox, at(layout, 'i'))).toBe(true);
    expect(problems(graph, layout, true)).toBeNull();
  });

  it('ignores contributes edges to something other than a focus area', () => {
    const graph = graphOf([vision('v'), aimingPoint('ap', 0), focusArea('f', 'c', 1), action('a')], [edge('contributes', 'a', 'ap')]);
    const layout = layoutPlanGraph(graph, WITH);
    expect(encloses(layout.unlinkedColumn as MapBox, at(layout, 'a'))).toBe(true);
  });
});

describe('layoutPlanGraph: indicators of the vision and of aiming points', () => {
  const graph = graphOf(
    [
      vision('v'),
      aimingPoint('p', 0),
      aimingPoint('q', 1),
      focusArea('f', 'c', 1),
      indicator('iv-b', 'v', { measures: 'vision', title: 'B' }),
      indicator('iv-a', 'v', { measures: 'vision', title: 'A' }),
      indicator('ip-1', 'p', { measures: 'aimingPoint', title: 'Ledighed' }),
      indicator('ip-2', 'p', { measures: 'aimingPoint', title: 'Folketal' }),
      indicator('iq', 'q', { measures: 'aimingPoint' }),
      indicator('if', 'f'),
    ],
    [edge('supports', 'f', 'p')],
  );
  const layout = layoutPlanGraph(graph, WITH);
  const IND = MAP_NODE_SIZE.indicator;

  it('passes the general checks', () => {
    expect(problems(graph, layout, true)).toBeNull();
    expect(problems(graph, layoutPlanGraph(graph, WITHOUT), false)).toBeNull();
  });

  it('puts the vision’s indicators side by side in a row of their own under it, by title', () => {
    const v = at(layout, 'v');
    const [a, b] = [at(layout, 'iv-a'), at(layout, 'iv-b')];
    expect([a.y, b.y]).toEqual([v.height + S.rowGap, v.height + S.rowGap]);
    expect(b.x - a.x).toBe(IND.width + S.columnGap);
    expect(Math.abs((a.x + b.x + IND.width) / 2 - (v.x + v.width / 2))).toBeLessThanOrEqual(1);
    expect(at(layout, 'p').y).toBe(v.height + S.rowGap + IND.height + S.rowGap);
  });

  it('stacks an aiming point’s indicators under its centre, by title, and starts the lanes below the deepest stack', () => {
    const p = at(layout, 'p');
    const [first, second] = [at(layout, 'ip-2'), at(layout, 'ip-1')];
    expect(first).toMatchObject({ x: p.x + (p.width - IND.width) / 2, y: p.y + p.height + S.rowGap });
    expect(second).toMatchObject({ x: first.x, y: first.y + IND.height + S.stackGap });
    expect(at(layout, 'iq').y).toBe(first.y);
    expect(layout.lanes[0].y).toBe(second.y + IND.height + S.rowGap);
  });

  it('keeps the indicators of focus areas in their columns', () => {
    expect(at(layout, 'if').x).toBe(at(layout, 'f').x);
  });

  it('takes the rows away when indicators are hidden', () => {
    const without = layoutPlanGraph(graph, WITHOUT);
    expect(at(without, 'p').y).toBe(AIMING_TOP);
    expect(without.lanes[0].y).toBe(LANES_TOP);
  });

  it('widens the drawing for a long row of the vision’s indicators', () => {
    const many = Array.from({ length: 6 }, (_, i) => indicator(`iv${i}`, 'v', { measures: 'vision' }));
    const g = graphOf([vision('v'), ...many]);
    const l = layoutPlanGraph(g, WITH);
    expect(l.width).toBe(6 * IND.width + 5 * S.columnGap);
    expect(problems(g, l, true)).toBeNull();
  });
});

describe('layoutPlanGraph: unlinked actions and indicators', () => {
  const graph = graphOf(
    [
      vision('v'),
      aimingPoint('ap', 0),
      focusArea('f1', 'c', 1),
      focusArea('f2', 'c', 2),
      action('a1', { title: 'A' }),
      action('a2', { title: 'B' }),
      action('a3', { title: 'C' }),
      action('loose', { title: 'Løs' }),
      indicator('i-f2', 'f2', { title: 'B' }),
      indicator('i-a1', 'a1', { title: 'A' }),
      indicator('i-f1', 'f1', { title: 'C' }),
      indicator('i-loose', 'loose'),
    ],
    [edge('contributes', 'a1', 'f1'), edge('contributes', 'a2', 'f1'), edge('contributes', 'a3', 'f2')],
  );
  const layout = layoutPlanGraph(graph, WITH);
  const indicatorsTop = ACTIONS_TOP + 2 * ACTION_STEP - S.stackGap + S.rowGap;

  it('passes the general checks', () => {
    expect(problems(graph, layout, true)).toBeNull();
  });

  it('puts an action linked to nothing in a column right of the last lane, labelled above its first action', () => {
    const box = layout.unlinkedColumn as MapBox;
    const lane = layout.lanes[0];
    expect(box.x - (lane.x + lane.width)).toBe(S.laneGap);
    expect(box.y).toBe(ACTIONS_TOP - S.laneLabelHeight);
    expect(at(layout, 'loose')).toMatchObject({ x: box.x + S.lanePadding, y: ACTIONS_TOP });
    expect(box.y + box.height).toBe(lane.y + lane.height);
  });

  it('stacks indicators below the deepest action stack, in the column of what they measure, by title', () => {
    expect(at(layout, 'i-a1')).toMatchObject({ x: at(layout, 'f1').x, y: indicatorsTop });
    expect(at(layout, 'i-f1')).toMatchObject({ x: at(layout, 'f1').x, y: indicatorsTop + INDICATOR_STEP });
    expect(at(layout, 'i-f2')).toMatchObject({ x: at(layout, 'f2').x, y: indicatorsTop });
  });

  it('puts an indicator on an unlinked action in the unlinked column', () => {
    expect(at(layout, 'i-loose')).toMatchObject({ x: at(layout, 'loose').x, y: indicatorsTop });
    expect(encloses(layout.unlinkedColumn as MapBox, at(layout, 'i-loose'))).toBe(true);
  });

  it('makes every lane reach down past the last indicator', () => {
    const bottom = indicatorsTop + 2 * INDICATOR_STEP - S.stackGap;
    expect(layout.lanes[0].y + layout.lanes[0].height).toBe(bottom + S.lanePadding);
    expect(layout.height).toBe(bottom + S.lanePadding);
  });

  it('leaves indicators out when they are hidden, and moves nothing else', () => {
    const without = layoutPlanGraph(graph, WITHOUT);
    expect(without.nodes.some((n) => n.kind === 'indicator')).toBe(false);
    expect(without.nodes).toEqual(layout.nodes.filter((n) => n.kind !== 'indicator'));
    expect(without.lanes[0].y + without.lanes[0].height).toBe(ACTIONS_TOP + 2 * ACTION_STEP - S.stackGap + S.lanePadding);
  });

  it('gives indicators measuring nothing in the graph a column of their own only when they are shown', () => {
    const g = graphOf([vision('v'), focusArea('f', 'c', 1), indicator('i', 'missing')]);
    expect(layoutPlanGraph(g, WITHOUT).unlinkedColumn).toBeNull();
    const shown = layoutPlanGraph(g, WITH);
    // No actions at all: indicators take the actions' row.
    expect(at(shown, 'i').y).toBe(MAP_NODE_SIZE.vision.height + S.rowGap + S.laneLabelHeight + 112 + S.rowGap);
    expect(shown.unlinkedColumn).toMatchObject({ y: at(shown, 'i').y - S.laneLabelHeight });
    expect(problems(g, shown, true)).toBeNull();
  });

  it('wraps many unlinked actions into several columns no deeper than the linked ones', () => {
    const loose = Array.from({ length: 9 }, (_, i) => action(`l${i}`, { title: `L${i}` }));
    const linked = Array.from({ length: 5 }, (_, i) => action(`k${i}`));
    const g = graphOf(
      [vision('v'), focusArea('f', 'c', 1), ...linked, ...loose],
      linked.map((a) => edge('contributes', a.id, 'f')),
    );
    const l = layoutPlanGraph(g, WITH);
    const box = l.unlinkedColumn as MapBox;
    expect(box.width).toBe(2 * 240 + S.columnGap + 2 * S.lanePadding);
    expect(new Set(loose.map((a) => at(l, a.id).x)).size).toBe(2);
    expect(Math.max(...loose.map((a) => at(l, a.id).y))).toBe(Math.max(...linked.map((a) => at(l, a.id).y)));
    for (const a of loose) expect(encloses(box, at(l, a.id))).toBe(true);
    expect(problems(g, l, true)).toBeNull();
  });

  it('draws a plan of only unlinked actions', () => {
    const g = graphOf([vision('v'), action('a'), action('b')]);
    const l = layoutPlanGraph(g, WITH);
    expect(l.lanes).toEqual([]);
    expect(l.unlinkedColumn).not.toBeNull();
    expect(problems(g, l, true)).toBeNull();
  });
});

describe('layoutPlanGraph: the Hedensted plan', () => {
  const doc = JSON.parse(readFileSync(SEED_PATH, 'utf8')) as PlanDocument;
  const graph = graphFromPlanDocument(doc);

  it('builds the graph the demo plan describes', () => {
    const count = (kind: string) => graph.nodes.filter((n) => n.kind === kind).length;
    expect([count('vision'), count('aimingPoint'), count('focusArea'), count('action'), count('indicator')]).toEqual([1, 3, 20, 36, 17]);
  });

  it.each([WITH, WITHOUT])('places every node without overlaps (%o)', (options) => {
    const layout = layoutPlanGraph(graph, options);
    expect(problems(graph, layout, options.showIndicators)).toBeNull();
  });

  it('gives each committee with focus areas a lane, in the document’s committee order', () => {
    const layout = layoutPlanGraph(graph, WITH);
    const withFocusAreas = doc.committees.filter((c) => doc.focusAreas.some((f) => f.committeeId === c.id));
    expect(layout.lanes.map((l) => [l.committeeId, l.committeeName])).toEqual(withFocusAreas.map((c) => [c.id, c.name]));
    for (const f of doc.focusAreas) {
      const lane = layout.lanes.find((l) => l.committeeId === f.committeeId) as MapBox;
      expect(encloses(lane, at(layout, f.id))).toBe(true);
    }
  });

  it('puts every linked action under the first of its focus areas', () => {
    const layout = layoutPlanGraph(graph, WITH);
    const order = graph.nodes.filter((n) => n.kind === 'focusArea').map((n) => n.id);
    for (const a of doc.actions) {
      const targets = doc.links.filter((l) => l.kind === 'contributes' && l.sourceId === a.id).map((l) => l.targetId);
      if (targets.length === 0) {
        expect(encloses(layout.unlinkedColumn as MapBox, at(layout, a.id))).toBe(true);
        continue;
      }
      const first = targets.sort((p, q) => order.indexOf(p) - order.indexOf(q))[0];
      expect(at(layout, a.id).x).toBe(at(layout, first).x);
    }
  });

  it('is the same for the same plan', () => {
    expect(layoutPlanGraph(graph, WITH)).toEqual(layoutPlanGraph(structuredClone(graph), WITH));
  });
});

// The same graph with nodes and edges in another order, keeping the order in which committees first appear.
function reordered(graph: PlanGraph, seed: number): PlanGraph {
  const random = prng(seed);
  const laneOrder: string[] = [];
  for (const n of graph.nodes) if (n.kind === 'focusArea' && !laneOrder.includes(n.committeeId)) laneOrder.push(n.committeeId);
  const nodes = shuffle(graph.nodes, random);
  const slots = nodes.flatMap((n, i) => (n.kind === 'focusArea' ? [i] : []));
  const focusAreas = nodes
    .filter((n) => n.kind === 'focusArea')
    .map((n, i) => ({ n, i }))
    .sort((a, b) => {
      const lane = (x: typeof a) => (x.n.kind === 'focusArea' ? laneOrder.indexOf(x.n.committeeId) : 0);
      return lane(a) - lane(b) || a.i - b.i;
    });
  slots.forEach((slot, k) => (nodes[slot] = focusAreas[k].n));
  return { planId: graph.planId, nodes, edges: shuffle(graph.edges, random) };
}

describe('layoutPlanGraph: random plans', () => {
  const SEEDS = Array.from({ length: 400 }, (_, i) => i + 1);

  it('places every node exactly once, inside the drawing, with no overlaps and clear of lane labels', () => {
    for (const seed of SEEDS) {
      const graph = randomGraph(seed);
      for (const options of [WITH, WITHOUT]) {
        const problem = problems(graph, layoutPlanGraph(graph, options), options.showIndicators);
        if (problem) throw new Error(`seed ${seed}, ${JSON.stringify(options)}: ${problem}`);
      }
    }
  });

  it('gives the same layout when nodes and edges come in another order (committees first appearing in the same order)', () => {
    const failures: number[] = [];
    for (const seed of SEEDS) {
      const graph = randomGraph(seed);
      const again = reordered(graph, seed * 7919);
      // Compared as JSON: the same drawing, down to the order of its nodes.
      for (const options of [WITH, WITHOUT]) {
        if (JSON.stringify(layoutPlanGraph(again, options)) !== JSON.stringify(layoutPlanGraph(graph, options))) failures.push(seed);
      }
    }
    expect(failures).toEqual([]);
  });

  it('increases x with rank within a lane, keeps lanes in order and focus areas inside their lane', () => {
    const failures: string[] = [];
    for (const seed of SEEDS) {
      const graph = randomGraph(seed);
      const layout = layoutPlanGraph(graph, WITH);
      const laneOrder: string[] = [];
      for (const n of graph.nodes) if (n.kind === 'focusArea' && !laneOrder.includes(n.committeeId)) laneOrder.push(n.committeeId);
      expect(layout.lanes.map((l) => l.committeeId)).toEqual(laneOrder);
      const placed = new Map(layout.nodes.map((n) => [n.id, n]));
      for (const lane of layout.lanes) {
        const members = graph.nodes.flatMap((n) => (n.kind === 'focusArea' && n.committeeId === lane.committeeId ? [n] : []));
        members.sort((a, b) => a.rank - b.rank);
        const boxes = members.map((m) => placed.get(m.id) as PositionedNode);
        for (let i = 1; i < boxes.length; i++)
          if (boxes[i].x <= boxes[i - 1].x) failures.push(`seed ${seed}: ${members[i].id} is left of rank ${i}`);
        for (const box of boxes) if (!encloses(lane, box)) failures.push(`seed ${seed}: ${box.id} is outside its lane`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps each action and indicator in its column, inside the lane or unlinked box, below the rows above it', () => {
    const failures: string[] = [];
    for (const seed of SEEDS) {
      const graph = randomGraph(seed);
      const layout = layoutPlanGraph(graph, WITH);
      const placed = new Map(layout.nodes.map((n) => [n.id, n]));
      const boxes = [...layout.lanes, ...(layout.unlinkedColumn ? [layout.unlinkedColumn] : [])];
      const bottomOf = (kind: string) => Math.max(0, ...layout.nodes.filter((n) => n.kind === kind).map((n) => n.y + n.height));
      const focusBottom = bottomOf('focusArea');
      const actionBottom = bottomOf('action');
      const measuredBy = new Map(graph.nodes.flatMap((n) => (n.kind === 'indicator' ? [[n.id, placed.get(n.measuresId)]] : [])));
      for (const n of layout.nodes) {
        if (n.kind !== 'action' && n.kind !== 'indicator') continue;
        const measured = measuredBy.get(n.id);
        if (measured && (measured.kind === 'vision' || measured.kind === 'aimingPoint')) {
          // Under the vision or its aiming point, above every lane.
          if (n.y < measured.y + measured.height + S.rowGap) failures.push(`seed ${seed}: ${n.id} is not below what it measures`);
          if (boxes.some((b) => overlaps(b, n))) failures.push(`seed ${seed}: ${n.id} is inside a lane`);
          continue;
        }
        if (!boxes.some((b) => encloses(b, n))) failures.push(`seed ${seed}: ${n.id} is in no lane`);
        if (n.y < focusBottom + S.rowGap) failures.push(`seed ${seed}: ${n.id} is too close to the focus areas`);
        if (n.kind === 'indicator' && n.y < actionBottom + S.rowGap) failures.push(`seed ${seed}: ${n.id} is too close to the actions`);
      }
      for (const n of graph.nodes) {
        if (n.kind !== 'indicator') continue;
        const measured = placed.get(n.measuresId);
        const inColumn = measured && (measured.kind === 'focusArea' || measured.kind === 'action');
        if (inColumn && placed.get(n.id)?.x !== measured.x) failures.push(`seed ${seed}: ${n.id} is not under ${n.measuresId}`);
        if (measured && !inColumn) {
          // Centred under the vision or the aiming point (a row of the vision's may reach beyond the vision's sides).
          const box = placed.get(n.id) as PositionedNode;
          if (measured.kind === 'aimingPoint' && Math.abs(box.x + box.width / 2 - (measured.x + measured.width / 2)) > 1)
            failures.push(`seed ${seed}: ${n.id} is not centred under ${n.measuresId}`);
          continue;
        }
        if (!inColumn && !encloses(layout.unlinkedColumn as MapBox, placed.get(n.id) as MapBox)) {
          failures.push(`seed ${seed}: ${n.id} measures nothing but is not in the unlinked column`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('puts each linked action under the first focus area it contributes to, in lane/rank order', () => {
    const failures: string[] = [];
    for (const seed of SEEDS) {
      const graph = randomGraph(seed);
      const layout = layoutPlanGraph(graph, WITH);
      const placed = new Map(layout.nodes.map((n) => [n.id, n]));
      const focusAreaX = new Map(layout.nodes.filter((n) => n.kind === 'focusArea').map((n) => [n.id, n.x]));
      for (const n of graph.nodes) {
        if (n.kind !== 'action') continue;
        const xs = graph.edges
          .filter((e) => e.kind === 'contributes' && e.source === n.id && focusAreaX.has(e.target))
          .map((e) => focusAreaX.get(e.target) as number);
        const x = placed.get(n.id)?.x;
        if (xs.length > 0 && x !== Math.min(...xs)) failures.push(`seed ${seed}: ${n.id} is not under its first focus area`);
        if (xs.length === 0 && !encloses(layout.unlinkedColumn as MapBox, placed.get(n.id) as MapBox))
          failures.push(`seed ${seed}: ${n.id} is linked to nothing but not in the unlinked column`);
      }
    }
    expect(failures).toEqual([]);
  });
});

// Its speed is measured by `npm run bench` (layout of the synthetic plans), never by a timed assertion here.
describe('layoutPlanGraph: a large plan', () => {
  it('places 100 focus areas, 1,000 actions and 500 indicators once each', () => {
    const graph = randomGraph(42, { committees: 10, focusAreas: 100, aimingPoints: 5, actions: 1000, indicators: 500 });
    const layout = layoutPlanGraph(graph, WITH);
    expect(layout.nodes).toHaveLength(graph.nodes.length);
    expect(new Set(layout.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
  });
});
