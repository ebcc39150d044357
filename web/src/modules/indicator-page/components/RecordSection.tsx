import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { IndicatorNode } from '@kompas/domain';
import { RecordObservationForm } from '../../observations/components/RecordObservationForm';

export type RecordSectionProps = { planId: string; indicator: IndicatorNode; mayRecord: boolean };

/** Where a new value is recorded (the page's `#record`): the recording form, and the indicator on the map. */
export function RecordSection({ planId, indicator, mayRecord }: RecordSectionProps) {
  const { t } = useTranslation();
  return (
    <section id="record" className="kompas-indicator-page__section" aria-labelledby="record-title" data-testid="indicator-record">
      <h2 id="record-title">{t('indicatorPage.record.title')}</h2>
      {mayRecord ? (
        <>
          <RecordObservationForm planId={planId} indicator={indicator} idPrefix="indicator-page-record" />
          <p>
            <Link to="/plans/$planId/nodes/$nodeId" params={{ planId, nodeId: indicator.id }} data-testid="indicator-record-link">
              {t('indicatorPage.record.onMap')}
            </Link>
          </p>
        </>
      ) : (
        <p className="kompas-muted">{t('indicatorPage.record.notYours')}</p>
      )}
    </section>
  );
}
