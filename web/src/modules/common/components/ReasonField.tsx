import { useTranslation } from 'react-i18next';
import { MAX_REASON } from '@kompas/domain';

export type ReasonFieldProps = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  label?: string;
  /**
   * A reason the change cannot go without (a decision's): no "optional" hint,
   * and `error` says in words what is wrong with it.
   */
  required?: boolean;
  error?: string;
  rows?: number;
  testId?: string;
};

/** Why a change is made: kept with the change in its history. Optional unless `required`. */
export function ReasonField({ id, value, onChange, label, required = false, error, rows = 2, testId = 'reason-input' }: ReasonFieldProps) {
  const { t } = useTranslation();
  const hintId = required ? undefined : `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`kompas-field kompas-field--reason${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label ?? t('reason.label')}</label>
      <textarea
        id={id}
        rows={rows}
        maxLength={MAX_REASON}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      />
      {hintId && (
        <p id={hintId} className="kompas-muted">
          {t('reason.hint')}
        </p>
      )}
      {error && (
        <p className="kompas-field__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
