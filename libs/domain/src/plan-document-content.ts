import { normalTargetPath } from './indicators';
import { PLAN_DOCUMENT_COLLECTIONS, PlanDocument } from './plan-document';

/**
 * What a plan document says, ids and timestamps aside, as one text: two
 * documents with the same text describe the same plan. References name rows
 * by their place (`focusAreas[3]`) rather than by id, units by their names
 * from the top (units are shared between plans and matched by name), and
 * lists whose order means nothing (co-owners, units) are sorted; a target
 * path is read as it is stored. Keys come in
 * a fixed order, whatever order the document wrote them in. An import's dry
 * run compares a document's text with the existing plans' exports.
 */
export function planDocumentContent(doc: PlanDocument): string {
  const unitById = new Map(doc.units.map((u) => [u.id, u]));
  const unitPath = (id: string): string => {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let u = unitById.get(id); u && !seen.has(u.id); u = u.parentId === null ? undefined : unitById.get(u.parentId)) {
      seen.add(u.id);
      names.unshift(u.name);
    }
    return `units/${names.join('/')}`;
  };
  const label = new Map<string, string>();
  for (const name of PLAN_DOCUMENT_COLLECTIONS) {
    if (name === 'units') doc.units.forEach((u) => label.set(u.id, unitPath(u.id)));
    else doc[name].forEach((row, i) => label.set(row.id, `${name}[${i}]`));
  }
  const ref = (id: string | null) => (id === null ? null : (label.get(id) ?? id));
  const rest = <T extends { id: string }>(row: T) => {
    const copy: Record<string, unknown> = { ...row };
    delete copy['id'];
    return copy;
  };
  return stableJson({
    plan: doc.plan,
    aimingPoints: doc.aimingPoints.map(rest),
    committees: doc.committees.map(rest),
    units: doc.units.map((u) => ({ path: unitPath(u.id), example: u.example })).sort((a, b) => compare(a.path, b.path)),
    focusAreas: doc.focusAreas.map((f) => ({
      ...rest(f),
      committeeId: ref(f.committeeId),
      coOwnerCommitteeIds: f.coOwnerCommitteeIds.map(ref).sort((a, b) => compare(a ?? '', b ?? '')),
    })),
    actions: doc.actions.map((a) => ({ ...rest(a), unitId: ref(a.unitId) })),
    indicators: doc.indicators.map((i) => ({
      ...rest(i),
      aimingPointId: ref(i.aimingPointId),
      focusAreaId: ref(i.focusAreaId),
      actionId: ref(i.actionId),
      // As stored: each period by its code, in the order of the periods.
      targets: normalTargetPath(i.targets),
    })),
    observations: doc.observations.map((o) => {
      const copy: Record<string, unknown> = { ...rest(o), indicatorId: ref(o.indicatorId), supersedesId: ref(o.supersedesId) };
      delete copy['recordedAt'];
      return copy;
    }),
    links: doc.links.map((l) => ({ ...rest(l), sourceId: ref(l.sourceId), targetId: ref(l.targetId) })),
  });
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** JSON with every object's keys in sorted order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort(compare)
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}
