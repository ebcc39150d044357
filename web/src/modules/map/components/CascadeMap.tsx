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
  ViewportPortal,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { GraphEdge, MapLayout, PlanGraph } from '@kompas/domain';
import { edgeTypes } from '../edges/edge-types';
import { nodeTypes } from '../nodes/node-types';
import { KompasEdge, KompasNode } from '../types';
import { toFlow } from '../utils/to-flow';
import { nearestInDirection } from '../utils/keyboard-nav';
import { Legend } from './Legend';

// Above this many nodes only what is in view is drawn, and the map opens on the top of the cascade instead of fitting all.
export const LARGE_MAP_NODES = 400;

export type CascadeMapProps = {
  graph: PlanGraph;
  layout: MapLayout;
  selectedNodeId: string | null;
  selectedLinkId: string | null;
  path: { nodeIds: Set<string>; edgeIds: Set<string> } | null;
  pendingEdges: GraphEdge[];
  /** Changes when the plan or the filters change: the map is fitted anew. */
  viewKey: string;
  onSelectNode: (id: string | null) => void;
  onSelectLink: (id: string | null) => void;
  onCreateLink: (sourceId: string, targetId: string) => void;
  onRefuseLink: (sourceId: string, targetId: string) => void;
  refusal: (sourceId: string, targetId: string) => string | null;
  onStartLinkFrom: (nodeId: string) => void;
  onDeleteLink: (linkId: string) => void;
};

const MINIMAP_COLOURS: Record<string, string> = {
  vision: '#1f4e79',
  aimingPoint: '#2e75b6',
  focusArea: '#7b5ea7',
  action: '#2f7d4f',
  indicator: '#b26b00',
};

export function CascadeMap(props: CascadeMapProps) {
  const { graph, layout, selectedNodeId, selectedLinkId, path, pendingEdges, viewKey } = props;
  const { t } = useTranslation();
  const flow = useReactFlow<KompasNode, KompasEdge>();
  const [connectingFrom, setConnectingFrom] = useState<string | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);

  const derived = useMemo(
    () => toFlow(graph, layout, { selectedNodeId, selectedLinkId, path, connectingFrom, pendingEdges }),
    [graph, layout, selectedNodeId, selectedLinkId, path, connectingFrom, pendingEdges],
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

  const { onSelectNode, onSelectLink, onCreateLink, onRefuseLink, refusal, onStartLinkFrom, onDeleteLink } = props;

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
    (c) => !!c.source && !!c.target && refusal(c.source, c.target) === null,
    [refusal],
  );
  const onConnect = useCallback((c: Connection) => onCreateLink(c.source, c.target), [onCreateLink]);
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      setConnectingFrom(null);
      if (state.isValid || !state.fromNode) return;
      // Dropped on a node's body rather than its handle: take the node under the pointer as the target.
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const element = point ? document.elementFromPoint(point.clientX, point.clientY) : null;
      const targetId = state.toNode?.id ?? element?.closest('.react-flow__node')?.getAttribute('data-id') ?? null;
      if (!targetId || targetId === state.fromNode.id) return;
      if (refusal(state.fromNode.id, targetId) === null) onCreateLink(state.fromNode.id, targetId);
      else onRefuseLink(state.fromNode.id, targetId);
    },
    [onCreateLink, onRefuseLink, refusal],
  );

  const large = graph.nodes.length > LARGE_MAP_NODES;

  // On a big plan, draw only the edges with an end in (or near) the view, refreshed when a pan or zoom ends:
  // the long edges merely crossing the screen cost most of the frame time while panning.
  const [window_, setWindow] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(null);
  const updateWindow = useCallback(() => {
    const element = wrapper.current;
    if (!element) return;
    const { x, y, zoom } = flow.getViewport();
    const w = element.clientWidth / zoom;
    const h = element.clientHeight / zoom;
    const left = -x / zoom;
    const top = -y / zoom;
    setWindow({ x0: left - w / 4, y0: top - h / 4, x1: left + w * 1.25, y1: top + h * 1.25 });
  }, [flow]);
  // While the map moves, its content is one composited layer that the browser only shifts (60 fps instead of
  // repainting every node and edge each frame); afterwards it is drawn sharp again at the new zoom.
  const handleMoveStart = useCallback(() => wrapper.current?.classList.add('is-moving'), []);
  const handleMoveEnd = useCallback(() => {
    wrapper.current?.classList.remove('is-moving');
    if (large) updateWindow();
  }, [large, updateWindow]);
  const centres = useMemo(() => new Map(layout.nodes.map((n) => [n.id, { x: n.x + n.width / 2, y: n.y + n.height / 2 }])), [layout]);
  const shownEdges = useMemo(() => {
    if (!large || !window_) return edges;
    const inside = (id: string) => {
      const c = centres.get(id);
      return !!c && c.x >= window_.x0 && c.x <= window_.x1 && c.y >= window_.y0 && c.y <= window_.y1;
    };
    return edges.filter((e) => e.selected || inside(e.source) || inside(e.target));
  }, [centres, edges, large, window_]);

  const lastView = useRef<string | null>(null);
  // Fit the map when a plan is opened or the filters change what it shows (not when an edit refreshes it);
  // big plans open on the top of the cascade at a readable zoom.
  useEffect(() => {
    if (lastView.current === viewKey || !nodes.length) return;
    lastView.current = viewKey;
    if (large) {
      const vision = layout.nodes.find((n) => n.kind === 'vision');
      const width = wrapper.current?.clientWidth ?? 1280;
      const x = vision ? vision.x + vision.width / 2 : layout.width / 2;
      void flow.setViewport({ x: width / 2 - x * 0.8, y: 20, zoom: 0.8 }).then(updateWindow);
    } else {
      window.requestAnimationFrame(() => void flow.fitView({ padding: 0.04, maxZoom: 1 }));
    }
  }, [flow, viewKey, large, layout, nodes.length, updateWindow]);

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
          if (next) {
            const box = layout.nodes.find((n) => n.id === next);
            const element = wrapper.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(next)}"]`);
            if (box) {
              const zoom = Math.max(flow.getZoom(), 0.6);
              void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom, duration: 150 });
            }
            element?.focus();
          }
          return;
        }
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelectNode(nodeId);
          return;
        }
        if (event.key === 'l' || event.key === 'L') {
          event.preventDefault();
          onStartLinkFrom(nodeId);
          return;
        }
      }
      if ((event.key === 'Delete' || event.key === 'Backspace') && selectedLinkId) {
        event.preventDefault();
        onDeleteLink(selectedLinkId);
      }
    },
    [flow, layout.nodes, onDeleteLink, onSelectNode, onStartLinkFrom, selectedLinkId],
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
      className={large ? 'kompas-map kompas-map--large' : 'kompas-map'}
      ref={wrapper}
      onKeyDown={handleKeyDown}
      data-testid="cascade-map"
    >
      <ReactFlow<KompasNode, KompasEdge>
        nodes={nodes}
        edges={shownEdges}
        onMoveStart={handleMoveStart}
        onMoveEnd={handleMoveEnd}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeClick={(_, node) => onSelectNode(node.id)}
        onEdgeClick={(_, edge) => (edge.selectable === false ? undefined : onSelectLink(edge.id))}
        onPaneClick={() => (selectedNodeId || selectedLinkId ? onSelectNode(null) : undefined)}
        onConnectStart={(_, params) => setConnectingFrom(params.nodeId)}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        nodesDraggable={false}
        nodesConnectable
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
          <div className="kompas-lanes" aria-hidden="true">
            {layout.lanes.map((lane) => (
              <div
                key={lane.committeeId}
                className="kompas-lane"
                style={{ transform: `translate(${lane.x}px, ${lane.y}px)`, width: lane.width, height: lane.height }}
              >
                <span className="kompas-lane__label">{lane.committeeName}</span>
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
                <span className="kompas-lane__label">{t('map.unlinked')}</span>
              </div>
            )}
          </div>
        </ViewportPortal>
        {/* On a big plan the dotted background and the edges cost most of each frame while moving (measured by
            `npm run bench`): the background is left out, and edges rest while the map moves. */}
        {!large && <Background gap={24} color="#d9dee5" />}
        <Controls showInteractive={false} position="bottom-left" />
        {!large && <MiniMap pannable zoomable position="bottom-right" nodeColor={(n) => MINIMAP_COLOURS[n.type ?? ''] ?? '#888'} />}
        <Legend />
      </ReactFlow>
    </div>
  );
}
