import { useMemo } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { copenhagenDate, freshnessOf, GraphNode, IndicatorNode } from '@kompas/domain';
import { usePlanGraph, useNodeEntity } from '../../api/hooks';
import type { Indicator } from '../../api/types';
import { usePrincipal } from '../../auth/current-user';
import { mayRecordIndicator } from '../../auth/utils/permissions';
import { PageShell } from '../../common/components/PageShell';
import { LoadFailed, StateMessage } from '../../common/components/StateMessage';
import { CommentsTab } from '../../panel/components/CommentsTab';
import { useObservations } from '../../observations/hooks/use-observations';
import { usePersonName } from '../hooks/use-person-name';
import { buildChartData } from '../utils/chart-series';
import type { ChartLabels } from '../utils/chart-options';
import { freshnessContext, pathsToVision } from '../utils/indicator-path';
import { HistoryChart } from './HistoryChart';
import { IndicatorFacts } from './IndicatorFacts';
import { MeasuresPath } from './MeasuresPath';
import { NarrativeTimeline } from './NarrativeTimeline';
import { ObservationTable } from './ObservationTable';
import { RecordSection } from './RecordSection';

export type IndicatorPageProps = { planId: string; indicatorId: string };

/**
 * One indicator's own page: what it measures and its way up to the vision, its facts and what is
 * due, its history as a chart (a timeline of narratives for a qualitative one), every observation,
 * its comments, and where to record the next value.
 */
export function IndicatorPage({ planId, indicatorId }: IndicatorPageProps) {
  const { t } = useTranslation();
  const graph = usePlanGraph(planId);
  const entity = useNodeEntity<Indicator>('indicator', indicatorId);
  const observations = useObservations(indicatorId);
  const node = graph.data?.nodes.find((n: GraphNode): n is IndicatorNode => n.id === indicatorId && n.kind === 'indicator');
  const vision = graph.data?.nodes.find((n) => n.kind === 'vision');

  const failed = graph.error ?? entity.error ?? observations.error;
  let body;
  if (failed) {
    body = (
      <LoadFailed
        title={t('indicatorPage.loadFailed')}
        error={failed}
        onRetry={() => void Promise.all([graph.refetch(), entity.refetch(), observations.refetch()])}
      />
    );
  } else if (graph.isPending || entity.isPending || observations.isPending) {
    body = <StateMessage tone="loading" title={t('common.loading')} />;
  } else if (!node || !graph.data || !entity.data || !observations.data) {
    body = <StateMessage tone="error" title={t('indicatorPage.notFound')} />;
  } else {
    body = <IndicatorContent planId={planId} node={node} indicator={entity.data} graph={graph.data} observations={observations.data} />;
  }

  return (
    <PageShell current="map">
      <div className="kompas-page kompas-indicator-page">
        <p className="kompas-admin__back">
          <Link to="/plans/$planId/nodes/$nodeId" params={{ planId, nodeId: indicatorId }} data-testid="indicator-back">
            ← {t('indicatorPage.backToMap', { plan: vision?.title ?? '' })}
          </Link>
        </p>
        {body}
      </div>
    </PageShell>
  );
}

type ContentProps = {
  planId: string;
  node: IndicatorNode;
  indicator: Indicator;
  graph: NonNullable<ReturnType<typeof usePlanGraph>['data']>;
  observations: NonNullable<ReturnType<typeof useObservations>['data']>;
};

function IndicatorContent({ planId, node, indicator, graph, observations }: ContentProps) {
  const { t } = useTranslation();
  const principal = usePrincipal();
  const responsibleName = usePersonName(indicator.responsibleUserId);
  const paths = useMemo(() => pathsToVision(graph, node), [graph, node]);
  const freshness = useMemo(() => {
    const context = freshnessContext(graph, node);
    if (!context) return null;
    return freshnessOf(
      { cadence: indicator.cadence, createdAt: indicator.createdAt, graceDays: indicator.graceDays },
      context,
      observations.filter((o) => !o.supersededById),
      copenhagenDate(new Date()),
    );
  }, [graph, node, indicator, observations]);
  const chart = useMemo(() => buildChartData(indicator, observations), [indicator, observations]);
  const labels = useMemo<ChartLabels>(
    () => ({
      actual: t('indicatorPage.series.actual'),
      target: t('indicatorPage.series.target'),
      reference: indicator.reference?.name ?? t('indicatorPage.series.reference'),
      baseline: t('indicatorPage.series.baseline'),
    }),
    [t, indicator.reference],
  );
  const mayRecord = mayRecordIndicator(principal, node, graph);
  const qualitative = indicator.type === 'qualitative';

  return (
    <>
      <header className="kompas-indicator-page__head">
        <p className="kompas-panel__kind">
          {t('kind.indicator')}
          {indicator.example && <span className="kompas-badge kompas-badge--example">{t('common.example')}</span>}
        </p>
        <h1 data-testid="indicator-title">{indicator.title}</h1>
        {indicator.description && <p className="kompas-indicator-page__description">{indicator.description}</p>}
      </header>
      <section className="kompas-indicator-page__section" aria-labelledby="measures-title">
        <h2 id="measures-title">{t('indicatorPage.measures')}</h2>
        <MeasuresPath planId={planId} paths={paths} />
      </section>
      <section className="kompas-indicator-page__section" aria-labelledby="facts-title">
        <h2 id="facts-title">{t('indicatorPage.facts')}</h2>
        <IndicatorFacts indicator={indicator} freshness={freshness} responsibleName={responsibleName} />
      </section>
      <section className="kompas-indicator-page__section" aria-labelledby="history-title">
        <h2 id="history-title">{t('indicatorPage.history')}</h2>
        {!observations.length ? (
          <p className="kompas-muted" data-testid="indicator-empty">
            {t('indicatorPage.empty')}
          </p>
        ) : qualitative ? (
          <NarrativeTimeline observations={observations} />
        ) : chart.rows.length || chart.has.reference ? (
          <HistoryChart data={chart} unit={indicator.unit} labels={labels} />
        ) : (
          <p className="kompas-muted" data-testid="indicator-empty">
            {t('indicatorPage.noValues')}
          </p>
        )}
      </section>
      {observations.length > 0 && (
        <section className="kompas-indicator-page__section" aria-labelledby="observations-title">
          <h2 id="observations-title">{t('indicatorPage.observations.title')}</h2>
          <ObservationTable observations={observations} unit={indicator.unit} referenceName={indicator.reference?.name ?? null} />
        </section>
      )}
      <RecordSection planId={planId} indicator={node} mayRecord={mayRecord} />
      <section className="kompas-indicator-page__section" aria-labelledby="comments-title">
        <h2 id="comments-title">{t('panel.tabs.comments')}</h2>
        <CommentsTab nodeId={node.id} />
      </section>
    </>
  );
}
