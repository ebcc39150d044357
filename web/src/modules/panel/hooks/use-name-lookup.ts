import { useMemo } from 'react';
import { PlanGraph } from '@kompas/domain';
import { Committee, Unit } from '../../api/types';
import { NameLookup } from '../../common/utils/field-words';

/** Committee, unit and node names by id, for saying changes in words. */
export function useNameLookup(committees: Committee[], units: Unit[], graph: PlanGraph): NameLookup {
  return useMemo(
    () => ({
      committees: new Map(committees.map((c) => [c.id, c.name])),
      units: new Map(units.map((u) => [u.id, u.name])),
      nodes: new Map(graph.nodes.map((n) => [n.id, n.title])),
    }),
    [committees, units, graph],
  );
}
