import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export type ConfirmDialogProps = {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Asks once, in words that name the thing. A native modal dialog: focus stays inside, Esc cancels. */
export function ConfirmDialog({ open, title, message, confirmLabel, busy, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="kompas-dialog"
      aria-labelledby="confirm-title"
      data-testid="confirm-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {open && (
        <>
          <h2 id="confirm-title">{title}</h2>
          <p>{message}</p>
          <div className="kompas-dialog__buttons">
            <button type="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
            <button type="button" className="is-danger" onClick={onConfirm} disabled={busy} data-testid="confirm-yes">
              {busy ? t('common.working') : confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
