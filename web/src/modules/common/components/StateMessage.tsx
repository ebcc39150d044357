import { ReactNode } from 'react';

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
