import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../utils/api-error-message';

export type StateMessageProps = { tone?: 'info' | 'error' | 'loading'; title: string; children?: ReactNode; action?: ReactNode };

/** Empty, loading and error states: one calm block in the middle of the page. */
export function StateMessage({ tone = 'info', title, children, action }: StateMessageProps) {
  return (
    <div className={`kompas-state kompas-state--${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-busy={tone === 'loading'}>
      {tone === 'loading' && <span className="kompas-spinner" aria-hidden="true" />}
      <h2>{title}</h2>
      {children && <div className="kompas-state__body">{children}</div>}
      {action && <div className="kompas-state__action">{action}</div>}
    </div>
  );
}

/** Something could not be loaded: what, the reason in the user's language, and a button to ask again. */
export function LoadFailed({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <StateMessage
      tone="error"
      title={title}
      action={
        <button type="button" className="is-primary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      }
    >
      {apiErrorMessage(error, t)}
    </StateMessage>
  );
}
