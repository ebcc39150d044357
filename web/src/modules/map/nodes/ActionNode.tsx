import { memo } from 'react';
import { NodeProps } from '@xyflow/react';
import { isNodeKind, KompasNode } from '../types';
import { NodeFrame } from './NodeFrame';
import { StatusBadge } from './StatusBadge';

function ActionNodeView({ data, selected }: NodeProps<KompasNode>) {
  const node = data.node;
  if (!isNodeKind(node, 'action')) return null;
  return (
    <NodeFrame
      kind="action"
      data={data}
      selected={selected}
      canStartLink
      canEndLink
      acceptsDrawnLinks={false}
      owner={node.unitName}
      footer={<StatusBadge group="action" status={node.status} />}
    />
  );
}

export const ActionNode = memo(ActionNodeView);
