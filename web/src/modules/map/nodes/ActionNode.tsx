import { memo } from 'react';
import { NodeProps } from '@xyflow/react';
import { isNodeKind, KompasNode } from '../types';
import { useMapContext } from '../map-context';
import { NodeFrame } from './NodeFrame';
import { StatusBadge } from './StatusBadge';

function ActionNodeView({ data, selected }: NodeProps<KompasNode>) {
  const { mayLinkFrom } = useMapContext();
  const node = data.node;
  if (!isNodeKind(node, 'action')) return null;
  return (
    <NodeFrame
      kind="action"
      data={data}
      selected={selected}
      canStartLink={mayLinkFrom(node)}
      hasUpwardEdges
      canEndLink
      acceptsDrawnLinks={false}
      owner={node.unitName}
      footer={<StatusBadge group="action" status={node.status} />}
    />
  );
}

export const ActionNode = memo(ActionNodeView);
