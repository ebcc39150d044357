import { DEFAULT_COUNCIL_NAME, PLAN_STATUSES } from '@kompas/domain';
import type { FieldSpec } from './admin-form';

/** The plan's own fields: the vision and its texts, in the order the plan document has them. */
export const planFields = (statusLabel: (status: string) => string): FieldSpec[] => [
  { name: 'organisation', type: 'title', required: true },
  { name: 'councilName', type: 'title', required: true, initial: DEFAULT_COUNCIL_NAME },
  { name: 'title', type: 'title', required: true },
  { name: 'visionStatement', type: 'text' },
  { name: 'motivations', type: 'lines' },
  { name: 'sections', type: 'sections' },
  { name: 'periodStart', type: 'date', required: true },
  { name: 'periodEnd', type: 'date', required: true, notBefore: 'periodStart' },
  { name: 'status', type: 'select', options: PLAN_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })) },
];

export const aimingPointFields: FieldSpec[] = [
  { name: 'title', type: 'title', required: true },
  { name: 'ambition', type: 'text' },
  { name: 'body', type: 'longText' },
  { name: 'sections', type: 'sections' },
  { name: 'position', type: 'position' },
];

export const committeeFields: FieldSpec[] = [
  { name: 'name', type: 'title', required: true },
  { name: 'shortName', type: 'shortText' },
  { name: 'coreAreas', type: 'lines' },
  { name: 'position', type: 'position' },
];

/** A unit's fields; the units it may sit under are the others (Kompas refuses a unit under its own sub-units). */
export const unitFields = (parents: readonly { id: string; name: string }[]): FieldSpec[] => [
  { name: 'name', type: 'title', required: true },
  { name: 'parentId', type: 'select', options: parents.map((u) => ({ value: u.id, label: u.name })) },
];
