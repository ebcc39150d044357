import { useTranslation } from 'react-i18next';
import type { Observation } from '../types';
import { narratives } from '../utils/observation-rows';
import { formatPeriod } from '../utils/period-words';

/** A qualitative indicator's history: its narratives along time, newest first, with their judgements. */
export function NarrativeTimeline({ observations }: { observations: readonly Observation[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="kompas-timeline" data-testid="indicator-timeline" aria-label={t('indicatorPage.timeline')}>
      {narratives(observations).map((o) => (
        <li key={o.id} className="kompas-timeline__item">
          <p className="kompas-timeline__period">
            <strong>{formatPeriod(o.periodStart, o.periodEnd, i18n.language)}</strong>
            {o.judgement && <> · {t(`status.health.${o.judgement}`)}</>}
          </p>
          <p className="kompas-timeline__body">{o.narrative}</p>
          {o.sourceNote && <p className="kompas-muted">{o.sourceNote}</p>}
        </li>
      ))}
    </ol>
  );
}
