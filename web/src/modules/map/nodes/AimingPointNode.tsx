import { memo } from 'react';
import { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useMapContext } from '../map-context';
import { isNodeKind, KompasNode } from '../types';
import { NodeFrame } from './NodeFrame';

function AimingPointNodeView({ data, selected }: NodeProps<KompasNode>) {
  const { t } = useTranslation();
  const { councilName } = useMapContext();
  const node = data.node;
  if (!isNodeKind(node, 'aimingPoint')) return null;
  return (
    <NodeFrame
      kind="aimingPoint"
      data={data}
      selected={selected}
      canStartLink={false}
      hasUpwardEdges
      canEndLink
      acceptsDrawnLinks
      owner={councilName ?? t('owner.council')}
    >
      {node.ambition && <div className="kompas-node__statement">{node.ambition}</div>}
    </NodeFrame>
  );
}

export const AimingPointNode = memo(AimingPointNodeView);
