import { ChangeEvent, useId, useMemo, useState } from 'react';
import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlanGraph } from '@kompas/domain';
import { formatNumber } from '../../../i18n/format';
import { ApiRequestError } from '../../api/client';
import { usePlanGraph } from '../../api/hooks';
import type { UploadProgress } from '../../api/send-file';
import { usePrincipal } from '../../auth/current-user';
import { mayRecordData } from '../../auth/utils/permissions';
import { PageShell } from '../../common/components/PageShell';
import { StateMessage } from '../../common/components/StateMessage';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { ChosenFile, chosenFile, useObservationImport } from '../hooks/use-observation-import';
import {
  cellKey,
  ImportProblem,
  indicatorsTitled,
  ObservationImportPreview,
  ObservationImportRow,
  placeProblems,
  rowsToShow,
  shownColumns,
} from '../utils/import-file';

/** Rows drawn besides those with a problem: a file may have 50,000. */
const SHOWN_ROWS = 200;

function Progress({ progress }: { progress: UploadProgress }) {
  const { t, i18n } = useTranslation();
  const mb = (bytes: number) => formatNumber(Math.round((bytes / 1_048_576) * 10) / 10, i18n.language);
  const sending = progress.phase === 'sending';
  const label = sending
    ? t('observationImport.sending', { loaded: mb(progress.loaded), total: mb(progress.total) })
    : t('observationImport.working');
  return (
    <div className="kompas-import-progress" data-testid="observation-import-progress">
      {/* Determinate while the file is sent; then Kompas reads it, for which there is no measure: indeterminate. */}
      <progress aria-label={label} max={sending ? Math.max(progress.total, 1) : undefined} value={sending ? progress.loaded : undefined} />
      <p role="status">{label}</p>
    </div>
  );
}

/** One problem in the user's language, from its code and the cell it is about (never the server's English). */
export function problemText(
  p: ImportProblem,
  t: TFunction,
  context: { preview?: ObservationImportPreview; graph?: PlanGraph; row?: ObservationImportRow },
): string {
  const column = p.column ?? '';
  const cell = (context.row?.cells as Record<string, string | undefined> | undefined)?.[column] ?? '';
  const columnName = t(`observationImport.column.${column}`, { defaultValue: column });
  const decimal = context.preview?.file.decimal;
  const params: Record<string, string> = { cell, column: columnName, header: column };
  if (p.code === 'ambiguous_indicator') {
    params['ids'] = indicatorsTitled(context.graph, cell)
      .map((i) => (i.measures ? `${i.id} (${i.measures})` : i.id))
      .join(', ');
  }
  if (p.code === 'mixed_decimals') params['style'] = t(`observationImport.decimalIn.${decimal === 'point' ? 'point' : 'comma'}`);
  if (p.code === 'forbidden') params['indicator'] = context.row?.indicatorTitle ?? cell;
  return t(`observationImport.problem.${p.code}`, { ...params, defaultValue: t('observationImport.problem.other') });
}

/** The file's facts in words: what it is, how its text and numbers were read. */
function FileNotes({ preview }: { preview: ObservationImportPreview }) {
  const { t } = useTranslation();
  const { file } = preview;
  return (
    <ul className="kompas-import-notes" data-testid="observation-import-notes">
      <li>{t(`observationImport.format.${file.format}`)}</li>
      {file.encoding && (
        <li data-testid="observation-import-encoding" className={file.encoding === 'windows-1252' ? 'kompas-note' : undefined}>
          {file.encoding === 'windows-1252'
            ? t('observationImport.encoding.windows1252')
            : t(`observationImport.encoding.utf8${file.bom ? 'Bom' : ''}`)}
        </li>
      )}
      {file.delimiter && <li>{t(`observationImport.delimiter.${file.delimiter === ';' ? 'semicolon' : 'comma'}`)}</li>}
      <li data-testid="observation-import-decimal">{t(`observationImport.decimal.${file.decimal ?? 'none'}`)}</li>
    </ul>
  );
}

const COUNTED = ['rows', 'new', 'unchanged', 'corrections', 'problems'] as const;

/** The preview: the file's facts, its counts, its problems, and its rows with each problem at its cell. */
function PreviewTable({ preview, graph }: { preview: ObservationImportPreview; graph?: PlanGraph }) {
  const { t, i18n } = useTranslation();
  const columns = shownColumns(preview);
  const placed = useMemo(() => placeProblems(preview.problems, columns), [preview, columns]);
  const problemRows = useMemo(() => new Set(preview.problems.map((p) => p.row ?? 0)), [preview]);
  const { rows, hidden } = rowsToShow(preview.rows, problemRows, SHOWN_ROWS);
  const number = (n: number | null) => formatNumber(n, i18n.language);
  const status = (r: ObservationImportRow) => {
    if (r.status === 'new') return t('observationImport.status.new');
    if (r.status === 'unchanged') return t('observationImport.status.unchanged');
    if (r.status === 'correction') {
      const old = r.current?.value !== null && r.current?.value !== undefined ? number(r.current.value) : (r.current?.narrative ?? '');
      return t('observationImport.status.correction', { old });
    }
    return t('observationImport.status.problem');
  };
  return (
    <>
      <dl className="kompas-import-counts" data-testid="observation-import-counts">
        {COUNTED.map((key) => (
          <div key={key}>
            <dt>{t(`observationImport.count.${key}`)}</dt>
            <dd data-testid={`observation-import-count-${key}`}>{number(preview.counts[key])}</dd>
          </div>
        ))}
      </dl>
      {placed.file.length > 0 && (
        <section className="kompas-import-problems" aria-labelledby="observation-file-problems" data-testid="observation-file-problems">
          <h3 id="observation-file-problems">{t('observationImport.fileProblems')}</h3>
          <ul>
            {placed.file.map((p, i) => (
              <li key={`${p.field}:${i}`} data-field={p.field}>
                {problemText(p, t, { preview, graph })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {rows.length > 0 && (
        <div className="kompas-import-table">
          <table data-testid="observation-import-table">
            <caption className="kompas-visually-hidden">{t('observationImport.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('observationImport.row')}</th>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {t(`observationImport.column.${c}`)}
                  </th>
                ))}
                <th scope="col">{t('observationImport.statusHeader')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const rowProblems = placed.rows.get(r.row) ?? [];
                return (
                  <tr key={r.row} data-testid="observation-import-row" data-row={r.row} className={r.status ? undefined : 'has-problem'}>
                    <th scope="row">{r.row}</th>
                    {columns.map((c) => {
                      const problems = placed.cells.get(cellKey(r.row, c)) ?? [];
                      const text = (r.cells as Record<string, string | undefined>)[c] ?? '';
                      return (
                        <td
                          key={c}
                          className={problems.length ? 'is-problem' : undefined}
                          data-testid={problems.length ? 'observation-import-problem-cell' : undefined}
                          data-cell={cellKey(r.row, c)}
                        >
                          <span>{text}</span>
                          {problems.map((p, i) => (
                            <span key={i} className="kompas-import-cell__problem">
                              <span aria-hidden="true">⚠ </span>
                              {problemText(p, t, { preview, graph, row: r })}
                            </span>
                          ))}
                        </td>
                      );
                    })}
                    <td data-testid="observation-import-status">
                      {status(r)}
                      {rowProblems.map((p, i) => (
                        <span key={i} className="kompas-import-cell__problem">
                          <span aria-hidden="true">⚠ </span>
                          {problemText(p, t, { preview, graph, row: r })}
                        </span>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {hidden > 0 && <p className="kompas-muted">{t('observationImport.hiddenRows', { count: hidden, shown: number(rows.length) })}</p>}
    </>
  );
}

export type ObservationImportPageProps = { planId: string };

/** Import a file of observations into a plan: choose it, see every row and every problem at its cell, then import it. */
export function ObservationImportPage({ planId }: ObservationImportPageProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const principal = usePrincipal();
  const graph = usePlanGraph(planId);
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [wrongFile, setWrongFile] = useState<string | null>(null);
  const { preview, run, progress } = useObservationImport(planId);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0] ?? null;
    const next = file ? chosenFile(file) : null;
    setWrongFile(file && !next ? file.name : null);
    setChosen(next);
    run.reset();
    preview.reset();
    if (next) preview.mutate(next);
  };

  const checked = preview.data;
  const clean = !!checked && checked.problems.length === 0;
  const busy = preview.isPending || run.isPending;
  const done = run.data;
  const toMap = (
    <Link to="/plans/$planId" params={{ planId }}>
      {t('observationImport.toMap')}
    </Link>
  );

  let body;
  if (graph.isPending) body = <StateMessage tone="loading" title={t('common.loading')} />;
  else if (graph.isError) body = <StateMessage tone="error" title={apiErrorMessage(graph.error, t)} action={toMap} />;
  else if (!mayRecordData(principal, graph.data)) body = <StateMessage title={t('observationImport.notAllowed')} action={toMap} />;
  else {
    body = (
      <>
        <p className="kompas-muted">{t('observationImport.intro')}</p>
        <p className="kompas-muted">{t('observationImport.columns')}</p>
        <div className="kompas-field">
          <label htmlFor={inputId}>{t('observationImport.file')}</label>
          <input
            id={inputId}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={choose}
            disabled={busy}
            data-testid="observation-import-file"
          />
        </div>
        {wrongFile && (
          <p className="kompas-field__error" role="alert" data-testid="observation-import-wrong-file">
            {t('observationImport.wrongFile', { name: wrongFile })}
          </p>
        )}
        {progress && <Progress progress={progress} />}
        {preview.error && (
          <p className="kompas-field__error" role="alert" data-testid="observation-import-error">
            {apiErrorMessage(preview.error, t)}
          </p>
        )}
        {checked && chosen && !done && (
          <section
            className="kompas-import-preview"
            aria-labelledby="observation-import-preview-title"
            data-testid="observation-import-preview"
          >
            <h2 id="observation-import-preview-title">{t('observationImport.previewTitle', { name: chosen.file.name })}</h2>
            <FileNotes preview={checked} />
            <p>{clean ? t('observationImport.wouldImport') : t('observationImport.wouldRefuse', { count: checked.problems.length })}</p>
            <PreviewTable preview={checked} graph={graph.data} />
          </section>
        )}
        {chosen && checked && !done && (
          <div className="kompas-panel__buttons">
            <button
              type="button"
              className="is-primary"
              disabled={!clean || busy}
              onClick={() => run.mutate(chosen)}
              data-testid="observation-import-confirm"
            >
              {run.isPending ? t('observationImport.importing') : t('observationImport.confirm')}
            </button>
          </div>
        )}
        {run.error && (
          <div className="kompas-field__error" role="alert" data-testid="observation-import-failed">
            <p>{apiErrorMessage(run.error, t)}</p>
            {run.error instanceof ApiRequestError && run.error.details.length > 0 && (
              <ul>
                {run.error.details.map((p, i) => (
                  <li key={i}>
                    {(p as ImportProblem).row ? `${t('observationImport.row')} ${(p as ImportProblem).row}: ` : ''}
                    {problemText(p as ImportProblem, t, { preview: checked, graph: graph.data })}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {done && (
          <div className="kompas-note" role="status" data-testid="observation-import-done">
            <p>{t('observationImport.done', { written: done.written, corrected: done.corrected, unchanged: done.unchanged })}</p>
            <p>{toMap}</p>
          </div>
        )}
      </>
    );
  }

  return (
    <PageShell current="map">
      <div className="kompas-admin kompas-observation-import">
        <p className="kompas-admin__back">
          <Link to="/plans/$planId" params={{ planId }}>
            ← {graph.data?.nodes.find((n) => n.kind === 'vision')?.title ?? t('observationImport.toMap')}
          </Link>
        </p>
        <h1>{t('observationImport.title')}</h1>
        {body}
      </div>
    </PageShell>
  );
}
