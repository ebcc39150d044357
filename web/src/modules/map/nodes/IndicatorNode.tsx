import { memo } from 'react';
import { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { formatAge, formatNumber } from '../../../i18n/format';
import { useMapContext } from '../map-context';
import { isNodeKind, KompasNode } from '../types';
import { daysBetween } from '../utils/indicator-health';
import { freshnessMark } from '../utils/freshness-marker';
import { FreshnessBadge } from './FreshnessBadge';
import { NodeFrame } from './NodeFrame';

function IndicatorNodeView({ data, selected }: NodeProps<KompasNode>) {
  const { t, i18n } = useTranslation();
  const { today } = useMapContext();
  const node = data.node;
  if (!isNodeKind(node, 'indicator')) return null;
  const lang = i18n.language;
  const latest = node.latest;
  // Data whose value is due or overdue looks stale.
  const stale = freshnessMark(node.freshness) !== null;
  const unit = node.unit ? ` ${node.unit}` : '';
  const value = latest
    ? latest.value !== null
      ? `${formatNumber(latest.value, lang)}${unit}`
      : t('map.indicator.narrative')
    : t('map.indicator.noValue');
  const targetValue = node.longTermTarget?.value ?? null;
  const target = targetValue !== null ? t('map.indicator.target', { value: `${formatNumber(targetValue, lang)}${unit}` }) : '';
  return (
    <NodeFrame
      kind="indicator"
      data={data}
      selected={selected}
      canStartLink={false}
      hasUpwardEdges
      canEndLink={false}
      acceptsDrawnLinks={false}
      owner={t(`evidence.${node.evidenceKind}`)}
      footer={<FreshnessBadge freshness={node.freshness} />}
    >
      <div className={`kompas-node__value${stale ? ' is-stale' : ''}`}>
        <strong>{value}</strong>
        {target && <span> · {target}</span>}
        {latest && (
          <span className="kompas-node__age">
            {' · '}
            {formatAge(daysBetween(latest.periodEnd, today), lang)}
          </span>
        )}
      </div>
    </NodeFrame>
  );
}

export const IndicatorNode = memo(IndicatorNodeView);
