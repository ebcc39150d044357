import { FormEvent, useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { GraphNode, LINK_RULES, PlanGraph } from '@kompas/domain';
import { queryKeys, useDeleteNode, useNodeEntity, usePeople, useUpdateNode } from '../../api/hooks';
import { Committee, FocusArea, NodeEntity, Unit } from '../../api/types';
import { usePrincipal } from '../../auth/current-user';
import { mayEditNode, mayRecordIndicator, mayStartLinkFrom, readOnlyReason } from '../../auth/utils/permissions';
import { ConfirmDialog } from '../../common/components/ConfirmDialog';
import { ConflictDialog } from '../../common/components/ConflictDialog';
import { useEditConflict } from '../../common/hooks/use-edit-conflict';
import { ReasonField } from '../../common/components/ReasonField';
import { useToast } from '../../common/components/Toasts';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { differingFields } from '../../common/utils/field-words';
import { useChoices } from '../hooks/use-choices';
import { useFieldErrors } from '../hooks/use-field-errors';
import { useNameLookup } from '../hooks/use-name-lookup';
import { holdsObservations, ownerChoices } from '../utils/deletable';
import { changedFields, FormValues, NODE_FIELDS, toFormValues } from '../utils/fields';
import { CommentsTab } from './CommentsTab';
import { FieldInput } from './FieldInput';
import { FormError } from './FormError';
import { HistoryList } from './HistoryList';
import { LinkList } from './LinkList';
import { ObservationsTab } from '../../observations/components/ObservationsTab';
import { HealthWhy } from '../../health/components/HealthWhy';
import { usePlanHealth } from '../../health/hooks/use-plan-health';
import { AssessmentsTab } from '../../assessments/components/AssessmentsTab';
import { PanelTab, PanelTabs, tabFromAddress, tabId, tabPanelId, tabsFor } from './PanelTabs';
import { NodeHeading } from './NodeHeading';

export type NodePanelProps = {
  planId: string;
  node: GraphNode;
  graph: PlanGraph;
  committees: Committee[];
  units: Unit[];
  onSelectLink: (id: string) => void;
  onSelectNode: (id: string | null) => void;
  onStartLink: (nodeId: string) => void;
  /** The node is gone: close its panel and offer to undo. */
  onDeleted: (node: GraphNode) => void;
};

/** An edit the user sent, kept so that it can be sent again over someone else's change. */
type Edit =
  | { type: 'save'; base: NodeEntity; changes: Record<string, unknown>; reason: string; title: string }
  | { type: 'delete'; base: NodeEntity; reason: string };

/** Fields compared in a conflict: what the form shows, and a shared focus area's co-owners. */
const comparedFields = (node: GraphNode) => [
  ...NODE_FIELDS[node.kind].map((f) => f.name),
  ...(node.kind === 'focusArea' ? ['coOwnerCommitteeIds'] : []),
];

/** One node: its fields (editable by whoever may), its links, its history and its comments. */
export function NodePanel(props: NodePanelProps) {
  const { t, i18n } = useTranslation();
  const { node, graph, committees, units, onSelectLink, onSelectNode, onDeleted } = props;
  const client = useQueryClient();
  const toast = useToast();
  const principal = usePrincipal();
  const names = useNameLookup(committees, units, graph);
  const mayEdit = mayEditNode(principal, node, graph);
  // An address ending in #comments (a comment on the follow-up list) opens the node on its comments,
  // one ending in #record (an indicator on the follow-up list or in a reminder) on its observations.
  const [chosenTab, setTab] = useState<PanelTab>(() => tabFromAddress(window.location.hash));
  // Another node in the same panel may lack the chosen tab (only an indicator has observations).
  const tab = tabsFor(node.kind).includes(chosenTab) ? chosenTab : 'details';
  const mayRecord = node.kind === 'indicator' && mayRecordIndicator(principal, node, graph);
  const entity = useNodeEntity<NodeEntity>(node.kind, node.id);
  const health = usePlanHealth(props.planId);
  // The save lives here, not in the form: the form starts afresh with each new version, and the
  // confirmation of a save must not be lost with the form that made it.
  const update = useUpdateNode(props.planId);
  const removal = useDeleteNode(props.planId);
  const edits = useEditConflict<NodeEntity, Edit>({
    save: (edit) =>
      edit.type === 'save'
        ? update.mutateAsync({ kind: node.kind, id: node.id, version: edit.base.version, changes: edit.changes, reason: edit.reason })
        : removal.mutateAsync({ kind: node.kind, id: node.id, version: edit.base.version, reason: edit.reason }),
    // Once a node is gone its panel closes, and the confirmation must still show.
    onSaved: (edit) => (edit.type === 'save' ? toast.show('success', t('panel.saved', { title: edit.title })) : onDeleted(node)),
    onFailed: (error) => toast.show('error', apiErrorMessage(error, t, names)),
    // Show what is saved now: the form starts afresh from the current version.
    onReload: (current) => {
      client.setQueryData(queryKeys.entity(node.kind, node.id), current);
      void client.invalidateQueries({ queryKey: queryKeys.graph(props.planId) });
      update.reset();
    },
  });

  const compared = comparedFields(node);
  const asRecord = (e: NodeEntity) => e as unknown as Record<string, unknown>;
  return (
    <section className="kompas-panel__section" aria-labelledby="node-panel-title">
      <NodeHeading node={node} titleId="node-panel-title" />
      {node.kind === 'indicator' && (
        <p className="kompas-panel__page-link">
          <Link
            to="/plans/$planId/indicators/$indicatorId"
            params={{ planId: props.planId, indicatorId: node.id }}
            data-testid="open-indicator-page"
          >
            {t('indicatorPage.open')} →
          </Link>
        </p>
      )}
      {/* Why the node stands as it does, whichever tab is open: each reason selects the node it names. */}
      <HealthWhy
        nodeId={node.id}
        graph={graph}
        entry={health.data?.nodes.find((n) => n.nodeId === node.id)}
        failed={health.isError}
        onSelectNode={(id) => onSelectNode(id)}
      />
      <PanelTabs tab={tab} onTab={setTab} tabs={tabsFor(node.kind)} />
      {tab === 'observations' && node.kind === 'indicator' && (
        <div id={tabPanelId('observations')} role="tabpanel" aria-labelledby={tabId('observations')}>
          <ObservationsTab key={node.id} planId={props.planId} indicator={node} canRecord={mayRecord} />
        </div>
      )}
      {tab === 'assessments' && (
        <div id={tabPanelId('assessments')} role="tabpanel" aria-labelledby={tabId('assessments')}>
          <AssessmentsTab key={node.id} planId={props.planId} node={node} graph={graph} committees={committees} />
        </div>
      )}
      {tab === 'history' && (
        <div id={tabPanelId('history')} role="tabpanel" aria-labelledby={tabId('history')}>
          <HistoryList entityId={node.id} nodeKind={node.kind} names={names} onSelectNode={(id) => onSelectNode(id)} />
        </div>
      )}
      {tab === 'comments' && (
        <div id={tabPanelId('comments')} role="tabpanel" aria-labelledby={tabId('comments')}>
          <CommentsTab nodeId={node.id} />
        </div>
      )}
      {/* The form stays while another tab shows, so an edit in progress is not lost. */}
      <div id={tabPanelId('details')} role="tabpanel" aria-labelledby={tabId('details')} hidden={tab !== 'details'}>
        {entity.isPending && <p role="status">{t('common.loading')}</p>}
        {entity.isError && <p role="alert">{apiErrorMessage(entity.error, t)}</p>}
        {!mayEdit && (
          <p className="kompas-note" data-testid="permission-note">
            {(() => {
              const why = readOnlyReason(node, graph, names.units);
              return t(why.key, why.values);
            })()}
          </p>
        )}
        {/* A new version of the node starts the form afresh. */}
        {entity.data && (
          <NodeForm
            key={`${entity.data.id}:${entity.data.version}`}
            {...props}
            entity={entity.data}
            mayEdit={mayEdit}
            mayLink={mayStartLinkFrom(principal, node, graph)}
            error={update.error}
            saving={update.isPending}
            deleting={removal.isPending}
            onSave={(changes, title, reason) => void edits.send({ type: 'save', base: entity.data, changes, reason, title })}
            onDelete={(reason) => edits.send({ type: 'delete', base: entity.data, reason })}
          />
        )}
        <LinkList graph={graph} nodeId={node.id} onSelectLink={onSelectLink} onSelectNode={(id) => onSelectNode(id)} />
      </div>
      <ConflictDialog
        flow={edits}
        title={node.title}
        differences={({ edit, current }) => ({
          theirs: differingFields(node.kind, asRecord(edit.base), asRecord(current), t, i18n.language, names, compared),
          mine:
            edit.type === 'save'
              ? differingFields(
                  node.kind,
                  asRecord(edit.base),
                  { ...asRecord(edit.base), ...edit.changes },
                  t,
                  i18n.language,
                  names,
                  compared,
                )
              : [],
        })}
        reapplyLabel={({ edit }) => (edit.type === 'save' ? t('conflict.reapply') : t('conflict.reapplyDelete'))}
        busy={update.isPending || removal.isPending}
      />
    </section>
  );
}

type NodeFormProps = NodePanelProps & {
  entity: NodeEntity;
  mayEdit: boolean;
  mayLink: boolean;
  error: unknown;
  saving: boolean;
  deleting: boolean;
  onSave: (changes: Record<string, unknown>, title: string, reason: string) => void;
  onDelete: (reason: string) => Promise<void>;
};

function NodeForm({
  node,
  graph,
  committees,
  units,
  onStartLink,
  entity,
  mayEdit,
  mayLink,
  error,
  saving,
  deleting,
  onSave,
  onDelete,
}: NodeFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const principal = usePrincipal();
  const names = useNameLookup(committees, units, graph);
  // Only owners the server would accept are offered; someone who may not edit sees the fields as they are.
  const committeeChoices =
    mayEdit && node.kind === 'focusArea' ? ownerChoices('focusArea', committees, node.committeeId, principal) : committees;
  const unitChoices = mayEdit && node.kind === 'action' ? ownerChoices('action', units, node.unitId, principal) : units;
  const people = usePeople(node.kind === 'indicator');
  const choices = useChoices(committeeChoices, unitChoices, people.data ?? []);
  const fieldErrors = useFieldErrors(error);
  const reasonId = useId();
  const [confirming, setConfirming] = useState(false);
  const [initial] = useState<FormValues>(() => toFormValues(node.kind, entity as unknown as Record<string, unknown>));
  const [values, setValues] = useState<FormValues>(initial);
  const [reason, setReason] = useState('');

  const canStartLink = mayLink && Object.values(LINK_RULES[node.kind]).some(Boolean);
  // A focus area moves one place up or down its committee's priority list at a click.
  const rank = node.kind === 'focusArea' ? (entity as FocusArea).rank : 0;
  const lastRank =
    node.kind === 'focusArea' ? graph.nodes.filter((n) => n.kind === 'focusArea' && n.committeeId === node.committeeId).length : 0;
  // What holds recorded observations is never deleted (the server refuses): say so instead of offering it.
  const holdsData = mayEdit && holdsObservations(graph, node);
  const deletable = mayEdit && node.kind !== 'vision' && !holdsData;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!mayEdit) return;
    const changes = changedFields(node.kind, initial, values);
    if (!Object.keys(changes).length) {
      toast.show('info', t('panel.noChanges'));
      return;
    }
    onSave(changes, values['title'] || node.title, reason);
  };

  const handleDelete = async (deleteReason: string) => {
    try {
      await onDelete(deleteReason || reason);
    } finally {
      setConfirming(false);
    }
  };

  return (
    <>
      <form onSubmit={handleSubmit} noValidate data-testid="node-form">
        {NODE_FIELDS[node.kind].map((field) => (
          <FieldInput
            key={field.name}
            id={`node-${field.name}`}
            field={field}
            label={t(`field.${field.name}`)}
            value={values[field.name] ?? ''}
            choices={choices(node.kind, field, initial['status'] ?? '')}
            error={fieldErrors[field.name]}
            disabled={!mayEdit}
            onChange={(value) => setValues({ ...values, [field.name]: value })}
          />
        ))}
        {mayEdit && <ReasonField id={reasonId} value={reason} onChange={setReason} />}
        <FormError error={error} fieldErrors={fieldErrors} fields={NODE_FIELDS[node.kind].map((f) => f.name)} names={names} />
        <div className="kompas-panel__buttons">
          {mayEdit && (
            <button type="submit" className="is-primary" disabled={saving} data-testid="node-save">
              {saving ? t('common.saving') : t('common.save')}
            </button>
          )}
          {mayEdit && node.kind === 'focusArea' && (
            <span className="kompas-priority" role="group" aria-label={t('field.rank')}>
              <button
                type="button"
                onClick={() => onSave({ rank: rank - 1 }, node.title, reason)}
                disabled={rank <= 1 || saving}
                data-testid="priority-up"
                title={t('panel.priorityUp')}
              >
                ↑ <span className="kompas-visually-hidden">{t('panel.priorityUp')}</span>
              </button>
              <button
                type="button"
                onClick={() => onSave({ rank: rank + 1 }, node.title, reason)}
                disabled={rank >= lastRank || saving}
                data-testid="priority-down"
                title={t('panel.priorityDown')}
              >
                ↓ <span className="kompas-visually-hidden">{t('panel.priorityDown')}</span>
              </button>
            </span>
          )}
          {canStartLink && (
            <button type="button" onClick={() => onStartLink(node.id)} data-testid="start-link">
              {t('panel.startLink')}
            </button>
          )}
          {deletable && (
            <button type="button" className="is-danger" onClick={() => setConfirming(true)} data-testid="node-delete">
              {t('common.delete')}
            </button>
          )}
        </div>
        {holdsData && (
          <p className="kompas-note" data-testid="delete-refused-note">
            {t(`panel.keepsData.${node.kind}`)}
          </p>
        )}
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('panel.deleteTitle', { kind: t(`kind.${node.kind}`).toLowerCase() })}
        message={t('panel.deleteMessage', { title: node.title })}
        confirmLabel={t('common.delete')}
        busy={deleting}
        withReason
        onConfirm={(deleteReason) => void handleDelete(deleteReason)}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
