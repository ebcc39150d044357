import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { AppConfig, BODY_LIMIT_BYTES, IMPORT_LIMIT_BYTES } from '../src/config/app-config';

export type Kompas = {
  app: INestApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  databasePath: string;
  /** SQL statements run since the last reset. */
  statements: { count: number; sql: string[]; reset(): void };
  close(): Promise<void>;
};

/**
 * The real Kompas API on a real SQLite file in a fresh temporary folder, with
 * the migrations applied, listening on a port of its own on loopback.
 */
export async function startKompas(options: { demo?: boolean; databasePath?: string; webRoot?: string } = {}): Promise<Kompas> {
  const dir = options.databasePath ? null : mkdtempSync(join(tmpdir(), 'kompas-test-'));
  const databasePath = options.databasePath ?? join(dir as string, 'kompas.sqlite');
  const config: AppConfig = {
    port: 0,
    databasePath,
    demo: options.demo ?? false,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    importLimitBytes: IMPORT_LIMIT_BYTES,
    // A folder with no web app in it unless a test brings one.
    webRoot: options.webRoot ?? join(dir ?? tmpdir(), 'no-web-app'),
  };
  const app = await createApp(config, false);
  await app.listen(0, '127.0.0.1');
  const dataSource = app.get(DataSource);

  const statements = {
    count: 0,
    sql: [] as string[],
    reset() {
      this.count = 0;
      this.sql = [];
    },
  };
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, runner) => {
    statements.count++;
    statements.sql.push(query);
    return original(query, parameters, runner);
  };

  return {
    app,
    http: request(app.getHttpServer()),
    dataSource,
    databasePath,
    statements,
    async close() {
      await app.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The one error shape, with the given status and code, naming these fields. */
export function expectError(
  res: { status: number; body: { statusCode: number; code: string; message: string; details: { field: string }[] } },
  status: number,
  code: string,
  fields: string[] = [],
) {
  expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
  expect(res.body.statusCode).toBe(status);
  expect(typeof res.body.message).toBe('string');
  expect(res.body.message.length).toBeGreaterThan(0);
  expect(Array.isArray(res.body.details)).toBe(true);
  for (const f of fields) expect(res.body.details.map((d) => d.field)).toContain(f);
}

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** A small plan with one of everything, created through the API. */
export async function seedSmallPlan(k: Kompas) {
  const plan = (
    await k.http
      .post('/api/plans')
      .send({ organisation: 'Testrup Kommune', title: 'Testrup – sammen', periodStart: '2026-01-01', periodEnd: '2029-12-31' })
      .expect(201)
  ).body;
  const aimingPoint = (
    await k.http.post('/api/aiming-points').send({ planId: plan.id, title: 'Forskellige sammen', ambition: 'Vi vil …' }).expect(201)
  ).body;
  const committee = (
    await k.http.post('/api/committees').send({ planId: plan.id, name: 'Udvalget for Læring', shortName: 'Læring' }).expect(201)
  ).body;
  const unit = (
    await k.http
      .post('/api/units')
      .send({ name: `Skoledistrikt ${Math.random().toString(36).slice(2, 8)}` })
      .expect(201)
  ).body;
  const focusArea = (await k.http.post('/api/focus-areas').send({ committeeId: committee.id, title: 'Trivsel i skolen' }).expect(201)).body;
  const action = (
    await k.http.post('/api/actions').send({ planId: plan.id, unitId: unit.id, title: 'Læsevenner i indskolingen' }).expect(201)
  ).body;
  return { plan, aimingPoint, committee, unit, focusArea, action };
}

export const DOCUMENT_COLLECTIONS = [
  'aimingPoints',
  'committees',
  'units',
  'focusAreas',
  'actions',
  'indicators',
  'observations',
  'links',
] as const;

/** A plan document with every id replaced by where its row stands, so two documents compare apart from ids. */
export function withoutIds(doc: Record<(typeof DOCUMENT_COLLECTIONS)[number], { id: string }[]>): unknown {
  const label = new Map<string, string>();
  for (const c of DOCUMENT_COLLECTIONS) doc[c].forEach((row, i) => label.set(row.id, `${c}[${i}]`));
  return JSON.parse(JSON.stringify(doc), (_key, value) => (typeof value === 'string' && label.has(value) ? label.get(value) : value));
}

/** Every table of the cascade, as the migrations create them. */
export const TABLES = [
  'plan',
  'aiming_point',
  'committee',
  'unit',
  'focus_area',
  'focus_area_co_owner',
  'action',
  'indicator',
  'observation',
  'support_link',
  'contribution_link',
] as const;
