import type { TFunction } from 'i18next';
import { formatDate, formatNumber } from '../../../i18n/format';

/** Names for the ids a stored row holds, so a change reads "Udvalget for Læring", not a UUID. */
export type NameLookup = {
  committees: ReadonlyMap<string, string>;
  units: ReadonlyMap<string, string>;
  nodes: ReadonlyMap<string, string>;
};

export const NO_NAMES: NameLookup = { committees: new Map(), units: new Map(), nodes: new Map() };

/** Bookkeeping columns: they change with every save and say nothing to a reader. */
const IGNORED = new Set(['id', 'planId', 'example', 'createdAt', 'updatedAt', 'version', 'deletedAt']);
const DATES = new Set(['startDate', 'endDate', 'targetDate', 'baselineDate', 'periodStart', 'periodEnd']);
const NODE_REFS = new Set(['sourceId', 'targetId', 'focusAreaId', 'actionId', 'aimingPointId', 'indicatorId', 'nodeId']);
const LONG = 80;

/** A field's name in words, starting in lower case ("titel", "status"), to sit inside a sentence. */
export function fieldName(field: string, t: TFunction): string {
  const label = t(`field.${field}`, { defaultValue: field.replace(/([A-Z])/g, ' $1').toLowerCase() });
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Whether a stored value is shown as text, or only named as changed (sections, lists of texts). */
const isPlain = (field: string, value: unknown) =>
  value === null ||
  value === undefined ||
  typeof value !== 'object' ||
  (Array.isArray(value) && value.every((v) => typeof v === 'string') && field.endsWith('Ids'));

/**
 * A stored value as a reader says it: statuses in words, owners by name, dates and numbers in the
 * user's language, texts in quotes (long ones shortened); null when it cannot be said briefly.
 */
export function valueInWords(
  entity: string,
  field: string,
  value: unknown,
  t: TFunction,
  language: string,
  names: NameLookup = NO_NAMES,
): string | null {
  if (!isPlain(field, value)) return null;
  if (value === null || value === undefined || value === '') return t('history.empty');
  if (Array.isArray(value)) {
    const lookup = field.startsWith('committee') || field.startsWith('coOwner') ? names.committees : names.units;
    return value.length ? value.map((id) => lookup.get(String(id)) ?? String(id)).join(', ') : t('history.empty');
  }
  if (typeof value === 'boolean') return value ? t('history.yes') : t('history.no');
  if (typeof value === 'number') return formatNumber(value, language);
  const text = String(value);
  if (field === 'status') {
    const group = entity === 'plan' || entity === 'vision' ? 'plan' : entity;
    return t(`status.${group}.${text}`, { defaultValue: text });
  }
  if (field === 'committeeId') return names.committees.get(text) ?? text;
  if (field === 'unitId' || field === 'parentId') return names.units.get(text) ?? text;
  if (NODE_REFS.has(field)) return quote(names.nodes.get(text) ?? text, t);
  if (DATES.has(field)) return formatDate(text, language);
  if (['direction', 'cadence', 'evidenceKind'].includes(field)) {
    const group = field === 'evidenceKind' ? 'evidence' : field;
    return t(`${group}.${text}`, { defaultValue: text });
  }
  if (field === 'type') return t(`indicatorType.${text}`, { defaultValue: text });
  return quote(text.length > LONG ? `${text.slice(0, LONG - 1).trimEnd()}…` : text, t);
}

export const quote = (text: string, t: TFunction) => t('history.quoted', { value: text });

export type FieldDifference = { field: string; before: string | null; after: string | null };

/** The fields whose stored values differ between two versions of a row, bookkeeping left out. */
export function differingFields(
  entity: string,
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  t: TFunction,
  language: string,
  names: NameLookup = NO_NAMES,
  only?: readonly string[],
): FieldDifference[] {
  if (!before || !after) return [];
  const fields = only ?? [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((f) => !IGNORED.has(f) && f in after && JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .map((field) => ({
      field,
      before: valueInWords(entity, field, before[field], t, language, names),
      after: valueInWords(entity, field, after[field], t, language, names),
    }));
}

/** "titel fra „A“ til „B“", and just "tekst" for what cannot be said briefly. */
export function differenceInWords(d: FieldDifference, t: TFunction): string {
  const name = fieldName(d.field, t);
  if (d.before === null || d.after === null) return name;
  return t('history.fromTo', { field: name, before: d.before, after: d.after });
}

/** "a, b og c" / "a, b and c". */
export function joinInWords(parts: string[], t: TFunction): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${t('history.and')} ${parts[parts.length - 1]}`;
}
