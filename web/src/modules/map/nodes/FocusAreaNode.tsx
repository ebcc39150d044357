import { memo } from 'react';
import { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { isNodeKind, KompasNode } from '../types';
import { useMapContext } from '../map-context';
import { NodeFrame } from './NodeFrame';
import { StatusBadge } from './StatusBadge';

function FocusAreaNodeView({ data, selected }: NodeProps<KompasNode>) {
  const { t } = useTranslation();
  const { committeeNames, mayLinkFrom } = useMapContext();
  const node = data.node;
  if (!isNodeKind(node, 'focusArea')) return null;
  // Shared ("på tværs") focus areas show every owner.
  const owners = [node.committeeName, ...node.coOwnerCommitteeIds.map((id) => committeeNames.get(id) ?? '')].filter(Boolean);
  return (
    <NodeFrame
      kind="focusArea"
      data={data}
      selected={selected}
      canStartLink={mayLinkFrom(node)}
      hasUpwardEdges
      canEndLink
      acceptsDrawnLinks
      owner={owners.join(' · ')}
      footer={
        <>
          <span className="kompas-node__rank" title={t('field.rank')}>
            {t('map.priority', { rank: node.rank })}
          </span>
          <StatusBadge group="focusArea" status={node.status} />
        </>
      }
    />
  );
}

export const FocusAreaNode = memo(FocusAreaNodeView);
