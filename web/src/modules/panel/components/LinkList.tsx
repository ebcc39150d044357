import { useTranslation } from 'react-i18next';
import { PlanGraph } from '@kompas/domain';

export type LinkListProps = {
  graph: PlanGraph;
  nodeId: string;
  onSelectLink: (id: string) => void;
  onSelectNode: (id: string) => void;
  /** Whether to warn that the node serves nothing now (not on the plan as it was). */
  showGaps?: boolean;
};

/** What a node serves and what serves it, each a way to the link or node. */
export function LinkList({ graph, nodeId, onSelectLink, onSelectNode, showGaps = true }: LinkListProps) {
  const { t } = useTranslation();
  const titles = new Map(graph.nodes.map((n) => [n.id, n.title]));
  const up = graph.edges.filter((e) => e.source === nodeId);
  const down = graph.edges.filter((e) => e.target === nodeId);
  const drawn = (kind: string) => kind === 'supports' || kind === 'contributes';
  const item = (edgeId: string, kind: string, otherId: string, direction: 'up' | 'down') => (
    <li key={edgeId}>
      <span className="kompas-linklist__kind">{t(direction === 'up' ? `edge.${kind}` : `edgeIn.${kind}`)}</span>{' '}
      {drawn(kind) ? (
        <button type="button" className="is-link" onClick={() => onSelectLink(edgeId)}>
          {titles.get(otherId) ?? otherId}
        </button>
      ) : (
        <button type="button" className="is-link" onClick={() => onSelectNode(otherId)}>
          {titles.get(otherId) ?? otherId}
        </button>
      )}
    </li>
  );
  const serves = graph.nodes.find((n) => n.id === nodeId);
  const servesNothing = showGaps && (serves?.kind === 'action' || serves?.kind === 'focusArea') && !up.some((e) => drawn(e.kind));
  return (
    <div className="kompas-linklist">
      <h3>{t('panel.servesUp')}</h3>
      {up.length ? <ul>{up.map((e) => item(e.id, e.kind, e.target, 'up'))}</ul> : <p className="kompas-muted">{t('panel.nothingUp')}</p>}
      {servesNothing && (
        <p className="kompas-warning" role="note">
          {t(serves?.kind === 'action' ? 'panel.actionServesNothing' : 'panel.focusAreaServesNothing')}
        </p>
      )}
      <h3>{t('panel.servedBy')}</h3>
      {down.length ? (
        <ul>{down.map((e) => item(e.id, e.kind, e.source, 'down'))}</ul>
      ) : (
        <p className="kompas-muted">{t('panel.nothingDown')}</p>
      )}
    </div>
  );
}
