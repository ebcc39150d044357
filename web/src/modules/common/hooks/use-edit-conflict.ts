import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, isVersionConflict } from '../../api/client';
import { useToast } from '../components/Toasts';
import { apiErrorMessage } from '../utils/api-error-message';

/** An edit someone else's save overtook: the edit as sent, the row as it is now, and the refusal (who changed it, when, why). */
export type EditConflict<Row, Edit> = { edit: Edit; current: Row; error: ApiRequestError };

export type EditConflictFlow<Row, Edit> = {
  conflict: EditConflict<Row, Edit> | null;
  /** Sends an edit; a refusal because the row changed meanwhile opens the conflict instead of an error. */
  send: (edit: Edit) => Promise<void>;
  /** Show what is saved now: the user's edit is dropped. */
  reload: () => void;
  /** Send the same edit again, this time over the version saved now. */
  reapply: () => Promise<void>;
  /** Esc: keep the edit in the form, save nothing yet. */
  dismiss: () => void;
};

/**
 * The one edit-conflict flow of every form that saves from a version it read (If-Match): keep the
 * user's edit when someone else saved first, then let them reload the saved version or re-apply
 * their edit over it. Shown by `ConflictDialog`.
 */
export function useEditConflict<Row, Edit extends { base: Row }, Result = unknown>(options: {
  /** Sends the edit from `edit.base`'s version; rejects with the API's refusal. */
  save: (edit: Edit) => Promise<Result>;
  /** After a successful save (also of a re-applied edit), with the server's answer. */
  onSaved?: (edit: Edit, result: Result) => void;
  /** A refusal for any other reason than someone else's save (by default a toast with its words). */
  onFailed?: (error: unknown) => void;
  /** The row as saved now replaces what the page read (put it in the query cache, refresh what shows it). */
  onReload: (current: Row) => void;
}): EditConflictFlow<Row, Edit> {
  const { t } = useTranslation();
  const toast = useToast();
  const [conflict, setConflict] = useState<EditConflict<Row, Edit> | null>(null);
  const send = (edit: Edit) =>
    options.save(edit).then(
      (result) => {
        setConflict(null);
        options.onSaved?.(edit, result);
      },
      (error: unknown) => {
        if (isVersionConflict(error)) setConflict({ edit, current: error.current as Row, error });
        else if (options.onFailed) options.onFailed(error);
        else toast.show('error', apiErrorMessage(error, t));
      },
    );
  return {
    conflict,
    send,
    reload: () => {
      if (!conflict) return;
      options.onReload(conflict.current);
      setConflict(null);
      toast.show('info', t('conflict.reloaded'));
    },
    reapply: () => (conflict ? send({ ...conflict.edit, base: conflict.current }) : Promise.resolve()),
    dismiss: () => setConflict(null),
  };
}
