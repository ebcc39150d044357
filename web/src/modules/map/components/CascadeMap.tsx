import { KeyboardEvent as ReactKeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  Connection,
  Controls,
  EdgeChange,
  FinalConnectionState,
  IsValidConnection,
  MiniMap,
  NodeChange,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  Viewport,
  ViewportPortal,
} from '@xyflow/react';
import { useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  GraphEdge,
  GraphNode,
  MAP_NODE_SIZE,
  MapLayout,
  MapScreen,
  openingView,
  PlanGraph,
  READABLE_TEXT_PX,
  READABLE_ZOOM,
} from '@kompas/domain';
import { edgeTypes } from '../edges/edge-types';
import { nodeTypes } from '../nodes/node-types';
import { DiffMarks, DiffState, KompasEdge, KompasNode, NodeDiff } from '../types';
import { diffWord } from '../nodes/DiffBadge';
import { toFlow } from '../utils/to-flow';
import { nearestInDirection } from '../utils/keyboard-nav';
import { boxInWindow, centreInWindow, shiftToShow, viewInside, ViewWindow, windowAround } from '../utils/view-window';
import { Legend } from './Legend';

// Above this many nodes only what is in view is drawn, and the map opens on the top of the cascade instead of fitting all.
export const LARGE_MAP_NODES = 400;
const LARGE_MAP_ZOOM = 1;
// The minimap's size, and the room it takes in the bottom right corner with React Flow's 15 px margin:
// the part the map opens on is placed clear of it.
const MINIMAP = { width: 168, height: 112 };
const MINIMAP_ROOM = { width: MINIMAP.width + 15, height: MINIMAP.height + 15 };
// The folded legend over the map's top left corner.
const LEGEND_ROOM = 52;

/** What drawing and removing links on the map does; a map without it is read-only (no handles, nothing drawn or removed). */
export type CascadeMapEditing = {
  onCreateLink: (sourceId: string, targetId: string) => void;
  onRefuseLink: (sourceId: string, targetId: string) => void;
  refusal: (sourceId: string, targetId: string) => string | null;
  onStartLinkFrom: (nodeId: string) => void;
  onDeleteLink: (linkId: string) => void;
};

export type CascadeMapProps = {
  graph: PlanGraph;
  layout: MapLayout;
  selectedNodeId: string | null;
  selectedLinkId: string | null;
  path: { nodeIds: Set<string>; edgeIds: Set<string> } | null;
  pendingEdges: GraphEdge[];
  /** Changes when the plan or the filters change: the map opens anew. */
  viewKey: string;
  /** The nodes the map opens on, at a readable zoom (see `openingPart`); null: the whole map, fitted. */
  openOn: readonly string[] | null;
  onSelectNode: (id: string | null) => void;
  onSelectLink: (id: string | null) => void;
  /** Absent: the map is read-only. */
  editing?: CascadeMapEditing;
  /** On a comparison of two moments: how each node and link differs, drawn on them. */
  marks?: DiffMarks;
};

const MINIMAP_COLOURS: Record<string, string> = {
  vision: '#1f4e79',
  aimingPoint: '#2e75b6',
  focusArea: '#7b5ea7',
  action: '#2f7d4f',
  indicator: '#b26b00',
};

/**
 * A committee lane's name, which opens the committee's page (its priorities, for its meeting). A plain
 * link the router follows, so the map also draws where no router runs.
 */
function LaneLink({ planId, committeeId, committeeName }: { planId: string; committeeId: string; committeeName: string }) {
  const { t } = useTranslation();
  const router = useRouter({ warn: false });
  const href = `/plans/${encodeURIComponent(planId)}/committees/${encodeURIComponent(committeeId)}`;
  return (
    <a
      className="kompas-lane__label kompas-lane__link nopan"
      href={href}
      title={t('committeePage.open', { committee: committeeName })}
      aria-label={t('committeePage.open', { committee: committeeName })}
      data-testid="lane-link"
      data-committee={committeeId}
      onClick={(event) => {
        if (!router || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        void router.navigate({ to: '/plans/$planId/committees/$committeeId', params: { planId, committeeId } });
      }}
    >
      {committeeName}
    </a>
  );
}

// The lowest card, its padding, and the compact title's line height, for how many lines of 12 px type fit.
const COMPACT_CARD = Math.min(...Object.values(MAP_NODE_SIZE).map((s) => s.height));
const COMPACT_LINE = 1.2;

/** The type size (in px at zoom 1) and the number of lines that keep a zoomed-out card's title 12 px tall on screen. */
export function compactType(zoom: number): { font: number; lines: number; scale: number } {
  const scale = 1 / zoom;
  // A hundredth of a pixel more, so that rounding on screen cannot take it below 12 px.
  const font = Math.ceil(READABLE_TEXT_PX * scale * 100) / 100 + 0.01;
  const lines = Math.max(1, Math.floor((COMPACT_CARD - 8 * scale) / (font * COMPACT_LINE)));
  return { font, lines, scale };
}

/** Moves keyboard focus to a node's element; false while the node is not drawn. */
export function focusNode(container: ParentNode | null | undefined, id: string): boolean {
  const element = container?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  element?.focus({ preventScroll: true });
  return !!element;
}

/** Runs `fn` after the next two frames: once React has drawn what a view change handed it. */
export function afterPaint(fn: () => void): void {
  window.requestAnimationFrame(() => window.requestAnimationFrame(fn));
}

export function CascadeMap(props: CascadeMapProps) {
  const { graph, layout, selectedNodeId, selectedLinkId, path, pendingEdges, viewKey, editing, marks } = props;
  const { t } = useTranslation();
  const flow = useReactFlow<KompasNode, KompasEdge>();
  const [connectingFrom, setConnectingFrom] = useState<string | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);

  const edgeLabel = useCallback(
    (source: GraphNode, target: GraphNode) => t('map.a11y.edgeName', { source: source.title, target: target.title }),
    [t],
  );
  const roles = useMemo(() => ({ node: (kind: string) => t(`kind.${kind}`), edge: t('map.a11y.edgeRole') }), [t]);
  const markWords = useCallback((state: DiffState, rank: NodeDiff['rank']) => diffWord(t, state, rank), [t]);
  const readOnly = !editing;
  const derived = useMemo(
    () =>
      toFlow(graph, layout, {
        selectedNodeId,
        selectedLinkId,
        path,
        connectingFrom,
        pendingEdges,
        edgeLabel,
        roles,
        marks,
        markWords,
        readOnly,
      }),
    [graph, layout, selectedNodeId, selectedLinkId, path, connectingFrom, pendingEdges, edgeLabel, roles, marks, markWords, readOnly],
  );

  // React Flow measures nodes into the array it is given; keep those measurements when the derived nodes change
  // (adjusting state while rendering, as React recommends, instead of in an effect).
  const [synced, setSynced] = useState(derived);
  const [nodes, setNodes] = useState<KompasNode[]>(derived.nodes);
  const [edges, setEdges] = useState<KompasEdge[]>(derived.edges);
  if (synced !== derived) {
    setSynced(derived);
    setNodes((previous) => {
      const measured = new Map(previous.map((n) => [n.id, n.measured]));
      return derived.nodes.map((n) => (measured.get(n.id) ? { ...n, measured: measured.get(n.id) } : n));
    });
    setEdges(derived.edges);
  }

  const { onSelectNode, onSelectLink } = props;

  const onNodesChange = useCallback(
    (changes: NodeChange<KompasNode>[]) => {
      const chosen = changes.find((c) => c.type === 'select' && c.selected);
      if (chosen && chosen.type === 'select') onSelectNode(chosen.id);
      setNodes((all) =>
        applyNodeChanges(
          changes.filter((c) => c.type === 'dimensions'),
          all,
        ),
      );
    },
    [onSelectNode],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<KompasEdge>[]) => {
      const chosen = changes.find((c) => c.type === 'select' && c.selected);
      if (chosen && chosen.type === 'select') onSelectLink(chosen.id);
      setEdges((all) =>
        applyEdgeChanges(
          changes.filter((c) => c.type !== 'select' && c.type !== 'remove'),
          all,
        ),
      );
    },
    [onSelectLink],
  );

  const isValidConnection: IsValidConnection<KompasEdge> = useCallback(
    (c) => !!editing && !!c.source && !!c.target && editing.refusal(c.source, c.target) === null,
    [editing],
  );
  const onConnect = useCallback((c: Connection) => editing?.onCreateLink(c.source, c.target), [editing]);
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      setConnectingFrom(null);
      if (!editing || state.isValid || !state.fromNode) return;
      // Dropped on a node's body rather than its handle: take the node under the pointer as the target.
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const element = point ? document.elementFromPoint(point.clientX, point.clientY) : null;
      const targetId = state.toNode?.id ?? element?.closest('.react-flow__node')?.getAttribute('data-id') ?? null;
      if (!targetId || targetId === state.fromNode.id) return;
      if (editing.refusal(state.fromNode.id, targetId) === null) editing.onCreateLink(state.fromNode.id, targetId);
      else editing.onRefuseLink(state.fromNode.id, targetId);
    },
    [editing],
  );

  const large = graph.nodes.length > LARGE_MAP_NODES;
  const store = useStoreApi<KompasNode, KompasEdge>();

  // The map opens on the part it is given at a readable zoom, clear of the minimap and the legend; with no part,
  // a small plan is fitted whole, a big one opens on the top of the cascade, centred on the vision.
  const openOn = useRef(props.openOn);
  useEffect(() => {
    openOn.current = props.openOn;
  }, [props.openOn]);
  const openingViewport = useCallback(
    (width: number, height: number, part: readonly string[] | null) => {
      const screen: MapScreen = { width, height, minimap: large ? undefined : MINIMAP_ROOM, top: LEGEND_ROOM };
      if (part || !large) return openingView(layout, part, screen);
      const vision = layout.nodes.find((n) => n.kind === 'vision');
      const x = vision ? vision.x + vision.width / 2 : layout.width / 2;
      return { x: width / 2 - x * LARGE_MAP_ZOOM, y: LEGEND_ROOM, zoom: LARGE_MAP_ZOOM };
    },
    [large, layout],
  );

  // On a big plan React Flow is given only the nodes and edges in and around the view (a window half a
  // screen wider on every side), renewed when the view leaves it: handing it every node of a
  // 1,000-action plan costs more than a second before anything shows, and the long edges merely
  // crossing the screen cost most of each frame while panning (both measured by `npm run bench`).
  const [window_, setWindow] = useState<ViewWindow | null>(() =>
    large
      ? windowAround(
          openingViewport(globalThis.innerWidth ?? 1280, globalThis.innerHeight ?? 800, props.openOn),
          globalThis.innerWidth ?? 1280,
          globalThis.innerHeight ?? 800,
        )
      : null,
  );
  const renewWindow = useCallback(
    (viewport: Viewport, force = false) => {
      if (!large) return;
      const { width, height } = store.getState();
      setWindow((current) =>
        !force && current && viewInside(viewport, width, height, current) ? current : windowAround(viewport, width, height),
      );
    },
    [large, store],
  );
  // While the map moves, its content is one composited layer that the browser only shifts (60 fps instead of
  // repainting every node and edge each frame); afterwards it is drawn sharp again at the new zoom.
  const handleMoveStart = useCallback(() => wrapper.current?.classList.add('is-moving'), []);
  const handleMove = useCallback((_: unknown, viewport: Viewport) => renewWindow(viewport), [renewWindow]);
  const handleMoveEnd = useCallback(
    (_: unknown, viewport: Viewport) => {
      wrapper.current?.classList.remove('is-moving');
      renewWindow(viewport, true);
    },
    [renewWindow],
  );
  const boxes = useMemo(() => new Map(layout.nodes.map((n) => [n.id, n])), [layout]);

  // The zoom goes to CSS, without a React render per frame: the focus ring stays at least 3 px on screen however
  // far the map is zoomed out, and zoomed-out cards size their type from it.
  useEffect(() => {
    let last = 0;
    const apply = (zoom: number) => {
      const element = wrapper.current;
      if (!element || zoom === last) return;
      last = zoom;
      element.style.setProperty('--map-zoom', String(zoom));
      const { font, lines, scale } = compactType(zoom);
      element.style.setProperty('--compact-font', `${font.toFixed(2)}px`);
      element.style.setProperty('--compact-lines', String(lines));
      element.style.setProperty('--compact-scale', scale.toFixed(3));
      element.toggleAttribute('data-compact', zoom < READABLE_ZOOM - 0.0005);
    };
    apply(store.getState().transform[2]);
    return store.subscribe((state) => apply(state.transform[2]));
  }, [store]);

  // Choosing a node opens the side panel, which narrows the map: a node chosen near the right edge would
  // end up behind it. Move the map just enough to show the chosen node when it is chosen or the map
  // changes size; not when an edit redraws it (a node the user moved away from stays away), and not
  // while the map is first measured (the opening fit shows it).
  const mapWidth = useStore((s) => s.width);
  const mapHeight = useStore((s) => s.height);
  const latestBoxes = useRef(boxes);
  useEffect(() => {
    latestBoxes.current = boxes;
  }, [boxes]);
  const measured = useRef(false);
  useEffect(() => {
    if (!measured.current) {
      measured.current = mapWidth > 0 && mapHeight > 0;
      return;
    }
    const box = selectedNodeId ? latestBoxes.current.get(selectedNodeId) : undefined;
    if (!box) return;
    const viewport = flow.getViewport();
    const { dx, dy } = shiftToShow(box, viewport, mapWidth, mapHeight);
    if (dx || dy) void flow.setViewport({ x: viewport.x + dx, y: viewport.y + dy, zoom: viewport.zoom }, { duration: 200 });
  }, [flow, selectedNodeId, mapWidth, mapHeight]);
  // The nodes in the window, plus the far ends of their edges, so a link leaving the screen is still drawn.
  const shownNodes = useMemo(() => {
    if (!large || !window_) return nodes;
    const keep = new Set<string>();
    for (const n of nodes) if (n.selected || boxInWindow(boxes.get(n.id), window_)) keep.add(n.id);
    for (const e of edges) {
      if (keep.has(e.source) && centreInWindow(boxes.get(e.source), window_)) keep.add(e.target);
      else if (keep.has(e.target) && centreInWindow(boxes.get(e.target), window_)) keep.add(e.source);
    }
    return nodes.filter((n) => keep.has(n.id));
  }, [boxes, edges, large, nodes, window_]);
  const shownEdges = useMemo(() => {
    if (!large || !window_) return edges;
    return edges.filter((e) => e.selected || centreInWindow(boxes.get(e.source), window_) || centreInWindow(boxes.get(e.target), window_));
  }, [boxes, edges, large, window_]);

  const lastView = useRef<string | null>(null);
  // Open the map when a plan is opened or the filters change what it shows (not when an edit refreshes it).
  // `data-view` says when it has: "opening" until the view is set, then "open".
  useEffect(() => {
    if (lastView.current === viewKey || !nodes.length) return;
    lastView.current = viewKey;
    wrapper.current?.setAttribute('data-view', 'opening');
    const open = () => {
      const { width, height } = store.getState();
      const viewport = openingViewport(width || 1280, height || 600, openOn.current);
      void flow.setViewport(viewport).then(() => {
        renewWindow(viewport, true);
        wrapper.current?.setAttribute('data-view', 'open');
      });
    };
    if (large) open();
    else window.requestAnimationFrame(open);
  }, [flow, viewKey, large, nodes.length, openingViewport, renewWindow, store]);

  const handleKeyDown = useCallback(
    (event: ReactKeyboardEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable=true]')) return;
      const nodeElement = target.closest('.react-flow__node');
      const nodeId = nodeElement?.getAttribute('data-id') ?? null;
      if (nodeId) {
        const direction = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' }[event.key] as
          'up' | 'down' | 'left' | 'right' | undefined;
        if (direction) {
          event.preventDefault();
          const next = nearestInDirection(layout.nodes, nodeId, direction);
          const box = next ? layout.nodes.find((n) => n.id === next) : undefined;
          if (next && box) {
            const zoom = Math.max(flow.getZoom(), READABLE_ZOOM);
            const focus = () => focusNode(wrapper.current, next);
            // On a big plan the node may only be drawn once the view has moved to it.
            if (!focus())
              void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom, duration: 150 }).then(() => afterPaint(focus));
            else void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom, duration: 150 });
          }
          return;
        }
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelectNode(nodeId);
          return;
        }
        if (editing && (event.key === 'l' || event.key === 'L')) {
          event.preventDefault();
          editing.onStartLinkFrom(nodeId);
          return;
        }
      }
      if (editing && (event.key === 'Delete' || event.key === 'Backspace') && selectedLinkId) {
        event.preventDefault();
        editing.onDeleteLink(selectedLinkId);
      }
    },
    [editing, flow, layout.nodes, onSelectNode, selectedLinkId],
  );

  const ariaLabels = useMemo(
    () => ({
      'node.a11yDescription.default': t('map.a11y.node'),
      'node.a11yDescription.keyboardDisabled': t('map.a11y.node'),
      'edge.a11yDescription.default': t('map.a11y.edge'),
      'controls.ariaLabel': t('map.controls.label'),
      'controls.zoomIn.ariaLabel': t('map.controls.zoomIn'),
      'controls.zoomOut.ariaLabel': t('map.controls.zoomOut'),
      'controls.fitView.ariaLabel': t('map.controls.fitView'),
      'controls.interactive.ariaLabel': t('map.controls.interactive'),
      'minimap.ariaLabel': t('map.minimap'),
      'handle.ariaLabel': t('map.handle.source'),
    }),
    [t],
  );

  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- keyboard shortcuts for the nodes inside; each node is focusable itself
    <div
      className={['kompas-map', large ? 'kompas-map--large' : '', readOnly ? 'kompas-map--read-only' : ''].filter(Boolean).join(' ')}
      ref={wrapper}
      onKeyDown={handleKeyDown}
      data-testid="cascade-map"
    >
      <ReactFlow<KompasNode, KompasEdge>
        nodes={shownNodes}
        edges={shownEdges}
        onMoveStart={handleMoveStart}
        onMove={large ? handleMove : undefined}
        onMoveEnd={handleMoveEnd}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeClick={(_, node) => onSelectNode(node.id)}
        onEdgeClick={(_, edge) => (edge.selectable === false ? undefined : onSelectLink(edge.id))}
        onPaneClick={() => (selectedNodeId || selectedLinkId ? onSelectNode(null) : undefined)}
        onConnectStart={editing ? (_, params) => setConnectingFrom(params.nodeId) : undefined}
        onConnect={editing ? onConnect : undefined}
        onConnectEnd={editing ? onConnectEnd : undefined}
        isValidConnection={isValidConnection}
        nodesDraggable={false}
        nodesConnectable={!readOnly}
        elementsSelectable
        connectOnClick={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        onlyRenderVisibleElements={large}
        minZoom={0.05}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
        ariaLabelConfig={ariaLabels}
        connectionRadius={30}
      >
        <ViewportPortal>
          <div className="kompas-lanes">
            {layout.lanes.map((lane) => (
              <div
                key={lane.committeeId}
                className="kompas-lane"
                style={{ transform: `translate(${lane.x}px, ${lane.y}px)`, width: lane.width, height: lane.height }}
              >
                <span className="kompas-lane__label" aria-hidden="true">
                  {lane.committeeName}
                </span>
              </div>
            ))}
            {/* The lanes' names again, above the lines (which would catch a click on them), as links to each committee's page. */}
            {layout.lanes.map((lane) => (
              <div
                key={`head-${lane.committeeId}`}
                className="kompas-lane-head"
                style={{ transform: `translate(${lane.x}px, ${lane.y}px)`, width: lane.width, height: lane.height }}
              >
                <LaneLink planId={graph.planId} committeeId={lane.committeeId} committeeName={lane.committeeName} />
              </div>
            ))}
            {layout.unlinkedColumn && (
              <div
                className="kompas-lane kompas-lane--unlinked"
                style={{
                  transform: `translate(${layout.unlinkedColumn.x}px, ${layout.unlinkedColumn.y - 40}px)`,
                  width: layout.unlinkedColumn.width,
                  height: layout.unlinkedColumn.height + 40,
                }}
              >
                <span className="kompas-lane__label" aria-hidden="true">
                  {t('map.unlinked')}
                </span>
              </div>
            )}
          </div>
        </ViewportPortal>
        {/* On a big plan the dotted background and the edges cost most of each frame while moving (measured by
            `npm run bench`): the background is left out, and edges rest while the map moves. */}
        {!large && <Background gap={24} color="#d9dee5" />}
        <Controls showInteractive={false} position="bottom-left" />
        {!large && (
          <MiniMap pannable zoomable position="bottom-right" style={MINIMAP} nodeColor={(n) => MINIMAP_COLOURS[n.type ?? ''] ?? '#888'} />
        )}
        <Legend />
      </ReactFlow>
    </div>
  );
}
