import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GraphNode, LINK_RULES, PlanGraph } from '@kompas/domain';
import { useDeleteNode, useNodeEntity, useUpdateNode } from '../../api/hooks';
import { Committee, NodeEntity, Unit } from '../../api/types';
import { ConfirmDialog } from '../../common/components/ConfirmDialog';
import { useToast } from '../../common/components/Toasts';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { useChoices } from '../hooks/use-choices';
import { useFieldErrors } from '../hooks/use-field-errors';
import { changedFields, FormValues, NODE_FIELDS, toFormValues } from '../utils/fields';
import { FieldInput } from './FieldInput';
import { FormError } from './FormError';
import { LinkList } from './LinkList';

export type NodePanelProps = {
  planId: string;
  node: GraphNode;
  graph: PlanGraph;
  committees: Committee[];
  units: Unit[];
  onSelectLink: (id: string) => void;
  onSelectNode: (id: string | null) => void;
  onStartLink: (nodeId: string) => void;
};

/** Edits one node: its fields with the API's messages, its links, and deleting it. */
export function NodePanel(props: NodePanelProps) {
  const { t } = useTranslation();
  const { node, graph, onSelectLink, onSelectNode } = props;
  const entity = useNodeEntity<NodeEntity>(node.kind, node.id);
  // The save lives here, not in the form: the form starts afresh with each new version, and the
  // confirmation of a save must not be lost with the form that made it.
  const update = useUpdateNode(props.planId);
  const toast = useToast();
  const save = (changes: Record<string, unknown>, title: string) =>
    update.mutate(
      { kind: node.kind, id: node.id, changes },
      {
        onSuccess: () => toast.show('success', t('panel.saved', { title })),
        onError: (error) => toast.show('error', apiErrorMessage(error, t)),
      },
    );
  return (
    <section className="kompas-panel__section" aria-labelledby="node-panel-title">
      <p className="kompas-panel__kind">
        {t(`kind.${node.kind}`)}
        {node.example && <span className="kompas-badge kompas-badge--example">{t('common.example')}</span>}
      </p>
      <h2 id="node-panel-title" className="kompas-panel__title">
        {node.title}
      </h2>
      {entity.isPending && <p role="status">{t('common.loading')}</p>}
      {entity.isError && <p role="alert">{apiErrorMessage(entity.error, t)}</p>}
      {/* A new version of the node starts the form afresh. */}
      {entity.data && (
        <NodeForm key={`${entity.data.id}:${entity.data.updatedAt}`} {...props} entity={entity.data} update={update} save={save} />
      )}
      <LinkList graph={graph} nodeId={node.id} onSelectLink={onSelectLink} onSelectNode={(id) => onSelectNode(id)} />
    </section>
  );
}

function NodeForm({
  planId,
  node,
  graph,
  committees,
  units,
  onSelectNode,
  onStartLink,
  entity,
  update,
  save,
}: NodePanelProps & {
  entity: NodeEntity;
  update: ReturnType<typeof useUpdateNode>;
  save: (changes: Record<string, unknown>, title: string) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const remove = useDeleteNode(planId);
  const choices = useChoices(committees, units);
  const fieldErrors = useFieldErrors(update.error);
  const [confirming, setConfirming] = useState(false);
  const [initial] = useState<FormValues>(() => toFormValues(node.kind, entity as unknown as Record<string, unknown>));
  const [values, setValues] = useState<FormValues>(initial);

  const canStartLink = Object.values(LINK_RULES[node.kind]).some(Boolean);
  // A focus area moves one place up or down its committee's priority list at a click.
  const lastRank =
    node.kind === 'focusArea' ? graph.nodes.filter((n) => n.kind === 'focusArea' && n.committeeId === node.committeeId).length : 0;
  const deletable = node.kind !== 'vision';

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const changes = changedFields(node.kind, initial, values);
    if (!Object.keys(changes).length) {
      toast.show('info', t('panel.noChanges'));
      return;
    }
    save(changes, values['title'] || node.title);
  };

  // Awaited rather than called back: once the node is gone its panel closes, and the confirmation must still show.
  const handleDelete = async () => {
    try {
      await remove.mutateAsync({ kind: node.kind, id: node.id });
      toast.show('success', t('panel.deleted', { title: node.title }));
      onSelectNode(null);
    } catch (error) {
      toast.show('error', apiErrorMessage(error, t));
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
            onChange={(value) => setValues({ ...values, [field.name]: value })}
          />
        ))}
        <FormError error={update.error} fieldErrors={fieldErrors} />
        <div className="kompas-panel__buttons">
          <button type="submit" className="is-primary" disabled={update.isPending} data-testid="node-save">
            {update.isPending ? t('common.saving') : t('common.save')}
          </button>
          {node.kind === 'focusArea' && (
            <span className="kompas-priority" role="group" aria-label={t('field.rank')}>
              <button
                type="button"
                onClick={() => save({ rank: node.rank - 1 }, node.title)}
                disabled={node.rank <= 1 || update.isPending}
                data-testid="priority-up"
                title={t('panel.priorityUp')}
              >
                ↑ <span className="kompas-visually-hidden">{t('panel.priorityUp')}</span>
              </button>
              <button
                type="button"
                onClick={() => save({ rank: node.rank + 1 }, node.title)}
                disabled={node.rank >= lastRank || update.isPending}
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
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('panel.deleteTitle', { kind: t(`kind.${node.kind}`).toLowerCase() })}
        message={t('panel.deleteMessage', { title: node.title })}
        confirmLabel={t('common.delete')}
        busy={remove.isPending}
        onConfirm={() => void handleDelete()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
