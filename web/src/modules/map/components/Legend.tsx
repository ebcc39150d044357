import { Panel } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { NODE_HEALTHS, NODE_KINDS } from '@kompas/domain';
import { HealthBadge } from '../../health/components/HealthBadge';
import { STRENGTH_WIDTH } from '../edges/LinkEdge';
import { freshnessGlyph } from '../utils/freshness-marker';

/** What the shapes, lines and weights mean. Folded by default, so it never hides the map. */
export function Legend() {
  const { t } = useTranslation();
  return (
    <Panel position="top-left" className="kompas-legend">
      <details>
        <summary>{t('legend.title')}</summary>
        <ul className="kompas-legend__kinds">
          {NODE_KINDS.map((kind) => (
            <li key={kind}>
              <span className={`kompas-legend__swatch kompas-legend__swatch--${kind}`} aria-hidden="true" />
              {t(`kind.${kind}`)}
            </li>
          ))}
        </ul>
        <ul className="kompas-legend__edges">
          {(['contributes', 'supports', 'partOf', 'measures'] as const).map((kind) => (
            <li key={kind}>
              <svg width="40" height="10" aria-hidden="true">
                <line x1="0" y1="5" x2="40" y2="5" className={`kompas-legend__line kompas-legend__line--${kind}`} />
              </svg>
              {t(`edge.${kind}`)}
            </li>
          ))}
          {[1, 2, 3].map((strength) => (
            <li key={strength}>
              <svg width="40" height="10" aria-hidden="true">
                <line x1="0" y1="5" x2="40" y2="5" className="kompas-legend__line" style={{ strokeWidth: STRENGTH_WIDTH[strength] }} />
              </svg>
              {t('link.strengthValue', { strength })}
            </li>
          ))}
        </ul>
        <ul className="kompas-legend__freshness">
          {(['due', 'overdue'] as const).map((mark) => (
            <li key={mark}>
              <span className={`kompas-freshness kompas-freshness--${mark}`} aria-hidden="true">
                {freshnessGlyph(mark)}
              </span>{' '}
              {t(`legend.freshness.${mark}`)}
            </li>
          ))}
          <li>
            <span className="kompas-old-data kompas-freshness--overdue" aria-hidden="true">
              {t('map.oldData.label')}
            </span>{' '}
            {t('legend.freshness.oldData')}
          </li>
        </ul>
        <ul className="kompas-legend__health" aria-label={t('health.legend')}>
          {NODE_HEALTHS.map((health) => (
            <li key={health}>
              <HealthBadge health={health} />
            </li>
          ))}
        </ul>
        <p className="kompas-legend__hint">{t('health.legend')}</p>
        <p className="kompas-legend__hint">{t('legend.hint')}</p>
      </details>
    </Panel>
  );
}
