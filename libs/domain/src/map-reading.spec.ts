import { readFileSync } from 'fs';
import { join } from 'path';
import type { GraphNode, PlanGraph } from './graph';
import { layoutPlanGraph, MAP_SPACING, openingView, READABLE_ZOOM } from './map-layout';
import { filterPlanGraph, listOutline, NO_FILTER, openingPart, OutlineItem, ownPart, searchNodes } from './map-view';
import { action, aimingPoint, edge, focusArea, graphFromPlanDocument, graphOf, indicator, vision } from '../test/map-test-graphs';
import type { PlanDocument } from './plan-document';

/** What makes the map readable: the unit filter, search by owner, the part it opens on, and the list view's outline. */

const SEED = JSON.parse(readFileSync(join(__dirname, '../../../api/src/seed/hedensted.plan.json'), 'utf8')) as PlanDocument;
const hedensted = graphFromPlanDocument(SEED);

/**
 *   v ← ap1 ← e1 (E, rank 2) ← a-u1 (unit U), a-v (unit V)
 *           ← e0 (E, rank 1)
 *     ← ap2 ← s1 (S, co-owned by E) ← a-u2 (U)
 *   f-free (S) supports nothing, a-u3 (U) contributes to nothing; i-e1 measures e1, i-u1 measures a-u1.
 */
const G = graphOf(
  [
    vision('v'),
    aimingPoint('ap2', 1),
    aimingPoint('ap1', 0),
    focusArea('e1', 'E', 2, { committeeName: 'Udvalget for Læring' }),
    focusArea('e0', 'E', 1, { committeeName: 'Udvalget for Læring' }),
    focusArea('s1', 'S', 1, { committeeName: 'Socialudvalget', coOwnerCommitteeIds: ['E'] }),
    focusArea('f-free', 'S', 2, { committeeName: 'Socialudvalget' }),
    action('a-u1', { unitId: 'U', unitName: 'Skoledistrikt Juelsminde' }),
    action('a-u2', { unitId: 'U', unitName: 'Skoledistrikt Juelsminde' }),
    action('a-u3', { unitId: 'U', unitName: 'Skoledistrikt Juelsminde' }),
    action('a-v', { unitId: 'V', unitName: 'Ældre og Sundhed' }),
    indicator('i-e1', 'e1'),
    indicator('i-u1', 'a-u1'),
    indicator('i-lost', 'gone'),
  ],
  [
    edge('supports', 'e1', 'ap1'),
    edge('supports', 'e0', 'ap1'),
    edge('supports', 's1', 'ap2'),
    edge('contributes', 'a-u1', 'e1'),
    edge('contributes', 'a-v', 'e1'),
    edge('contributes', 'a-u2', 's1'),
  ],
);
const ids = (graph: PlanGraph) => graph.nodes.map((n) => n.id).sort();

describe('filterPlanGraph by unit', () => {
  it('keeps the unit’s actions, the focus areas they contribute to, the aiming points those support, and their indicators', () => {
    expect(ids(filterPlanGraph(G, { ...NO_FILTER, unitId: 'U' }))).toEqual(
      ['v', 'ap1', 'ap2', 'e1', 's1', 'a-u1', 'a-u2', 'a-u3', 'i-e1', 'i-u1'].sort(),
    );
  });

  it('finds all five actions of Skoledistrikt Juelsminde in the demo plan', () => {
    const unit = SEED.units.find((u) => u.name === 'Skoledistrikt Juelsminde');
    const kept = filterPlanGraph(hedensted, { ...NO_FILTER, unitId: unit?.id ?? null });
    expect(kept.nodes.filter((n) => n.kind === 'action').map((n) => n.title)).toHaveLength(5);
  });

  it('combines with a committee: the committee’s focus areas that the unit’s actions serve', () => {
    expect(ids(filterPlanGraph(G, { ...NO_FILTER, committeeId: 'S', unitId: 'U' }))).toEqual(['v', 'ap2', 's1', 'a-u2'].sort());
  });
});

describe('searchNodes by owner', () => {
  const titles = (query: string, names?: Map<string, string>) => searchNodes(G, query, Infinity, names).map((n) => n.id);

  it('finds a unit’s actions by the unit’s name', () => {
    expect(titles('juelsminde')).toEqual(['a-u1', 'a-u2', 'a-u3']);
  });

  it('finds a committee’s focus areas by its name, and a shared one by a co-owner’s name when the names are known', () => {
    expect(titles('læring')).toEqual(['e0', 'e1']);
    expect(titles('læring', new Map([['E', 'Udvalget for Læring']]))).toEqual(['e0', 'e1', 's1']);
  });

  it('ranks title matches before owner matches', () => {
    const graph = graphOf([
      action('by-owner', { title: 'Lektiecafé', unitName: 'Skole Syd' }),
      action('by-title', { title: 'Skolebus', unitName: 'Trafik' }),
    ]);
    expect(searchNodes(graph, 'skole').map((n) => n.id)).toEqual(['by-title', 'by-owner']);
  });
});

describe('ownPart', () => {
  const as = (roles: string[], committeeIds: string[] = [], unitIds: string[] = []) =>
    ownPart(G, { roles: roles as never, committeeIds, unitIds });

  it('is a committee member’s lane: the focus areas the committee leads; those it only shares when it leads none', () => {
    expect(as(['committeeMember'], ['E'])?.sort()).toEqual(['e0', 'e1']);
    const sharing = graphOf([focusArea('x', 'X', 1, { coOwnerCommitteeIds: ['E'] }), focusArea('y', 'Y', 1)]);
    expect(ownPart(sharing, { roles: ['committeeMember'], committeeIds: ['E'], unitIds: [] })).toEqual(['x']);
  });

  it('is a manager’s unit’s actions with the focus areas they serve', () => {
    expect(as(['manager'], [], ['U'])?.sort()).toEqual(['a-u1', 'a-u2', 'a-u3', 'e1', 's1']);
  });

  it('is the whole plan (null) for directors, administrators, viewers, nobody, and someone owning nothing here', () => {
    expect(as(['director'])).toBeNull();
    expect(as(['administrator'], ['E'])).toBeNull();
    expect(as(['viewer'])).toBeNull();
    expect(ownPart(G, null)).toBeNull();
    expect(as(['committeeMember'], ['nobody'])).toBeNull();
  });
});

describe('openingPart', () => {
  const mette = { roles: ['committeeMember' as const], committeeIds: ['E'], unitIds: [] };

  it('is the viewer’s own part when the address names nothing', () => {
    expect(openingPart(G, NO_FILTER, null, mette)?.sort()).toEqual(['e0', 'e1']);
  });

  it('is what the address names: a selected node, a selected link’s ends, a committee’s or a unit’s part', () => {
    expect(openingPart(G, NO_FILTER, { type: 'node', id: 'a-v' }, mette)).toEqual(['a-v']);
    expect(openingPart(G, NO_FILTER, { type: 'link', id: 'a-u2>s1' }, mette)).toEqual(['a-u2', 's1']);
    expect(openingPart(G, { ...NO_FILTER, committeeId: 'S' }, null, mette)?.sort()).toEqual(['f-free', 's1']);
    expect(openingPart(G, { ...NO_FILTER, unitId: 'V' }, null, mette)?.sort()).toEqual(['a-v', 'e1']);
  });

  it('is the whole of what another filter keeps, and the own part when a selection is not in the graph', () => {
    expect(openingPart(G, { ...NO_FILTER, status: 'launched' }, null, mette)).toBeNull();
    expect(openingPart(G, NO_FILTER, { type: 'node', id: 'gone' }, mette)?.sort()).toEqual(['e0', 'e1']);
  });
});

describe('openingView', () => {
  const screen = { width: 1280, height: 600, minimap: { width: 180, height: 120 } };
  const onScreen = (layoutGraph: PlanGraph, partIds: string[] | null) => {
    const layout = layoutPlanGraph(layoutGraph, { showIndicators: true });
    const view = openingView(layout, partIds, screen);
    const boxes = layout.nodes
      .filter((n) => partIds?.includes(n.id))
      .map((n) => ({ x: n.x * view.zoom + view.x, y: n.y * view.zoom + view.y, right: (n.x + n.width) * view.zoom + view.x }));
    return { view, boxes, layout };
  };
  const committee = (name: string) => SEED.committees.find((c) => c.name === name)?.id ?? '';
  const unit = (name: string) => SEED.units.find((u) => u.name === name)?.id ?? '';

  it('opens a committee member of the demo plan on the committee’s focus areas, readable and clear of the minimap', () => {
    const part = ownPart(hedensted, { roles: ['committeeMember'], committeeIds: [committee('Udvalget for Læring')], unitIds: [] });
    expect(part).toHaveLength(3);
    const { view, boxes } = onScreen(hedensted, part);
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(screen.width - screen.minimap.width);
      // The lane's label shows above its focus areas.
      expect(box.y).toBeGreaterThanOrEqual(MAP_SPACING.laneLabelHeight * view.zoom);
    }
  });

  it('opens a manager of the demo plan on the unit’s actions, readable; narrowed to the unit, all five on screen', () => {
    const manager = { roles: ['manager' as const], committeeIds: [], unitIds: [unit('Skoledistrikt Juelsminde')] };
    const whole = onScreen(hedensted, ownPart(hedensted, manager) ?? []);
    expect(whole.view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    const narrowed = filterPlanGraph(hedensted, { ...NO_FILTER, unitId: manager.unitIds[0] });
    const part = ownPart(narrowed, manager) ?? [];
    const { view, layout } = onScreen(narrowed, part);
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    const actions = layout.nodes.filter((n) => n.kind === 'action');
    expect(actions).toHaveLength(5);
    for (const node of actions) {
      const x = node.x * view.zoom + view.x;
      const y = node.y * view.zoom + view.y;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x + node.width * view.zoom).toBeLessThanOrEqual(screen.width);
      expect(y + node.height * view.zoom).toBeLessThanOrEqual(screen.height);
    }
  });

  it('never goes below the readable zoom for a part too big for the screen, and opens on its top left', () => {
    const part = hedensted.nodes.filter((n) => n.kind === 'focusArea').map((n) => n.id);
    const { view, boxes } = onScreen(hedensted, part);
    expect(view.zoom).toBeCloseTo(READABLE_ZOOM);
    expect(Math.min(...boxes.map((b) => b.x))).toBeCloseTo(16);
  });

  it('fits the whole plan when there is no part of one’s own, at whatever zoom that takes', () => {
    const { view, layout } = onScreen(hedensted, null);
    expect(view.zoom).toBeLessThan(READABLE_ZOOM);
    expect(layout.width * view.zoom).toBeLessThanOrEqual(screen.width);
    expect(layout.height * view.zoom).toBeLessThanOrEqual(screen.height);
  });

  it('never zooms in beyond 1 on a small part', () => {
    expect(onScreen(G, ['a-u3']).view.zoom).toBe(1);
  });
});

describe('listOutline', () => {
  const flatten = (items: OutlineItem[]): GraphNode[] => items.flatMap((item) => [item.node, ...flatten(item.children)]);
  const lines = (item: OutlineItem, depth = 0): string[] => [
    `${'  '.repeat(depth)}${item.node.id}`,
    ...item.children.flatMap((c) => lines(c, depth + 1)),
  ];

  it('holds every node, aiming points in their order, focus areas in priority order, indicators on focus areas and actions', () => {
    const outline = listOutline(G);
    expect(outline.map((s) => s.part)).toEqual(['plan', 'unsupported', 'unlinked', 'unmeasured']);
    expect(outline.flatMap((s) => s.items.flatMap((item) => lines(item)))).toEqual([
      'v',
      '  ap1',
      '    e0',
      '    e1',
      '      a-u1',
      '        i-u1',
      '      a-v',
      '      i-e1',
      '  ap2',
      '    s1',
      '      a-u2',
      'f-free',
      'a-u3',
      'i-lost',
    ]);
  });

  it('lists the vision’s indicators under the vision and an aiming point’s under the aiming point', () => {
    const graph = graphOf(
      [
        vision('v'),
        aimingPoint('ap', 0),
        focusArea('f', 'C', 1),
        indicator('i-v', 'v', { measures: 'vision' }),
        indicator('i-ap', 'ap', { measures: 'aimingPoint' }),
        indicator('i-f', 'f'),
      ],
      [edge('supports', 'f', 'ap')],
    );
    expect(listOutline(graph).flatMap((s) => s.items.flatMap((item) => lines(item)))).toEqual([
      'v',
      '  ap',
      '    f',
      '      i-f',
      '    i-ap',
      '  i-v',
    ]);
    // Every filter keeps the vision, and so what measures it; an aiming point kept keeps its indicators.
    const kept = (filter: Partial<typeof NO_FILTER>) => ids(filterPlanGraph(graph, { ...NO_FILTER, ...filter }));
    expect(kept({ committeeId: 'C' })).toEqual(['ap', 'f', 'i-ap', 'i-f', 'i-v', 'v']);
    expect(kept({ committeeId: 'nobody' })).toEqual(['i-v', 'v']);
    expect(kept({ aimingPointId: 'gone' })).toEqual(['i-v', 'v']);
    expect(kept({ status: 'retired' })).toEqual(['i-v', 'v']);
  });

  it('holds every node of the demo plan, and every node of a plan whose focus areas support no aiming point yet', () => {
    const shown = (graph: PlanGraph) => new Set(flatten(listOutline(graph).flatMap((s) => s.items)).map((n) => n.id));
    expect([...shown(hedensted)].sort()).toEqual(ids(hedensted));
    const fresh = graphOf(
      [vision('v'), focusArea('f1', 'C', 1), focusArea('f2', 'C', 2), action('a1'), indicator('i1', 'f1')],
      [edge('contributes', 'a1', 'f2')],
    );
    expect([...shown(fresh)].sort()).toEqual(ids(fresh));
  });
});
