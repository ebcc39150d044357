import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GraphNode, listOutline, OutlineItem, OutlineSection, ownerNames, PlanGraph } from '@kompas/domain';
import { formatNumber } from '../../../i18n/format';
import { nodeHealth } from '../utils/indicator-health';
import { useMapContext } from '../map-context';
import { HealthBadge } from '../../health/components/HealthBadge';
import { StatusBadge } from '../nodes/StatusBadge';
import { FreshnessBadge, OldDataBadge } from '../nodes/FreshnessBadge';
import { OldData, oldDataByNode } from '../utils/freshness-marker';

export type ListViewProps = {
  graph: PlanGraph;
  onSelectNode: (id: string) => void;
  /** Whether the map shows the indicators; the list shows what the map shows. */
  showIndicators?: boolean;
  /** Committees' names by id, to name every owner of a shared focus area. */
  committeeNames?: ReadonlyMap<string, string>;
};

/**
 * The map's text alternative, for screen readers and for reading: every node the map shows, as nested lists
 * from the vision down (aiming points, their focus areas in priority order, their actions and indicators),
 * then what hangs on nothing above it. Each line gives kind, title, owner, status, an indicator's latest value and
 * whether it is due or overdue, and "Gamle data" on a node such an indicator measures.
 */
export function ListView({ graph, onSelectNode, showIndicators = true, committeeNames }: ListViewProps) {
  const { t } = useTranslation();
  const outline = useMemo(
    () => listOutline(showIndicators ? graph : { ...graph, nodes: graph.nodes.filter((n) => n.kind !== 'indicator') }),
    [graph, showIndicators],
  );
  // From every indicator, shown or not: a node whose data is old says so either way.
  const oldData = useMemo(() => oldDataByNode(graph.nodes), [graph]);
  const list = (items: OutlineItem[], path: string) => (
    <ul>
      {items.map((item) => (
        <li key={`${path}/${item.node.id}`}>
          <ListLine node={item.node} onSelect={onSelectNode} committeeNames={committeeNames} old={oldData.get(item.node.id)} />
          {item.children.length > 0 && list(item.children, `${path}/${item.node.id}`)}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="kompas-listview" data-testid="list-view">
      {outline.map((section) => (
        <section key={section.part} aria-labelledby={section.part === 'plan' ? undefined : `list-${section.part}`}>
          {section.part !== 'plan' && <h2 id={`list-${section.part}`}>{t(SECTION_TITLES[section.part])}</h2>}
          {list(section.items, section.part)}
        </section>
      ))}
    </div>
  );
}

const SECTION_TITLES: Record<Exclude<OutlineSection['part'], 'plan'>, string> = {
  unsupported: 'listView.unsupported',
  unlinked: 'map.unlinked',
  unmeasured: 'listView.unmeasured',
};

function ListLine({
  node,
  onSelect,
  committeeNames,
  old,
}: {
  node: GraphNode;
  onSelect: (id: string) => void;
  committeeNames?: ReadonlyMap<string, string>;
  old?: OldData;
}) {
  const { t, i18n } = useTranslation();
  const { health } = useMapContext();
  const owners = ownerNames(node, committeeNames);
  const healthOf = nodeHealth(health, node.id);
  return (
    <span className="kompas-listview__line">
      <button type="button" className="is-link" onClick={() => onSelect(node.id)} data-node-id={node.id}>
        <span className="kompas-listbox__kind">{t(`kind.${node.kind}`)}</span> {node.title}
      </button>
      {node.kind === 'focusArea' && <span className="kompas-muted">{t('map.priority', { rank: node.rank })}</span>}
      {owners.length > 0 && <span className="kompas-muted">{owners.join(' · ')}</span>}
      {node.kind === 'vision' && <StatusBadge group="plan" status={node.status} />}
      {node.kind === 'focusArea' && <StatusBadge group="focusArea" status={node.status} />}
      {node.kind === 'action' && <StatusBadge group="action" status={node.status} />}
      {node.kind === 'indicator' && (
        <>
          <span>
            {node.latest
              ? node.latest.value !== null
                ? t('listView.latest', { value: `${formatNumber(node.latest.value, i18n.language)}${node.unit ? ` ${node.unit}` : ''}` })
                : t('map.indicator.narrative')
              : t('map.indicator.noValue')}
          </span>
          <FreshnessBadge freshness={node.freshness} />
        </>
      )}
      {healthOf && <HealthBadge health={healthOf.health} explanation={healthOf.explanation} />}
      {old && <OldDataBadge old={old} />}
    </span>
  );
}
