import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import type { Observation } from '../types';
import { formatPeriod, formatValue } from '../utils/period-words';
import { newestFirst } from '../utils/observation-rows';

export type ObservationTableProps = {
  observations: readonly Observation[];
  unit: string | null;
  /** The reference series' name, when the indicator has one: its rows say so. */
  referenceName: string | null;
};

/**
 * Every observation, newest period first: a corrected one stays, struck through and marked in words,
 * with who corrected it and why when the server says.
 */
export function ObservationTable({ observations, unit, referenceName }: ObservationTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rows = newestFirst(observations);
  const correctedBy = new Map(observations.filter((o) => o.supersedesId).map((o) => [o.supersedesId as string, o]));
  return (
    <table className="kompas-observations" data-testid="indicator-observations">
      <caption className="kompas-visually-hidden">{t('indicatorPage.observations.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('indicatorPage.column.period')}</th>
          {referenceName && <th scope="col">{t('indicatorPage.column.series')}</th>}
          <th scope="col">{t('indicatorPage.column.value')}</th>
          <th scope="col">{t('field.judgement')}</th>
          <th scope="col">{t('field.sourceNote')}</th>
          <th scope="col">{t('indicatorPage.column.recorded')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((o) => {
          const corrector = correctedBy.get(o.id);
          const superseded = !!corrector || !!o.supersededById;
          return (
            <tr
              key={o.id}
              className={superseded ? 'is-superseded' : undefined}
              data-testid="indicator-observation"
              data-superseded={superseded}
            >
              <th scope="row">
                <span className="kompas-observations__cell">{formatPeriod(o.periodStart, o.periodEnd, language)}</span>
                {superseded && <span className="kompas-badge kompas-badge--superseded">{t('indicatorPage.observations.superseded')}</span>}
              </th>
              {referenceName && <td>{o.series === 'reference' ? referenceName : t('indicatorPage.series.actual')}</td>}
              <td className={o.value !== null ? 'kompas-number' : undefined}>
                <span className="kompas-observations__cell">
                  {o.value !== null ? formatValue(o.value, unit, language) : (o.narrative ?? '')}
                </span>
              </td>
              <td>{o.judgement ? t(`status.health.${o.judgement}`) : ''}</td>
              <td>{o.sourceNote ?? ''}</td>
              <td>
                <time dateTime={o.recordedAt}>{formatDateTime(o.recordedAt, language)}</time>
                {o.recordedBy && <> · {o.recordedBy.name}</>}
                {o.supersedesId && (
                  <p className="kompas-observations__why" data-testid="indicator-observation-correction">
                    {o.reason
                      ? t('indicatorPage.observations.correctsWhy', { reason: o.reason })
                      : t('indicatorPage.observations.corrects')}
                  </p>
                )}
                {corrector && (
                  <p className="kompas-observations__why">
                    {t('indicatorPage.observations.correctedOn', { date: formatDateTime(corrector.recordedAt, language) })}
                    {corrector.recordedBy && ` ${t('indicatorPage.observations.by', { name: corrector.recordedBy.name })}`}
                  </p>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
