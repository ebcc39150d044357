import { FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IndicatorNode, JUDGEMENTS, MAX_REASON, MAX_TEXT } from '@kompas/domain';
import type { Observation } from '../../api/types';
import { useToast } from '../../common/components/Toasts';
import { FormError } from '../../panel/components/FormError';
import { useFieldErrors } from '../../panel/hooks/use-field-errors';
import { formatDate, formatNumber, todayIso } from '../../../i18n/format';
import { useObservations, useRecordObservation } from '../hooks/use-observations';
import { currentFor, latestEndedPeriod, parseDecimal, periodChoices, readPeriod } from '../utils/observation-form';
import { periodLabel } from '../utils/period-label';

/** What the form needs of an indicator: the graph's node or the indicator as the API gives it. */
export type RecordableIndicator = Pick<IndicatorNode, 'id' | 'type' | 'cadence' | 'unit'>;

export type RecordObservationFormProps = {
  planId: string;
  indicator: RecordableIndicator;
  onRecorded?: (observation: Observation) => void;
  /** The period to start with (a code); else the latest ended period of the indicator's cadence. */
  initialPeriod?: string;
  /** Start as a correction of the period's current observation (the history's "Ret"). */
  startCorrecting?: boolean;
  /** Offer to stop, e.g. a correction opened from the history. */
  onCancel?: () => void;
  /** Ids inside the form start with this, so that two forms on one page do not clash. */
  idPrefix?: string;
  /** The indicator's own series (the default) or its reference series. */
  series?: Observation['series'];
};

type Values = { period: string; value: string; narrative: string; judgement: string; sourceNote: string; reason: string };

/** The fields the server may name, and the form field that shows its problem. */
const FIELD_OF: Record<string, keyof Values> = {
  period: 'period',
  periodStart: 'period',
  periodEnd: 'period',
  value: 'value',
  narrative: 'narrative',
  judgement: 'judgement',
  sourceNote: 'sourceNote',
  reason: 'reason',
};

const valuesFrom = (o: Observation | null, language: string): Partial<Values> =>
  o
    ? {
        value: o.value === null ? '' : formatNumber(o.value, language).replace(/\u00a0/g, ' '),
        narrative: o.narrative ?? '',
        judgement: o.judgement ?? '',
        sourceNote: o.sourceNote ?? '',
      }
    : {};

/**
 * Records an observation of an indicator: the period by a picker of its cadence's periods or typed as
 * a period code, the value or narrative, a judgement and where the data comes from. A period that
 * already has an observation is corrected instead, with the reason why.
 */
export function RecordObservationForm({
  planId,
  indicator,
  onRecorded,
  initialPeriod,
  startCorrecting = false,
  onCancel,
  idPrefix,
  series = 'actual',
}: RecordObservationFormProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const toast = useToast();
  const autoId = useId();
  const id = (name: string) => `${idPrefix ?? `record-${autoId}`}-${name}`;
  const observations = useObservations(indicator.id);
  const record = useRecordObservation(planId, indicator.id);
  const today = todayIso();
  const choices = useMemo(() => periodChoices(indicator.cadence, today), [indicator.cadence, today]);
  const [values, setValues] = useState<Values>(() => ({
    period: initialPeriod ?? latestEndedPeriod(indicator.cadence, today).code,
    value: '',
    narrative: '',
    judgement: '',
    sourceNote: '',
    reason: '',
  }));
  const [correcting, setCorrecting] = useState(startCorrecting);
  const [local, setLocal] = useState<Partial<Record<keyof Values, string>>>({});
  const [prefilledFrom, setPrefilledFrom] = useState<string | null>(null);

  const reading = readPeriod(values.period, indicator.cadence);
  const existing = reading.ok && observations.data ? currentFor(observations.data, reading.period, series) : null;
  const isCorrection = correcting && !!existing;
  // A correction starts from what it corrects.
  if (isCorrection && existing && prefilledFrom !== existing.id) {
    setPrefilledFrom(existing.id);
    setValues((v) => ({ ...v, ...valuesFrom(existing, lang) }));
  }

  const server = useFieldErrors(record.error);
  const serverAt: Partial<Record<keyof Values, string>> = {};
  for (const [field, message] of Object.entries(server)) {
    const at = FIELD_OF[field];
    if (at && !serverAt[at]) serverAt[at] = message;
  }
  const periodProblem = reading.ok ? null : reading.empty ? t('observations.periodRequired') : t('observations.periodUnknown');
  const errorOf = (name: keyof Values) => (name === 'period' ? (periodProblem ?? local.period) : local[name]) ?? serverAt[name];

  const set = (name: keyof Values, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setLocal((l) => ({ ...l, [name]: undefined }));
    if (record.error) record.reset();
  };

  const handlePeriod = (code: string) => {
    set('period', code);
    setCorrecting(false);
    setPrefilledFrom(null);
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Partial<Record<keyof Values, string>> = {};
    if (!reading.ok) problems.period = periodProblem ?? undefined;
    let value: number | null = null;
    if (indicator.type === 'quantitative') {
      value = parseDecimal(values.value);
      if (value === null) problems.value = values.value.trim() ? t('observations.valueNotNumber') : t('observations.valueRequired');
    } else if (!values.narrative.trim()) problems.narrative = t('observations.narrativeRequired');
    if (existing && !isCorrection) problems.period = t('observations.periodTaken');
    if (isCorrection && !values.reason.trim()) problems.reason = t('observations.reasonRequired');
    setLocal(problems);
    if (Object.values(problems).some(Boolean) || !reading.ok) {
      const first = (Object.keys(problems) as (keyof Values)[]).find((k) => problems[k]);
      if (first) document.getElementById(id(first))?.focus();
      return;
    }
    const code = reading.period.code;
    record.mutate(
      {
        body: {
          period: code,
          ...(series === 'reference' ? { series } : {}),
          ...(indicator.type === 'quantitative' ? { value } : { narrative: values.narrative.trim() }),
          judgement: values.judgement || null,
          sourceNote: values.sourceNote.trim() || null,
        },
        corrects: isCorrection && existing ? existing.id : null,
        reason: isCorrection ? values.reason : undefined,
      },
      {
        onSuccess: (recorded) => {
          toast.show('success', t(isCorrection ? 'observations.corrected' : 'observations.recorded', { period: periodLabel(code, lang) }));
          setValues((v) => ({ ...v, value: '', narrative: '', judgement: '', sourceNote: '', reason: '' }));
          setCorrecting(false);
          setPrefilledFrom(null);
          onRecorded?.(recorded);
        },
      },
    );
  };

  const picked = reading.ok ? (choices.find((c) => c.code === reading.period.code)?.code ?? '') : '';
  const describedBy = (name: keyof Values, hint?: boolean) =>
    [hint ? `${id(name)}-hint` : '', errorOf(name) ? `${id(name)}-error` : ''].filter(Boolean).join(' ') || undefined;
  const fieldError = (name: keyof Values) =>
    errorOf(name) ? (
      <p className="kompas-field__error" id={`${id(name)}-error`} role="alert">
        {errorOf(name)}
      </p>
    ) : null;
  const shownFields = Object.keys(FIELD_OF);

  return (
    <form className="kompas-record" onSubmit={handleSubmit} noValidate data-testid="record-observation-form" aria-labelledby={id('title')}>
      <h3 id={id('title')} className="kompas-record__title">
        {isCorrection ? t('observations.correctTitle') : t('observations.recordTitle')}
      </h3>
      <div className="kompas-field">
        <label htmlFor={id('choice')}>{t('observations.periodPicker', { cadence: t(`cadence.${indicator.cadence}`).toLowerCase() })}</label>
        <select
          id={id('choice')}
          value={picked}
          onChange={(e) => e.target.value && handlePeriod(e.target.value)}
          data-testid="period-choice"
        >
          {!picked && <option value="">{t('observations.otherPeriod')}</option>}
          {choices.map((c) => (
            <option key={c.code} value={c.code}>
              {periodLabel(c.code, lang)} ({formatDate(c.start, lang)} – {formatDate(c.end, lang)})
            </option>
          ))}
        </select>
      </div>
      <div className={`kompas-field${errorOf('period') ? ' has-error' : ''}`}>
        <label htmlFor={id('period')}>{t('observations.periodCode')}</label>
        <input
          id={id('period')}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={values.period}
          onChange={(e) => handlePeriod(e.target.value)}
          aria-invalid={errorOf('period') ? true : undefined}
          aria-describedby={describedBy('period', true)}
          data-testid="period-input"
        />
        <p id={`${id('period')}-hint`} className="kompas-muted" aria-live="polite">
          {reading.ok
            ? t('observations.periodMeans', { start: formatDate(reading.period.start, lang), end: formatDate(reading.period.end, lang) }) +
              (reading.matchesCadence
                ? ''
                : ` ${t('observations.periodOtherCadence', { cadence: t(`cadence.${indicator.cadence}`).toLowerCase() })}`)
            : t('observations.periodHint')}
        </p>
        {fieldError('period')}
      </div>

      {existing && (
        <div className="kompas-note kompas-record__existing" data-testid="existing-observation">
          <p>
            {t('observations.existing', {
              period: periodLabel(existing.period ?? '', lang),
              value: existing.value !== null ? formatNumber(existing.value, lang) : existing.narrative,
              date: formatDate(existing.recordedAt, lang),
            })}
          </p>
          {!isCorrection ? (
            <button type="button" onClick={() => setCorrecting(true)} data-testid="offer-correction">
              {t('observations.correctIt')}
            </button>
          ) : (
            <p>{t('observations.correctionNote')}</p>
          )}
        </div>
      )}

      {indicator.type === 'quantitative' ? (
        <div className={`kompas-field${errorOf('value') ? ' has-error' : ''}`}>
          <label htmlFor={id('value')}>
            {t('field.value')}
            {indicator.unit ? ` (${indicator.unit})` : ''}
            <span aria-hidden="true"> *</span>
          </label>
          <input
            id={id('value')}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            required
            value={values.value}
            onChange={(e) => set('value', e.target.value)}
            aria-invalid={errorOf('value') ? true : undefined}
            aria-describedby={describedBy('value')}
            data-testid="value-input"
          />
          {fieldError('value')}
        </div>
      ) : (
        <div className={`kompas-field${errorOf('narrative') ? ' has-error' : ''}`}>
          <label htmlFor={id('narrative')}>
            {t('field.narrative')}
            <span aria-hidden="true"> *</span>
          </label>
          <textarea
            id={id('narrative')}
            rows={4}
            required
            maxLength={MAX_TEXT}
            value={values.narrative}
            onChange={(e) => set('narrative', e.target.value)}
            aria-invalid={errorOf('narrative') ? true : undefined}
            aria-describedby={describedBy('narrative')}
            data-testid="narrative-input"
          />
          {fieldError('narrative')}
        </div>
      )}

      <div className={`kompas-field${errorOf('judgement') ? ' has-error' : ''}`}>
        <label htmlFor={id('judgement')}>{t('field.judgement')}</label>
        <select
          id={id('judgement')}
          value={values.judgement}
          onChange={(e) => set('judgement', e.target.value)}
          aria-invalid={errorOf('judgement') ? true : undefined}
          aria-describedby={describedBy('judgement')}
          data-testid="judgement-input"
        >
          <option value="">{t('observations.noJudgement')}</option>
          {JUDGEMENTS.map((j) => (
            <option key={j} value={j}>
              {t(`status.health.${j}`)}
            </option>
          ))}
        </select>
        {fieldError('judgement')}
      </div>

      <div className={`kompas-field${errorOf('sourceNote') ? ' has-error' : ''}`}>
        <label htmlFor={id('sourceNote')}>{t('field.sourceNote')}</label>
        <input
          id={id('sourceNote')}
          type="text"
          maxLength={MAX_TEXT}
          value={values.sourceNote}
          onChange={(e) => set('sourceNote', e.target.value)}
          aria-invalid={errorOf('sourceNote') ? true : undefined}
          aria-describedby={describedBy('sourceNote', true)}
          data-testid="source-input"
        />
        <p id={`${id('sourceNote')}-hint`} className="kompas-muted">
          {t('observations.sourceHint')}
        </p>
        {fieldError('sourceNote')}
      </div>

      {isCorrection && (
        <div className={`kompas-field${errorOf('reason') ? ' has-error' : ''}`}>
          <label htmlFor={id('reason')}>
            {t('observations.reason')}
            <span aria-hidden="true"> *</span>
          </label>
          <textarea
            id={id('reason')}
            rows={2}
            required
            maxLength={MAX_REASON}
            value={values.reason}
            onChange={(e) => set('reason', e.target.value)}
            aria-invalid={errorOf('reason') ? true : undefined}
            aria-describedby={describedBy('reason')}
            data-testid="correction-reason"
          />
          {fieldError('reason')}
        </div>
      )}

      <FormError error={record.error} fieldErrors={server} fields={shownFields} />
      <div className="kompas-panel__buttons">
        <button type="submit" className="is-primary" disabled={record.isPending} data-testid="record-submit">
          {record.isPending ? t('common.saving') : isCorrection ? t('observations.saveCorrection') : t('observations.record')}
        </button>
        {isCorrection && !onCancel && (
          <button type="button" onClick={() => setCorrecting(false)} data-testid="cancel-correction">
            {t('common.cancel')}
          </button>
        )}
        {onCancel && (
          <button type="button" onClick={onCancel} data-testid="cancel-correction">
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
