import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LINK_STRENGTH, MIN_LINK_STRENGTH, PlanGraph } from '@kompas/domain';
import { Link } from '../../api/types';
import { useLink, useUpdateLink } from '../../api/hooks';
import { useToast } from '../../common/components/Toasts';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { useFieldErrors } from '../hooks/use-field-errors';

export type LinkPanelProps = {
  planId: string;
  linkId: string;
  graph: PlanGraph;
  onSelectNode: (id: string) => void;
  onDelete: (linkId: string) => void;
};

const STRENGTHS = Array.from({ length: MAX_LINK_STRENGTH - MIN_LINK_STRENGTH + 1 }, (_, i) => MIN_LINK_STRENGTH + i);

/** One link: its two ends, why it exists and how strongly; editable, and deletable after asking. */
export function LinkPanel({ planId, linkId, graph, onSelectNode, onDelete }: LinkPanelProps) {
  const { t } = useTranslation();
  const link = useLink(linkId);
  // The save lives here so that its confirmation survives the form starting afresh with the saved version.
  const update = useUpdateLink(planId);
  const toast = useToast();
  const save = (rationale: string, strength: number) =>
    update.mutate(
      { id: linkId, rationale, strength },
      {
        onSuccess: () => toast.show('success', t('link.saved')),
        onError: (error) => toast.show('error', apiErrorMessage(error, t)),
      },
    );
  const edge = graph.edges.find((e) => e.id === linkId);
  const titleOf = (id: string | undefined) => graph.nodes.find((n) => n.id === id)?.title ?? '';
  const kind = link.data?.kind ?? edge?.kind ?? 'contributes';

  if (link.isError) return <p role="alert">{apiErrorMessage(link.error, t)}</p>;
  const sourceId = link.data?.sourceId ?? edge?.source;
  const targetId = link.data?.targetId ?? edge?.target;
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
      {link.data ? (
        <LinkForm key={link.data.updatedAt} link={link.data} update={update} save={save} onDelete={onDelete} />
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </section>
  );
}

type LinkFormProps = {
  link: Link;
  update: ReturnType<typeof useUpdateLink>;
  save: (rationale: string, strength: number) => void;
  onDelete: (linkId: string) => void;
};

function LinkForm({ link, update, save, onDelete }: LinkFormProps) {
  const { t } = useTranslation();
  const errors = useFieldErrors(update.error);
  const [rationale, setRationale] = useState(link.rationale ?? '');
  const [strength, setStrength] = useState(String(link.strength));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    save(rationale, Number(strength));
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
        <select id="link-strength" data-testid="link-strength" value={strength} onChange={(e) => setStrength(e.target.value)}>
          {STRENGTHS.map((s) => (
            <option key={s} value={s}>
              {t('link.strengthValue', { strength: s })} – {t(`link.strengthWord.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="kompas-panel__buttons">
        <button type="submit" className="is-primary" disabled={update.isPending} data-testid="link-save">
          {update.isPending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="is-danger" onClick={() => onDelete(link.id)} data-testid="link-delete">
          {t('link.delete')}
        </button>
      </div>
    </form>
  );
}
