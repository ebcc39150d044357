import { useId, useMemo, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { FINDING_COSTS, NODE_HEALTHS, type Finding } from '@kompas/domain';
import { formatDate } from '../../../i18n/format';
import { useCommittees, usePlanGraph } from '../../api/hooks';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { PageShell } from '../../common/components/PageShell';
import { LoadFailed, StateMessage } from '../../common/components/StateMessage';
import { useAlignment, useAlignmentDownload, type AlignmentAnswer } from '../hooks/use-alignment';
import { groupFindings, namesOf, percentOf, type AlignmentFormat } from '../utils/overview-view';
import '../overview.css';

export type OverviewPageProps = { planId: string };

/** What a finding says beyond its node's title, in words: the unit, the committee, the period, the date. */
export function findingDetail(f: Finding, t: TFunction, lang: string, name: (id: string) => string): string {
  const p = f.params;
  const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  switch (f.code) {
    case 'actionWithoutFocusArea':
    case 'actionWithoutIndicator':
      return s(p.unitName);
    case 'focusAreaWithoutAction':
    case 'focusAreaWithoutAimingPoint':
    case 'aimingPointOneCommittee':
      return s(p.committeeName);
    case 'sharedFocusAreaOwnerWithoutAction':
      return t('overview.detail.sharedOwner', { committee: s(p.committeeName), lead: p.leadCommitteeId ? name(s(p.leadCommitteeId)) : '' });
    case 'aimingPointWeakLinksOnly':
      return t('overview.detail.weakLinks', { count: Number(p.links) });
    case 'indicatorOverdue':
      return t('overview.detail.overdue', { period: s(p.period), date: formatDate(s(p.dueDate), lang) });
    case 'indicatorOffTarget':
      return t('overview.detail.offTarget', { health: t(`health.label.${s(p.health)}`), period: s(p.period) });
    case 'indicatorWithoutObservation':
      return '';
    case 'assessmentOld':
    case 'proposalUndecided':
      return formatDate(s(p.date), lang);
    default:
      return '';
  }
}

/**
 * The director's overview ("Overblik"): how the plan hangs together. A matrix of committees ×
 * aiming points, the findings grouped by kind with each one a way to the node on the map (selected,
 * its path drawn out) and to its comments, the scores with what cost the points, and the audit as
 * a PDF or a workbook.
 */
export function OverviewPage({ planId }: OverviewPageProps) {
  const { t } = useTranslation();
  const [committeeId, setCommitteeId] = useState<string | null>(null);
  const graph = usePlanGraph(planId);
  const committees = useCommittees(planId);
  const alignment = useAlignment(planId, committeeId);
  const vision = graph.data?.nodes.find((n) => n.kind === 'vision');
  const filterId = useId();

  let body;
  const failed = graph.error ?? committees.error ?? alignment.error;
  if (failed)
    body = (
      <LoadFailed
        title={t('overview.loadFailed')}
        error={failed}
        onRetry={() => void Promise.all([graph.refetch(), committees.refetch(), alignment.refetch()])}
      />
    );
  else if (graph.isPending || committees.isPending || !alignment.data) body = <StateMessage tone="loading" title={t('common.loading')} />;
  else
    body = (
      <OverviewContent
        planId={planId}
        committeeId={committeeId}
        alignment={alignment.data}
        name={namesOf(graph.data, committees.data ?? [])}
      />
    );

  return (
    <PageShell current="map">
      <div className="kompas-page kompas-overview" data-testid="overview-page">
        <p className="kompas-admin__back">
          <Link to="/plans/$planId" params={{ planId }} data-testid="overview-back">
            ← {t('overview.backToMap', { plan: vision?.title ?? '' })}
          </Link>
        </p>
        <header className="kompas-overview__head">
          <p className="kompas-panel__kind">{t('overview.kind')}</p>
          <h1>{t('overview.title')}</h1>
          <p className="kompas-muted">{t('overview.intro')}</p>
          <div className="kompas-overview__tools">
            <div className="kompas-control">
              <label htmlFor={filterId}>{t('overview.committee')}</label>
              <select
                id={filterId}
                value={committeeId ?? ''}
                onChange={(e) => setCommitteeId(e.target.value || null)}
                data-testid="overview-committee"
              >
                <option value="">{t('overview.allCommittees')}</option>
                {(committees.data ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <Downloads planId={planId} committeeId={committeeId} />
          </div>
        </header>
        {body}
      </div>
    </PageShell>
  );
}

function Downloads({ planId, committeeId }: { planId: string; committeeId: string | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const download = useAlignmentDownload();
  const busy = download.isPending;
  const id = useId();
  return (
    <div className="kompas-overview__downloads">
      {(['pdf', 'xlsx'] as AlignmentFormat[]).map((format) => (
        <button
          key={format}
          type="button"
          className={format === 'pdf' ? 'is-primary' : undefined}
          disabled={busy}
          aria-busy={busy && download.format === format}
          aria-describedby={`${id}-status`}
          onClick={() => download.mutate({ planId, committeeId, format, lang })}
          data-testid={`overview-${format}`}
        >
          {t(`overview.download.${format}`)}
        </button>
      ))}
      <span id={`${id}-status`} role="status" aria-live="polite" className="kompas-muted" data-testid="overview-download-status">
        {busy ? t('overview.download.making') : download.isSuccess ? t('overview.download.done', { fileName: download.data }) : ''}
      </span>
      {!busy && download.isError && (
        <span role="alert" className="kompas-overview__error">
          {t('overview.download.failed', { reason: apiErrorMessage(download.error, t) })}
        </span>
      )}
    </div>
  );
}

type ContentProps = { planId: string; committeeId: string | null; alignment: AlignmentAnswer; name: (id: string) => string };

function OverviewContent({ planId, committeeId, alignment, name }: ContentProps) {
  const { t, i18n } = useTranslation();
  const groups = useMemo(() => groupFindings(alignment.findings), [alignment.findings]);
  const aimingPointIds = [...new Set(alignment.matrix.map((c) => c.aimingPointId))];
  const committeeIds = [...new Set(alignment.matrix.map((c) => c.committeeId))];
  const cellOf = new Map(alignment.matrix.map((c) => [`${c.committeeId}:${c.aimingPointId}`, c]));
  const nodeLink = (nodeId: string) => ({ to: '/plans/$planId/nodes/$nodeId', params: { planId, nodeId } }) as const;

  return (
    <>
      <section className="kompas-overview__section" aria-labelledby="overview-matrix-title">
        <h2 id="overview-matrix-title">{t('overview.matrix.title')}</h2>
        {committeeIds.length === 0 || aimingPointIds.length === 0 ? (
          <p className="kompas-muted">{t('overview.matrix.empty')}</p>
        ) : (
          <div className="kompas-overview__matrix-wrap">
            <table className="kompas-overview__matrix" data-testid="overview-matrix">
              <thead>
                <tr>
                  <th scope="col">{t('overview.matrix.committee')}</th>
                  {aimingPointIds.map((id) => (
                    <th scope="col" key={id}>
                      <Link {...nodeLink(id)}>{name(id)}</Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {committeeIds.map((cid) => (
                  <tr key={cid}>
                    <th scope="row">{name(cid)}</th>
                    {aimingPointIds.map((aid) => {
                      const cell = cellOf.get(`${cid}:${aid}`);
                      if (!cell || cell.focusAreaIds.length === 0)
                        return (
                          <td key={aid} className="is-empty">
                            {t('overview.matrix.none')}
                          </td>
                        );
                      const fresh = percentOf(cell.freshShare);
                      const mix = NODE_HEALTHS.filter((h) => cell.health[h] > 0)
                        .map((h) => `${cell.health[h]} ${t(`health.label.${h}`).toLowerCase()}`)
                        .join(', ');
                      return (
                        <td key={aid} data-testid={`overview-cell-${cid}-${aid}`}>
                          <p className="kompas-overview__counts">
                            {t('overview.matrix.focusAreas', { count: cell.focusAreaIds.length })} ·{' '}
                            {t('overview.matrix.actions', { count: cell.actionIds.length })}
                          </p>
                          <ul className="kompas-overview__names">
                            {cell.focusAreaIds.map((f) => (
                              <li key={f}>
                                <Link {...nodeLink(f)}>{name(f)}</Link>
                              </li>
                            ))}
                          </ul>
                          <p>{fresh === null ? t('overview.matrix.noDue') : t('overview.matrix.fresh', { percent: fresh })}</p>
                          {mix && <p>{t('overview.matrix.health', { mix })}</p>}
                          {cell.evidenceKinds.length > 0 && (
                            <p className="kompas-muted">
                              {t('overview.matrix.evidence', { kinds: cell.evidenceKinds.map((k) => t(`evidence.${k}`)).join(', ') })}
                            </p>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="kompas-overview__section" aria-labelledby="overview-findings-title">
        <h2 id="overview-findings-title">
          {t('overview.findings.title')} ({alignment.findings.length})
        </h2>
        {committeeId && <p className="kompas-muted">{t('overview.findings.narrowed', { committee: name(committeeId) })}</p>}
        {groups.length === 0 ? (
          <p data-testid="overview-no-findings">{t('overview.findings.none')}</p>
        ) : (
          groups.map((g) => (
            <section
              key={g.code}
              className="kompas-overview__group"
              data-testid={`overview-group-${g.code}`}
              aria-labelledby={`g-${g.code}`}
            >
              <h3 id={`g-${g.code}`}>
                {t(`overview.codes.${g.code}`)} <span className="kompas-overview__count">({g.items.length})</span>
              </h3>
              <ul>
                {g.items.map(({ index, finding }) => {
                  const detail = findingDetail(finding, t, i18n.language, name);
                  const title = String(finding.params.title ?? name(finding.nodeId));
                  return (
                    <li key={index} data-testid="overview-finding" data-node={finding.nodeId}>
                      <Link {...nodeLink(finding.nodeId)} data-testid="overview-finding-link">
                        {title}
                      </Link>
                      {detail && <span className="kompas-muted"> – {detail}</span>}{' '}
                      <Link
                        {...nodeLink(finding.nodeId)}
                        hash="comments"
                        className="kompas-overview__comment"
                        aria-label={t('overview.findings.commentOn', { title })}
                        data-testid="overview-finding-comment"
                      >
                        {t('overview.findings.comment')}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))
        )}
      </section>

      <section className="kompas-overview__section" aria-labelledby="overview-scores-title">
        <h2 id="overview-scores-title">{t('overview.scores.title')}</h2>
        <p className="kompas-muted">{t('overview.scores.rule')}</p>
        <div className="kompas-overview__scores">
          {(
            [
              ['committees', alignment.scores.committees],
              ['aimingPoints', alignment.scores.aimingPoints],
            ] as const
          ).map(([which, list]) => (
            <table key={which} className="kompas-overview__score-table" data-testid={`overview-scores-${which}`}>
              <caption>{t(`overview.scores.${which}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('overview.scores.name')}</th>
                  <th scope="col">{t('overview.scores.score')}</th>
                  <th scope="col">{t('overview.scores.lost')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{name(s.id)}</th>
                    <td className="kompas-overview__score">{t('overview.scores.of100', { score: s.score })}</td>
                    <td>
                      {s.lost.length === 0 ? (
                        <span className="kompas-muted">{t('overview.scores.nothingLost')}</span>
                      ) : (
                        <ul className="kompas-overview__lost">
                          {s.lost.map((l) => {
                            const f = alignment.findings[l.findingIndex];
                            return (
                              <li key={l.findingIndex}>
                                −{l.points} {t(`overview.codes.${f.code}`)}:{' '}
                                <Link {...nodeLink(f.nodeId)}>{String(f.params.title ?? name(f.nodeId))}</Link>
                              </li>
                            );
                          })}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
        <details className="kompas-overview__costs">
          <summary>{t('overview.scores.costs')}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('overview.findings.title')}</th>
                <th scope="col">{t('overview.scores.committees')}</th>
                <th scope="col">{t('overview.scores.aimingPoints')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(FINDING_COSTS).map(([code, cost]) => (
                <tr key={code}>
                  <th scope="row">{t(`overview.codes.${code}`)}</th>
                  <td>{cost.committee}</td>
                  <td>{cost.aimingPoint}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
    </>
  );
}
