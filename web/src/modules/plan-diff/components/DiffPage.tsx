import { useId, useState, type ReactNode } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can, diffSize } from '@kompas/domain';
import { formatDate, todayIso } from '../../../i18n/format';
import { ApiRequestError } from '../../api/client';
import { usePlanGraph, usePlanGraphAt } from '../../api/hooks';
import { usePrincipal } from '../../auth/current-user';
import { PageShell } from '../../common/components/PageShell';
import { LoadFailed, StateMessage } from '../../common/components/StateMessage';
import { usePlanDiff, useRevisions, type Revision } from '../hooks';
import { graphQueryOf, type DiffSearch } from '../utils/diff-search';
import { AdoptRevisionDialog } from './AdoptRevisionDialog';
import { DiffView } from './DiffView';
import { PastMapLink } from './PastMapLink';

type T = ReturnType<typeof useTranslation>['t'];

/**
 * How the plan moved between two moments — two revisions, a revision and a date, or either and now:
 * nodes and links added, removed and changed, priorities moved, targets eased or tightened, each with
 * the decision or reason behind it, drawn on the cascade map (with a legend) and listed beside it.
 */
export function DiffPage({ planId, search }: { planId: string; search: DiffSearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const principal = usePrincipal();
  const revisions = useRevisions(planId);
  const graph = usePlanGraph(planId);
  const from = search.from ?? '';
  const to = search.to ?? 'now';
  const diff = usePlanDiff(planId, from, to);
  // The plan at the second moment, which the map draws (with what only the first had, from the diff).
  const toGraph = usePlanGraphAt(planId, graphQueryOf(to));
  const [adopting, setAdopting] = useState(false);
  const mayAdopt = can(principal, { do: 'adoptRevisions' });
  const vision = graph.data?.nodes.find((n) => n.kind === 'vision');

  const go = (next: DiffSearch) =>
    void navigate({ to: '/plans/$planId/diff', params: { planId }, search: { from: next.from || undefined, to: next.to || undefined } });

  let body: ReactNode;
  if (diff.isPending || (!diff.isError && toGraph.isPending)) body = <StateMessage tone="loading" title={t('common.loading')} />;
  else if (diff.isError) {
    const words = diffErrorWords(diff.error, t);
    body = words ? (
      <p className="kompas-field__error" role="alert" data-testid="diff-error">
        {words}
      </p>
    ) : (
      <LoadFailed title={t('diff.loadFailed')} error={diff.error} onRetry={() => void diff.refetch()} />
    );
  } else if (!from && revisions.data?.length === 0 && !search.from) body = <StateMessage tone="info" title={t('diff.noRevisions')} />;
  else if (diffSize(diff.data) === 0) body = <StateMessage tone="info" title={t('diff.nothing')} />;
  else if (!toGraph.data) body = <LoadFailed title={t('diff.loadFailed')} error={toGraph.error} onRetry={() => void toGraph.refetch()} />;
  else body = <DiffView planId={planId} diff={diff.data} to={toGraph.data} viewKey={`${planId}|${from}|${to}`} />;

  return (
    <PageShell current="map">
      <div className="kompas-diff-page" data-testid="diff-page">
        <div className="kompas-diff__head">
          <p className="kompas-admin__back">
            <Link to="/plans/$planId" params={{ planId }} data-testid="diff-back">
              ← {t('diff.backToMap', { plan: vision?.title ?? '' })}
            </Link>
          </p>
          <h1>{t('diff.title')}</h1>
          <div className="kompas-diff__sides">
            <SidePicker
              label={t('diff.from')}
              value={from}
              revisions={revisions.data ?? []}
              onChange={(v) => go({ from: v, to })}
              testId="diff-from"
              latestDefault
            />
            <PastMapLink
              planId={planId}
              side={from || (revisions.data?.[0]?.id ?? '')}
              revisions={revisions.data ?? []}
              testId="diff-from-map"
            />
            <SidePicker
              label={t('diff.to')}
              value={to}
              revisions={revisions.data ?? []}
              onChange={(v) => go({ from, to: v })}
              testId="diff-to"
            />
            <PastMapLink planId={planId} side={to} revisions={revisions.data ?? []} testId="diff-to-map" />
            {mayAdopt && (
              <button type="button" onClick={() => setAdopting(true)} data-testid="adopt-revision">
                {t('revisions.adopt')}
              </button>
            )}
          </div>
        </div>
        {body}
        {adopting && <AdoptRevisionDialog planId={planId} onClose={() => setAdopting(false)} />}
      </div>
    </PageShell>
  );
}

/** One side: a revision from the list, a date, or now. */
function SidePicker(props: {
  label: string;
  value: string;
  revisions: Revision[];
  onChange: (value: string) => void;
  testId: string;
  latestDefault?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const isDate = /^\d{4}-\d{2}-\d{2}$/.test(props.value);
  const mode = isDate ? 'date' : props.value;
  return (
    <fieldset className="kompas-diff__side" data-testid={props.testId}>
      <legend>{props.label}</legend>
      <label htmlFor={`${id}-choice`} className="kompas-visually-hidden">
        {props.label}
      </label>
      <select
        id={`${id}-choice`}
        value={mode}
        onChange={(e) => props.onChange(e.target.value === 'date' ? todayIso() : e.target.value)}
        data-testid={`${props.testId}-choice`}
      >
        {props.latestDefault && <option value="">{t('revisions.latest')}</option>}
        <option value="now">{t('diff.now')}</option>
        <option value="date">{t('diff.aDate')}</option>
        {props.revisions.map((r) => (
          <option key={r.id} value={r.id}>
            {t('revisions.option', { name: r.name, date: formatDate(r.decidedAt, i18n.language) })}
          </option>
        ))}
      </select>
      {isDate && (
        <>
          <label htmlFor={`${id}-date`}>{t('diff.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={props.value}
            max={todayIso()}
            onChange={(e) => e.target.value && props.onChange(e.target.value)}
            data-testid={`${props.testId}-date`}
          />
        </>
      )}
    </fieldset>
  );
}

/** The API's refusals of a side, in words: before the plan, in the future, an unknown revision. */
function diffErrorWords(error: unknown, t: T): string | null {
  if (!(error instanceof ApiRequestError)) return null;
  const field = error.details[0]?.field;
  const side = field === 'from' ? t('diff.from') : field === 'to' ? t('diff.to') : '';
  if (error.status === 422 && error.code === 'before_plan') return t('diff.beforePlan');
  if (error.status === 404) return t('diff.unknownRevision');
  if (error.status === 400 && error.details[0]?.code === 'not_future') return t('diff.future', { side: side || t('diff.aSide') });
  if (error.status === 400) return t('diff.badSide', { side: side || t('diff.aSide') });
  return null;
}
