import { useTranslation } from 'react-i18next';
import { GraphNode, PlanGraph } from '@kompas/domain';

export type ListViewProps = { graph: PlanGraph; onSelectNode: (id: string) => void };

/** The map's content as nested lists, for screen readers and for reading: vision → aiming points → focus areas → actions → data. */
export function ListView({ graph, onSelectNode }: ListViewProps) {
  const { t } = useTranslation();
  const under = (id: string, kind: string) =>
    graph.edges
      .filter((e) => e.target === id && e.kind === kind)
      .map((e) => graph.nodes.find((n) => n.id === e.source))
      .filter((n): n is GraphNode => !!n);
  const vision = graph.nodes.find((n) => n.kind === 'vision');
  const item = (node: GraphNode, children: GraphNode[] = [], childKind?: string, depth = 0) => (
    <li key={`${node.id}-${depth}`}>
      <button type="button" className="is-link" onClick={() => onSelectNode(node.id)}>
        <span className="kompas-listbox__kind">{t(`kind.${node.kind}`)}</span> {node.title}
      </button>
      {children.length > 0 && (
        <ul>
          {children.map((child) =>
            item(
              child,
              childKind === 'supports' ? under(child.id, 'contributes') : childKind === 'contributes' ? under(child.id, 'measures') : [],
              childKind === 'supports' ? 'contributes' : childKind === 'contributes' ? 'measures' : undefined,
              depth + 1,
            ),
          )}
        </ul>
      )}
    </li>
  );
  const unlinked = graph.nodes.filter(
    (n) => n.kind === 'action' && !graph.edges.some((e) => e.source === n.id && e.kind === 'contributes'),
  );
  return (
    <div className="kompas-listview" data-testid="list-view">
      {vision && (
        <ul>
          {item(
            vision,
            graph.nodes.filter((n) => n.kind === 'aimingPoint'),
            'partOf',
          )}
        </ul>
      )}
      <ul>{graph.nodes.filter((n) => n.kind === 'aimingPoint').map((ap) => item(ap, under(ap.id, 'supports'), 'supports'))}</ul>
      {unlinked.length > 0 && (
        <>
          <h2>{t('map.unlinked')}</h2>
          <ul>{unlinked.map((a) => item(a))}</ul>
        </>
      )}
    </div>
  );
}
