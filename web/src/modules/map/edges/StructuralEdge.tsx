import { memo } from 'react';
import { BaseEdge, EdgeProps, getBezierPath } from '@xyflow/react';
import { KompasEdge } from '../types';

/** Belonging, not a drawn link: an aiming point is part of the vision, an indicator measures what it hangs under. */
function StructuralEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data }: EdgeProps<KompasEdge>) {
  const [path] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  if (!data) return null;
  const className = [
    'kompas-edge',
    `kompas-edge--${data.edge.kind}`,
    data.dimmed ? 'is-dimmed' : '',
    data.onPath ? 'is-on-path' : '',
    data.diff ? `diff-${data.diff}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <g className={className}>
      <BaseEdge id={id} path={path} interactionWidth={0} />
    </g>
  );
}

export const StructuralEdge = memo(StructuralEdgeView);
