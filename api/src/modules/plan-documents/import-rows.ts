import type { PlanDocument } from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import { toSqliteUtc } from '../../database/sqlite-time';

/** Some rows of one table, ready for a multi-row INSERT. */
export type RowBatch = { table: string; columns: readonly string[]; rows: unknown[][] };

/** A unit already in the database: one with the same name under the same parent is reused. */
export type KnownUnit = { id: string; name: string; parentId: string | null };

export type ImportSummary = {
  planId: string;
  imported: {
    aimingPoints: number;
    committees: number;
    units: number;
    focusAreas: number;
    actions: number;
    indicators: number;
    observations: number;
    links: number;
  };
  unitsReused: number;
  newUnitIds: string[];
};

const PLAN = [
  'id',
  'organisation',
  'title',
  'visionStatement',
  'motivations',
  'sections',
  'periodStart',
  'periodEnd',
  'status',
  'example',
  'createdAt',
  'updatedAt',
];
const UNIT = ['id', 'name', 'parentId', 'example', 'createdAt', 'updatedAt'];
const AIMING_POINT = ['id', 'planId', 'title', 'ambition', 'body', 'sections', 'position', 'example', 'createdAt', 'updatedAt'];
const COMMITTEE = ['id', 'planId', 'name', 'shortName', 'coreAreas', 'position', 'example', 'createdAt', 'updatedAt'];
const FOCUS_AREA = ['id', 'planId', 'committeeId', 'title', 'description', 'rank', 'status', 'example', 'createdAt', 'updatedAt'];
const CO_OWNER = ['focusAreaId', 'committeeId'];
const ACTION = [
  'id',
  'planId',
  'title',
  'description',
  'unitId',
  'responsiblePerson',
  'status',
  'startDate',
  'endDate',
  'example',
  'createdAt',
  'updatedAt',
];
const INDICATOR = [
  'id',
  'planId',
  'focusAreaId',
  'actionId',
  'title',
  'description',
  'type',
  'evidenceKind',
  'cadence',
  'unit',
  'direction',
  'baselineValue',
  'baselineDate',
  'targetValue',
  'targetDate',
  'example',
  'createdAt',
  'updatedAt',
];
const OBSERVATION = [
  'id',
  'indicatorId',
  'periodStart',
  'periodEnd',
  'value',
  'narrative',
  'judgement',
  'sourceNote',
  'recordedAt',
  'supersedesId',
  'example',
];
const LINK = ['id', 'planId', 'rationale', 'strength', 'example', 'createdAt', 'updatedAt'];

/**
 * The rows a checked plan document becomes, table by table in an order the
 * foreign keys allow, in batches of about `valuesPerBatch` values: every row
 * gets a new id, and the document's ids become references to them. The
 * summary is complete once every batch has been taken.
 */
export function* importRows(
  doc: PlanDocument,
  knownUnits: readonly KnownUnit[],
  now: string,
  valuesPerBatch: number,
): Generator<RowBatch, ImportSummary> {
  const ids = new Map<string, string>();
  const newId = (docId: string) => {
    const id = randomUUID();
    ids.set(docId, id);
    return id;
  };
  const ref = (docId: string | null) => (docId === null ? null : (ids.get(docId) as string));
  const b = (v: boolean) => (v ? 1 : 0);
  const planId = randomUUID();

  function* batches<T>(table: string, columns: readonly string[], items: Iterable<T>, row: (item: T, i: number) => unknown[] | null) {
    const perBatch = Math.max(1, Math.floor(valuesPerBatch / columns.length));
    let rows: unknown[][] = [];
    let i = 0;
    for (const item of items) {
      const r = row(item, i++);
      if (!r) continue;
      rows.push(r);
      if (rows.length >= perBatch) {
        yield { table, columns, rows };
        rows = [];
      }
    }
    if (rows.length) yield { table, columns, rows };
  }

  const p = doc.plan;
  yield {
    table: 'plan',
    columns: PLAN,
    rows: [
      [
        planId,
        p.organisation,
        p.title,
        p.visionStatement,
        JSON.stringify(p.motivations),
        JSON.stringify(p.sections),
        p.periodStart,
        p.periodEnd,
        p.status,
        b(p.example),
        now,
        now,
      ],
    ],
  };

  // Units outlive plans: one with the same name under the same parent is the same unit.
  let unitsReused = 0;
  const newUnitIds: string[] = [];
  const unitKey = (name: string, parentId: string | null) => `${parentId ?? ''}/${name}`;
  const known = new Map(knownUnits.map((u) => [unitKey(u.name, u.parentId), u.id]));
  yield* batches('unit', UNIT, parentsFirst(doc.units), (u) => {
    const parentId = ref(u.parentId);
    const existing = known.get(unitKey(u.name, parentId));
    if (existing) {
      ids.set(u.id, existing);
      unitsReused++;
      return null;
    }
    const id = newId(u.id);
    known.set(unitKey(u.name, parentId), id);
    newUnitIds.push(id);
    return [id, u.name, parentId, b(u.example), now, now];
  });

  yield* batches('aiming_point', AIMING_POINT, doc.aimingPoints, (a, i) => [
    newId(a.id),
    planId,
    a.title,
    a.ambition,
    a.body,
    JSON.stringify(a.sections),
    i + 1,
    b(a.example),
    now,
    now,
  ]);
  yield* batches('committee', COMMITTEE, doc.committees, (c, i) => [
    newId(c.id),
    planId,
    c.name,
    c.shortName,
    JSON.stringify(c.coreAreas),
    i + 1,
    b(c.example),
    now,
    now,
  ]);
  yield* batches('focus_area', FOCUS_AREA, doc.focusAreas, (f) => [
    newId(f.id),
    planId,
    ref(f.committeeId),
    f.title,
    f.description,
    f.rank,
    f.status,
    b(f.example),
    now,
    now,
  ]);
  yield* batches(
    'focus_area_co_owner',
    CO_OWNER,
    doc.focusAreas.flatMap((f) => f.coOwnerCommitteeIds.map((c) => [f.id, c] as const)),
    ([f, c]) => [ref(f), ref(c)],
  );
  yield* batches('action', ACTION, doc.actions, (a) => [
    newId(a.id),
    planId,
    a.title,
    a.description,
    ref(a.unitId),
    a.responsiblePerson,
    a.status,
    a.startDate,
    a.endDate,
    b(a.example),
    now,
    now,
  ]);
  yield* batches('indicator', INDICATOR, doc.indicators, (i) => [
    newId(i.id),
    planId,
    ref(i.focusAreaId),
    ref(i.actionId),
    i.title,
    i.description,
    i.type,
    i.evidenceKind,
    i.cadence,
    i.unit,
    i.direction,
    i.baselineValue,
    i.baselineDate,
    i.targetValue,
    i.targetDate,
    b(i.example),
    now,
    now,
  ]);
  // An observation may supersede one that comes after it in the document: every id first.
  for (const o of doc.observations) newId(o.id);
  yield* batches('observation', OBSERVATION, doc.observations, (o) => [
    ref(o.id),
    ref(o.indicatorId),
    o.periodStart,
    o.periodEnd,
    o.value,
    o.narrative,
    o.judgement,
    o.sourceNote,
    toSqliteUtc(o.recordedAt),
    ref(o.supersedesId),
    b(o.example),
  ]);
  const linkRow = (l: PlanDocument['links'][number]) => [
    newId(l.id),
    planId,
    l.rationale,
    l.strength,
    b(l.example),
    now,
    now,
    ref(l.sourceId),
    ref(l.targetId),
  ];
  yield* batches(
    'support_link',
    [...LINK, 'focusAreaId', 'aimingPointId'],
    doc.links.filter((l) => l.kind === 'supports'),
    linkRow,
  );
  yield* batches(
    'contribution_link',
    [...LINK, 'actionId', 'focusAreaId'],
    doc.links.filter((l) => l.kind === 'contributes'),
    linkRow,
  );

  return {
    planId,
    imported: {
      aimingPoints: doc.aimingPoints.length,
      committees: doc.committees.length,
      units: newUnitIds.length,
      focusAreas: doc.focusAreas.length,
      actions: doc.actions.length,
      indicators: doc.indicators.length,
      observations: doc.observations.length,
      links: doc.links.length,
    },
    unitsReused,
    newUnitIds,
  };
}

/**
 * Units with every parent before its children, otherwise in the order given:
 * a list that is already parents-first comes back unchanged.
 */
export function parentsFirst<U extends { id?: unknown; parentId?: unknown }>(units: U[]): U[] {
  const ids = new Set(units.map((u) => u.id));
  const placed = new Set<unknown>();
  const out: U[] = [];
  let pending = units;
  while (pending.length) {
    const next: U[] = [];
    for (const u of pending) {
      if (u.parentId == null || !ids.has(u.parentId) || placed.has(u.parentId)) {
        out.push(u);
        placed.add(u.id);
      } else next.push(u);
    }
    // A cycle cannot be stored (the checker refuses it); keep the rest rather than loop.
    if (next.length === pending.length) return [...out, ...next];
    pending = next;
  }
  return out;
}
