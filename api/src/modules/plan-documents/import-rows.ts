import { normalTargetPath, type PlanDocument } from '@kompas/domain';
import { toSqliteUtc } from '../../database/sqlite-time';
import { orderedIds } from '../../database/ordered-ids';

/** Some rows of one table, ready for a multi-row INSERT. */
export type RowBatch = { table: string; columns: readonly string[]; rows: unknown[][] };

/** A table's columns in the order SQLite stores them, each with what it holds when an insert leaves it out. */
export type TableShape = { name: string; stored: unknown }[];

/**
 * A part of the import's record: created rows exactly as stored (what `SELECT *`
 * answers, a focus area with its co-owners), as the JSON text the trail keeps,
 * with their ids and how many of each table.
 */
export type RecordChunk = { text: string; ids: string[]; counts: Record<string, number> };

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
  'councilName',
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
  'aimingPointId',
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
  'targets',
  'referenceName',
  'referenceSource',
  'graceDays',
  'example',
  'createdAt',
  'updatedAt',
];
const OBSERVATION = [
  'id',
  'indicatorId',
  'series',
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
 * A checked document's timestamp as SQLite stores it: one to the millisecond
 * (as exports write them) by moving characters, without a trip through Date —
 * a large plan has 100,000s of them.
 */
function storedTimestamp(checked: string): string {
  return checked.length === 24 ? `${checked.slice(0, 10)} ${checked.slice(11, 23)}` : toSqliteUtc(checked);
}

/**
 * The rows a checked plan document becomes, table by table in an order the
 * foreign keys allow, in batches of about `valuesPerBatch` values: every row
 * gets a new id, and the document's ids become references to them. The
 * summary is complete once every batch has been taken. With `consume`, each of
 * the document's lists is emptied once its rows are made, so that its memory
 * can go while the rest is written (for a document nothing else will read).
 */
export function* importRows(
  doc: PlanDocument,
  knownUnits: readonly KnownUnit[],
  now: string,
  valuesPerBatch: number,
  consume = false,
): Generator<RowBatch, ImportSummary> {
  const counts = {
    aimingPoints: doc.aimingPoints.length,
    committees: doc.committees.length,
    focusAreas: doc.focusAreas.length,
    actions: doc.actions.length,
    indicators: doc.indicators.length,
    observations: doc.observations.length,
    links: doc.links.length,
  };
  const done = (list: keyof typeof counts | 'units') => {
    if (consume) (doc as Record<typeof list, unknown[]>)[list] = [];
  };
  const ids = new Map<string, string>();
  const nextId = orderedIds();
  const newId = (docId: string) => {
    const id = nextId();
    ids.set(docId, id);
    return id;
  };
  const ref = (docId: string | null) => (docId === null ? null : (ids.get(docId) as string));
  const b = (v: boolean) => (v ? 1 : 0);
  const planId = nextId();

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
        p.councilName,
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
  done('units');

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
  done('aimingPoints');
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
  done('committees');
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
  done('focusAreas');
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
  done('actions');
  yield* batches('indicator', INDICATOR, doc.indicators, (i) => [
    newId(i.id),
    planId,
    ref(i.aimingPointId),
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
    i.longTermTarget?.value ?? null,
    i.longTermTarget?.date ?? null,
    JSON.stringify(normalTargetPath(i.targets)),
    i.reference?.name ?? null,
    i.reference?.source ?? null,
    i.graceDays,
    b(i.example),
    now,
    now,
  ]);
  done('indicators');
  // An observation may supersede one that comes after it in the document: every id first.
  for (const o of doc.observations) newId(o.id);
  yield* batches('observation', OBSERVATION, doc.observations, (o) => [
    ref(o.id),
    ref(o.indicatorId),
    o.series,
    o.periodStart,
    o.periodEnd,
    o.value,
    o.narrative,
    o.judgement,
    o.sourceNote,
    storedTimestamp(o.recordedAt),
    ref(o.supersedesId),
    b(o.example),
  ]);
  done('observations');
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
    INSERTED_COLUMNS['support_link'],
    doc.links.filter((l) => l.kind === 'supports'),
    linkRow,
  );
  yield* batches(
    'contribution_link',
    INSERTED_COLUMNS['contribution_link'],
    doc.links.filter((l) => l.kind === 'contributes'),
    linkRow,
  );
  done('links');

  return {
    planId,
    imported: { ...counts, units: newUnitIds.length },
    unitsReused,
    newUnitIds,
  };
}

/** One column as `PRAGMA table_info` describes it. */
export type ColumnInfo = { name: string; type: string; dflt_value: string | null };

/**
 * What a column holds when an insert leaves it out: its default, when that is
 * a constant whose stored form is certain (NULL; a number in a numeric column;
 * a string in a text one). Anything else cannot be known without reading the
 * row back, so it stops the import before it writes (a schema the import does
 * not know yet).
 */
export function storedDefault(table: string, column: ColumnInfo): unknown {
  let d = column.dflt_value;
  if (d === null || /^null$/i.test(d)) return null;
  while (/^\(.*\)$/s.test(d)) d = d.slice(1, -1).trim();
  const type = column.type.toUpperCase();
  const textual = /CHAR|CLOB|TEXT/.test(type) && !type.includes('INT');
  if (/^null$/i.test(d)) return null;
  if (!textual && /^[-+]?\d+(\.\d+)?$/.test(d)) return Number(d);
  const quoted = /^'((?:[^']|'')*)'$/s.exec(d);
  if (textual && quoted) return quoted[1].replace(/''/g, "'");
  throw new Error(
    `The import cannot tell what ${table}.${column.name} stores by default (${column.dflt_value}): it must be given a value.`,
  );
}

/** A table's shape from `PRAGMA table_info`: the stored default of every column the import leaves out. */
export function tableShape(table: string, columns: readonly ColumnInfo[], inserted: readonly string[]): TableShape {
  const given = new Set(inserted);
  return columns.map((c) => ({ name: c.name, stored: given.has(c.name) ? undefined : storedDefault(table, c) }));
}

/** The columns each table's rows are inserted with. */
export const INSERTED_COLUMNS: Record<string, readonly string[]> = {
  plan: PLAN,
  unit: UNIT,
  aiming_point: AIMING_POINT,
  committee: COMMITTEE,
  focus_area: FOCUS_AREA,
  action: ACTION,
  indicator: INDICATOR,
  observation: OBSERVATION,
  support_link: [...LINK, 'focusAreaId', 'aimingPointId'],
  contribution_link: [...LINK, 'actionId', 'focusAreaId'],
};

/**
 * The import's rows (`importRows`) and, between them, its record: every
 * created row as SQLite will store it, in chunks of `chunkRows` rows.
 *
 * The stored row is known without reading it back: every column is either
 * given (the checked document's values, which SQLite keeps as given: texts in
 * text columns, numbers in numeric ones, and in date, time and flag columns
 * only ISO dates, Kompas's UTC times and 0/1, which no column affinity
 * changes) or left to a constant default (`tableShape`). Columns come in the
 * table's order, as `SELECT *` answers them. A focus area's record waits for
 * its co-owners (sorted, as a snapshot lists them).
 */
export function* withRecord(
  rows: Generator<RowBatch, ImportSummary>,
  shapes: Readonly<Record<string, TableShape>>,
  chunkRows: number,
): Generator<RowBatch | RecordChunk, ImportSummary> {
  let pending: { table: string; id: string; before: null; after: Record<string, unknown> }[] = [];
  const focusAreas = new Map<string, { row: Record<string, unknown>; coOwners: string[] }>();

  const flush = (): RecordChunk => {
    const counts: Record<string, number> = {};
    for (const r of pending) counts[r.table] = (counts[r.table] ?? 0) + 1;
    const chunk = { text: JSON.stringify(pending), ids: pending.map((r) => r.id), counts };
    pending = [];
    return chunk;
  };
  function* add(table: string, row: Record<string, unknown>): Generator<RecordChunk> {
    pending.push({ table, id: String(row['id']), before: null, after: row });
    if (pending.length >= chunkRows) yield flush();
  }
  function* releaseFocusAreas(): Generator<RecordChunk> {
    for (const { row, coOwners } of focusAreas.values()) {
      row['coOwnerCommitteeIds'] = coOwners.sort();
      yield* add('focus_area', row);
    }
    focusAreas.clear();
  }

  for (;;) {
    const next = rows.next();
    if (next.done) {
      yield* releaseFocusAreas();
      if (pending.length) yield flush();
      return next.value;
    }
    const batch = next.value;
    yield batch;
    if (batch.table === 'focus_area_co_owner') {
      for (const [focusAreaId, committeeId] of batch.rows) focusAreas.get(focusAreaId as string)?.coOwners.push(committeeId as string);
      continue;
    }
    if (batch.table !== 'focus_area') yield* releaseFocusAreas();
    const shape = shapes[batch.table];
    if (!shape) throw new Error(`No shape of the table ${batch.table} was given.`);
    const at = new Map(batch.columns.map((c, i) => [c, i]));
    const columns = shape.map((c) => [c.name, at.get(c.name), c.stored] as const);
    for (const values of batch.rows) {
      const row: Record<string, unknown> = {};
      for (const [name, i, stored] of columns) row[name] = i === undefined ? stored : (values[i] ?? null);
      if (batch.table === 'focus_area') focusAreas.set(row['id'] as string, { row, coOwners: [] });
      else yield* add(batch.table, row);
    }
  }
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
