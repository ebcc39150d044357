import type { AuditEntry, PlanDocument } from '@kompas/domain';
import BetterSqlite3 from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MIGRATIONS } from '../src/database/migrations';
import { OneObservationPerPeriod1764928800000 } from '../src/database/migrations/1764928800000-one-observation-per-period';
import { expectError, Kompas, seedMeasurement, seedSmallPlan, startKompas } from './harness';

const ONE_PER_PERIOD = OneObservationPerPeriod1764928800000 as never;

/** Kompas on a new database at the schema before one current observation per period. */
async function startBefore(): Promise<Kompas> {
  const at = MIGRATIONS.indexOf(ONE_PER_PERIOD);
  MIGRATIONS.splice(at, 1);
  try {
    return await startKompas();
  } finally {
    MIGRATIONS.splice(at, 0, ONE_PER_PERIOD);
  }
}

/**
 * A second reading of a period, as versions before the rule let anyone record
 * it; or, given `corrects`, a correction of that observation for another year.
 */
function recordAgain(path: string, of: { id: string }, value: number, recordedAt: string, corrects?: { year: string }): string {
  const db = new BetterSqlite3(path);
  try {
    const id = randomUUID();
    const [start, end] = corrects ? [`${corrects.year}-01-01`, `${corrects.year}-12-31`] : [null, null];
    db.prepare(
      `INSERT INTO "observation" ("id", "indicatorId", "periodStart", "periodEnd", "value", "narrative", "judgement", "sourceNote", "recordedAt", "supersedesId", "example")
       SELECT ?, "indicatorId", coalesce(?, "periodStart"), coalesce(?, "periodEnd"), ?, NULL, NULL, NULL, ?, ?, 0 FROM "observation" WHERE "id" = ?`,
    ).run(id, start, end, value, recordedAt, corrects ? of.id : null, of.id);
    return id;
  } finally {
    db.close();
  }
}

describe('upgrading a database with two current observations of a period', () => {
  let k: Kompas | null = null;
  afterEach(async () => {
    if (!k) return;
    const path = k.databasePath;
    await k.close();
    rmSync(dirname(path), { recursive: true, force: true });
    k = null;
  });

  it('keeps them all and lists them (and a correction of another period) in its migrate entry; from then on the period takes corrections only', async () => {
    k = await startBefore();
    const path = k.databasePath;
    const s = await seedSmallPlan(k);
    const { indicator, observation } = await seedMeasurement(k, s.action.id, s.manager);
    const clean = (await s.manager.post(`/api/indicators/${indicator.id}/observations`).send({ period: '2024', value: 60 }).expect(201))
      .body;
    const fix = (await s.manager.post(`/api/observations/${clean.id}/supersede`).send({ value: 61 }).expect(201)).body;
    await k.app.close();
    const twin = recordAgain(path, observation, 71, '2099-01-01 00:00:00.000');
    const triplet = recordAgain(path, observation, 72, '2099-01-02 00:00:00.000');
    const elsewhere = recordAgain(path, fix, 62, '2099-01-03 00:00:00.000', { year: '2023' });

    k = await startKompas({ databasePath: path });
    // The unit's manager, signed in to the upgraded Kompas.
    const manager = await k.as('manager', { units: [s.unit.id] });
    const entries = (await k.http.get('/api/audit?action=migrate').expect(200)).body.items as AuditEntry[];
    expect(entries.map((e) => e.detail)).toEqual(['OneObservationPerPeriod1764928800000']);
    expect(entries[0].migration).toEqual({
      name: 'OneObservationPerPeriod1764928800000',
      columns: [],
      kept: [
        {
          table: 'observation',
          rule: 'observation_exists',
          groups: [
            {
              ids: [observation.id, twin, triplet],
              shared: { indicatorId: indicator.id, periodStart: '2025-01-01', periodEnd: '2025-12-31' },
            },
          ],
        },
        {
          table: 'observation',
          rule: 'correction_mismatch',
          groups: [{ ids: [elsewhere, fix.id], shared: { indicatorId: indicator.id } }],
        },
      ],
    });
    // Nothing was deleted or changed.
    const list = (await k.http.get(`/api/indicators/${indicator.id}/observations`).expect(200)).body as { id: string; value: number }[];
    expect(list.map((o) => o.id).sort()).toEqual([observation.id, twin, triplet, clean.id, fix.id, elsewhere].sort());
    // A new observation of that period is refused, naming one of those to correct; each of them can still be corrected.
    const res = await manager.post(`/api/indicators/${indicator.id}/observations`).send({ period: '2025', value: 73 });
    expectError(res, 409, 'observation_exists', ['period']);
    expect([observation.id, twin, triplet]).toContain(res.body.existingId);
    await manager.post(`/api/observations/${twin}/supersede`).send({ value: 70 }).expect(201);

    // Written once: the next start writes no second entry.
    await k.app.close();
    k = await startKompas({ databasePath: path });
    expect((await k.http.get('/api/audit?action=migrate').expect(200)).body.items).toHaveLength(1);
  });

  it('lists nothing when the database keeps the rules, and can be taken back', async () => {
    k = await startBefore();
    const path = k.databasePath;
    const s = await seedSmallPlan(k);
    await seedMeasurement(k, s.action.id);
    await k.app.close();
    k = await startKompas({ databasePath: path });
    const [entry] = (await k.http.get('/api/audit?action=migrate').expect(200)).body.items as AuditEntry[];
    expect(entry.migration).toEqual({ name: 'OneObservationPerPeriod1764928800000', columns: [], kept: [] });
    expect((await k.http.get('/api/audit/verify').expect(200)).body).toMatchObject({ intact: true, broken: [], drift: [] });

    await k.dataSource.undoLastMigration();
    const names = (await k.dataSource.query(`SELECT "name" FROM "migrations" ORDER BY "id"`)) as { name: string }[];
    expect(names.map((n) => n.name)).not.toContain('OneObservationPerPeriod1764928800000');
    expect(await k.dataSource.query(`SELECT * FROM "audit_pending_migration"`)).toEqual([]);
  });
});

describe('importing a plan document', () => {
  let k: Kompas;
  beforeAll(async () => {
    k = await startKompas();
  });
  afterAll(() => k.close());

  const hedensted = (): PlanDocument => JSON.parse(readFileSync(join(__dirname, '../src/seed/hedensted.plan.json'), 'utf8'));

  it('refuses a second current observation of a period, and a correction of another period, naming the fields', async () => {
    const doc = hedensted();
    const n = doc.observations.length;
    doc.observations.push({ ...doc.observations[0], id: 'o-igen' });
    const correction = doc.observations.findIndex((o) => o.supersedesId !== null);
    doc.observations[correction] = { ...doc.observations[correction], periodStart: '2020-01-01', periodEnd: '2020-12-31' };
    const res = await k.http.post('/api/plans/import').send(doc);
    expectError(res, 400, 'invalid_document', [`observations.${n}.periodStart`, `observations.${correction}.periodStart`]);
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: `observations.${n}.periodStart`, code: 'observation_exists' }),
        expect.objectContaining({ field: `observations.${correction}.periodStart`, code: 'correction_mismatch' }),
      ]),
    );
    expect((await k.http.get('/api/plans').expect(200)).body).toEqual([]);
  });

  it('refuses corrections in a circle', async () => {
    const doc = hedensted();
    const correction = doc.observations.findIndex((o) => o.supersedesId !== null);
    const corrected = doc.observations.findIndex((o) => o.id === doc.observations[correction].supersedesId);
    doc.observations[corrected] = { ...doc.observations[corrected], supersedesId: doc.observations[correction].id };
    const res = await k.http.post('/api/plans/import').send(doc);
    expectError(res, 400, 'invalid_document', [`observations.${corrected}.supersedesId`, `observations.${correction}.supersedesId`]);
    expect(res.body.details.map((d: { code: string }) => d.code)).toEqual(['correction_cycle', 'correction_cycle']);
  });

  it('loads the Hedensted plan, whose corrections keep the rules', async () => {
    const res = await k.http.post('/api/plans/import').send(hedensted()).expect(201);
    expect(res.body.imported.observations).toBe(hedensted().observations.length);
  });
});
