import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type GraphNode, type IndicatorNode, periodCode, type PlanGraph } from '@kompas/domain';
import { valueInWords } from '../../common/utils/field-words';
import { formatNumber } from '../../../i18n/format';
import { periodLabel } from '../../observations/utils/period-label';
import { pastFieldsOf } from '../utils/past-fields';
import { LinkList } from './LinkList';
import { NodeHeading } from './NodeHeading';

export type PastNodePanelProps = {
  node: GraphNode;
  /** The plan as it was: the node's links and the names they lead to are those of then. */
  graph: PlanGraph;
  committeeNames: ReadonlyMap<string, string>;
  onSelectNode: (id: string) => void;
};

/**
 * One node on the map of the plan as it was: what the plan held for it then — its fields, an
 * indicator's value as of then, and its links, each a way to the node at the other end. Nothing
 * here writes: no form, no comments, no assessments, no recording.
 */
export function PastNodePanel({ node, graph, committeeNames, onSelectNode }: PastNodePanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const shown = (field: string, value: unknown, text?: boolean) =>
    text ? (value === null || value === '' ? t('history.empty') : String(value)) : valueInWords(node.kind, field, value, t, lang);
  // A drawn link in the list names its other end: the past has no link panel, so it selects that node.
  const otherEnd = (edgeId: string) => {
    const edge = graph.edges.find((e) => e.id === edgeId);
    if (edge) onSelectNode(edge.source === node.id ? edge.target : edge.source);
  };
  return (
    <section className="kompas-panel__section" aria-labelledby="past-panel-title" data-testid="past-node">
      <NodeHeading node={node} titleId="past-panel-title" />
      <p className="kompas-note">{t('revisions.panelNote')}</p>
      <dl className="kompas-facts" data-testid="past-fields">
        {pastFieldsOf(node, graph, committeeNames).map(({ field, value, text }) => (
          <div key={field} data-field={field}>
            <dt>{t(`field.${field}`)}</dt>
            <dd>{shown(field, value, text)}</dd>
          </div>
        ))}
        {node.kind === 'indicator' && (
          <div data-field="latest">
            <dt>{t('revisions.latestThen')}</dt>
            <dd>{latestInWords(node, t, lang)}</dd>
          </div>
        )}
      </dl>
      <LinkList graph={graph} nodeId={node.id} onSelectLink={otherEnd} onSelectNode={onSelectNode} showGaps={false} />
    </section>
  );
}

/** An indicator's newest value of then, with its unit and period: "1.234,5 % (2025)". */
function latestInWords(node: IndicatorNode, t: TFunction, lang: string): string {
  const latest = node.latest;
  if (!latest) return t('map.indicator.noValue');
  const code = periodCode(latest.periodStart, latest.periodEnd) ?? latest.periodStart;
  const period = periodLabel(code, lang);
  if (latest.value === null) return t('revisions.latestNarrative', { text: latest.narrative ?? '', period });
  return t('revisions.latestValue', { value: `${formatNumber(latest.value, lang)}${node.unit ? ` ${node.unit}` : ''}`, period });
}
