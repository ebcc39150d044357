import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LastChange } from '../../api/client';
import { formatDateTime } from '../../../i18n/format';
import { differenceInWords, FieldDifference } from '../utils/field-words';

export type ConflictDialogProps = {
  /** The title of what was edited. */
  title: string;
  lastChange: LastChange | null;
  /** What the other person changed: the version the user started from against the current one. */
  theirs: FieldDifference[];
  /** What the user was about to save (empty for a deletion). */
  mine: FieldDifference[];
  reapplyLabel: string;
  busy?: boolean;
  onReload: () => void;
  onReapply: () => void;
  /** Esc: keep the edit in the form, save nothing yet. */
  onClose: () => void;
};

/**
 * Someone saved the same thing after the user began editing it: who, when, why and
 * what differs, then either show the saved version or save the user's edit over it.
 */
export function ConflictDialog({ title, lastChange, theirs, mine, reapplyLabel, busy, onReload, onReapply, onClose }: ConflictDialogProps) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);
  const who = lastChange?.userName ?? t('conflict.someone');
  return (
    <dialog
      ref={ref}
      className="kompas-dialog kompas-dialog--wide kompas-conflict"
      aria-labelledby={titleId}
      data-testid="conflict-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{t('conflict.title')}</h2>
      <p>{t('conflict.intro', { title })}</p>
      <p data-testid="conflict-who">
        {lastChange ? t('conflict.byWhen', { who, when: formatDateTime(lastChange.at, i18n.language) }) : t('conflict.byUnknown')}
      </p>
      {lastChange?.reason && <p className="kompas-conflict__reason">{t('history.reason', { reason: lastChange.reason })}</p>}
      <h3>{t('conflict.theirChanges')}</h3>
      {theirs.length ? (
        <ul data-testid="conflict-fields">
          {theirs.map((d) => (
            <li key={d.field}>{differenceInWords(d, t)}</li>
          ))}
        </ul>
      ) : (
        <p className="kompas-muted">{t('conflict.noVisibleChanges')}</p>
      )}
      {mine.length > 0 && (
        <>
          <h3>{t('conflict.yourChanges')}</h3>
          <ul>
            {mine.map((d) => (
              <li key={d.field}>{differenceInWords(d, t)}</li>
            ))}
          </ul>
        </>
      )}
      <div className="kompas-dialog__buttons">
        <button type="button" onClick={onReload} data-testid="conflict-reload">
          {t('conflict.reload')}
        </button>
        <button type="button" className="is-primary" onClick={onReapply} disabled={busy} data-testid="conflict-reapply">
          {busy ? t('common.saving') : reapplyLabel}
        </button>
      </div>
    </dialog>
  );
}
