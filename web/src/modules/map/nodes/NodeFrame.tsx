import { ReactNode } from 'react';
import { Handle, Position, useStore } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { GraphNode, NodeKind, READABLE_ZOOM } from '@kompas/domain';
import { useMapContext } from '../map-context';
import { KompasNodeData } from '../types';
import { freshnessGlyph, freshnessMark } from '../utils/freshness-marker';
import { OldDataBadge } from './FreshnessBadge';
import { nodeHealth } from '../utils/indicator-health';
import { HealthBadge } from '../../health/components/HealthBadge';
import type { NodeHealthEntry } from '../../health/types';
import { statusGlyph } from './StatusBadge';
import { DiffBadge } from './DiffBadge';
import type { NodeDiff } from '../types';

// Below the readable zoom a card shows its status's shape and its title in type that stays 12 px on screen
// (the map sets --compact-font and --compact-lines to match its zoom); its colours give its kind.
// A move cut short may stop a hair below the zoom it was heading for: that hair does not count.
const isCompact = (s: { transform: [number, number, number] }) => s.transform[2] < READABLE_ZOOM - 0.0005;

const isEditable = (s: { nodesConnectable: boolean }) => s.nodesConnectable;

function statusOf(node: GraphNode): { group: string; status: string } | null {
  if (node.kind === 'focusArea' || node.kind === 'action') return { group: node.kind, status: node.status };
  if (node.kind === 'vision') return { group: 'plan', status: node.status };
  return null;
}

export type NodeFrameProps = {
  kind: NodeKind;
  data: KompasNodeData;
  selected: boolean;
  /** Links can start here (drawn upward, from the top). */
  canStartLink: boolean;
  /** Edges leave here upward even if people cannot draw from it (an aiming point is part of the vision, an indicator measures). */
  hasUpwardEdges?: boolean;
  /** Links and belonging edges end here (at the bottom). */
  canEndLink: boolean;
  /** Whether a drawn link may end here; measuring edges end at actions too but are never drawn. */
  acceptsDrawnLinks: boolean;
  owner?: ReactNode;
  footer?: ReactNode;
  children?: ReactNode;
};

/**
 * The card every kind of node shares: kind, example marker, title, owner, status, and the link handles;
 * on a comparison of two moments, how it differs (new, removed, changed, moved).
 */
export function NodeFrame({
  kind,
  data,
  selected,
  canStartLink: mayStart,
  hasUpwardEdges,
  canEndLink,
  acceptsDrawnLinks: mayEnd,
  owner,
  footer,
  children,
}: NodeFrameProps) {
  const { t } = useTranslation();
  const compact = useStore(isCompact);
  // A read-only map (the plan as a comparison shows it) offers no link to draw, whoever looks.
  const editable = useStore(isEditable);
  const canStartLink = mayStart && editable;
  const acceptsDrawnLinks = mayEnd && editable;
  const { oldData, health } = useMapContext();
  const { node, dimmed, onPath, connect, diff } = data;
  const old = oldData.get(node.id);
  const healthOf = nodeHealth(health, node.id);
  const className = [
    'kompas-node',
    `kompas-node--${kind}`,
    compact ? 'is-compact' : '',
    selected ? 'is-selected' : '',
    dimmed ? 'is-dimmed' : '',
    onPath ? 'is-on-path' : '',
    connect !== 'none' ? `connect-${connect}` : '',
    diff ? `diff-${diff.state}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const marked = !!diff && diff.state !== 'unchanged';
  return (
    <>
      {/* A comparison's mark as a tab on the card's top edge, in type as large as the title (zoomed out: in the card). */}
      {marked && !compact && (
        <div className="kompas-node__diff">
          <DiffBadge state={diff.state} rank={diff.rank} />
        </div>
      )}
      <div className={className} title={node.title} data-kind={kind}>
        {canEndLink && (
          <Handle
            type="target"
            position={Position.Bottom}
            isConnectableEnd={acceptsDrawnLinks}
            isConnectableStart={false}
            title={acceptsDrawnLinks ? t('map.handle.target') : undefined}
          />
        )}
        {compact ? (
          <CompactContent node={node} oldMark={old?.state ?? null} health={healthOf} diff={diff} />
        ) : (
          <>
            <div className="kompas-node__head">
              <span className="kompas-node__kind">{t(`kind.${kind}`)}</span>
              {node.example && <span className="kompas-badge kompas-badge--example">{t('common.example')}</span>}
              {old && <OldDataBadge old={old} />}
            </div>
            <div className="kompas-node__title">{node.title}</div>
            {owner && <div className="kompas-node__owner">{owner}</div>}
            {/* Health beside the lifecycle status (in the footer), never instead of it. */}
            {healthOf && (
              <div className="kompas-node__health">
                <HealthBadge health={healthOf.health} explanation={healthOf.explanation} />
              </div>
            )}
            {children}
            {footer && <div className="kompas-node__footer">{footer}</div>}
          </>
        )}
        {(canStartLink || hasUpwardEdges) && (
          <Handle
            type="source"
            position={Position.Top}
            isConnectable={canStartLink}
            isConnectableStart={canStartLink}
            isConnectableEnd={false}
            title={canStartLink ? t('map.handle.source') : undefined}
          />
        )}
      </div>
    </>
  );
}

/** A card zoomed out too far to read: its status as a shape, its title as far as there is room. */
function CompactContent({
  node,
  oldMark,
  health,
  diff,
}: {
  node: GraphNode;
  oldMark: 'due' | 'overdue' | null;
  health: NodeHealthEntry | null;
  diff: NodeDiff | undefined;
}) {
  const { t } = useTranslation();
  const status = statusOf(node);
  // A due or overdue indicator, or a node whose data is old, keeps its marker's shape when zoomed out.
  const mark = node.kind === 'indicator' ? freshnessMark(node.freshness) : oldMark;
  return (
    <div className="kompas-node__compact">
      {diff && diff.state !== 'unchanged' && (
        <>
          <DiffBadge state={diff.state} rank={diff.rank} compact />{' '}
        </>
      )}
      {status && (
        <span className={`kompas-status kompas-status--${status.status}`} title={t(`status.${status.group}.${status.status}`)}>
          {statusGlyph(status.status)}{' '}
        </span>
      )}
      {health && (
        <>
          <HealthBadge health={health.health} explanation={health.explanation} compact />{' '}
        </>
      )}
      {mark && (
        <span
          className={`kompas-freshness kompas-freshness--${mark}`}
          title={node.kind === 'indicator' ? t(`map.freshness.${mark}`) : t('map.oldData.label')}
        >
          {freshnessGlyph(mark)}{' '}
        </span>
      )}
      <span className="kompas-node__title">{node.title}</span>
    </div>
  );
}
