import { GraphNode, layoutPlanGraph, pathThrough } from '@kompas/domain';
import { connectHints, toFlow } from './to-flow';
import { smallPlanGraph as graph } from '../../../testing/small-plan-graph';

const none = { selectedNodeId: null, selectedLinkId: null, path: null, connectingFrom: null, pendingEdges: [] };

describe('toFlow', () => {
  it('gives every laid-out node its kind as React Flow type, its box, and its domain node', () => {
    const layout = layoutPlanGraph(graph, { showIndicators: true });
    const { nodes } = toFlow(graph, layout, none);
    expect(nodes.map((n) => [n.id, n.type]).sort()).toEqual(
      [
        ['a1', 'action'],
        ['ap1', 'aimingPoint'],
        ['fa1', 'focusArea'],
        ['fa2', 'focusArea'],
        ['i1', 'indicator'],
        ['v', 'vision'],
      ].sort(),
    );
    const fa1 = nodes.find((n) => n.id === 'fa1');
    const box = layout.nodes.find((n) => n.id === 'fa1');
    expect(fa1).toMatchObject({ position: { x: box?.x, y: box?.y }, width: box?.width, height: box?.height, draggable: false });
    expect(fa1?.data.node.title).toBe('Trivsel i skolen');
  });

  it('declares each node’s size and handles up front, so React Flow draws edges without measuring first', () => {
    const { nodes } = toFlow(graph, layoutPlanGraph(graph, { showIndicators: true }), none);
    const handles = (id: string) =>
      nodes
        .find((n) => n.id === id)
        ?.handles?.map((h) => h.type)
        .sort();
    // Edges go upward: they leave at the top and arrive at the bottom.
    expect(handles('v')).toEqual(['target']);
    expect(handles('ap1')).toEqual(['source', 'target']);
    expect(handles('fa1')).toEqual(['source', 'target']);
    expect(handles('a1')).toEqual(['source', 'target']);
    expect(handles('i1')).toEqual(['source']);
    const fa1 = nodes.find((n) => n.id === 'fa1');
    expect(fa1?.measured).toEqual({ width: fa1?.width, height: fa1?.height });
    const top = fa1?.handles?.find((h) => h.type === 'source');
    expect(top).toMatchObject({ position: 'top', x: (fa1?.width ?? 0) / 2 - 6, y: -6 });
  });

  it('drops edges whose ends are not drawn, e.g. measuring edges with indicators hidden', () => {
    const layout = layoutPlanGraph(graph, { showIndicators: false });
    const { nodes, edges } = toFlow(graph, layout, none);
    expect(nodes.some((n) => n.type === 'indicator')).toBe(false);
    expect(edges.map((e) => e.id).sort()).toEqual(['ap1:partOf', 'l1', 's1']);
  });

  it('lists the nodes in reading order, top to bottom and left to right, so Tab goes through them that way', () => {
    const layout = layoutPlanGraph(graph, { showIndicators: true });
    const { nodes } = toFlow(graph, layout, none);
    const ys = nodes.map((n) => n.position.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(nodes[0].id).toBe('v');
    for (let i = 1; i < nodes.length; i++) {
      const [a, b] = [nodes[i - 1].position, nodes[i].position];
      if (a.y === b.y) expect(a.x).toBeLessThan(b.x);
    }
  });

  it('names a link by the titles of its ends, and keeps links out of the Tab order while they can still take focus', () => {
    const layout = layoutPlanGraph(graph, { showIndicators: true });
    const edgeLabel = (source: { title: string }, target: { title: string }) => `Kobling fra «${source.title}» til «${target.title}»`;
    const { edges } = toFlow(graph, layout, { ...none, edgeLabel });
    const s1 = edges.find((e) => e.id === 's1');
    const title = (id: string | undefined) => graph.nodes.find((n) => n.id === id)?.title;
    expect(s1?.ariaLabel).toBe(`Kobling fra «${title(s1?.source)}» til «${title(s1?.target)}»`);
    expect(s1?.ariaLabel).not.toMatch(/Edge from|s1|fa1/);
    expect(s1).toMatchObject({ focusable: true, domAttributes: { tabIndex: -1 } });
    expect(edges.find((e) => e.id === 'ap1:partOf')?.domAttributes).toEqual({});
  });

  it('has a screen reader call a node by its kind and a link a link, in the user’s words', () => {
    const roles = { node: (kind: string) => ({ focusArea: 'Fokusområde' })[kind] ?? kind, edge: 'kobling' };
    const { nodes, edges } = toFlow(graph, layoutPlanGraph(graph, { showIndicators: true }), { ...none, roles });
    expect(nodes.find((n) => n.id === 'fa1')?.domAttributes).toEqual({ 'aria-roledescription': 'Fokusområde' });
    expect(edges.find((e) => e.id === 's1')?.domAttributes).toEqual({ tabIndex: -1, 'aria-roledescription': 'kobling' });
  });

  it('on a comparison, carries each node’s and link’s mark to its element and says it after its name', () => {
    const marks = {
      nodes: new Map([
        ['fa1', { state: 'moved' as const, rank: { from: 2, to: 1 } }],
        ['a1', { state: 'unchanged' as const, rank: null }],
      ]),
      edges: new Map([['l1', 'removed' as const]]),
    };
    const markWords = (state: string, rank: { from: number; to: number } | null) => (rank ? `Prioritet ${rank.from} → ${rank.to}` : state);
    const edgeLabel = (source: { title: string }, target: { title: string }) => `${source.title} → ${target.title}`;
    const { nodes, edges } = toFlow(graph, layoutPlanGraph(graph, { showIndicators: true }), { ...none, marks, markWords, edgeLabel });
    const fa1 = nodes.find((n) => n.id === 'fa1');
    expect(fa1).toMatchObject({ ariaLabel: 'Trivsel i skolen (Prioritet 2 → 1)', domAttributes: { 'data-diff': 'moved' } });
    expect(fa1?.data.diff).toEqual({ state: 'moved', rank: { from: 2, to: 1 } });
    // The same as before: marked quiet, its name alone.
    expect(nodes.find((n) => n.id === 'a1')).toMatchObject({
      ariaLabel: 'Læsevenner i indskolingen',
      domAttributes: { 'data-diff': 'unchanged' },
    });
    const l1 = edges.find((e) => e.id === 'l1');
    expect(l1).toMatchObject({ ariaLabel: 'Læsevenner i indskolingen → Trivsel i skolen (removed)', data: { diff: 'removed' } });
    expect(l1?.domAttributes).toMatchObject({ 'data-diff': 'removed' });
    // On the plain map nothing is marked.
    expect(toFlow(graph, layoutPlanGraph(graph, { showIndicators: true }), none).nodes.every((n) => n.data.diff === undefined)).toBe(true);
  });

  it('makes only drawn links selectable, and marks the selected one', () => {
    const { edges } = toFlow(graph, layoutPlanGraph(graph, { showIndicators: true }), { ...none, selectedLinkId: 'l1' });
    const byId = new Map(edges.map((e) => [e.id, e]));
    expect(byId.get('l1')).toMatchObject({ type: 'contributes', selectable: true, selected: true });
    expect(byId.get('s1')).toMatchObject({ type: 'supports', selectable: true, selected: false });
    expect(byId.get('ap1:partOf')).toMatchObject({ type: 'partOf', selectable: false });
    expect(byId.get('i1:measures')).toMatchObject({ type: 'measures', selectable: false });
  });

  it('dims what is off the selected node’s path and keeps the path lit', () => {
    const path = pathThrough(graph, 'a1');
    const { nodes, edges } = toFlow(graph, layoutPlanGraph(graph, { showIndicators: true }), { ...none, selectedNodeId: 'a1', path });
    const dimmed = nodes.filter((n) => n.data.dimmed).map((n) => n.id);
    expect(dimmed.sort()).toEqual(['fa2', 'i1']);
    expect(nodes.find((n) => n.id === 'a1')).toMatchObject({ selected: true, data: { onPath: true } });
    expect(edges.find((e) => e.id === 'l1')?.data?.onPath).toBe(true);
    expect(edges.find((e) => e.id === 'i1:measures')?.data?.dimmed).toBe(true);
  });

  it('draws a link being saved as a pending edge', () => {
    const pending = {
      id: 'pending:a1:fa2',
      kind: 'contributes' as const,
      source: 'a1',
      target: 'fa2',
      rationale: null,
      strength: 2,
      example: false,
      version: null,
    };
    const { edges } = toFlow(graph, layoutPlanGraph(graph, { showIndicators: true }), { ...none, pendingEdges: [pending] });
    expect(edges.find((e) => e.id === pending.id)).toMatchObject({ selectable: false, data: { pending: true } });
  });
});

describe('connectHints', () => {
  it('lights up only the focus areas an action may still be linked to', () => {
    const hints = connectHints(graph, 'a1');
    expect(hints.get('a1')).toBe('source');
    expect(hints.get('fa2')).toBe('allowed');
    expect(hints.get('fa1')).toBe('refused'); // already linked
    expect(hints.get('ap1')).toBe('refused'); // an action never links to an aiming point
    expect(hints.get('v')).toBe('refused');
    expect(hints.get('i1')).toBe('refused');
  });

  it('lets a focus area reach aiming points only', () => {
    const hints = connectHints(graph, 'fa2');
    expect([...hints].filter(([, h]) => h === 'allowed').map(([id]) => id)).toEqual(['ap1']);
  });
});

describe('indicators of the vision and of aiming points', () => {
  it('draw their measures edge to what they measure', () => {
    const onAim = { ...(graph.nodes.find((n) => n.id === 'i1') as Extract<GraphNode, { kind: 'indicator' }>) };
    const nodes: GraphNode[] = [
      ...graph.nodes,
      { ...onAim, id: 'i-ap', measuresId: 'ap1', measures: 'aimingPoint' },
      { ...onAim, id: 'i-v', measuresId: 'v', measures: 'vision' },
    ];
    const edges = [
      ...graph.edges,
      {
        id: 'i-ap:measures',
        kind: 'measures' as const,
        source: 'i-ap',
        target: 'ap1',
        rationale: null,
        strength: null,
        example: false,
        version: null,
      },
      {
        id: 'i-v:measures',
        kind: 'measures' as const,
        source: 'i-v',
        target: 'v',
        rationale: null,
        strength: null,
        example: false,
        version: null,
      },
    ];
    const withThem = { ...graph, nodes, edges };
    const flow = toFlow(withThem, layoutPlanGraph(withThem, { showIndicators: true }), none);
    const byId = new Map(flow.edges.map((e) => [e.id, e]));
    expect(flow.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['i-ap', 'i-v']));
    expect(byId.get('i-ap:measures')).toMatchObject({ source: 'i-ap', target: 'ap1', type: 'measures' });
    expect(byId.get('i-v:measures')).toMatchObject({ source: 'i-v', target: 'v', type: 'measures' });
  });
});
