import { explainReason, type PlanGraph } from '@kompas/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeHealthEntry } from '../types';
import { HealthBadge } from './HealthBadge';

export type HealthWhyProps = {
  nodeId: string;
  graph: PlanGraph;
  entry: NodeHealthEntry | undefined;
  /** The roll-up could not be read. */
  failed: boolean;
  /** Select the node a reason names on the map. */
  onSelectNode: (id: string) => void;
};

/** "Hvorfor?": a node's health, the sentence that explains it, and each reason as a link to the node it names. */
export function HealthWhy({ nodeId, graph, entry, failed, onSelectNode }: HealthWhyProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const known = new Set(graph.nodes.map((n) => n.id));
  return (
    <section className="kompas-health-why" aria-labelledby={headingId} data-testid="health-why">
      <h3 id={headingId} className="kompas-health-why__title">
        {t('health.why')}
      </h3>
      {!entry ? (
        // Not in the answer yet (a node just made is, once the roll-up is read again): still coming.
        <p className="kompas-muted">{failed ? t('health.unknown') : t('common.loading')}</p>
      ) : (
        <>
          <p className="kompas-health-why__health">
            <HealthBadge health={entry.health} />
          </p>
          <p className="kompas-health-why__explanation" data-testid="health-explanation">
            {entry.explanation}
          </p>
          {entry.reasons.length > 0 && (
            <ul className="kompas-health-why__reasons" aria-label={t('health.reasons')}>
              {entry.reasons.map((r, n) => {
                const text = explainReason(r, graph, lang);
                const elsewhere = r.nodeId !== nodeId && known.has(r.nodeId);
                return (
                  <li key={`${r.code}:${r.nodeId}:${n}`} data-reason={r.code}>
                    {elsewhere ? (
                      <button type="button" className="is-link" data-node-id={r.nodeId} onClick={() => onSelectNode(r.nodeId)}>
                        {text}
                      </button>
                    ) : (
                      text
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
