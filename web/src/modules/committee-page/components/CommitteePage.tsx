import { useMemo, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can, ownerOf, type FocusAreaNode, type PlanGraph } from '@kompas/domain';
import { formatDate } from '../../../i18n/format';
import { useCommittees, usePlanGraph } from '../../api/hooks';
import { useOpenProposals } from '../../assessments/hooks/use-assessments';
import type { Assessment } from '../../assessments/types';
import { councilNameOf } from '../../assessments/utils/default-committee';
import { usePrincipal } from '../../auth/current-user';
import { PageShell } from '../../common/components/PageShell';
import { LoadFailed, StateMessage } from '../../common/components/StateMessage';
import { useToast } from '../../common/components/Toasts';
import { HealthBadge, usePlanHealth, type PlanHealthNode } from '../../health';
import { StatusBadge } from '../../map/nodes/StatusBadge';
import { ReportMenu } from '../../reports/components/ReportMenu';
import { planYearsOf } from '../../reports/utils/report-request';
import { DueState } from '../../todo/components/TodoPage';
import { committeeView, type FocusAreaView } from '../utils/committee-view';
import { moveTo } from '../utils/reorder';
import { AssessmentStatusWord } from '../../assessments/components/AssessmentStatusWord';
import { PriorityList } from './PriorityList';
import { ReorderDialog } from './ReorderDialog';

export type CommitteePageProps = { planId: string; committeeId: string };

/**
 * A committee's page, for its meeting: its focus areas in priority order, each with its health and
 * why, its lifecycle status, the aiming points it supports, the actions contributing to it, data
 * that is due, and open proposed adjustments. Whoever may edit the committee's focus areas reorders
 * them, and the new order is saved as one decided adjustment. It prints on A4.
 */
export function CommitteePage({ planId, committeeId }: CommitteePageProps) {
  const { t } = useTranslation();
  const graph = usePlanGraph(planId);
  const committees = useCommittees(planId);
  const committee = committees.data?.find((c) => c.id === committeeId);
  const vision = graph.data?.nodes.find((n) => n.kind === 'vision');

  let body;
  const failed = graph.error ?? committees.error;
  if (failed)
    body = (
      <LoadFailed
        title={t('committeePage.loadFailed')}
        error={failed}
        onRetry={() => void Promise.all([graph.refetch(), committees.refetch()])}
      />
    );
  else if (graph.isPending || committees.isPending) body = <StateMessage tone="loading" title={t('common.loading')} />;
  else if (!committee || !graph.data) body = <StateMessage tone="error" title={t('committeePage.notFound')} />;
  else
    body = (
      <CommitteeContent
        planId={planId}
        committeeId={committeeId}
        committeeName={committee.name}
        graph={graph.data}
        committees={committees.data ?? []}
      />
    );

  return (
    <PageShell current="map">
      <div className="kompas-page kompas-committee-page" data-testid="committee-page">
        <p className="kompas-admin__back kompas-no-print">
          <Link to="/plans/$planId" params={{ planId }} search={{ committee: committeeId }} data-testid="committee-back">
            ← {t('committeePage.backToMap', { plan: vision?.title ?? '' })}
          </Link>
        </p>
        {body}
      </div>
    </PageShell>
  );
}

type ContentProps = {
  planId: string;
  committeeId: string;
  committeeName: string;
  graph: PlanGraph;
  committees: readonly { id: string; name: string }[];
};

function CommitteeContent({ planId, committeeId, committeeName, graph, committees }: ContentProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const principal = usePrincipal();
  const health = usePlanHealth(planId);
  const proposals = useOpenProposals(planId, committeeId);
  const view = useMemo(() => committeeView(graph, committeeId), [graph, committeeId]);
  const mayReorder = can(principal, ownerOf('focusArea', { committeeId })) && view.ranked.length > 1;
  const healthOf = useMemo(() => new Map((health.data?.nodes ?? []).map((n) => [n.nodeId, n])), [health.data]);
  const ranked = view.ranked.map((v) => v.focusArea);
  const saved = ranked.map((f) => f.id).join();
  // The order being made, until it is saved or given up; it starts afresh when the saved order changes.
  const [draft, setDraft] = useState<{ base: string; order: string[] } | null>(null);
  const order = draft && draft.base === saved ? draft.order : ranked.map((f) => f.id);
  const changed = order.join() !== saved;
  const [asking, setAsking] = useState(false);
  const byId = new Map(ranked.map((f) => [f.id, f]));
  const shown = order.map((id) => byId.get(id)).filter((f): f is FocusAreaNode => !!f);
  const openProposals = proposals.data ?? [];
  const date = (d: string) => formatDate(d, i18n.language);

  return (
    <>
      <header className="kompas-committee-page__head">
        <p className="kompas-panel__kind">{t('committeePage.kind')}</p>
        <h1 data-testid="committee-title">{committeeName}</h1>
        <p className="kompas-muted kompas-committee-page__printed">
          {t('committeePage.printedOn', { date: date(new Date().toISOString().slice(0, 10)) })}
        </p>
        <div className="kompas-committee-page__tools kompas-no-print">
          <button type="button" onClick={() => window.print()} data-testid="committee-print">
            {t('committeePage.print')}
          </button>
          <ReportMenu planId={planId} committeeIds={[committeeId]} planYears={planYearsOf(graph)} />
        </div>
      </header>

      <section className="kompas-committee-page__section" aria-labelledby="priorities-title">
        <h2 id="priorities-title">{t('committeePage.priorities.title')}</h2>
        {ranked.length ? (
          <>
            {mayReorder && <p className="kompas-muted kompas-no-print">{t('committeePage.priorities.hint')}</p>}
            <div className={changed ? 'kompas-no-print' : undefined}>
              <PriorityList
                items={shown}
                editable={mayReorder}
                onMove={(from, to) => setDraft({ base: saved, order: moveTo(order, from, to) })}
              />
            </div>
            {changed && (
              // On paper, the order as it is saved, not one still being made.
              <ol className="kompas-print-only">
                {ranked.map((f) => (
                  <li key={f.id}>{f.title}</li>
                ))}
              </ol>
            )}
            {changed && (
              <div className="kompas-committee-page__unsaved kompas-no-print" data-testid="reorder-unsaved">
                <p>{t('committeePage.priorities.unsaved')}</p>
                <button type="button" className="is-primary" onClick={() => setAsking(true)} data-testid="reorder-open">
                  {t('committeePage.priorities.save')}
                </button>
                <button type="button" onClick={() => setDraft(null)} data-testid="reorder-reset">
                  {t('committeePage.priorities.reset')}
                </button>
              </div>
            )}
          </>
        ) : (
          <p className="kompas-muted" data-testid="committee-empty">
            {t('committeePage.empty')}
          </p>
        )}
        {health.isError && (
          <p className="kompas-note" role="alert">
            {t('committeePage.healthFailed')}
          </p>
        )}
      </section>

      {view.ranked.map((v, index) => (
        <FocusAreaSection key={v.focusArea.id} planId={planId} view={v} rank={index + 1} healthOf={healthOf} proposals={openProposals} />
      ))}
      {view.shared.length > 0 && (
        <section className="kompas-committee-page__section kompas-committee-area" aria-labelledby="shared-title">
          <h2 id="shared-title">{t('committeePage.shared')}</h2>
          {view.shared.map((v) => (
            <FocusAreaSection key={v.focusArea.id} planId={planId} view={v} rank={null} healthOf={healthOf} proposals={openProposals} />
          ))}
        </section>
      )}
      {proposals.isError && (
        <p className="kompas-note" role="alert">
          {t('committeePage.proposalsFailed')}
        </p>
      )}
      {asking && (
        <ReorderDialog
          planId={planId}
          committeeId={committeeId}
          committees={committees}
          councilName={councilNameOf(graph)}
          focusAreas={ranked}
          order={order}
          onClose={() => setAsking(false)}
          onSaved={(_, caseNumber) => {
            setAsking(false);
            setDraft(null);
            toast.show('success', t('committeePage.reorder.saved', { caseNumber }));
          }}
        />
      )}
    </>
  );
}

type SectionProps = {
  planId: string;
  view: FocusAreaView;
  /** Its place in the committee's priorities; null for a shared focus area of another committee. */
  rank: number | null;
  healthOf: ReadonlyMap<string, PlanHealthNode>;
  proposals: readonly Assessment[];
};

/** A link to the map with the node selected. */
function OnMap({ planId, nodeId, title }: { planId: string; nodeId: string; title: string }) {
  const { t } = useTranslation();
  return (
    <Link
      to="/plans/$planId/nodes/$nodeId"
      params={{ planId, nodeId }}
      className="kompas-committee-page__map-link kompas-no-print"
      aria-label={t('committeePage.onMapOf', { title })}
      data-testid="on-map"
    >
      {t('committeePage.onMap')}
    </Link>
  );
}

function Health({ node }: { node: PlanHealthNode | undefined }) {
  if (!node) return null;
  return <HealthBadge health={node.health} />;
}

function FocusAreaSection({ planId, view, rank, healthOf, proposals }: SectionProps) {
  const { t, i18n } = useTranslation();
  const { focusArea, aimingPoints, actions, due } = view;
  const health = healthOf.get(focusArea.id);
  const ids = new Set([focusArea.id, ...actions.map((a) => a.id)]);
  const open = proposals.filter((p) => ids.has(p.nodeId));
  const titles = new Map<string, string>([[focusArea.id, focusArea.title], ...actions.map((a) => [a.id, a.title] as [string, string])]);
  const headingId = `area-${focusArea.id}`;
  return (
    <section
      className="kompas-committee-page__section kompas-committee-area"
      aria-labelledby={headingId}
      data-testid="committee-area"
      data-id={focusArea.id}
    >
      <header className="kompas-committee-area__head">
        <h2 id={headingId}>
          {rank !== null && <span className="kompas-committee-area__rank">{t('committeePage.rank', { rank })}</span>} {focusArea.title}
        </h2>
        <OnMap planId={planId} nodeId={focusArea.id} title={focusArea.title} />
      </header>
      {rank === null && <p className="kompas-muted">{t('committeePage.ownedBy', { committee: focusArea.committeeName })}</p>}
      <p className="kompas-committee-area__state">
        <StatusBadge group="focusArea" status={focusArea.status} /> <Health node={health} />
      </p>
      {health && (
        <p className="kompas-committee-area__why" data-testid="area-explanation">
          {health.explanation}
        </p>
      )}

      <h3>{t('committeePage.supports')}</h3>
      {aimingPoints.length ? (
        <ul className="kompas-committee-area__list">
          {aimingPoints.map((a) => (
            <li key={a.id}>
              {a.title} <Health node={healthOf.get(a.id)} /> <OnMap planId={planId} nodeId={a.id} title={a.title} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="kompas-muted">{t('committeePage.supportsNothing')}</p>
      )}

      <h3>{t('committeePage.actions')}</h3>
      {actions.length ? (
        <table className="kompas-committee-area__table" data-testid="area-actions">
          <caption className="kompas-visually-hidden">{t('committeePage.actionsOf', { title: focusArea.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('committeePage.column.action')}</th>
              <th scope="col">{t('committeePage.column.unit')}</th>
              <th scope="col">{t('committeePage.column.status')}</th>
              <th scope="col">{t('committeePage.column.health')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => (
              <tr key={a.id} data-testid="area-action">
                <th scope="row">
                  {a.title} <OnMap planId={planId} nodeId={a.id} title={a.title} />
                </th>
                <td>{a.unitName}</td>
                <td>
                  <StatusBadge group="action" status={a.status} />
                </td>
                <td>
                  <Health node={healthOf.get(a.id)} />
                  {healthOf.get(a.id) && <span className="kompas-committee-area__small">{healthOf.get(a.id)?.explanation}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="kompas-muted">{t('committeePage.noActions')}</p>
      )}

      <h3>{t('committeePage.due')}</h3>
      {due.length ? (
        <ul className="kompas-committee-area__list" data-testid="area-due">
          {due.map((i) => (
            <li key={i.id}>
              {i.title} <DueState state={i.freshness.state as 'due' | 'overdue'} />{' '}
              {i.freshness.dueDate && (
                <span className="kompas-muted">
                  {t('committeePage.dueBy', {
                    period: i.freshness.period?.code ?? '',
                    date: formatDate(i.freshness.dueDate, i18n.language),
                  })}
                </span>
              )}{' '}
              <OnMap planId={planId} nodeId={i.id} title={i.title} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="kompas-muted">{t('committeePage.nothingDue')}</p>
      )}

      <h3>{t('committeePage.proposals')}</h3>
      {open.length ? (
        <ul className="kompas-committee-area__list" data-testid="area-proposals">
          {open.map((p) => (
            <li key={p.id} data-testid="area-proposal">
              <strong>{titles.get(p.nodeId)}</strong>: {p.proposedAdjustment}{' '}
              <span className="kompas-muted">
                ({t('committeePage.proposedBy', { name: p.authorName, date: formatDate(p.date, i18n.language) })},{' '}
                <AssessmentStatusWord status={p.status} />)
              </span>{' '}
              <Link
                to="/plans/$planId/nodes/$nodeId"
                params={{ planId, nodeId: p.nodeId }}
                hash="assessments"
                className="kompas-no-print"
                data-testid="proposal-link"
              >
                {t('committeePage.openAssessments')}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="kompas-muted">{t('committeePage.noProposals')}</p>
      )}
    </section>
  );
}
