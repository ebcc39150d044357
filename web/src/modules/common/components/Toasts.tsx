import { createContext, ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type ToastAction = { label: string; onClick: () => void };
export type Toast = { id: number; tone: 'info' | 'success' | 'error'; message: string; action?: ToastAction };
type ToastApi = { show: (tone: Toast['tone'], message: string, action?: ToastAction) => void };

const ToastContext = createContext<ToastApi>({ show: () => undefined });
export const useToast = () => useContext(ToastContext);

/** Quiet confirmations and clear refusals, announced to screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((x) => x.id !== id)), []);
  const show = useCallback(
    (tone: Toast['tone'], message: string, action?: ToastAction) => {
      const id = next.current++;
      // A success supersedes the refusals before it: an error must not stay on screen after what it was about worked.
      setToasts((all) => [...(tone === 'success' ? all.filter((x) => x.tone !== 'error') : all).slice(-3), { id, tone, message, action }]);
      // Errors and undoable changes stay long enough to read and act on.
      window.setTimeout(() => dismiss(id), tone === 'error' || action ? 9000 : 4000);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="kompas-toasts" aria-live="polite">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`kompas-toast kompas-toast--${toast.tone}`}
            role={toast.tone === 'error' ? 'alert' : 'status'}
            data-testid="toast"
          >
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="kompas-toast__action"
                onClick={() => {
                  dismiss(toast.id);
                  toast.action?.onClick();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="kompas-toast__close" onClick={() => dismiss(toast.id)} aria-label={t('common.dismiss')}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
