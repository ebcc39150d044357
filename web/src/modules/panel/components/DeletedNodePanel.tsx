import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can, ownerOf, Permission, PlanGraph } from '@kompas/domain';
import { useAudit, useRestore } from '../../api/hooks';
import { Committee, Unit } from '../../api/types';
import { usePrincipal } from '../../auth/current-user';
import { mayEditNode } from '../../auth/utils/permissions';
import { ReasonField } from '../../common/components/ReasonField';
import { useToast } from '../../common/components/Toasts';
import { ApiRequestError } from '../../api/client';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { formatDateTime } from '../../../i18n/format';
import { useNameLookup } from '../hooks/use-name-lookup';
import { DeletedNode, deletedNodeInfo } from '../utils/deleted-node';
import { HistoryList } from './HistoryList';

export type DeletedNodePanelProps = {
  planId: string;
  nodeId: string;
  graph: PlanGraph;
  committees: Committee[];
  units: Unit[];
  onSelectNode: (id: string | null) => void;
};

/** Who may bring a deleted node back: whoever may change it, judged by what it was. */
function restorePermitted(info: DeletedNode, graph: PlanGraph, principal: ReturnType<typeof usePrincipal>): boolean {
  const text = (key: string) => (typeof info.row[key] === 'string' ? (info.row[key] as string) : null);
  const committeeId = text('committeeId');
  const unitId = text('unitId');
  let permission: Permission | null = null;
  if (info.kind === 'aimingPoint' || info.kind === 'vision') permission = ownerOf(info.kind, {});
  else if (info.kind === 'focusArea' && committeeId) permission = ownerOf('focusArea', { committeeId });
  else if (info.kind === 'action' && unitId) permission = ownerOf('action', { unitId });
  else if (info.kind === 'indicator') {
    const owner = graph.nodes.find((n) => n.id === (text('focusAreaId') ?? text('actionId')));
    if (owner) return mayEditNode(principal, owner, graph);
  }
  // When the trail does not say whose it was, the server decides.
  return permission ? can(principal, permission) : true;
}

/**
 * The address of a node that is no longer on the map: says it is deleted, by whom and why,
 * shows its history, and offers to restore it.
 */
export function DeletedNodePanel({ planId, nodeId, graph, committees, units, onSelectNode }: DeletedNodePanelProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const principal = usePrincipal();
  const names = useNameLookup(committees, units, graph);
  const audit = useAudit(nodeId);
  const restore = useRestore(planId);
  const reasonId = useId();
  const [reason, setReason] = useState('');

  if (audit.isPending) return <p role="status">{t('common.loading')}</p>;
  const info = audit.data ? deletedNodeInfo(audit.data.items, nodeId) : null;
  if (!info) {
    return (
      <section className="kompas-panel__section" data-testid="missing-node">
        <h2 className="kompas-panel__title">{t('deleted.notFoundTitle')}</h2>
        <p role="alert">{audit.isError ? apiErrorMessage(audit.error, t) : t('deleted.notFound')}</p>
      </section>
    );
  }
  const title = info.title || t('deleted.untitled');
  // Awaited rather than called back: once the node is back this panel gives way to its own, and the confirmation must still show.
  const handleRestore = () =>
    restore.mutateAsync({ id: nodeId, reason }).then(
      () => toast.show('success', t('deleted.restored', { title })),
      (error) => toast.show('error', restoreRefusal(error)),
    );
  // Refused because what it hangs on is deleted too (the API names that column, not the node itself).
  const restoreRefusal = (error: unknown) =>
    error instanceof ApiRequestError && error.code === 'in_use' && error.details.some((d) => d.field !== 'id')
      ? t('deleted.parentDeleted')
      : apiErrorMessage(error, t);
  return (
    <section className="kompas-panel__section" aria-labelledby="deleted-panel-title" data-testid="deleted-node">
      <p className="kompas-panel__kind">
        {info.kind ? t(`kind.${info.kind}`) : t('deleted.kindUnknown')}
        <span className="kompas-badge kompas-badge--deleted">{t('deleted.badge')}</span>
      </p>
      <h2 id="deleted-panel-title" className="kompas-panel__title">
        {title}
      </h2>
      <p className="kompas-note" role="status">
        {info.deleted
          ? info.deletedAt
            ? t('deleted.byWhen', { who: info.deletedBy ?? t('history.system'), when: formatDateTime(info.deletedAt, i18n.language) })
            : t('deleted.isDeleted')
          : t('deleted.notOnMap')}
      </p>
      {info.reason && <p>{t('history.reason', { reason: info.reason })}</p>}
      {info.deleted && restorePermitted(info, graph, principal) && (
        <div className="kompas-restore">
          <ReasonField id={reasonId} value={reason} onChange={setReason} label={t('reason.labelRestore')} />
          <button
            type="button"
            className="is-primary"
            onClick={() => void handleRestore()}
            disabled={restore.isPending}
            data-testid="restore-button"
          >
            {restore.isPending ? t('common.working') : t('deleted.restore')}
          </button>
        </div>
      )}
      <h3 className="kompas-panel__subtitle">{t('panel.tabs.history')}</h3>
      <HistoryList entityId={nodeId} nodeKind={info.kind ?? undefined} names={names} onSelectNode={(id) => onSelectNode(id)} />
    </section>
  );
}
