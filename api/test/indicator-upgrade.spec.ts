import type { AuditEntry, PlanGraph } from '@kompas/domain';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { MIGRATIONS } from '../src/database/migrations';
import { IndicatorTargets1764936000000 } from '../src/database/migrations/1764936000000-indicator-targets';
import { Kompas, seedSmallPlan, startKompas } from './harness';

const UPGRADE = IndicatorTargets1764936000000 as never;
const BEFORE = MIGRATIONS.slice(0, MIGRATIONS.indexOf(UPGRADE));
/** Takes back the upgrade and every migration after it. */
async function undoUpgrade(db: DataSource, options?: { transaction: 'all' }) {
  for (let left = MIGRATIONS.length - MIGRATIONS.indexOf(UPGRADE); left > 0; left--) await db.undoLastMigration(options);
}

const ids = {
  plan: '11111111-1111-4111-8111-111111111111',
  committee: '22222222-2222-4222-8222-222222222222',
  focusArea: '33333333-3333-4333-8333-333333333333',
  unit: '44444444-4444-4444-8444-444444444444',
  action: '55555555-5555-4555-8555-555555555555',
  dated: '66666666-6666-4666-8666-666666666661',
  undated: '66666666-6666-4666-8666-666666666662',
  dateOnly: '66666666-6666-4666-8666-666666666663',
  words: '66666666-6666-4666-8666-666666666664',
  observation: '77777777-7777-4777-8777-777777777777',
};

describe('upgrading to indicators with target paths (IndicatorTargets1764936000000)', () => {
  it('carries a database made with the migrations before it over unchanged, single targets as target paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kompas-targets-'));
    const databasePath = join(dir, 'old.sqlite');
    const old = new DataSource(dataSourceOptions(databasePath, { migrations: BEFORE, entities: [] }));
    await old.initialize();
    const insert = (sql: string, ...params: unknown[]) => old.query(sql, params);
    await insert(
      `INSERT INTO "plan" ("id", "organisation", "title", "motivations", "sections", "periodStart", "periodEnd", "status")
       VALUES (?, 'Testrup Kommune', 'Gammel plan', '[]', '[]', '2026-01-01', '2029-12-31', 'adopted')`,
      ids.plan,
    );
    await insert(
      `INSERT INTO "committee" ("id", "planId", "name", "coreAreas", "position") VALUES (?, ?, 'Udvalget for Læring', '[]', 1)`,
      ids.committee,
      ids.plan,
    );
    await insert(
      `INSERT INTO "focus_area" ("id", "planId", "committeeId", "title", "rank", "status") VALUES (?, ?, ?, 'Trivsel', 1, 'adopted')`,
      ids.focusArea,
      ids.plan,
      ids.committee,
    );
    await insert(`INSERT INTO "unit" ("id", "name") VALUES (?, 'Skoledistrikt Nord')`, ids.unit);
    await insert(
      `INSERT INTO "action" ("id", "planId", "title", "unitId", "status") VALUES (?, ?, 'Læsevenner', ?, 'launched')`,
      ids.action,
      ids.plan,
      ids.unit,
    );
    const indicator = (
      id: string,
      measured: 'focusAreaId' | 'actionId',
      type: string,
      targetValue: number | null,
      targetDate: string | null,
    ) =>
      insert(
        `INSERT INTO "indicator" ("id", "planId", "${measured}", "title", "type", "evidenceKind", "cadence", "unit", "direction", "targetValue", "targetDate")
         VALUES (?, ?, ?, ?, ?, 'statistics', 'yearly', ?, ?, ?, ?)`,
        id,
        ids.plan,
        measured === 'focusAreaId' ? ids.focusArea : ids.action,
        `Indikator ${id.slice(-1)}`,
        type,
        type === 'quantitative' ? '%' : null,
        type === 'quantitative' ? 'up' : null,
        targetValue,
        targetDate,
      );
    await indicator(ids.dated, 'focusAreaId', 'quantitative', 80, '2027-06-30');
    await indicator(ids.undated, 'actionId', 'quantitative', 0, null);
    await indicator(ids.dateOnly, 'actionId', 'quantitative', null, '2028-12-31');
    await indicator(ids.words, 'focusAreaId', 'qualitative', null, null);
    await insert(
      `INSERT INTO "observation" ("id", "indicatorId", "periodStart", "periodEnd", "value", "recordedAt") VALUES (?, ?, '2025-01-01', '2025-12-31', 72.5, '2026-01-10 08:00:00.000')`,
      ids.observation,
      ids.dated,
    );
    await old.destroy();

    const k = await startKompas({ databasePath });
    try {
      const get = async (id: string) => (await k.http.get(`/api/indicators/${id}`).expect(200)).body;
      expect(await get(ids.dated)).toMatchObject({
        measures: { kind: 'focusArea', id: ids.focusArea },
        longTermTarget: { value: 80, date: '2027-06-30' },
        targets: [{ period: '2027', value: 80 }],
        targetValue: 80,
        targetDate: '2027-06-30',
        reference: null,
        graceDays: 30,
        responsibleUserId: null,
        version: 1,
      });
      // Without a date, the plan's end is the date, and its year the path's one entry.
      expect(await get(ids.undated)).toMatchObject({
        measures: { kind: 'action', id: ids.action },
        longTermTarget: { value: 0, date: '2029-12-31' },
        targets: [{ period: '2029', value: 0 }],
      });
      // A date without a value is no target, and keeps its date.
      expect(await get(ids.dateOnly)).toMatchObject({ longTermTarget: null, targets: [], targetValue: null, targetDate: '2028-12-31' });
      expect(await get(ids.words)).toMatchObject({ type: 'qualitative', longTermTarget: null, targets: [], measuresVision: false });
      const [observation] = (await k.http.get(`/api/indicators/${ids.dated}/observations`).expect(200)).body;
      expect(observation).toMatchObject({ id: ids.observation, series: 'actual', value: 72.5, period: '2025' });
      expect((await k.http.get(`/api/plans/${ids.plan}`).expect(200)).body).toMatchObject({
        councilName: 'Kommunalbestyrelsen',
        version: 1,
      });
      const graph = (await k.http.get(`/api/plans/${ids.plan}/graph`).expect(200)).body as PlanGraph;
      expect(graph.edges.filter((e) => e.kind === 'measures').map((e) => [e.source, e.target])).toEqual(
        expect.arrayContaining([
          [ids.dated, ids.focusArea],
          [ids.undated, ids.action],
        ]),
      );
    } finally {
      await k.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('a database whose rows the trail recorded', () => {
    let k: Kompas;
    let path: string;
    let indicators: { dated: string; undated: string; words: string };
    let planId: string;
    beforeAll(async () => {
      k = await startKompas();
      path = k.databasePath;
      const s = await seedSmallPlan(k);
      planId = s.plan.id;
      const made = async (body: object) =>
        (
          await s.manager
            .post('/api/indicators')
            .send({ actionId: s.action.id, title: 'Læsescore', evidenceKind: 'survey', cadence: 'yearly', ...body })
            .expect(201)
        ).body.id as string;
      const quantitative = { type: 'quantitative', unit: '%', direction: 'up' };
      indicators = {
        dated: await made({ ...quantitative, targetValue: 80, targetDate: '2027-06-30' }),
        undated: await made({ ...quantitative, targetValue: 0 }),
        words: await made({ type: 'qualitative' }),
      };
      await s.manager.post(`/api/indicators/${indicators.dated}/observations`).send({ period: '2025', value: 70 }).expect(201);
      await k.app.close();
      // Back to the schema before the upgrade, with rows as versions before it stored them: one target, undated if it had no date.
      const db = new DataSource(dataSourceOptions(path, { entities: [] }));
      await db.initialize();
      await undoUpgrade(db, { transaction: 'all' });
      await db.query(`UPDATE "indicator" SET "targetDate" = NULL WHERE "id" = ?`, [indicators.undated]);
      const columns = ((await db.query(`PRAGMA table_info("indicator")`)) as { name: string }[]).map((c) => c.name);
      expect(columns).not.toContain('targets');
      await db.destroy();
      k = await startKompas({ databasePath: path });
    });
    afterAll(() => k.close());

    it('writes one migrate entry naming each column and the rules it derived two of them by', async () => {
      const entries = ((await k.http.get('/api/audit?action=migrate').expect(200)).body.items as AuditEntry[]).filter(
        (e) => e.detail === 'IndicatorTargets1764936000000',
      );
      expect(entries).toHaveLength(1);
      expect(entries[0].migration?.columns).toEqual([
        { table: 'plan', column: 'councilName', value: 'Kommunalbestyrelsen' },
        { table: 'indicator', column: 'aimingPointId', value: null },
        { table: 'indicator', column: 'targetDate', derive: 'singleTargetDate' },
        { table: 'indicator', column: 'targets', derive: 'singleTargetPath' },
        { table: 'indicator', column: 'referenceName', value: null },
        { table: 'indicator', column: 'referenceSource', value: null },
        { table: 'indicator', column: 'graceDays', value: 30 },
        { table: 'indicator', column: 'responsibleUserId', value: null },
        { table: 'observation', column: 'series', value: 'actual' },
      ]);
    });

    it('leaves the trail intact: its replay derives the same target paths and dates as the upgrade stored', async () => {
      expect((await k.http.get('/api/audit/verify').expect(200)).body).toMatchObject({ intact: true, broken: [], drift: [] });
      const get = async (id: string) => (await k.http.get(`/api/indicators/${id}`).expect(200)).body;
      expect(await get(indicators.dated)).toMatchObject({
        targets: [{ period: '2027', value: 80 }],
        longTermTarget: { value: 80, date: '2027-06-30' },
      });
      expect(await get(indicators.undated)).toMatchObject({
        targets: [{ period: '2029', value: 0 }],
        longTermTarget: { value: 0, date: '2029-12-31' },
      });
      expect(await get(indicators.words)).toMatchObject({ targets: [], longTermTarget: null });
      expect((await k.http.get(`/api/plans/${planId}`).expect(200)).body.councilName).toBe('Kommunalbestyrelsen');
    });

    it('goes on recording changes that verify checks, and can be taken back', async () => {
      await k.http.withCurrentVersion().patch(`/api/plans/${planId}`).send({ councilName: 'Byrådet' }).expect(200);
      expect((await k.http.get('/api/audit/verify').expect(200)).body).toMatchObject({ intact: true, drift: [] });
      await undoUpgrade(k.dataSource);
      const names = (await k.dataSource.query(`SELECT "name" FROM "migrations" ORDER BY "id"`)) as { name: string }[];
      expect(names.map((n) => n.name)).not.toContain('IndicatorTargets1764936000000');
      expect(await k.dataSource.query(`SELECT * FROM "audit_pending_migration"`)).toEqual([]);
    });
  });
});
