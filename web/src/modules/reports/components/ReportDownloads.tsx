import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiRequestError } from '../../api/client';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { useReportDownload } from '../hooks/use-report-download';
import '../reports.css';
import { REPORT_SPANS, reportYears, type ReportFormat } from '../utils/report-request';

export type ReportDownloadsProps = {
  planId: string;
  /** Narrows the report to these committees (the committee page gives its own). */
  committeeIds?: readonly string[];
  /** The plan's years, offered besides this year and the last. */
  planYears?: readonly number[];
};

/** A span's name in the picker: the whole year, a half year, a quarter or a month (in the UI's language). */
function spanLabel(span: string, t: TFunction, lang: string): string {
  if (span === '') return t('report.wholeYear');
  if (span.startsWith('H')) return t('report.half', { n: Number(span.slice(1)) });
  if (span.startsWith('K')) return t('report.quarter', { n: Number(span.slice(1)) });
  const month = new Date(Date.UTC(2026, Number(span.slice(1)) - 1, 1));
  const name = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'da-DK', { month: 'long', timeZone: 'UTC' }).format(month);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Why a report could not be made, in words: the period or committee the server refused, or the general reason. */
function failure(error: unknown, t: TFunction): string {
  const field = error instanceof ApiRequestError && error.code === 'validation_failed' ? error.details[0]?.field : undefined;
  const reason =
    field === 'period' ? t('report.badPeriod') : field === 'committeeId' ? t('report.badCommittee') : apiErrorMessage(error, t);
  return t('report.failed', { reason });
}

/**
 * The follow-up report in Hedensted's four layers, for a period, as a PDF or a workbook: a period
 * picker (this year by default), the report in the UI's language, and progress while it is made.
 */
export function ReportDownloads({ planId, committeeIds, planYears }: ReportDownloadsProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [span, setSpan] = useState('');
  const download = useReportDownload();
  const id = useId();
  const busy = download.isPending;
  const progress = download.progress;
  const percent =
    progress?.phase === 'receiving' && progress.total ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : null;

  // A disabled button loses the focus: once the report is made, it goes back to the button that asked for it.
  const asked = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (!busy && asked.current && (document.activeElement === document.body || document.activeElement === null)) asked.current.focus();
  }, [busy]);

  const start = (format: ReportFormat, button: HTMLButtonElement) => {
    asked.current = button;
    download.mutate({ planId, format, period: `${year}${span}`, lang, committeeIds });
  };

  return (
    <section className="kompas-report" aria-labelledby={`${id}-title`} data-testid="report-downloads">
      <h2 id={`${id}-title`} className="kompas-report__title">
        {t('report.title')}
      </h2>
      <p className="kompas-report__hint">{t('report.layers')}</p>
      {committeeIds && committeeIds.length > 0 && <p className="kompas-report__hint">{t('report.narrowed')}</p>}
      <div className="kompas-report__period">
        <div className="kompas-control">
          <label htmlFor={`${id}-year`}>{t('report.year')}</label>
          <select
            id={`${id}-year`}
            value={year}
            onChange={(e) => setYear(Number(e.target.value))}
            disabled={busy}
            data-testid="report-year"
          >
            {reportYears(thisYear, planYears).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="kompas-control">
          <label htmlFor={`${id}-span`}>{t('report.span')}</label>
          <select id={`${id}-span`} value={span} onChange={(e) => setSpan(e.target.value)} disabled={busy} data-testid="report-span">
            {REPORT_SPANS.map((s) => (
              <option key={s} value={s}>
                {spanLabel(s, t, lang)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="kompas-report__buttons">
        {(['pdf', 'xlsx'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className={format === 'pdf' ? 'is-primary' : undefined}
            disabled={busy}
            aria-busy={busy && download.format === format}
            aria-describedby={`${id}-status`}
            onClick={(e) => start(format, e.currentTarget)}
            data-testid={`report-${format}`}
          >
            {t(`report.${format}`)}
          </button>
        ))}
      </div>
      <div id={`${id}-status`} className="kompas-report__status" role="status" aria-live="polite" data-testid="report-status">
        {busy && (
          <>
            <span className="kompas-spinner kompas-spinner--small" aria-hidden="true" />
            <span>{percent === null ? t('report.making') : t('report.receiving', { percent })}</span>
            {percent !== null && <progress max={100} value={percent} aria-label={t('report.receiving', { percent })} />}
          </>
        )}
        {!busy && download.isSuccess && t('report.done', { fileName: download.data })}
      </div>
      {!busy && download.isError && (
        <p className="kompas-report__error" role="alert" data-testid="report-error">
          {failure(download.error, t)}
        </p>
      )}
    </section>
  );
}
