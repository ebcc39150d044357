import { MAX_LONG_TEXT, MAX_SHORT_TEXT, MAX_TEXT, MAX_TITLE } from '@kompas/domain';

/**
 * The administration forms as data: which fields a row has, how each is typed in,
 * what the form checks before sending, and the body it sends. Pure functions, so
 * the checks and the bodies are tested without a browser.
 */
export type FieldType = 'title' | 'shortText' | 'text' | 'longText' | 'date' | 'lines' | 'sections' | 'select' | 'position';

export type FieldSpec = {
  name: string;
  type: FieldType;
  required?: boolean;
  /** select: the values to choose from ('' for none, sent as null). */
  options?: readonly { value: string; label: string }[];
  /** date: must not lie before this other date field. */
  notBefore?: string;
  /** What a new row starts with (nothing when left out). */
  initial?: string;
};

export type SectionValue = { title: string; body: string };
export type FormValue = string | SectionValue[];
export type FormValues = Record<string, FormValue>;
export type FormProblem = { field: string; code: string };

const LIMITS: Partial<Record<FieldType, number>> = {
  title: MAX_TITLE,
  shortText: MAX_SHORT_TEXT,
  text: MAX_TEXT,
  longText: MAX_LONG_TEXT,
  lines: MAX_TEXT,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDate = (text: string) =>
  DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

/** A stored row's fields as the form shows them: lists of texts one a line, nothing as ''. */
export function formValuesOf(fields: readonly FieldSpec[], row: Record<string, unknown> | null): FormValues {
  const values: FormValues = {};
  for (const f of fields) {
    const value = row ? row[f.name] : f.initial;
    if (f.type === 'sections')
      values[f.name] = Array.isArray(value) ? (value as SectionValue[]).map((s) => ({ title: s.title, body: s.body })) : [];
    else if (f.type === 'lines') values[f.name] = Array.isArray(value) ? (value as string[]).join('\n') : '';
    else values[f.name] = value === null || value === undefined ? '' : String(value);
  }
  return values;
}

const text = (value: FormValue | undefined) => (typeof value === 'string' ? value : '');
const linesOf = (value: string) =>
  value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** What the form refuses before anything is sent, each at its field (`sections.1.title` for a section's title). */
export function formProblems(fields: readonly FieldSpec[], values: FormValues): FormProblem[] {
  const problems: FormProblem[] = [];
  for (const f of fields) {
    const value = values[f.name];
    if (f.type === 'sections') {
      (Array.isArray(value) ? value : []).forEach((s, i) => {
        if (!s.title.trim()) problems.push({ field: `${f.name}.${i}.title`, code: 'required' });
        else if (s.title.length > MAX_TITLE) problems.push({ field: `${f.name}.${i}.title`, code: 'max_length' });
        if (s.body.length > MAX_TEXT) problems.push({ field: `${f.name}.${i}.body`, code: 'max_length' });
      });
      continue;
    }
    const v = text(value);
    if (f.required && !v.trim()) {
      problems.push({ field: f.name, code: 'required' });
      continue;
    }
    const limit = LIMITS[f.type];
    if (limit && (f.type === 'lines' ? linesOf(v).some((l) => l.length > limit) : v.length > limit)) {
      problems.push({ field: f.name, code: 'max_length' });
    } else if (f.type === 'date' && v && !isCalendarDate(v)) {
      problems.push({ field: f.name, code: 'is_calendar_date' });
    } else if (f.type === 'date' && v && f.notBefore && isCalendarDate(text(values[f.notBefore])) && v < text(values[f.notBefore])) {
      problems.push({ field: f.name, code: 'before_start' });
    } else if (f.type === 'position' && v.trim() && !/^[1-9]\d{0,5}$/.test(v.trim())) {
      problems.push({ field: f.name, code: 'position' });
    } else if (f.type === 'select' && v && f.options && !f.options.some((o) => o.value === v)) {
      problems.push({ field: f.name, code: 'is_in' });
    }
  }
  return problems;
}

/** A field's value as the API takes it. */
function apiValue(f: FieldSpec, value: FormValue | undefined): unknown {
  if (f.type === 'sections') return (Array.isArray(value) ? value : []).map((s) => ({ title: s.title.trim(), body: s.body }));
  const v = text(value);
  if (f.type === 'lines') return linesOf(v);
  if (f.type === 'select') return v || null;
  // An empty place leaves it where it is (a new row goes last).
  if (f.type === 'position') return v.trim() ? Number(v.trim()) : null;
  if (f.type === 'title' || f.type === 'shortText') return v.trim();
  return v;
}

/**
 * The body to send: for a new row every field that has a value; for a change only the fields
 * that differ from the row the form started with (so a save never sends back what someone else changed).
 */
export function formBody(fields: readonly FieldSpec[], values: FormValues, base: Record<string, unknown> | null): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    const value = apiValue(f, values[f.name]);
    if (!base) {
      if (value !== null && value !== '' && !(Array.isArray(value) && !value.length)) body[f.name] = value;
      continue;
    }
    const before = apiValue(f, formValuesOf([f], base)[f.name]);
    if (f.type === 'position' && value === null) continue;
    if (JSON.stringify(before) !== JSON.stringify(value)) body[f.name] = value;
  }
  return body;
}
