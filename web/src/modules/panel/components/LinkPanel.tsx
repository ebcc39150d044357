import { FormEvent, useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MAX_LINK_STRENGTH, MIN_LINK_STRENGTH, PlanGraph } from '@kompas/domain';
import { queryKeys, useLink, useUpdateLink } from '../../api/hooks';
import { Link } from '../../api/types';
import { usePrincipal } from '../../auth/current-user';
import { mayEditLink, readOnlyReason } from '../../auth/utils/permissions';
import { ConflictDialog } from '../../common/components/ConflictDialog';
import { useEditConflict } from '../../common/hooks/use-edit-conflict';
import { ReasonField } from '../../common/components/ReasonField';
import { useToast } from '../../common/components/Toasts';
import { apiErrorMessage, namesInGraph } from '../../common/utils/api-error-message';
import { differingFields } from '../../common/utils/field-words';
import { useFieldErrors } from '../hooks/use-field-errors';

export type LinkPanelProps = {
  planId: string;
  linkId: string;
  graph: PlanGraph;
  onSelectNode: (id: string) => void;
  onDelete: (linkId: string) => void;
};

const STRENGTHS = Array.from({ length: MAX_LINK_STRENGTH - MIN_LINK_STRENGTH + 1 }, (_, i) => MIN_LINK_STRENGTH + i);
const LINK_FIELDS = ['rationale', 'strength'];

type LinkEdit = { base: Link; rationale: string; strength: number; reason: string };

/** One link: its two ends, why it exists and how strongly; editable, and deletable after asking. */
export function LinkPanel({ planId, linkId, graph, onSelectNode, onDelete }: LinkPanelProps) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const link = useLink(linkId);
  const principal = usePrincipal();
  // The save lives here so that its confirmation survives the form starting afresh with the saved version.
  const update = useUpdateLink(planId);
  const toast = useToast();
  const edits = useEditConflict<Link, LinkEdit>({
    save: (edit) =>
      update.mutateAsync({
        id: linkId,
        version: edit.base.version,
        rationale: edit.rationale,
        strength: edit.strength,
        reason: edit.reason,
      }),
    onSaved: () => toast.show('success', t('link.saved')),
    onFailed: (error) => toast.show('error', apiErrorMessage(error, t, namesInGraph(graph))),
    onReload: (current) => {
      client.setQueryData(queryKeys.link(linkId), current);
      void client.invalidateQueries({ queryKey: queryKeys.graph(planId) });
      update.reset();
    },
  });
  const edge = graph.edges.find((e) => e.id === linkId);
  const titleOf = (id: string | undefined) => graph.nodes.find((n) => n.id === id)?.title ?? '';
  const kind = link.data?.kind ?? edge?.kind ?? 'contributes';

  if (link.isError) return <p role="alert">{apiErrorMessage(link.error, t)}</p>;
  const sourceId = link.data?.sourceId ?? edge?.source;
  const targetId = link.data?.targetId ?? edge?.target;
  const mayEdit = !!sourceId && mayEditLink(principal, { source: sourceId }, graph);
  const source = graph.nodes.find((n) => n.id === sourceId);
  const names = { committees: new Map(), units: new Map(), nodes: new Map(graph.nodes.map((n) => [n.id, n.title])) };
  const asRecord = (l: Link) => l as unknown as Record<string, unknown>;
  return (
    <section className="kompas-panel__section" aria-labelledby="link-panel-title" data-testid="link-panel">
      <p className="kompas-panel__kind">{t('link.title')}</p>
      <h2 id="link-panel-title" className="kompas-panel__title">
        {t(`edge.${kind}`)}
      </h2>
      <dl className="kompas-link-ends">
        <dt>{t('link.source')}</dt>
        <dd>
          <button type="button" className="is-link" onClick={() => sourceId && onSelectNode(sourceId)} data-testid="link-source">
            {titleOf(sourceId)}
          </button>
        </dd>
        <dt>{t('link.target')}</dt>
        <dd>
          <button type="button" className="is-link" onClick={() => targetId && onSelectNode(targetId)} data-testid="link-target">
            {titleOf(targetId)}
          </button>
        </dd>
      </dl>
      {!mayEdit && source && (
        <p className="kompas-note" data-testid="permission-note">
          {(() => {
            const why = readOnlyReason(source, graph, new Map());
            return t(why.key, why.values);
          })()}
        </p>
      )}
      {link.data ? (
        <LinkForm
          key={link.data.version}
          link={link.data}
          mayEdit={mayEdit}
          update={update}
          save={(rationale, strength, reason) => void edits.send({ base: link.data, rationale, strength, reason })}
          onDelete={onDelete}
        />
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
      <ConflictDialog
        flow={edits}
        title={`${titleOf(sourceId)} → ${titleOf(targetId)}`}
        differences={({ edit, current }) => ({
          theirs: differingFields('link', asRecord(edit.base), asRecord(current), t, i18n.language, names, LINK_FIELDS),
          mine: differingFields(
            'link',
            asRecord(edit.base),
            { ...asRecord(edit.base), rationale: edit.rationale, strength: edit.strength },
            t,
            i18n.language,
            names,
            LINK_FIELDS,
          ),
        })}
        reapplyLabel={() => t('conflict.reapply')}
        busy={update.isPending}
      />
    </section>
  );
}

type LinkFormProps = {
  link: Link;
  mayEdit: boolean;
  update: ReturnType<typeof useUpdateLink>;
  save: (rationale: string, strength: number, reason: string) => void;
  onDelete: (linkId: string) => void;
};

function LinkForm({ link, mayEdit, update, save, onDelete }: LinkFormProps) {
  const { t } = useTranslation();
  const errors = useFieldErrors(update.error);
  const reasonId = useId();
  const [rationale, setRationale] = useState(link.rationale ?? '');
  const [strength, setStrength] = useState(String(link.strength));
  const [reason, setReason] = useState('');

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mayEdit) save(rationale, Number(strength), reason);
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <div className={`kompas-field${errors['rationale'] ? ' has-error' : ''}`}>
        <label htmlFor="link-rationale">{t('link.rationale')}</label>
        <textarea
          id="link-rationale"
          data-testid="link-rationale"
          rows={4}
          value={rationale}
          readOnly={!mayEdit}
          aria-invalid={errors['rationale'] ? true : undefined}
          aria-describedby={errors['rationale'] ? 'link-rationale-error' : 'link-rationale-hint'}
          onChange={(e) => setRationale(e.target.value)}
        />
        <p id="link-rationale-hint" className="kompas-muted">
          {t('link.rationaleHint')}
        </p>
        {errors['rationale'] && (
          <p id="link-rationale-error" className="kompas-field__error" role="alert">
            {errors['rationale']}
          </p>
        )}
      </div>
      <div className="kompas-field">
        <label htmlFor="link-strength">{t('link.strength')}</label>
        <select
          id="link-strength"
          data-testid="link-strength"
          value={strength}
          disabled={!mayEdit}
          onChange={(e) => setStrength(e.target.value)}
        >
          {STRENGTHS.map((s) => (
            <option key={s} value={s}>
              {t('link.strengthValue', { strength: s })} – {t(`link.strengthWord.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {mayEdit && <ReasonField id={reasonId} value={reason} onChange={setReason} />}
      {mayEdit && (
        <div className="kompas-panel__buttons">
          <button type="submit" className="is-primary" disabled={update.isPending} data-testid="link-save">
            {update.isPending ? t('common.saving') : t('common.save')}
          </button>
          <button type="button" className="is-danger" onClick={() => onDelete(link.id)} data-testid="link-delete">
            {t('link.delete')}
          </button>
        </div>
      )}
    </form>
  );
}
