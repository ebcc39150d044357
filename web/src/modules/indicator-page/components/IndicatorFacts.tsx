import { useTranslation } from 'react-i18next';
import type { Freshness } from '@kompas/domain';
import { formatDate } from '../../../i18n/format';
import type { Indicator } from '../../api/types';
import { dueLine, FRESHNESS_SIGN } from '../utils/due-line';
import { formatPeriod, formatValue } from '../utils/period-words';

export type IndicatorFactsProps = {
  indicator: Indicator;
  freshness: Freshness | null;
  /** The responsible person's name; null when they are not known by name here (their id is then said to be set). */
  responsibleName: string | null;
};

/** The indicator's facts: evidence kind, cadence, unit, baseline and long-term target, responsible person, and what is due. */
export function IndicatorFacts({ indicator, freshness, responsibleName }: IndicatorFactsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const due =
    freshness &&
    dueLine(freshness, { period: (start, end) => formatPeriod(start, end, language), date: (date) => formatDate(date, language) });
  return (
    <>
      {freshness && due && (
        <p className={`kompas-due kompas-due--${freshness.state}`} data-testid="indicator-due" data-state={freshness.state}>
          <span className="kompas-due__state">
            <span aria-hidden="true">{FRESHNESS_SIGN[freshness.state]}</span> {t(`indicatorPage.freshness.${freshness.state}`)}
          </span>{' '}
          {t(due.key, due.values)}
        </p>
      )}
      <dl className="kompas-facts" data-testid="indicator-facts">
        <div>
          <dt>{t('field.type')}</dt>
          <dd>{t(`indicatorType.${indicator.type}`)}</dd>
        </div>
        <div>
          <dt>{t('field.evidenceKind')}</dt>
          <dd>{t(`evidence.${indicator.evidenceKind}`)}</dd>
        </div>
        <div>
          <dt>{t('field.cadence')}</dt>
          <dd>{t(`cadence.${indicator.cadence}`)}</dd>
        </div>
        {indicator.unit && (
          <div>
            <dt>{t('field.unit')}</dt>
            <dd>{indicator.unit}</dd>
          </div>
        )}
        {indicator.direction && (
          <div>
            <dt>{t('field.direction')}</dt>
            <dd>{t(`direction.${indicator.direction}`)}</dd>
          </div>
        )}
        {indicator.baselineValue !== null && (
          <div>
            <dt>{t('field.baselineValue')}</dt>
            <dd>
              {formatValue(indicator.baselineValue, indicator.unit, language)}
              {indicator.baselineDate && ` (${formatDate(indicator.baselineDate, language)})`}
            </dd>
          </div>
        )}
        {indicator.longTermTarget && (
          <div>
            <dt>{t('indicatorPage.longTermTarget')}</dt>
            <dd>
              {t('indicatorPage.targetBy', {
                value: formatValue(indicator.longTermTarget.value, indicator.unit, language),
                date: formatDate(indicator.longTermTarget.date, language),
              })}
            </dd>
          </div>
        )}
        {indicator.reference && (
          <div>
            <dt>{t('indicatorPage.reference')}</dt>
            <dd>
              {indicator.reference.name}
              {indicator.reference.source && <span className="kompas-muted"> ({indicator.reference.source})</span>}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('indicatorPage.responsible')}</dt>
          <dd data-testid="indicator-responsible">
            {indicator.responsibleUserId ? (responsibleName ?? t('indicatorPage.responsibleUnnamed')) : t('indicatorPage.noResponsible')}
          </dd>
        </div>
        <div>
          <dt>{t('indicatorPage.graceDays')}</dt>
          <dd>{t('indicatorPage.days', { count: indicator.graceDays })}</dd>
        </div>
      </dl>
    </>
  );
}
