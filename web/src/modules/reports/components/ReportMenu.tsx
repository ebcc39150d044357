import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportDownloads, type ReportDownloadsProps } from './ReportDownloads';

/**
 * The report's downloads behind one button on the map's toolbar: it opens a small panel (Escape
 * or a click elsewhere closes it, and focus returns to the button). The panel stays mounted while
 * closed, so a report being made goes on and its progress is there when it is opened again.
 */
export function ReportMenu(props: ReportDownloadsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('select, button')?.focus();
    const outside = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    // Escape inside the menu closes it and gives focus back to its button (and nothing else hears it).
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !root.current?.contains(document.activeElement)) return;
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('mousedown', outside);
    document.addEventListener('keydown', escape, true);
    return () => {
      document.removeEventListener('mousedown', outside);
      document.removeEventListener('keydown', escape, true);
    };
  }, [open]);

  return (
    <div className="kompas-report-menu" ref={root}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
        data-testid="report-menu"
      >
        {t('report.menu')}
      </button>
      <div id={`${id}-panel`} ref={panel} className="kompas-report-menu__panel" hidden={!open}>
        <ReportDownloads {...props} />
      </div>
    </div>
  );
}
