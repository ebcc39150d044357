import { useCallback, useEffect, useMemo, useState } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useQueryClient } from '@tanstack/react-query';
import { Link as RouterLink, useRouter, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  can,
  currentPlan,
  filterPlanGraph,
  GraphNode,
  isFiltering,
  layoutPlanGraph,
  NO_FILTER,
  openingPart,
  pathThrough,
  READABLE_ZOOM,
} from '@kompas/domain';
import { queryKeys, useCommittees, useDeleteLink, usePlanGraphAt, usePlans, useRestore, useUnits } from '../../api/hooks';
import { Link } from '../../api/types';
import { usePrincipal } from '../../auth/current-user';
import { creatableKinds, mayEditLink, mayRecordData, mayStartLinkFrom, readOnlyReason } from '../../auth/utils/permissions';
import { PageShell } from '../../common/components/PageShell';
import { ConfirmDialog } from '../../common/components/ConfirmDialog';
import { ConflictDialog } from '../../common/components/ConflictDialog';
import { useEditConflict } from '../../common/hooks/use-edit-conflict';
import { differingFields } from '../../common/utils/field-words';
import { StateMessage } from '../../common/components/StateMessage';
import { useToast } from '../../common/components/Toasts';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { ApiRequestError, ApiUnreachableError } from '../../api/client';
import { CreatableKind, CreatePanel } from '../../panel/components/CreatePanel';
import { DeletedNodePanel } from '../../panel/components/DeletedNodePanel';
import { LinkPanel } from '../../panel/components/LinkPanel';
import { LinkTargetDialog } from '../../panel/components/LinkTargetDialog';
import { NodePanel } from '../../panel/components/NodePanel';
import { PastNodePanel } from '../../panel/components/PastNodePanel';
import { useMapAddress } from '../../../router/use-map-address';
import { CreateMenu } from '../../toolbar/components/CreateMenu';
import { ReportMenu } from '../../reports/components/ReportMenu';
import { planYearsOf } from '../../reports/utils/report-request';
import { FilterBar } from '../../toolbar/components/FilterBar';
import { PlanPicker } from '../../toolbar/components/PlanPicker';
import { SearchBox } from '../../toolbar/components/SearchBox';
import { localeOf, todayIso } from '../../../i18n/format';
import { validateMapSearch } from '../../../router/map-address';
import { AdminLink, adminHref } from '../../admin/utils/admin-links';
import { useLinkDrawing } from '../hooks/use-link-drawing';
import { usePanelEscape } from '../hooks/use-panel-escape';
import { MapContext } from '../map-context';
import { afterPaint, CascadeMap, focusNode } from './CascadeMap';
import { ListView } from './ListView';
import { oldDataByNode } from '../utils/freshness-marker';
import { useHealthByNode } from '../../health/hooks/use-plan-health';

/** The whole page: header, filters, the map (or its list view), and the side panel. */
export function MapPage() {
  return (
    <ReactFlowProvider>
      <MapPageContent />
    </ReactFlowProvider>
  );
}

function MapPageContent() {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const flow = useReactFlow();
  const queryClient = useQueryClient();
  const principal = usePrincipal();
  const [address, navigate] = useMapAddress();
  const plans = usePlans();
  const today = useMemo(() => todayIso(), []);

  // `/` opens the current plan: the adopted plan whose period covers today, else the newest.
  useEffect(() => {
    if (address.planId || !plans.data?.length) return;
    const plan = currentPlan(plans.data, today);
    if (plan) navigate({ planId: plan.id }, { replace: true });
  }, [address.planId, navigate, plans.data, today]);

  const planId = address.planId;
  // `?asOf=YYYY-MM-DD` or `?revision=`: the plan as it was, read-only (no editing, no filters; a node shows what it held then).
  const { asOf, revision } = validateMapSearch(useSearch({ strict: false }));
  const past = asOf ? `asOf=${asOf}` : revision ? `revision=${encodeURIComponent(revision)}` : null;
  const graphQuery = usePlanGraphAt(planId, past);
  const [pastSelection, setPastSelection] = useState<string | null>(null);
  const committees = useCommittees(planId);
  const units = useUnits();
  const graph = graphQuery.data;

  const [creating, setCreating] = useState<CreatableKind | null>(null);
  const [linkFrom, setLinkFrom] = useState<string | null>(null);
  const [deletingLink, setDeletingLink] = useState<string | null>(null);
  const [listView, setListView] = useState(false);

  const filtered = useMemo(() => (graph ? filterPlanGraph(graph, address.filter) : undefined), [graph, address.filter]);
  const layout = useMemo(
    () => (filtered ? layoutPlanGraph(filtered, { showIndicators: address.showIndicators }) : undefined),
    [filtered, address.showIndicators],
  );
  // What the map opens on: what the address names, else the user's own part of the plan.
  const openOn = useMemo(
    () => (filtered ? openingPart(filtered, address.filter, address.selection, principal) : null),
    [filtered, address.filter, address.selection, principal],
  );
  const selectedNodeId = past ? pastSelection : address.selection?.type === 'node' ? address.selection.id : null;
  const selectedLinkId = !past && address.selection?.type === 'link' ? address.selection.id : null;
  const path = useMemo(() => {
    if (!filtered) return null;
    if (selectedNodeId && filtered.nodes.some((n) => n.id === selectedNodeId)) return pathThrough(filtered, selectedNodeId);
    const link = selectedLinkId ? filtered.edges.find((e) => e.id === selectedLinkId) : null;
    if (link) {
      const up = pathThrough(filtered, link.target);
      const down = pathThrough(filtered, link.source);
      return { nodeIds: new Set([...up.nodeIds, ...down.nodeIds]), edgeIds: new Set([...up.edgeIds, ...down.edgeIds, link.id]) };
    }
    return null;
  }, [filtered, selectedNodeId, selectedLinkId]);

  const committeeNames = useMemo(() => new Map((committees.data ?? []).map((c) => [c.id, c.name])), [committees.data]);
  const councilName = useMemo(() => graph?.nodes.find((n) => n.kind === 'vision')?.councilName ?? null, [graph]);
  const oldData = useMemo(() => oldDataByNode(graph?.nodes ?? []), [graph]);
  const health = useHealthByNode(planId);
  const mapContext = useMemo(
    () => ({
      committeeNames,
      councilName,
      today,
      mayLinkFrom: (node: GraphNode) => !past && !!graph && mayStartLinkFrom(principal, node, graph),
      oldData: past ? new Map<string, never>() : oldData,
      health: past ? new Map<string, never>() : health,
    }),
    [committeeNames, councilName, today, principal, graph, oldData, health, past],
  );
  const creatable = useMemo(
    () =>
      graph
        ? creatableKinds(
            principal,
            graph,
            (committees.data ?? []).map((c) => c.id),
            (units.data ?? []).map((u) => u.id),
          )
        : [],
    [graph, principal, committees.data, units.data],
  );

  const selectNode = useCallback(
    (id: string | null) => {
      setCreating(null);
      navigate({ selection: id ? { type: 'node', id } : null });
    },
    [navigate],
  );
  const selectLink = useCallback(
    (id: string | null) => {
      setCreating(null);
      navigate({ selection: id ? { type: 'link', id } : null });
    },
    [navigate],
  );

  const { pendingEdges, createLink, refusal } = useLinkDrawing(planId ?? '', graph, selectLink);
  const refuseLink = useCallback(
    (sourceId: string, targetId: string) => toast.show('error', refusal(sourceId, targetId) ?? t('errors.link_kind_forbidden_generic')),
    [refusal, t, toast],
  );
  const deleteLink = useDeleteLink(planId ?? '');
  const restore = useRestore(planId ?? '');
  // A link belongs to where it starts: only whoever may change that node deletes it.
  const askDeleteLink = useCallback(
    (linkId: string) => {
      const edge = graph?.edges.find((e) => e.id === linkId);
      const source = graph?.nodes.find((n) => n.id === edge?.source);
      if (graph && edge && source && !mayEditLink(principal, edge, graph)) {
        const why = readOnlyReason(source, graph, new Map());
        toast.show('error', t(why.key, why.values));
      } else setDeletingLink(linkId);
    },
    [graph, principal, t, toast],
  );
  // Deleting a link from the version the map read; one changed meanwhile opens the conflict (reload or delete anyway).
  const linkRemovals = useEditConflict<{ id: string; version: number | null }, LinkRemoval>({
    save: (edit) =>
      deleteLink.mutateAsync({ id: edit.base.id, version: edit.base.version, reason: edit.reason }).finally(() => setDeletingLink(null)),
    onSaved: ({ base: { id: linkId } }) => {
      const edge = graph?.edges.find((e) => e.id === linkId);
      const stillServes = graph?.edges.some(
        (e) => e.source === edge?.source && e.id !== linkId && (e.kind === 'contributes' || e.kind === 'supports'),
      );
      toast.show('success', stillServes || !edge ? t('link.deleted') : t('link.deletedServesNothing'), {
        label: t('common.undo'),
        // The same link comes back, with its history, rather than a new one.
        onClick: () =>
          restore.mutate(
            { id: linkId },
            {
              onSuccess: () => toast.show('success', t('link.restored')),
              onError: (error) => toast.show('error', apiErrorMessage(error, t)),
            },
          ),
      });
      selectNode(null);
    },
    onReload: ({ id }) => {
      if (graph) void queryClient.invalidateQueries({ queryKey: queryKeys.graph(graph.planId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.link(id) });
      selectLink(id);
    },
  });

  // A deleted node's toast offers to bring it back, with what was deleted with it.
  const nodeDeleted = useCallback(
    (node: GraphNode) => {
      selectNode(null);
      toast.show('success', t('panel.deleted', { title: node.title }), {
        label: t('common.undo'),
        onClick: () =>
          restore.mutate(
            { id: node.id },
            {
              onSuccess: () => {
                toast.show('success', t('deleted.restored', { title: node.title }));
                navigate({ selection: { type: 'node', id: node.id } });
              },
              onError: (error) => toast.show('error', apiErrorMessage(error, t)),
            },
          ),
      });
    },
    [navigate, restore, selectNode, t, toast],
  );

  // Search jumps to a node: clear the filters if they hide it, then centre it once it is laid out.
  const [centerOn, setCenterOn] = useState<string | null>(null);
  const jumpTo = useCallback(
    (node: GraphNode) => {
      const selection = { type: 'node' as const, id: node.id };
      setCreating(null);
      // On the map of the past the selection is the page's own: the address keeps naming the day.
      if (past) setPastSelection(node.id);
      else if (layout?.nodes.some((n) => n.id === node.id)) navigate({ selection });
      else navigate({ filter: NO_FILTER, showIndicators: true, selection });
      setCenterOn(node.id);
    },
    [layout, navigate, past],
  );
  useEffect(() => {
    const box = centerOn ? layout?.nodes.find((n) => n.id === centerOn) : undefined;
    if (!centerOn || !box) return;
    window.requestAnimationFrame(() => {
      setCenterOn(null);
      // Centred at a readable zoom; focused at once when drawn (the panel opening may cut the move short).
      const moved = flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, {
        zoom: Math.max(flow.getZoom(), READABLE_ZOOM),
        duration: 300,
      });
      if (!focusNode(document, box.id)) void moved.then(() => afterPaint(() => focusNode(document, box.id)));
    });
  }, [centerOn, flow, layout]);

  // The node the side panel speaks of (a link's: where it starts): closing the panel gives it the focus back.
  const panelNodeId = selectedNodeId ?? (selectedLinkId ? (graph?.edges.find((e) => e.id === selectedLinkId)?.source ?? null) : null);
  const closePanel = useCallback(() => {
    setCreating(null);
    if (past) setPastSelection(null);
    else selectNode(null);
  }, [past, selectNode]);
  const handlePanelKeyDown = usePanelEscape(panelNodeId, closePanel);

  const startLink = useCallback(
    (nodeId: string) => {
      const node = graph?.nodes.find((n) => n.id === nodeId);
      if (!node || (node.kind !== 'action' && node.kind !== 'focusArea')) toast.show('info', t('linkDialog.cannotStart'));
      else if (graph && !mayStartLinkFrom(principal, node, graph)) {
        const why = readOnlyReason(node, graph, new Map());
        toast.show('error', t(why.key, why.values));
      } else setLinkFrom(nodeId);
    },
    [graph, principal, t, toast],
  );

  const readOnly = useCallback(() => toast.show('info', t('revisions.readOnly')), [t, toast]);
  // The plan as it was cannot be changed: trying says so.
  const editing = useMemo(
    () =>
      past
        ? { onCreateLink: readOnly, onRefuseLink: readOnly, refusal, onStartLinkFrom: readOnly, onDeleteLink: readOnly }
        : { onCreateLink: createLink, onRefuseLink: refuseLink, refusal, onStartLinkFrom: startLink, onDeleteLink: askDeleteLink },
    [past, readOnly, refusal, createLink, refuseLink, startLink, askDeleteLink],
  );

  const tools = (
    <>
      {plans.data && plans.data.length > 0 && (
        <PlanPicker plans={plans.data} planId={planId} onChange={(id) => navigate({ planId: id, selection: null, filter: NO_FILTER })} />
      )}
      {graph && <SearchBox graph={graph} onJump={jumpTo} committeeNames={committeeNames} />}
    </>
  );
  const endTools = graph && (
    <button
      type="button"
      className="kompas-view-toggle"
      aria-pressed={listView}
      onClick={() => setListView((v) => !v)}
      data-testid="list-view-toggle"
    >
      {listView ? t('toolbar.showMap') : t('toolbar.showList')}
    </button>
  );

  let body;
  if (plans.isPending || (planId && graphQuery.isPending)) {
    body = <StateMessage tone="loading" title={t('state.loading')} />;
  } else if (plans.isError || graphQuery.isError) {
    const error = plans.error ?? graphQuery.error;
    body = (
      <StateMessage
        tone="error"
        title={error instanceof ApiUnreachableError ? t('state.unreachableTitle') : t('state.errorTitle')}
        action={
          error instanceof ApiRequestError && error.status === 404 && plans.data?.length ? (
            // A shared address to a plan that is gone: offer the plan Kompas would open instead.
            <button type="button" className="is-primary" onClick={() => navigate({ planId: null, selection: null, filter: NO_FILTER })}>
              {t('state.openCurrentPlan')}
            </button>
          ) : (
            <button type="button" className="is-primary" onClick={() => void (plans.isError ? plans.refetch() : graphQuery.refetch())}>
              {t('common.retry')}
            </button>
          )
        }
      >
        {apiErrorMessage(error, t)}
      </StateMessage>
    );
  } else if (!plans.data?.length) {
    body = (
      <StateMessage
        title={t('state.noPlansTitle')}
        action={
          can(principal, { do: 'managePlans' }) && (
            <AdminLink href={adminHref.import()} data-testid="no-plans-import">
              {t('state.noPlansAction')}
            </AdminLink>
          )
        }
      >
        <p>{t('state.noPlansBody')}</p>
      </StateMessage>
    );
  } else if (graph && layout && filtered) {
    const selectedNode = selectedNodeId ? graph.nodes.find((n) => n.id === selectedNodeId) : undefined;
    const panelOpen = past ? !!selectedNode : !!(creating || selectedNodeId || selectedLinkId);
    const empty = filtered.nodes.filter((n) => n.kind === 'focusArea' || n.kind === 'action').length === 0;
    body = (
      <MapContext.Provider value={mapContext}>
        {past ? (
          <PastBanner planId={graph.planId} asOf={asOf ?? null} revision={revision ?? null} />
        ) : (
          <div className="kompas-toolbar">
            <FilterBar
              graph={graph}
              committees={committees.data ?? []}
              filter={address.filter}
              showIndicators={address.showIndicators}
              onFilter={(filter) => navigate({ filter })}
              onShowIndicators={(show) => navigate({ showIndicators: show })}
            />
            <CreateMenu kinds={creatable} onCreate={(kind) => setCreating(kind)} />
            {mayRecordData(principal, graph) && (
              <RouterLink
                className="kompas-toolbar__link"
                to="/plans/$planId/import"
                params={{ planId: graph.planId }}
                data-testid="open-observation-import"
              >
                {t('observationImport.open')}
              </RouterLink>
            )}
            <RouterLink
              className="kompas-toolbar__link"
              to="/plans/$planId/diff"
              params={{ planId: graph.planId }}
              search={{}}
              data-testid="open-plan-diff"
            >
              {t('diff.open')}
            </RouterLink>
            {can(principal, { do: 'stageScenarios' }) && (
              <RouterLink
                className="kompas-toolbar__link"
                to="/plans/$planId/what-if"
                params={{ planId: graph.planId }}
                data-testid="open-what-if"
              >
                {t('whatIf.open')}
              </RouterLink>
            )}
            <ReportMenu planId={graph.planId} planYears={planYearsOf(graph)} />
            <RouterLink
              className="kompas-toolbar__link"
              to="/plans/$planId/overview"
              params={{ planId: graph.planId }}
              data-testid="open-overview"
            >
              {t('overview.open')}
            </RouterLink>
          </div>
        )}
        <div className={`kompas-main${panelOpen ? ' has-panel' : ''}`}>
          <h1 className="kompas-visually-hidden">{graph.nodes.find((n) => n.kind === 'vision')?.title ?? 'Kompas'}</h1>
          {empty && (
            <p className="kompas-empty-hint" role="status">
              {isFiltering(address.filter) ? t('state.emptyFilter') : t('state.emptyPlan')}
            </p>
          )}
          {listView ? (
            <ListView
              graph={filtered}
              onSelectNode={past ? setPastSelection : selectNode}
              showIndicators={address.showIndicators}
              committeeNames={committeeNames}
            />
          ) : (
            <CascadeMap
              graph={filtered}
              layout={layout}
              selectedNodeId={selectedNodeId}
              selectedLinkId={selectedLinkId}
              path={path}
              pendingEdges={past ? [] : pendingEdges}
              viewKey={`${graph.planId}|${address.filter.committeeId}|${address.filter.unitId}|${address.filter.aimingPointId}|${address.filter.status}|${address.showIndicators}`}
              openOn={openOn}
              onSelectNode={past ? setPastSelection : selectNode}
              onSelectLink={past ? () => undefined : selectLink}
              editing={editing}
            />
          )}
          {panelOpen && (
            // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Esc anywhere in the panel closes it
            <aside
              className="kompas-panel"
              aria-label={t('panel.label')}
              data-testid="side-panel"
              onKeyDown={handlePanelKeyDown}
              // Focusable by Esc from a field inside it, not by Tab.
              tabIndex={-1}
            >
              <button
                type="button"
                className="kompas-panel__close"
                onClick={() => {
                  closePanel();
                  if (panelNodeId) afterPaint(() => focusNode(document, panelNodeId));
                }}
                aria-label={t('panel.close')}
              >
                ×
              </button>
              {past ? (
                selectedNode && (
                  <PastNodePanel
                    key={selectedNode.id}
                    node={selectedNode}
                    graph={graph}
                    committeeNames={committeeNames}
                    onSelectNode={setPastSelection}
                  />
                )
              ) : creating ? (
                <CreatePanel
                  key={creating}
                  planId={graph.planId}
                  kind={creating}
                  graph={graph}
                  committees={committees.data ?? []}
                  units={units.data ?? []}
                  committeeId={address.filter.committeeId}
                  contextNodeId={selectedNodeId}
                  onCreated={(id) => {
                    setCreating(null);
                    navigate({ selection: { type: 'node', id } });
                    // Show the new node where the layout put it, once it is laid out.
                    setCenterOn(id);
                  }}
                  onCancel={() => setCreating(null)}
                />
              ) : selectedNode ? (
                <NodePanel
                  key={selectedNode.id}
                  planId={graph.planId}
                  node={selectedNode}
                  graph={graph}
                  committees={committees.data ?? []}
                  units={units.data ?? []}
                  onSelectLink={selectLink}
                  onSelectNode={selectNode}
                  onStartLink={startLink}
                  onDeleted={nodeDeleted}
                />
              ) : selectedNodeId ? (
                <DeletedNodePanel
                  key={selectedNodeId}
                  planId={graph.planId}
                  nodeId={selectedNodeId}
                  graph={graph}
                  committees={committees.data ?? []}
                  units={units.data ?? []}
                  onSelectNode={selectNode}
                />
              ) : selectedLinkId ? (
                <LinkPanel
                  key={selectedLinkId}
                  planId={graph.planId}
                  linkId={selectedLinkId}
                  graph={graph}
                  onSelectNode={selectNode}
                  onDelete={askDeleteLink}
                />
              ) : null}
            </aside>
          )}
        </div>
        <LinkTargetDialog
          graph={graph}
          sourceId={linkFrom}
          onClose={() => setLinkFrom(null)}
          onPick={(sourceId, targetId) => {
            setLinkFrom(null);
            createLink(sourceId, targetId);
          }}
        />
        <ConfirmDialog
          open={!!deletingLink}
          title={t('link.deleteTitle')}
          message={(() => {
            const edge = graph.edges.find((e) => e.id === deletingLink);
            const title = (id?: string) => graph.nodes.find((n) => n.id === id)?.title ?? '';
            return t('link.deleteMessage', { source: title(edge?.source), target: title(edge?.target) });
          })()}
          confirmLabel={t('link.delete')}
          busy={deleteLink.isPending}
          onCancel={() => setDeletingLink(null)}
          withReason
          onConfirm={(reason) =>
            deletingLink &&
            void linkRemovals.send({
              base: { id: deletingLink, version: graph.edges.find((e) => e.id === deletingLink)?.version ?? null },
              reason,
            })
          }
        />
        <ConflictDialog
          flow={linkRemovals}
          title={(() => {
            const current = linkRemovals.conflict?.current as Link | undefined;
            const edge = graph.edges.find((e) => e.id === current?.id);
            const title = (id?: string) => graph.nodes.find((n) => n.id === id)?.title ?? '';
            return `${title(edge?.source ?? current?.sourceId)} → ${title(edge?.target ?? current?.targetId)}`;
          })()}
          differences={({ current }) => {
            const edge = graph.edges.find((e) => e.id === current.id);
            return {
              theirs: differingFields(
                'link',
                { rationale: edge?.rationale ?? '', strength: edge?.strength ?? null },
                current as unknown as Record<string, unknown>,
                t,
                i18n.language,
                undefined,
                ['rationale', 'strength'],
              ),
              mine: [],
            };
          }}
          reapplyLabel={() => t('conflict.reapplyDelete')}
          busy={deleteLink.isPending}
        />
      </MapContext.Provider>
    );
  }

  return (
    <PageShell current="map" tools={tools} endTools={endTools}>
      {body}
    </PageShell>
  );
}

/** Deleting a link: the link as the map read it, and why. */
type LinkRemoval = { base: { id: string; version: number | null }; reason: string };

/** A day in words, "1. marts 2026" / "1 March 2026". */
const longDate = (date: string | null, language: string) =>
  date
    ? new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${date}T12:00:00Z`),
      )
    : '';

/**
 * Over a map of the plan as it was: which day (or revision), that it is read-only, a date to move to,
 * and the way back to now.
 */
function PastBanner({ planId, asOf, revision }: { planId: string; asOf: string | null; revision: string | null }) {
  const { t, i18n } = useTranslation();
  const router = useRouter();
  const id = 'kompas-asof-date';
  return (
    <div className="kompas-asof-banner" role="status" data-testid="asof-banner">
      <strong>
        {asOf || !revision ? t('revisions.asOfBanner', { date: longDate(asOf, i18n.language) }) : t('revisions.asOfRevisionPlain')}
      </strong>
      <label htmlFor={id}>{t('revisions.asOfDate')}</label>
      <input
        id={id}
        type="date"
        value={asOf ?? ''}
        max={todayIso()}
        onChange={(e) =>
          e.target.value && void router.navigate({ to: '/plans/$planId', params: { planId }, search: { asOf: e.target.value } })
        }
        data-testid="asof-date"
      />
      <RouterLink to="/plans/$planId" params={{ planId }} search={{}} data-testid="asof-back">
        {t('revisions.backToNow')}
      </RouterLink>
    </div>
  );
}
