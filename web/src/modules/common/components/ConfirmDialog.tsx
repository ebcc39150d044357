import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonField } from './ReasonField';

export type ConfirmDialogProps = {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  busy?: boolean;
  /** Ask for the reason too (kept with the change in its history). */
  withReason?: boolean;
  /** What the reason is for, when the thing asked about is not a deletion (e.g. a deactivation). */
  reasonLabel?: string;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
};

/**
 * Asks once, in words that name the thing. A native modal dialog (focus stays inside, Esc cancels),
 * in the page only while it asks, so there is never more than one.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  return props.open ? <OpenConfirmDialog {...props} /> : null;
}

function OpenConfirmDialog({ title, message, confirmLabel, busy, withReason, reasonLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className="kompas-dialog"
      aria-labelledby={titleId}
      data-testid="confirm-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <p>{message}</p>
      {withReason && <ReasonField id={reasonId} value={reason} onChange={setReason} label={reasonLabel ?? t('reason.labelDelete')} />}
      <div className="kompas-dialog__buttons">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="is-danger" onClick={() => onConfirm(reason)} disabled={busy} data-testid="confirm-yes">
          {busy ? t('common.working') : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
