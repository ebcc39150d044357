import { useTranslation } from 'react-i18next';
import { DiffBadge } from '../../map/nodes/DiffBadge';
import type { DiffState } from '../../map/types';

const STATES: DiffState[] = ['added', 'removed', 'changed', 'moved', 'unchanged'];

/** What the diff map's marks mean: each as it is drawn on a card and a line (shape, word and edge), and in words. */
export function DiffLegend() {
  const { t } = useTranslation();
  return (
    <ul className="kompas-diff__legend" aria-label={t('diff.legend')} data-testid="diff-legend">
      {STATES.map((state) => (
        <li key={state} className={`kompas-diff__legend-item diff-${state}`}>
          <span className="kompas-diff__legend-card" aria-hidden="true" />
          <svg className="kompas-diff__legend-line" width="28" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="28" y2="5" />
          </svg>
          <DiffBadge state={state} />
          <span className="kompas-muted">{t(`diff.legendWords.${state}`)}</span>
        </li>
      ))}
    </ul>
  );
}
