import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../i18n/format';
import { ApiRequestError } from '../../api/client';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { useToast } from '../../common/components/Toasts';
import { useAdoptRevision, type NewRevision } from '../hooks';

const FIELDS = ['name', 'decidedAt', 'decidedBy', 'caseNumber'] as const;
type Field = (typeof FIELDS)[number];

/** Adopts a revision of the plan as it is now: its name, when and by whom it was decided, and the case number. */
export function AdoptRevisionDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const toast = useToast();
  const adopt = useAdoptRevision(planId);
  const [draft, setDraft] = useState<NewRevision>({ name: '', decidedAt: todayIso(), decidedBy: '', caseNumber: '' });
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);

  const problem = (field: Field): string | null => {
    if (checked && !draft[field].trim()) return t('revisions.required');
    if (adopt.error instanceof ApiRequestError && adopt.error.fieldMessage(field) !== null) return t('revisions.invalid');
    return null;
  };
  const error = adopt.error;
  const namesField = error instanceof ApiRequestError && FIELDS.some((f) => error.fieldMessage(f) !== null);
  const otherFailure = adopt.isError && !namesField ? apiErrorMessage(error, t) : null;

  const submit = () => {
    setChecked(true);
    if (FIELDS.some((f) => !draft[f].trim())) return;
    adopt.mutate(
      { name: draft.name.trim(), decidedAt: draft.decidedAt, decidedBy: draft.decidedBy.trim(), caseNumber: draft.caseNumber.trim() },
      {
        onSuccess: (revision) => {
          toast.show('success', t('revisions.adopted', { name: revision.name }));
          onClose();
        },
      },
    );
  };

  return (
    <dialog
      ref={ref}
      className="kompas-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="adopt-revision-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>{t('revisions.adoptTitle')}</h2>
      <p>{t('revisions.adoptIntro')}</p>
      {FIELDS.map((field) => {
        const words = problem(field);
        return (
          <div key={field} className={`kompas-field${words ? ' has-error' : ''}`}>
            <label htmlFor={`${id}-${field}`}>{t(`revisions.fields.${field}`)}</label>
            <input
              id={`${id}-${field}`}
              type={field === 'decidedAt' ? 'date' : 'text'}
              value={draft[field]}
              max={field === 'decidedAt' ? todayIso() : undefined}
              placeholder={field === 'decidedAt' ? undefined : t(`revisions.placeholders.${field}`)}
              onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
              aria-invalid={words ? true : undefined}
              aria-describedby={words ? `${id}-${field}-error` : undefined}
              data-testid={`revision-${field}`}
            />
            {words && (
              <p className="kompas-field__error" id={`${id}-${field}-error`} role="alert">
                {words}
              </p>
            )}
          </div>
        );
      })}
      {otherFailure && (
        <p className="kompas-field__error" role="alert" data-testid="adopt-revision-error">
          {otherFailure}
        </p>
      )}
      <div className="kompas-dialog__buttons">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="is-primary" onClick={submit} disabled={adopt.isPending} data-testid="adopt-revision-save">
          {adopt.isPending ? t('common.saving') : t('revisions.save')}
        </button>
      </div>
    </dialog>
  );
}
