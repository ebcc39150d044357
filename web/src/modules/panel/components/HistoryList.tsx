import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAudit } from '../../api/hooks';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { NameLookup } from '../../common/utils/field-words';
import { decisionLine } from '../../audit/utils/decision-line';
import { describeAuditEntry } from '../utils/history-wording';

const PAGE = 50;

export type HistoryListProps = {
  entityId: string;
  nodeKind?: string;
  names: NameLookup;
  /** Opens another node an entry is about (a deleted focus area, say). */
  onSelectNode?: (id: string) => void;
};

/** Who changed what and why, newest first, in plain words. */
export function HistoryList({ entityId, nodeKind, names, onSelectNode }: HistoryListProps) {
  const { t, i18n } = useTranslation();
  const [limit, setLimit] = useState(PAGE);
  const audit = useAudit(entityId, limit);

  if (audit.isPending) return <p role="status">{t('common.loading')}</p>;
  if (audit.isError) return <p role="alert">{apiErrorMessage(audit.error, t)}</p>;
  const entries = [...audit.data.items].sort((a, b) => b.seq - a.seq);
  if (!entries.length) return <p className="kompas-muted">{t('history.none')}</p>;
  return (
    <>
      <ol className="kompas-history" data-testid="history-list" aria-label={t('panel.tabs.history')}>
        {entries.map((entry) => {
          const line = describeAuditEntry(entry, { nodeId: entityId, nodeKind, t, language: i18n.language, names });
          return (
            <li key={entry.seq} className="kompas-history__entry" data-testid="history-entry">
              <p className="kompas-history__text">{line.text}</p>
              {entry.adjustment && (
                <p className="kompas-history__decision" data-testid="history-decision">
                  {t('adjustments.decision', { line: decisionLine(entry.adjustment.decision, t) })}
                </p>
              )}
              <p className="kompas-history__meta">
                <time dateTime={entry.at}>{line.when}</time>
                {line.reason && (
                  <>
                    {' · '}
                    <span className="kompas-history__reason">{t('history.reason', { reason: line.reason })}</span>
                  </>
                )}
              </p>
              {line.otherNodeId && onSelectNode && (
                <button
                  type="button"
                  className="is-link"
                  onClick={() => line.otherNodeId && onSelectNode(line.otherNodeId)}
                  data-testid="history-open"
                >
                  {t('history.open')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {audit.data.total > entries.length && (
        <button type="button" onClick={() => setLimit((l) => l + PAGE)} disabled={audit.isFetching}>
          {t('history.more')}
        </button>
      )}
    </>
  );
}
