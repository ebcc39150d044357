import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { CONCEPT_KINDS, CONCEPTS } from '@kompas/domain';
import { dataSourceOptions } from '../src/database/data-source';
import { CONCEPT_ENTITIES } from '../src/database/entities';
import { InitialSchema1764230400000 } from '../src/database/migrations/1764230400000-initial-schema';
import { MIGRATIONS } from '../src/database/migrations';
import { Kompas, startKompas, TABLES } from './harness';

describe('the database on first start', () => {
  let k: Kompas;
  beforeAll(async () => {
    k = await startKompas();
  });
  afterAll(() => k.close());

  it('creates the SQLite file with every table from the migrations', () => {
    const db = new Database(k.databasePath, { readonly: true });
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map(
      (t) => t.name,
    );
    db.close();
    expect(tables).toEqual(expect.arrayContaining([...TABLES, 'migrations']));
  });

  it('recorded every migration as run, in order', async () => {
    const rows = await k.dataSource.query(`SELECT name FROM migrations ORDER BY id`);
    expect(rows.map((r: { name: string }) => r.name)).toEqual([
      'InitialSchema1764230400000',
      'PeopleAndTrail1764835200000',
      'KeyedTrail1764921600000',
      'FrontDoor1764925200000',
      'OneObservationPerPeriod1764928800000',
      'IndicatorTargets1764936000000',
      'EmailAndReminders1764950400000',
      'CommentReads1764957600000',
      'AssessmentsAndAdjustments1764964800000',
      'PlanRevisions1764972000000',
      'Scenarios1764979200000',
    ]);
  });

  it('stores each concept in the table the registry of concepts names', () => {
    for (const kind of CONCEPT_KINDS)
      expect([kind, k.dataSource.getMetadata(CONCEPT_ENTITIES[kind]).tableName]).toEqual([kind, CONCEPTS[kind].table]);
  });

  it('matches the entities exactly: the schema builder has nothing left to change', async () => {
    const log = await k.dataSource.driver.createSchemaBuilder().log();
    expect(log.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('runs in WAL mode with foreign keys on and synchronize off', async () => {
    expect(await k.dataSource.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(await k.dataSource.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    // FULL (2): a commit is on disk before the write is acknowledged, even if the machine loses power.
    expect(await k.dataSource.query('PRAGMA synchronous')).toEqual([{ synchronous: 2 }]);
    expect(k.dataSource.options.synchronize).toBe(false);
  });

  it('answers the health check while the database is reachable', async () => {
    await k.http.get('/api/health').expect(200, { status: 'ok', database: 'ok' });
  });

  it('serves the OpenAPI document and its page, and sends / to the docs', async () => {
    const json = await k.http.get('/api/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    const paths = Object.keys(json.body.paths);
    for (const p of [
      '/api/plans',
      '/api/plans/{planId}/graph',
      '/api/plans/{planId}/export',
      '/api/plans/import',
      '/api/links',
      '/api/committees/{id}/focus-area-order',
    ]) {
      expect(paths).toContain(p);
    }
    // Every documented operation has a summary.
    for (const ops of Object.values(json.body.paths) as Record<string, { summary?: string }>[]) {
      for (const op of Object.values(ops)) expect(op.summary).toBeTruthy();
    }
    const page = await k.http.get('/api/docs').expect(200);
    expect(page.text).toContain('swagger');
  });

  it('answers unknown routes with the error shape', async () => {
    const res = await k.http.get('/api/nothing-here').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'not_found', details: [] });
  });
});

describe('the health check without a database', () => {
  it('answers 503 in the error shape when the database is not reachable', async () => {
    const k = await startKompas();
    try {
      await k.dataSource.destroy();
      const res = await k.anon.get('/api/health').expect(503);
      expect(res.body).toMatchObject({ statusCode: 503, code: 'service_unavailable', details: [] });
    } finally {
      await k.dataSource.initialize().catch(() => undefined);
      await k.close();
    }
  });
});

describe('upgrading a database from before people and the trail', () => {
  it('keeps every row, gives each version 1 and leaves it undeleted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kompas-upgrade-'));
    const databasePath = join(dir, 'old.sqlite');
    const old = new DataSource(dataSourceOptions(databasePath, { migrations: [InitialSchema1764230400000], entities: [] }));
    await old.initialize();
    await old.query(
      `INSERT INTO "plan" ("id", "organisation", "title", "motivations", "sections", "periodStart", "periodEnd", "status")
       VALUES ('11111111-1111-4111-8111-111111111111', 'Testrup Kommune', 'Gammel plan', '[]', '[]', '2026-01-01', '2029-12-31', 'draft')`,
    );
    await old.query(
      `INSERT INTO "committee" ("id", "planId", "name", "coreAreas", "position")
       VALUES ('22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111', 'Udvalget for Læring', '[]', 1)`,
    );
    await old.query(
      `INSERT INTO "focus_area" ("id", "planId", "committeeId", "title", "rank", "status")
       VALUES ('33333333-3333-4333-8333-333333333333', '11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', 'Trivsel', 1, 'adopted')`,
    );
    await old.destroy();

    const k = await startKompas({ databasePath });
    try {
      const fa = (await k.http.get('/api/focus-areas/33333333-3333-4333-8333-333333333333').expect(200)).body;
      expect(fa).toMatchObject({ title: 'Trivsel', rank: 1, version: 1 });
      const rows = await k.dataSource.query(
        `SELECT "version", "deletedAt" FROM "plan" UNION ALL SELECT "version", "deletedAt" FROM "committee"`,
      );
      expect(rows).toEqual([
        { version: 1, deletedAt: null },
        { version: 1, deletedAt: null },
      ]);
    } finally {
      await k.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('every migration undone and done again', () => {
  it('takes a fresh database down to nothing and back up to the same schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kompas-down-'));
    const db = new DataSource(dataSourceOptions(join(dir, 'kompas.sqlite'), { entities: [] }));
    // Everything the schema consists of, SQLite's own tables and the migrations' record aside.
    const schema = async () =>
      (await db.query(
        `SELECT type, name, tbl_name, sql FROM sqlite_master
          WHERE name NOT LIKE 'sqlite_%' AND tbl_name <> 'migrations' ORDER BY type, name`,
      )) as { type: string; name: string; sql: string | null }[];
    try {
      await db.initialize();
      const migrated = await schema();
      expect(migrated.map((o) => o.name)).toEqual(expect.arrayContaining([...TABLES]));

      const undone: string[] = [];
      for (let left = MIGRATIONS.length; left > 0; left--) {
        await db.undoLastMigration({ transaction: 'all' });
        undone.push(((await db.query(`SELECT name FROM migrations ORDER BY id`)) as { name: string }[]).map((r) => r.name).join(','));
      }
      // Each down ran, newest first, and left no table, index or trigger behind.
      expect(undone).toEqual(
        MIGRATIONS.map((_m, i) =>
          MIGRATIONS.slice(0, MIGRATIONS.length - 1 - i)
            .map((m) => m.name)
            .join(','),
        ),
      );
      expect(await schema()).toEqual([]);

      await db.runMigrations({ transaction: 'all' });
      expect(await schema()).toEqual(migrated);
    } finally {
      if (db.isInitialized) await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
