import { useCallback, useMemo, useRef, useState } from 'react';
import { ReactFlowProvider, useReactFlow, useStoreApi } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { layoutPlanGraph, READABLE_ZOOM, type PlanDiff, type PlanGraph } from '@kompas/domain';
import { todayIso } from '../../../i18n/format';
import { useCommittees } from '../../api/hooks';
import { afterPaint, CascadeMap, focusNode } from '../../map/components/CascadeMap';
import { MapContext, type MapContextValue } from '../../map/map-context';
import { diffGraph } from '../utils/diff-graph';
import { diffEntries, entryIsOf, type DiffSelection } from '../utils/diff-selection';
import { DiffLegend } from './DiffLegend';
import { DiffList } from './DiffList';

export type DiffViewProps = {
  planId: string;
  diff: PlanDiff;
  /** The plan at the comparison's second moment. */
  to: PlanGraph;
  /** Changes when either moment does: the map opens anew on what differs. */
  viewKey: string;
};

const NO_MARKERS = new Map<string, never>();

/**
 * The comparison drawn and listed side by side: the cascade map (read-only) with both moments on it,
 * every node and link marked, opened on what differs; beside it every change with its decision. A node
 * or link chosen on the map marks its entries in the list, and an entry's title shows it on the map.
 */
export function DiffView(props: DiffViewProps) {
  return (
    <ReactFlowProvider>
      <DiffViewContent {...props} />
    </ReactFlowProvider>
  );
}

function DiffViewContent({ planId, diff, to, viewKey }: DiffViewProps) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const store = useStoreApi();
  const committees = useCommittees(planId);
  const mapArea = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<DiffSelection | null>(null);

  const drawn = useMemo(() => diffGraph(to, diff), [to, diff]);
  // Indicators take room: drawn only when one of them differs.
  const showIndicators = useMemo(
    () => drawn.graph.nodes.some((n) => n.kind === 'indicator' && drawn.marks.nodes.get(n.id)?.state !== 'unchanged'),
    [drawn],
  );
  const layout = useMemo(() => layoutPlanGraph(drawn.graph, { showIndicators }), [drawn, showIndicators]);
  const openOn = useMemo(() => {
    const laid = new Set(layout.nodes.map((n) => n.id));
    const part = drawn.changed.filter((id) => laid.has(id));
    return part.length > 0 ? part : null;
  }, [drawn, layout]);
  const titles = useMemo(() => new Map(drawn.graph.nodes.map((n) => [n.id, n.title])), [drawn]);
  const mapContext = useMemo<MapContextValue>(
    () => ({
      committeeNames: new Map((committees.data ?? []).map((c) => [c.id, c.name])),
      councilName: drawn.graph.nodes.find((n) => n.kind === 'vision')?.councilName ?? null,
      today: todayIso(),
      mayLinkFrom: () => false,
      // The comparison is about the plan's shape: no health or data markers on its cards.
      oldData: NO_MARKERS,
      health: NO_MARKERS,
    }),
    [committees.data, drawn],
  );

  const selectNode = useCallback((id: string | null) => setSelection(id ? { type: 'node', id } : null), []);
  const selectLink = useCallback((id: string | null) => setSelection(id ? { type: 'link', id } : null), []);

  // An entry's title: choose what it names, move the map to it at a readable zoom, and give it the keyboard's focus.
  const showOnMap = useCallback(
    (of: DiffSelection) => {
      setSelection(of);
      const link = of.type === 'link' ? drawn.graph.edges.find((e) => e.id === of.id) : undefined;
      const ids = link ? [link.source, link.target] : [of.id];
      const boxes = layout.nodes.filter((n) => ids.includes(n.id));
      if (boxes.length === 0) return;
      const x = boxes.reduce((sum, b) => sum + b.x + b.width / 2, 0) / boxes.length;
      const y = boxes.reduce((sum, b) => sum + b.y + b.height / 2, 0) / boxes.length;
      const focus = () => {
        if (of.type === 'node') focusNode(mapArea.current, of.id);
        else
          mapArea.current?.querySelector<SVGElement>(`.react-flow__edge[data-id="${CSS.escape(of.id)}"]`)?.focus({ preventScroll: true });
      };
      // A glide the eye can follow; a map with no size yet (not laid out) has nothing to glide through.
      const { width, height } = store.getState();
      const duration = width > 0 && height > 0 ? 300 : 0;
      void flow.setCenter(x, y, { zoom: Math.max(flow.getZoom(), READABLE_ZOOM), duration }).then(() => afterPaint(focus));
    },
    [drawn, flow, layout, store],
  );

  const chosen = useMemo(() => {
    if (!selection) return null;
    const count = diffEntries(diff).filter((e) => entryIsOf(e, selection)).length;
    const link = selection.type === 'link' ? drawn.graph.edges.find((e) => e.id === selection.id) : undefined;
    const name = link
      ? t('diff.linkWords', { source: titles.get(link.source) ?? '', target: titles.get(link.target) ?? '' })
      : (titles.get(selection.id) ?? '');
    return count > 0 ? t('diff.chosen', { name, count }) : t('diff.chosenUnchanged', { name });
  }, [diff, drawn, selection, t, titles]);

  return (
    <>
      <DiffLegend />
      <div className="kompas-diff__body">
        <section className="kompas-diff__map" ref={mapArea} aria-labelledby="diff-map-title" data-testid="diff-map">
          <h2 id="diff-map-title" className="kompas-visually-hidden">
            {t('diff.drawingTitle')}
          </h2>
          <MapContext.Provider value={mapContext}>
            <CascadeMap
              graph={drawn.graph}
              layout={layout}
              selectedNodeId={selection?.type === 'node' ? selection.id : null}
              selectedLinkId={selection?.type === 'link' ? selection.id : null}
              path={null}
              pendingEdges={[]}
              viewKey={viewKey}
              openOn={openOn}
              onSelectNode={selectNode}
              onSelectLink={selectLink}
              marks={drawn.marks}
            />
          </MapContext.Provider>
        </section>
        <section className="kompas-diff__aside" aria-labelledby="diff-list-title">
          <h2 id="diff-list-title">{t('diff.listTitle')}</h2>
          <p className="kompas-diff__chosen" role="status" data-testid="diff-chosen">
            {chosen ?? t('diff.chooseHint')}
          </p>
          <DiffList diff={diff} titles={titles} selection={selection} onShow={showOnMap} />
        </section>
      </div>
    </>
  );
}
