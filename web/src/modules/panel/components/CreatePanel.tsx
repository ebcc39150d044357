import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTION_INITIAL_STATUSES,
  CADENCES,
  can,
  EVIDENCE_KINDS,
  FOCUS_AREA_INITIAL_STATUSES,
  INDICATOR_TYPES,
  ownerOf,
  PlanGraph,
} from '@kompas/domain';
import { useCreateLink, useCreateNode } from '../../api/hooks';
import { Committee, Unit } from '../../api/types';
import { usePrincipal } from '../../auth/current-user';
import { mayEditNode } from '../../auth/utils/permissions';
import { useToast } from '../../common/components/Toasts';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { useFieldErrors } from '../hooks/use-field-errors';
import { FieldDef } from '../utils/fields';
import { Choice, FieldInput } from './FieldInput';
import { FormError } from './FormError';

export type CreatableKind = 'focusArea' | 'action' | 'indicator';

export type CreatePanelProps = {
  planId: string;
  kind: CreatableKind;
  graph: PlanGraph;
  committees: Committee[];
  units: Unit[];
  /** Pre-fills: the committee filtered on, the node selected. */
  committeeId: string | null;
  contextNodeId: string | null;
  onCreated: (id: string) => void;
  onCancel: () => void;
};

type Values = Record<string, string>;

/** Creates a focus area, an action or an indicator from the map, optionally linked at once. */
export function CreatePanel(props: CreatePanelProps) {
  const { planId, kind, graph, committeeId, contextNodeId, onCreated, onCancel } = props;
  const { t } = useTranslation();
  // Only what the user may create: for their committees, their units, the nodes they may change.
  const principal = usePrincipal();
  const committees = props.committees.filter((c) => can(principal, ownerOf('focusArea', { committeeId: c.id })));
  const units = props.units.filter((u) => can(principal, ownerOf('action', { unitId: u.id })));
  const toast = useToast();
  const create = useCreateNode(planId);
  const link = useCreateLink(planId);
  const errors = useFieldErrors(create.error);
  const context = graph.nodes.find((n) => n.id === contextNodeId);

  const [values, setValues] = useState<Values>(() => ({
    title: '',
    description: '',
    committeeId:
      [committeeId, context?.kind === 'focusArea' ? context.committeeId : null, committees[0]?.id].find(
        (id) => !!id && committees.some((c) => c.id === id),
      ) ?? '',
    status: kind === 'focusArea' ? 'proposed' : 'identified',
    linkTo: context?.kind === (kind === 'focusArea' ? 'aimingPoint' : 'focusArea') ? context.id : '',
    unitId:
      context?.kind === 'action' && units.some((u) => u.id === context.unitId) ? context.unitId : units.length === 1 ? units[0].id : '',
    responsiblePerson: '',
    measuresId: context && context.kind !== 'indicator' && mayEditNode(principal, context, graph) ? context.id : '',
    type: 'quantitative',
    evidenceKind: 'statistics',
    cadence: 'yearly',
    unit: '',
    targetValue: '',
  }));
  const set = (name: string) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  const byKind = (k: string) => graph.nodes.filter((n) => n.kind === k).map((n) => ({ value: n.id, label: n.title }));
  const editableOfKind = (k: 'vision' | 'aimingPoint' | 'focusArea' | 'action') =>
    graph.nodes.filter((n) => n.kind === k && mayEditNode(principal, n, graph)).map((n) => ({ value: n.id, label: n.title }));
  const field = (name: string, type: FieldDef['type'], choices?: Choice[], required = false, nullable = false) => (
    <FieldInput
      key={name}
      id={`create-${name}`}
      field={{ name, type, required, nullable }}
      label={t(`field.${name}`)}
      value={values[name] ?? ''}
      choices={choices}
      error={
        name === 'measuresId'
          ? (errors['focusAreaId'] ?? errors['actionId'] ?? errors['aimingPointId'] ?? errors['measuresVision'])
          : errors[name]
      }
      onChange={set(name)}
    />
  );

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    let body: Record<string, unknown>;
    if (kind === 'focusArea') {
      body = { title: values['title'], description: values['description'], committeeId: values['committeeId'], status: values['status'] };
    } else if (kind === 'action') {
      body = {
        planId,
        title: values['title'],
        description: values['description'],
        unitId: values['unitId'],
        status: values['status'],
        responsiblePerson: values['responsiblePerson'] || null,
      };
    } else {
      const measured = graph.nodes.find((n) => n.id === values['measuresId']);
      body = {
        planId,
        title: values['title'],
        description: values['description'],
        type: values['type'],
        evidenceKind: values['evidenceKind'],
        cadence: values['cadence'],
        ...(measured?.kind === 'action'
          ? { actionId: measured.id }
          : measured?.kind === 'aimingPoint'
            ? { aimingPointId: measured.id }
            : measured?.kind === 'vision'
              ? { measuresVision: true }
              : { focusAreaId: values['measuresId'] || undefined }),
        ...(values['type'] === 'quantitative'
          ? {
              unit: values['unit'] || null,
              direction: 'up',
              targetValue: values['targetValue'] ? Number(values['targetValue'].replace(',', '.')) : null,
            }
          : {}),
      };
    }
    create.mutate(
      { kind, body },
      {
        onSuccess: async (created) => {
          let linked = true;
          if (values['linkTo'] && kind !== 'indicator') {
            try {
              await link.mutateAsync({ sourceId: created.id, targetId: values['linkTo'] });
            } catch (error) {
              linked = false;
              toast.show('error', t('link.refused', { reason: apiErrorMessage(error, t) }));
            }
          }
          if (linked) toast.show('success', t('create.created', { title: values['title'] }));
          onCreated(created.id);
        },
        onError: (error) => toast.show('error', apiErrorMessage(error, t)),
      },
    );
  };

  return (
    <section className="kompas-panel__section" aria-labelledby="create-panel-title" data-testid="create-panel">
      <h2 id="create-panel-title" className="kompas-panel__title">
        {t(`create.title.${kind}`)}
      </h2>
      <form onSubmit={handleSubmit} noValidate>
        {field('title', 'text', undefined, true)}
        {field('description', 'textarea')}
        {kind === 'focusArea' && (
          <>
            {field(
              'committeeId',
              'select',
              committees.map((c) => ({ value: c.id, label: c.name })),
              true,
            )}
            {field(
              'status',
              'select',
              FOCUS_AREA_INITIAL_STATUSES.map((s) => ({ value: s, label: t(`status.focusArea.${s}`) })),
            )}
            {field('linkTo', 'select', byKind('aimingPoint'), false, true)}
          </>
        )}
        {kind === 'action' && (
          <>
            {field(
              'unitId',
              'select',
              [...units].sort((a, b) => a.name.localeCompare(b.name, 'da')).map((u) => ({ value: u.id, label: u.name })),
              true,
            )}
            {field('responsiblePerson', 'text')}
            {field(
              'status',
              'select',
              ACTION_INITIAL_STATUSES.map((s) => ({ value: s, label: t(`status.action.${s}`) })),
            )}
            {field('linkTo', 'select', byKind('focusArea'), false, true)}
          </>
        )}
        {kind === 'indicator' && (
          <>
            {field(
              'measuresId',
              'select',
              [...editableOfKind('vision'), ...editableOfKind('aimingPoint'), ...editableOfKind('focusArea'), ...editableOfKind('action')],
              true,
            )}
            {field(
              'type',
              'select',
              INDICATOR_TYPES.map((x) => ({ value: x, label: t(`indicatorType.${x}`) })),
            )}
            {field(
              'evidenceKind',
              'select',
              EVIDENCE_KINDS.map((x) => ({ value: x, label: t(`evidence.${x}`) })),
            )}
            {field(
              'cadence',
              'select',
              CADENCES.map((x) => ({ value: x, label: t(`cadence.${x}`) })),
            )}
            {values['type'] === 'quantitative' && field('unit', 'text')}
            {values['type'] === 'quantitative' && field('targetValue', 'number')}
          </>
        )}
        <FormError error={create.error} fieldErrors={errors} />
        <div className="kompas-panel__buttons">
          <button type="submit" className="is-primary" disabled={create.isPending} data-testid="create-save">
            {create.isPending ? t('common.saving') : t('create.submit')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
