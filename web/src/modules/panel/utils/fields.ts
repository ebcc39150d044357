import { ACTION_TRANSITIONS, CADENCES, DIRECTIONS, FOCUS_AREA_TRANSITIONS, NodeKind, PLAN_TRANSITIONS } from '@kompas/domain';

export type FieldType = 'text' | 'textarea' | 'select' | 'date' | 'number';
export type OptionSource = 'committees' | 'units' | 'status' | 'direction' | 'cadence' | 'people';
export type FieldDef = { name: string; type: FieldType; options?: OptionSource; required?: boolean; nullable?: boolean };

/** What the panel edits for each kind of node, in the order a person reads it. */
export const NODE_FIELDS: Readonly<Record<NodeKind, readonly FieldDef[]>> = {
  vision: [
    { name: 'title', type: 'text', required: true },
    { name: 'visionStatement', type: 'textarea' },
    { name: 'status', type: 'select', options: 'status' },
    { name: 'periodStart', type: 'date', required: true },
    { name: 'periodEnd', type: 'date', required: true },
  ],
  aimingPoint: [
    { name: 'title', type: 'text', required: true },
    { name: 'ambition', type: 'textarea' },
    { name: 'body', type: 'textarea' },
    { name: 'position', type: 'number', required: true },
  ],
  focusArea: [
    { name: 'title', type: 'text', required: true },
    { name: 'description', type: 'textarea' },
    { name: 'committeeId', type: 'select', options: 'committees', required: true },
    { name: 'rank', type: 'number', required: true },
    { name: 'status', type: 'select', options: 'status' },
  ],
  action: [
    { name: 'title', type: 'text', required: true },
    { name: 'description', type: 'textarea' },
    { name: 'unitId', type: 'select', options: 'units', required: true },
    { name: 'responsiblePerson', type: 'text', nullable: true },
    { name: 'status', type: 'select', options: 'status' },
    { name: 'startDate', type: 'date', nullable: true },
    { name: 'endDate', type: 'date', nullable: true },
  ],
  indicator: [
    { name: 'title', type: 'text', required: true },
    { name: 'description', type: 'textarea' },
    { name: 'unit', type: 'text', nullable: true },
    { name: 'direction', type: 'select', options: 'direction', nullable: true },
    { name: 'baselineValue', type: 'number', nullable: true },
    { name: 'targetValue', type: 'number', nullable: true },
    { name: 'targetDate', type: 'date', nullable: true },
    { name: 'cadence', type: 'select', options: 'cadence', required: true },
    // Days after a period ends before its value is due (0–365); who answers for its data besides the owner.
    { name: 'graceDays', type: 'number', required: true },
    { name: 'responsibleUserId', type: 'select', options: 'people', nullable: true },
  ],
};

/** The statuses a node may move to from where it is, itself first: the same tables the API enforces. */
export function statusChoices(kind: NodeKind, current: string): string[] {
  const table: Readonly<Record<string, readonly string[]>> | null =
    kind === 'vision' ? PLAN_TRANSITIONS : kind === 'focusArea' ? FOCUS_AREA_TRANSITIONS : kind === 'action' ? ACTION_TRANSITIONS : null;
  if (!table) return [current];
  return [current, ...(table[current] ?? [])];
}

export const DIRECTION_CHOICES = DIRECTIONS;
export const CADENCE_CHOICES = CADENCES;

export type FormValues = Record<string, string>;

/** An entity's values as form strings; an indicator's target value and date are its long-term target's. */
export function toFormValues(kind: NodeKind, entity: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  const longTerm = kind === 'indicator' ? (entity['longTermTarget'] as { value: number; date: string } | null | undefined) : undefined;
  const read = (name: string) =>
    longTerm !== undefined && name === 'targetValue'
      ? longTerm?.value
      : longTerm !== undefined && name === 'targetDate'
        ? longTerm?.date
        : entity[name];
  for (const field of NODE_FIELDS[kind]) {
    const value = read(field.name);
    values[field.name] = value === null || value === undefined ? '' : String(value);
  }
  return values;
}

/** Only what changed, typed back: numbers as numbers, an emptied optional field as null. */
export function changedFields(kind: NodeKind, before: FormValues, after: FormValues): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const field of NODE_FIELDS[kind]) {
    const value = after[field.name] ?? '';
    if (value === (before[field.name] ?? '')) continue;
    if (value.trim() === '' && field.nullable) changes[field.name] = null;
    else if (field.type === 'number') changes[field.name] = value.trim() === '' ? null : Number(value.replace(',', '.'));
    else changes[field.name] = value;
  }
  return changes;
}
