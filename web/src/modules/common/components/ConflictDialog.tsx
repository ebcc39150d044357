import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LastChange } from '../../api/client';
import { formatDateTime } from '../../../i18n/format';
import { EditConflict, EditConflictFlow } from '../hooks/use-edit-conflict';
import { differenceInWords, FieldDifference } from '../utils/field-words';

export type ConflictDialogProps<Row, Edit> = {
  /** The flow of `useEditConflict`: the dialog shows while it holds a conflict. */
  flow: EditConflictFlow<Row, Edit>;
  /** The title of what was edited. */
  title: string;
  /**
   * What the other person changed (the version the user started from against the current one),
   * and what the user was about to save (empty for a deletion).
   */
  differences: (conflict: EditConflict<Row, Edit>) => { theirs: FieldDifference[]; mine: FieldDifference[] };
  reapplyLabel: (conflict: EditConflict<Row, Edit>) => string;
  busy?: boolean;
};

/**
 * Someone saved the same thing after the user began editing it: who, when, why and
 * what differs, then either show the saved version or save the user's edit over it.
 */
export function ConflictDialog<Row, Edit>({ flow, ...props }: ConflictDialogProps<Row, Edit>) {
  const { conflict } = flow;
  if (!conflict) return null;
  const { theirs, mine } = props.differences(conflict);
  return (
    <ConflictDialogView
      title={props.title}
      lastChange={conflict.error.lastChange}
      theirs={theirs}
      mine={mine}
      reapplyLabel={props.reapplyLabel(conflict)}
      busy={props.busy}
      onReload={flow.reload}
      onReapply={() => void flow.reapply()}
      onClose={flow.dismiss}
    />
  );
}

type ConflictDialogViewProps = {
  title: string;
  lastChange: LastChange | null;
  theirs: FieldDifference[];
  mine: FieldDifference[];
  reapplyLabel: string;
  busy?: boolean;
  onReload: () => void;
  onReapply: () => void;
  onClose: () => void;
};

function ConflictDialogView({
  title,
  lastChange,
  theirs,
  mine,
  reapplyLabel,
  busy,
  onReload,
  onReapply,
  onClose,
}: ConflictDialogViewProps) {
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
