import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Observation } from '../../api/types';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { formatDate, formatNumber } from '../../../i18n/format';
import { useObservations } from '../hooks/use-observations';
import { newestFirst } from '../utils/observation-form';
import { periodLabel } from '../utils/period-label';
import { RecordableIndicator, RecordObservationForm } from './RecordObservationForm';

export type ObservationHistoryProps = {
  planId: string;
  indicator: RecordableIndicator;
  /** The user may record and correct this indicator's observations: each current one offers "Ret". */
  canRecord: boolean;
};

/** The local calendar day of a moment, for showing when something was recorded. */
const dayOf = (iso: string) => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/**
 * An indicator's observations, newest first. A corrected one stays, struck through, with who
 * corrected it, when and why; a current one can be corrected by whoever may record.
 */
export function ObservationHistory({ planId, indicator, canRecord }: ObservationHistoryProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const observations = useObservations(indicator.id);
  const [correcting, setCorrecting] = useState<string | null>(null);

  if (observations.isPending) return <p role="status">{t('common.loading')}</p>;
  if (observations.isError) return <p role="alert">{apiErrorMessage(observations.error, t)}</p>;
  const all = observations.data;
  if (!all.length)
    return (
      <p className="kompas-muted" data-testid="observation-history">
        {t('observations.none')}
      </p>
    );
  const byId = new Map(all.map((o) => [o.id, o]));
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const shown = (o: Observation) => (o.value !== null ? `${formatNumber(o.value, lang)}${unit}` : (o.narrative ?? ''));
  const who = (o: Observation) => o.recordedBy?.name ?? t('observations.byKompas');

  return (
    <section aria-labelledby="observation-history-title">
      <h3 id="observation-history-title" className="kompas-record__title">
        {t('observations.historyTitle')}
      </h3>
      <ol className="kompas-observations" data-testid="observation-history">
        {newestFirst(all).map((o) => {
          const newer = o.supersededById ? byId.get(o.supersededById) : undefined;
          const superseded = !!o.supersededById;
          const period = periodLabel(o.period ?? `${o.periodStart}–${o.periodEnd}`, lang);
          return (
            <li
              key={o.id}
              className={`kompas-observation${superseded ? ' is-superseded' : ''}`}
              data-testid="observation-row"
              data-observation-id={o.id}
              data-superseded={superseded ? 'true' : undefined}
            >
              <p className="kompas-observation__head">
                <strong>{period}</strong>
                {o.series === 'reference' && <span className="kompas-badge">{t('observations.reference')}</span>}
                {superseded && <span className="kompas-badge kompas-badge--superseded">{t('observations.superseded')}</span>}
              </p>
              <p className="kompas-observation__value" data-testid="observation-value">
                {superseded ? <del>{shown(o)}</del> : shown(o)}
                {o.judgement && (
                  <>
                    {' · '}
                    {superseded ? <del>{t(`status.health.${o.judgement}`)}</del> : t(`status.health.${o.judgement}`)}
                  </>
                )}
              </p>
              {o.sourceNote && (
                <p className="kompas-muted">
                  {t('field.sourceNote')}: {o.sourceNote}
                </p>
              )}
              <p className="kompas-muted" data-testid="observation-recorded">
                {t(o.supersedesId ? 'observations.correctedBy' : 'observations.recordedBy', {
                  name: who(o),
                  date: formatDate(dayOf(o.recordedAt), lang),
                })}
                {o.supersedesId && o.reason ? ` ${t('observations.because', { reason: o.reason })}` : ''}
              </p>
              {newer && (
                <p className="kompas-observation__correction" data-testid="observation-corrected">
                  {t('observations.replacedBy', {
                    name: who(newer),
                    date: formatDate(dayOf(newer.recordedAt), lang),
                    value: shown(newer),
                  })}
                  {newer.reason ? ` ${t('observations.because', { reason: newer.reason })}` : ''}
                </p>
              )}
              {canRecord && !superseded && correcting !== o.id && (
                <button
                  type="button"
                  className="kompas-observation__correct"
                  onClick={() => setCorrecting(o.id)}
                  aria-label={t('observations.correctLabel', { period })}
                  data-testid="correct-observation"
                >
                  {t('observations.correct')}
                </button>
              )}
              {canRecord && correcting === o.id && o.period && (
                <RecordObservationForm
                  planId={planId}
                  indicator={indicator}
                  initialPeriod={o.period}
                  series={o.series}
                  startCorrecting
                  idPrefix={`correct-${o.id}`}
                  onCancel={() => setCorrecting(null)}
                  onRecorded={() => setCorrecting(null)}
                />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
