import { memo } from 'react';
import { NodeProps } from '@xyflow/react';
import { KompasNode } from '../types';
import { NodeFrame } from './NodeFrame';
import { StatusBadge } from './StatusBadge';
import { isNodeKind } from '../types';

function VisionNodeView({ data, selected }: NodeProps<KompasNode>) {
  const node = data.node;
  if (!isNodeKind(node, 'vision')) return null;
  return (
    <NodeFrame
      kind="vision"
      data={data}
      selected={selected}
      canStartLink={false}
      canEndLink
      acceptsDrawnLinks={false}
      owner={`${node.councilName} · ${node.organisation}`}
      footer={
        <>
          <StatusBadge group="plan" status={node.status} />
          <span className="kompas-node__meta">
            {node.periodStart.slice(0, 4)}–{node.periodEnd.slice(0, 4)}
          </span>
        </>
      }
    >
      {node.statement && <div className="kompas-node__statement">{node.statement}</div>}
    </NodeFrame>
  );
}

export const VisionNode = memo(VisionNodeView);
