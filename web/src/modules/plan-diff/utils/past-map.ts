import type { MapSearch } from '../../../router/map-address';

/**
 * Where the map shows one side of a comparison as it was: a date as `?asOf=`, one of the plan's
 * revisions as `?revision=`; null for now, or for a side the plan does not know.
 */
export function pastMapSearchOf(side: string, revisionIds: readonly string[]): Pick<MapSearch, 'asOf' | 'revision'> | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(side)) return { asOf: side };
  return revisionIds.includes(side) ? { revision: side } : null;
}
