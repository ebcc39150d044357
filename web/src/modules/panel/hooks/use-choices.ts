import { useTranslation } from 'react-i18next';
import type { NodeKind } from '@kompas/domain';
import { Committee, Person, Unit } from '../../api/types';
import { Choice } from '../components/FieldInput';
import { CADENCE_CHOICES, DIRECTION_CHOICES, FieldDef, statusChoices } from '../utils/fields';

/** The choices of a select field, labelled in the user's language. */
export function useChoices(committees: Committee[], units: Unit[], people: Person[] = []) {
  const { t } = useTranslation();
  return (kind: NodeKind, field: FieldDef, currentStatus: string): Choice[] => {
    switch (field.options) {
      case 'committees':
        return committees.map((c) => ({ value: c.id, label: c.name }));
      case 'units':
        return [...units].sort((a, b) => a.name.localeCompare(b.name, 'da')).map((u) => ({ value: u.id, label: u.name }));
      case 'status': {
        const group = kind === 'vision' ? 'plan' : kind;
        return statusChoices(kind, currentStatus).map((s) => ({ value: s, label: t(`status.${group}.${s}`) }));
      }
      case 'direction':
        return DIRECTION_CHOICES.map((d) => ({ value: d, label: t(`direction.${d}`) }));
      case 'people':
        // Sorted by name by the API.
        return people.map((p) => ({ value: p.id, label: p.name }));
      case 'cadence':
        return CADENCE_CHOICES.map((c) => ({ value: c, label: t(`cadence.${c}`) }));
      default:
        return [];
    }
  };
}
