import { memo, useState } from 'react';
import { BaseEdge, EdgeLabelRenderer, EdgeProps, getBezierPath } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { KompasEdge } from '../types';

/** Stroke width per strength: a strong link reads as a heavier line. */
export const STRENGTH_WIDTH: Record<number, number> = { 1: 1.5, 2: 3, 3: 5 };

function LinkEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected }: EdgeProps<KompasEdge>) {
  const { t } = useTranslation();
  const [hover, setHover] = useState(false);
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  if (!data) return null;
  const { edge, dimmed, onPath, pending } = data;
  const width = STRENGTH_WIDTH[edge.strength ?? 1] ?? 1.5;
  const className = [
    'kompas-edge',
    `kompas-edge--${edge.kind}`,
    dimmed ? 'is-dimmed' : '',
    onPath ? 'is-on-path' : '',
    pending ? 'is-pending' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const showLabel = (hover || selected) && !pending;
  return (
    <g className={className} onMouseEnter={() => setHover(true)} onMouseLeave={() => setHover(false)}>
      <BaseEdge id={id} path={path} style={{ strokeWidth: selected ? width + 1.5 : width }} interactionWidth={18} />
      {showLabel && (
        <EdgeLabelRenderer>
          <div
            className="kompas-edge-label"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            role="tooltip"
          >
            <strong>
              {t(`edge.${edge.kind}`)} · {t('link.strengthValue', { strength: edge.strength ?? 1 })}
            </strong>
            <span>{edge.rationale || t('link.noRationale')}</span>
          </div>
        </EdgeLabelRenderer>
      )}
    </g>
  );
}

export const LinkEdge = memo(LinkEdgeView);
