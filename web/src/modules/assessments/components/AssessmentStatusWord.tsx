import { useTranslation } from 'react-i18next';
import type { AssessmentStatus } from '../types';

const SHAPES: Record<AssessmentStatus, string> = { onTrack: '●', atRisk: '▲', offTrack: '■' };

/** An assessment's status in a word and a shape, as the health of nodes is shown. */
export function AssessmentStatusWord({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`kompas-status kompas-status--${status}`} data-testid="assessment-status">
      <span aria-hidden="true">{SHAPES[status]}</span> {t(`status.health.${status}`)}
    </span>
  );
}
