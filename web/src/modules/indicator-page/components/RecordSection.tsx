import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

export type RecordSectionProps = { planId: string; indicatorId: string; mayRecord: boolean };

/** Where a new value is recorded (the page's `#record`): for now, the indicator's panel on the map. */
export function RecordSection({ planId, indicatorId, mayRecord }: RecordSectionProps) {
  const { t } = useTranslation();
  return (
    <section id="record" className="kompas-indicator-page__section" aria-labelledby="record-title" data-testid="indicator-record">
      <h2 id="record-title">{t('indicatorPage.record.title')}</h2>
      {mayRecord ? (
        <p>
          <Link to="/plans/$planId/nodes/$nodeId" params={{ planId, nodeId: indicatorId }} data-testid="indicator-record-link">
            {t('indicatorPage.record.onMap')}
          </Link>
        </p>
      ) : (
        <p className="kompas-muted">{t('indicatorPage.record.notYours')}</p>
      )}
    </section>
  );
}
