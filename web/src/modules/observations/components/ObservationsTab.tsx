import { useTranslation } from 'react-i18next';
import type { RecordableIndicator } from './RecordObservationForm';
import { RecordObservationForm } from './RecordObservationForm';
import { ObservationHistory } from './ObservationHistory';

export type ObservationsTabProps = { planId: string; indicator: RecordableIndicator; canRecord: boolean };

/** An indicator's observations in its panel: the form to record one (for whoever may), then the history. */
export function ObservationsTab({ planId, indicator, canRecord }: ObservationsTabProps) {
  const { t } = useTranslation();
  return (
    <div className="kompas-observations-tab" data-testid="observations-panel">
      {canRecord ? (
        <RecordObservationForm planId={planId} indicator={indicator} idPrefix="record-observation" />
      ) : (
        <p className="kompas-note" data-testid="record-not-allowed">
          {t('observations.notAllowed')}
        </p>
      )}
      <ObservationHistory planId={planId} indicator={indicator} canRecord={canRecord} />
    </div>
  );
}
