import { FormEvent, ReactNode, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, isVersionConflict } from '../../api/client';
import { ConfirmDialog } from '../../common/components/ConfirmDialog';
import { ConflictDialog } from '../../common/components/ConflictDialog';
import { useEditConflict } from '../../common/hooks/use-edit-conflict';
import { ReasonField } from '../../common/components/ReasonField';
import { useToast } from '../../common/components/Toasts';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { differingFields, NameLookup, NO_NAMES } from '../../common/utils/field-words';
import { AdminKind, useAdminDelete, useAdminRestore, useAdminSave } from '../hooks/use-admin';
import { FieldSpec, formBody, formProblems, formValuesOf, FormValues, SectionValue } from '../utils/admin-form';

type Row = { id: string; version: number };

export type AdminFormProps<T extends Row> = {
  kind: AdminKind;
  /** The row as last read; null for a new one. */
  row: T | null;
  fields: readonly FieldSpec[];
  /** Sent with a new row only (e.g. the plan it belongs to). */
  createExtras?: Record<string, unknown>;
  heading: string;
  /** How the row is named in messages ("Udvalget for Læring"). */
  nameOf: (row: T) => string;
  names?: NameLookup;
  onSaved: (saved: T, created: boolean) => void;
  onDeleted?: (row: T) => void;
  /** A deletion undone from its confirmation: back to the row's page. */
  onRestored?: (row: T) => void;
  /** What is said before deleting, naming the thing. */
  deleteMessage?: string;
  testId: string;
  children?: ReactNode;
};

/** An edit the user sent from the version they read (`base`), kept so that it can be sent again over someone else's change. */
type Edit<T> = ({ type: 'save'; body: Record<string, unknown>; reason: string } | { type: 'delete'; reason: string }) & { base: T | null };

/**
 * Creating, changing and deleting one row an administrator manages, with the map panel's
 * conflict handling: a save over a version someone else changed shows who changed what,
 * then either shows the saved version or sends the same edit again over it.
 */
export function AdminForm<T extends Row>(props: AdminFormProps<T>) {
  const { kind, fields, heading, nameOf, onSaved, onDeleted, testId } = props;
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const save = useAdminSave<T>();
  const removal = useAdminDelete();
  const restore = useAdminRestore();
  const formId = useId();
  const [base, setBase] = useState<T | null>(props.row);
  const [values, setValues] = useState<FormValues>(() => formValuesOf(fields, props.row as Record<string, unknown> | null));
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const names = props.names ?? NO_NAMES;
  const asRecord = (row: T | null) => row as unknown as Record<string, unknown> | null;

  const problems = useMemo(() => (tried ? formProblems(fields, values) : []), [fields, values, tried]);
  const fieldErrors = useMemo(() => {
    const errors: Record<string, string> = {};
    const say = (field: string, code: string, fallback?: string) => {
      if (errors[field]) return;
      errors[field] = t(`admin.problem.${code}`, { defaultValue: t(`validation.${code}`, { defaultValue: fallback ?? code }) });
    };
    for (const p of problems) say(p.field, p.code);
    const error = save.error;
    if (error instanceof ApiRequestError && error.status !== 412) for (const d of error.details) say(d.field, d.code, d.message);
    return errors;
  }, [problems, save.error, t]);
  const shownAtField = (error: unknown) =>
    error instanceof ApiRequestError &&
    error.details.some((d) => fields.some((f) => d.field === f.name || d.field.startsWith(`${f.name}.`)));
  const formError = save.error && !isVersionConflict(save.error) && !shownAtField(save.error) ? apiErrorMessage(save.error, t) : null;
  const deleteError = removal.error && !isVersionConflict(removal.error) ? apiErrorMessage(removal.error, t) : null;

  const edits = useEditConflict<T | null, Edit<T>, T | null>({
    save: (edit) => {
      const from = edit.base;
      // A re-applied edit goes over the version saved now: the form goes on from that one.
      if (from) setBase(from);
      if (edit.type === 'save') {
        removal.reset();
        return save.mutateAsync({
          kind,
          id: from?.id ?? null,
          version: from?.version ?? null,
          body: from ? edit.body : { ...props.createExtras, ...edit.body },
          reason: edit.reason,
        });
      }
      save.reset();
      if (!from) return Promise.resolve(null);
      return removal.mutateAsync({ kind, id: from.id, version: from.version, reason: edit.reason }).then(() => null);
    },
    onSaved: (edit, saved) => {
      const from = edit.base;
      if (edit.type === 'save' && saved) {
        setBase(saved);
        setValues(formValuesOf(fields, saved as unknown as Record<string, unknown>));
        setReason('');
        setTried(false);
        toast.show('success', t(from ? 'admin.saved' : 'admin.created', { name: nameOf(saved) }));
        onSaved(saved, !from);
        return;
      }
      if (!from) return;
      toast.show('success', t('admin.deleted', { name: nameOf(from) }), {
        label: t('common.undo'),
        // The same row comes back, with its history and what was deleted with it.
        // A promise rather than callbacks: the page has moved on, and this form is gone, by the time it is clicked.
        onClick: () =>
          void restore.mutateAsync({ id: from.id }).then(
            () => {
              toast.show('success', t('admin.restored', { name: nameOf(from) }));
              props.onRestored?.(from);
            },
            (error: unknown) => toast.show('error', apiErrorMessage(error, t)),
          ),
      });
      onDeleted?.(from);
    },
    // A refusal shows at its field, or above the form's buttons.
    onFailed: () => undefined,
    // Show what is saved now: the form starts afresh from the current version.
    onReload: (current) => {
      setBase(current);
      setValues(formValuesOf(fields, asRecord(current)));
      save.reset();
      removal.reset();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const found = formProblems(fields, values);
    if (found.length) {
      document.getElementById(`${formId}-${found[0].field}`)?.focus();
      return;
    }
    const body = formBody(fields, values, asRecord(base));
    if (base && !Object.keys(body).length) {
      toast.show('info', t('admin.nothingChanged'));
      return;
    }
    void edits.send({ type: 'save', body, reason, base });
  };

  const fieldId = (field: string) => `${formId}-${field}`;
  const errorOf = (field: string) =>
    fieldErrors[field] ? (
      <p id={`${fieldId(field)}-error`} className="kompas-field__error" role="alert">
        {fieldErrors[field]}
      </p>
    ) : null;
  const hinted = new Set(fields.filter((f) => f.type === 'lines').map((f) => f.name));
  const described = (field: string) => ({
    'aria-invalid': fieldErrors[field] ? true : undefined,
    'aria-describedby':
      [fieldErrors[field] ? `${fieldId(field)}-error` : '', hinted.has(field) ? `${fieldId(field)}-hint` : ''].filter(Boolean).join(' ') ||
      undefined,
  });
  const set = (field: string, value: FormValues[string]) => setValues((v) => ({ ...v, [field]: value }));
  const label = (field: string) => t(`admin.field.${field}`, { defaultValue: t(`field.${field}`) });

  const input = (f: FieldSpec) => {
    const value = values[f.name];
    if (f.type === 'sections') {
      return (
        <SectionsInput
          key={f.name}
          id={fieldId(f.name)}
          legend={label(f.name)}
          sections={Array.isArray(value) ? value : []}
          onChange={(sections) => set(f.name, sections)}
          errorOf={errorOf}
          described={described}
          fieldId={fieldId}
          name={f.name}
        />
      );
    }
    const v = typeof value === 'string' ? value : '';
    const common = {
      id: fieldId(f.name),
      name: f.name,
      value: v,
      required: f.required,
      ...described(f.name),
    };
    let control: ReactNode;
    if (f.type === 'select') {
      control = (
        <select {...common} onChange={(e) => set(f.name, e.target.value)}>
          <option value="">{t('common.none')}</option>
          {f.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    } else if (f.type === 'text' || f.type === 'longText' || f.type === 'lines') {
      control = <textarea {...common} rows={f.type === 'longText' ? 8 : 4} onChange={(e) => set(f.name, e.target.value)} />;
    } else {
      control = (
        <input
          {...common}
          type={f.type === 'date' ? 'date' : f.type === 'position' ? 'number' : 'text'}
          min={f.type === 'position' ? 1 : undefined}
          step={f.type === 'position' ? 1 : undefined}
          autoComplete="off"
          onChange={(e) => set(f.name, e.target.value)}
        />
      );
    }
    return (
      <div key={f.name} className="kompas-field">
        <label htmlFor={fieldId(f.name)}>{label(f.name)}</label>
        {control}
        {f.type === 'lines' && (
          <p id={`${fieldId(f.name)}-hint`} className="kompas-muted">
            {t('admin.oneALine')}
          </p>
        )}
        {errorOf(f.name)}
      </div>
    );
  };

  const compared = fields.map((f) => f.name);
  return (
    <form className="kompas-admin-form" onSubmit={submit} noValidate data-testid={testId} aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{heading}</h2>
      {fields.map(input)}
      <ReasonField id={`${formId}-reason`} value={reason} onChange={setReason} />
      {(formError || deleteError) && (
        <p className="kompas-field__error" role="alert" data-testid={`${testId}-error`}>
          {formError ?? deleteError}
        </p>
      )}
      <div className="kompas-panel__buttons">
        <button type="submit" className="is-primary" disabled={save.isPending} data-testid={`${testId}-save`}>
          {save.isPending ? t('common.saving') : base ? t('common.save') : t('admin.create')}
        </button>
        {base && onDeleted && (
          <button
            type="button"
            className="is-danger"
            disabled={removal.isPending}
            onClick={() => setConfirming(true)}
            data-testid={`${testId}-delete`}
          >
            {t('common.delete')}
          </button>
        )}
      </div>
      {props.children}
      <ConfirmDialog
        open={confirming}
        title={t('admin.deleteTitle', { name: base ? nameOf(base) : '' })}
        message={props.deleteMessage ?? t('admin.deleteMessage')}
        confirmLabel={t('common.delete')}
        withReason
        onConfirm={(why) => {
          setConfirming(false);
          if (base) void edits.send({ type: 'delete', reason: why, base });
        }}
        onCancel={() => setConfirming(false)}
      />
      <ConflictDialog
        flow={edits}
        title={base ? nameOf(base) : ''}
        differences={(conflict) => ({
          theirs: differingFields(kind, asRecord(conflict.edit.base), asRecord(conflict.current), t, i18n.language, names, compared),
          mine:
            conflict.edit.type === 'save'
              ? differingFields(
                  kind,
                  asRecord(conflict.edit.base),
                  { ...asRecord(conflict.edit.base), ...conflict.edit.body },
                  t,
                  i18n.language,
                  names,
                  compared,
                )
              : [],
        })}
        reapplyLabel={(conflict) => (conflict.edit.type === 'save' ? t('conflict.reapply') : t('conflict.reapplyDelete'))}
        busy={save.isPending || removal.isPending}
      />
    </form>
  );
}

type SectionsInputProps = {
  id: string;
  name: string;
  legend: string;
  sections: SectionValue[];
  onChange: (sections: SectionValue[]) => void;
  errorOf: (field: string) => ReactNode;
  described: (field: string) => Record<string, unknown>;
  fieldId: (field: string) => string;
};

/** The plan's or aiming point's sections as the document has them: each a title and a text, in order. */
function SectionsInput({ id, name, legend, sections, onChange, errorOf, described, fieldId }: SectionsInputProps) {
  const { t } = useTranslation();
  const change = (i: number, part: Partial<SectionValue>) => onChange(sections.map((s, j) => (j === i ? { ...s, ...part } : s)));
  const move = (i: number, by: number) => {
    const next = [...sections];
    const [s] = next.splice(i, 1);
    next.splice(i + by, 0, s);
    onChange(next);
  };
  return (
    <fieldset className="kompas-field kompas-admin-sections" id={id} tabIndex={-1}>
      <legend>{legend}</legend>
      {!sections.length && <p className="kompas-muted">{t('admin.noSections')}</p>}
      <ol>
        {sections.map((s, i) => {
          const n = i + 1;
          return (
            <li key={i} className="kompas-admin-sections__item">
              <div className="kompas-field">
                <label htmlFor={fieldId(`${name}.${i}.title`)}>{t('admin.sectionTitle', { n })}</label>
                <input
                  id={fieldId(`${name}.${i}.title`)}
                  value={s.title}
                  autoComplete="off"
                  onChange={(e) => change(i, { title: e.target.value })}
                  {...described(`${name}.${i}.title`)}
                />
                {errorOf(`${name}.${i}.title`)}
              </div>
              <div className="kompas-field">
                <label htmlFor={fieldId(`${name}.${i}.body`)}>{t('admin.sectionBody', { n })}</label>
                <textarea
                  id={fieldId(`${name}.${i}.body`)}
                  rows={4}
                  value={s.body}
                  onChange={(e) => change(i, { body: e.target.value })}
                  {...described(`${name}.${i}.body`)}
                />
                {errorOf(`${name}.${i}.body`)}
              </div>
              <div className="kompas-admin-sections__buttons">
                <button type="button" disabled={i === 0} onClick={() => move(i, -1)}>
                  {t('admin.sectionUp', { n })}
                </button>
                <button type="button" disabled={i === sections.length - 1} onClick={() => move(i, 1)}>
                  {t('admin.sectionDown', { n })}
                </button>
                <button type="button" onClick={() => onChange(sections.filter((_, j) => j !== i))}>
                  {t('admin.sectionRemove', { n })}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...sections, { title: '', body: '' }])}>
        {t('admin.sectionAdd')}
      </button>
    </fieldset>
  );
}
