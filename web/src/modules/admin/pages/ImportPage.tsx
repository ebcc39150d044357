import { ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { ApiRequestError } from '../../api/client';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { AdminGate, BackToIndex } from '../components/AdminGate';
import { ImportProblems } from '../components/ImportProblems';
import { ImportCounts, ImportProgress, usePlanImport } from '../hooks/use-plan-import';
import { AdminLink, adminHref } from '../utils/admin-links';

const COUNTED: (keyof ImportCounts)[] = [
  'aimingPoints',
  'committees',
  'units',
  'focusAreas',
  'actions',
  'indicators',
  'observations',
  'links',
];

function Progress({ progress }: { progress: ImportProgress }) {
  const { t, i18n } = useTranslation();
  const mb = (bytes: number) => formatNumber(Math.round((bytes / 1_048_576) * 10) / 10, i18n.language);
  const sending = progress.phase === 'sending';
  const label = sending ? t('admin.import.sending', { loaded: mb(progress.loaded), total: mb(progress.total) }) : t('admin.import.working');
  return (
    <div className="kompas-import-progress" data-testid="import-progress">
      {/* Determinate while the file is sent; then Kompas reads it, for which there is no measure: indeterminate. */}
      <progress aria-label={label} max={sending ? Math.max(progress.total, 1) : undefined} value={sending ? progress.loaded : undefined} />
      <p role="status">{label}</p>
    </div>
  );
}

/** Import a plan document: choose a file, see what it would create and every problem at its field, then import it. */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const { preview, run, progress } = usePlanImport();

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    run.reset();
    preview.reset();
    if (chosen) preview.mutate(chosen);
  };

  const checked = preview.data;
  // A document that is no plan document at all (not JSON, another format) is refused outright, with its problems.
  const refusal = preview.error instanceof ApiRequestError && preview.error.details.length ? preview.error.details : null;
  const problems = checked?.problems ?? refusal ?? [];
  const clean = !!checked && !checked.problems.length;
  const busy = preview.isPending || run.isPending;
  const imported = run.data;

  return (
    <AdminGate>
      <BackToIndex />
      <h1>{t('admin.import.title')}</h1>
      <p className="kompas-muted">{t('admin.import.intro')}</p>

      <div className="kompas-field">
        <label htmlFor={inputId}>{t('admin.import.file')}</label>
        <input id={inputId} type="file" accept=".json,application/json" onChange={choose} disabled={busy} data-testid="import-file" />
      </div>

      {progress && <Progress progress={progress} />}

      {preview.error && !refusal && (
        <p className="kompas-field__error" role="alert" data-testid="import-error">
          {apiErrorMessage(preview.error, t)}
        </p>
      )}
      {refusal && (
        <p className="kompas-field__error" role="alert" data-testid="import-refused">
          {apiErrorMessage(preview.error, t)}
        </p>
      )}

      {checked && file && !imported && (
        <section className="kompas-import-preview" aria-labelledby="import-preview-title" data-testid="import-preview">
          <h2 id="import-preview-title">{t('admin.import.previewTitle', { name: file.name })}</h2>
          <p>{clean ? t('admin.import.wouldCreate') : t('admin.import.wouldRefuse')}</p>
          <dl className="kompas-import-counts" data-testid="import-counts">
            {COUNTED.map((key) => (
              <div key={key}>
                <dt>{t(`admin.import.count.${key}`)}</dt>
                <dd data-testid={`import-count-${key}`}>{formatNumber(checked.counts[key], i18n.language)}</dd>
              </div>
            ))}
          </dl>
          {checked.sameAs.length > 0 && (
            <div className="kompas-note kompas-import-same" role="alert" data-testid="import-same-as">
              <p>{t('admin.import.sameAs', { count: checked.sameAs.length })}</p>
              <ul>
                {checked.sameAs.map((p) => (
                  <li key={p.id}>
                    <AdminLink href={adminHref.map(p.id)}>{p.title}</AdminLink>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}

      <ImportProblems problems={problems} />

      {file && !imported && (
        <div className="kompas-panel__buttons">
          <button
            type="button"
            className="is-primary"
            disabled={!clean || busy}
            aria-describedby={!clean && checked ? 'import-problems-title' : undefined}
            onClick={() => run.mutate(file)}
            data-testid="import-confirm"
          >
            {run.isPending ? t('admin.import.importing') : t('admin.import.confirm')}
          </button>
        </div>
      )}
      {run.error && (
        <p className="kompas-field__error" role="alert" data-testid="import-failed">
          {apiErrorMessage(run.error, t)}
        </p>
      )}
      {run.error instanceof ApiRequestError && <ImportProblems problems={run.error.details} />}

      {imported && (
        <div className="kompas-note" role="status" data-testid="import-done">
          <p>{t('admin.import.done', { title: imported.title })}</p>
          <p>
            <AdminLink href={adminHref.map(imported.id)} data-testid="import-open-map">
              {t('admin.import.openMap')}
            </AdminLink>{' '}
            · <AdminLink href={adminHref.plan(imported.id)}>{t('admin.import.openPlan')}</AdminLink>
          </p>
        </div>
      )}
    </AdminGate>
  );
}
