import { memo, useState } from 'react';
import { BaseEdge, EdgeLabelRenderer, EdgeProps, getBezierPath } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { DiffBadge } from '../nodes/DiffBadge';
import { KompasEdge } from '../types';

/** Stroke width per strength: a strong link reads as a heavier line. */
export const STRENGTH_WIDTH: Record<number, number> = { 1: 1.5, 2: 3, 3: 5 };
// How far under the node a link leads to its comparison's mark stands (rows are 90 px apart).
const MARK_BELOW_TARGET = 30;

/**
 * A drawn link, its weight by strength; hovered or selected, its kind, strength and rationale. On a
 * comparison of two moments a new, removed (a dashed ghost) or changed link carries its mark in words.
 */
function LinkEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected }: EdgeProps<KompasEdge>) {
  const { t } = useTranslation();
  const [hover, setHover] = useState(false);
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  if (!data) return null;
  const { edge, dimmed, onPath, pending, diff } = data;
  const width = STRENGTH_WIDTH[edge.strength ?? 1] ?? 1.5;
  const className = [
    'kompas-edge',
    `kompas-edge--${edge.kind}`,
    dimmed ? 'is-dimmed' : '',
    onPath ? 'is-on-path' : '',
    pending ? 'is-pending' : '',
    diff ? `diff-${diff}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const showLabel = (hover || selected) && !pending;
  const marked = diff && diff !== 'unchanged';
  // A mark stands on the line just under the node it leads to, in the gap between the rows, where the line
  // is its own (its middle may cross another card); hovered or chosen, the details take the middle.
  const [x, y] = showLabel ? [labelX, labelY] : [targetX, targetY + MARK_BELOW_TARGET];
  return (
    <g className={className} onMouseEnter={() => setHover(true)} onMouseLeave={() => setHover(false)}>
      <BaseEdge id={id} path={path} style={{ strokeWidth: selected ? width + 1.5 : width }} interactionWidth={18} />
      {(showLabel || marked) && (
        <EdgeLabelRenderer>
          <div
            className={showLabel ? 'kompas-edge-label' : 'kompas-edge-label kompas-edge-label--mark'}
            style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
            role={showLabel ? 'tooltip' : undefined}
            data-testid={marked ? 'diff-edge-mark' : undefined}
            data-edge={id}
          >
            {marked && <DiffBadge state={diff} />}
            {showLabel && (
              <>
                <strong>
                  {t(`edge.${edge.kind}`)} · {t('link.strengthValue', { strength: edge.strength ?? 1 })}
                </strong>
                <span>{edge.rationale || t('link.noRationale')}</span>
              </>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </g>
  );
}

export const LinkEdge = memo(LinkEdgeView);
