import { useTranslation } from 'react-i18next';
import { MAX_REASON } from '@kompas/domain';

export type ReasonFieldProps = { id: string; value: string; onChange: (value: string) => void; label?: string };

/** Why a change is made (optional): kept with the change in its history. */
export function ReasonField({ id, value, onChange, label }: ReasonFieldProps) {
  const { t } = useTranslation();
  return (
    <div className="kompas-field kompas-field--reason">
      <label htmlFor={id}>{label ?? t('reason.label')}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={MAX_REASON}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
        data-testid="reason-input"
      />
      <p id={`${id}-hint`} className="kompas-muted">
        {t('reason.hint')}
      </p>
    </div>
  );
}
