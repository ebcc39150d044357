import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONCEPT_TABLES, DOCUMENT_LISTS, type Role } from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import request, { Test } from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { AppConfig, BODY_LIMIT_BYTES, IMPORT_LIMIT_BYTES } from '../src/config/app-config';
import { AuditService } from '../src/modules/audit/audit.service';
import { SYSTEM_ACTOR } from '../src/modules/audit/change';
import { hashPassword } from '../src/modules/auth/passwords';
import { Credential, User } from '../src/modules/users/user.entities';
import { OWN_TABLES } from './db-state';

/** A supertest client whose requests carry a session cookie. */
export type Client = {
  get(url: string): Test;
  post(url: string): Test;
  put(url: string): Test;
  patch(url: string): Test;
  delete(url: string): Test;
};

export type Kompas = {
  app: INestApplication;
  /**
   * Signed in as a test user who holds every role, sits on every committee and
   * leads every unit (kept so before each request), and who sends the current
   * version as If-Match on PATCH and DELETE unless the test sets one.
   */
  http: Client;
  /** No cookie at all. */
  anon: ReturnType<typeof request>;
  /** A new user with these roles and scopes, signed in. */
  signIn(user: { roles: Role[]; committeeIds?: string[]; unitIds?: string[]; name?: string }): Promise<Client & { userId: string }>;
  dataSource: DataSource;
  databasePath: string;
  config: AppConfig;
  /** SQL statements run since the last reset. */
  statements: { count: number; sql: string[]; reset(): void };
  close(): Promise<void>;
};

export const TEST_PASSWORD = 'a test password, long enough';
/** The trail's key in tests (AUDIT_KEY). */
export const TEST_AUDIT_KEY = 'the test key of the audit trail, 32+ characters';
let passwordHash: Promise<string> | null = null;

/**
 * The real Kompas API on a real SQLite file in a fresh temporary folder, with
 * the migrations applied, listening on a port of its own on loopback.
 */
export async function startKompas(
  options: { demo?: boolean; databasePath?: string; webRoot?: string; config?: Partial<AppConfig> } = {},
): Promise<Kompas> {
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
    loginMaxFailures: 3,
    loginMaxWaitSeconds: 900,
    loginCeiling: 30,
    sessionHours: 12,
    sessionIdleMinutes: 480,
    trustProxy: false,
    corsOrigins: [],
    secureCookies: false,
    admin: null,
    auditKey: TEST_AUDIT_KEY,
    auditSealMinutes: 10,
    ...options.config,
  };
  const app = await createApp(config, false);
  await app.listen(0, '127.0.0.1');
  const dataSource = app.get(DataSource);
  const audit = app.get(AuditService);
  const server = app.getHttpServer();

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

  passwordHash ??= hashPassword(TEST_PASSWORD);
  const secret = await passwordHash;
  let users = 0;
  const createUser = async (roles: Role[], committeeIds: string[], unitIds: string[], name: string) => {
    const id = randomUUID();
    const username = `test-${++users}-${randomUUID().slice(0, 8)}-${roles.join('-').toLowerCase()}`.slice(0, 60);
    // Through the trail, as Kompas itself, so that verify finds no row the trail does not know.
    const credentialId = randomUUID();
    await audit.change(SYSTEM_ACTOR, async (c) => {
      c.describe('create', 'user', id);
      await c.touch('user', id);
      await c.touch('credential', credentialId);
      await c.em.insert(User, { id, username, name, roles, committeeIds, unitIds, active: true, demo: false });
      await c.em.insert(Credential, { id: credentialId, userId: id, kind: 'password', secret });
    });
    const res = await request(server).post('/api/auth/login').send({ username, password: TEST_PASSWORD });
    if (res.status !== 200) throw new Error(`test sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
    const cookie = (res.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    return { id, cookie };
  };

  const client = (cookie: string, before: () => Promise<void>): Client => {
    const wrap = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', url: string): Test => {
      const test = request(server)[method](url).set('Cookie', cookie);
      const send = test.end.bind(test);
      test.end = (callback) => {
        const headers = (test as unknown as { header: Record<string, string> }).header;
        const hasIfMatch = Object.keys(headers).some((h) => h.toLowerCase() === 'if-match');
        const prepare = async () => {
          await before();
          if ((method === 'patch' || method === 'delete') && !hasIfMatch) {
            const read = await request(server).get(url.split('?')[0]).set('Cookie', cookie);
            if (read.status === 200 && read.headers['etag']) test.set('If-Match', read.headers['etag'] as string);
          }
        };
        // Not `() => send(callback)`: a Test is thenable, and returning it would chain a second, unhandled promise.
        prepare().then(
          () => {
            // The grant runs again once the answer is in, so that a test counting rows after it sees the grant's entry already.
            send((err, res) => {
              before().then(
                () => callback?.(err, res),
                (e: Error) => callback?.(e, res),
              );
            });
          },
          (e: Error) => callback?.(e, undefined as never),
        );
        return test;
      };
      return test;
    };
    return {
      get: (url) => wrap('get', url),
      post: (url) => wrap('post', url),
      put: (url) => wrap('put', url),
      patch: (url) => wrap('patch', url),
      delete: (url) => wrap('delete', url),
    };
  };

  const everything: Role[] = ['administrator', 'director', 'committeeMember', 'manager'];
  const tester = await createUser(everything, [], [], 'Test Tester');
  // Keeps the test user on every committee and over every unit, however many the test has made.
  const grantAll = () =>
    audit.change(SYSTEM_ACTOR, async (c) => {
      c.describe('update', 'user', tester.id);
      await c.touch('user', tester.id);
      await c.em.query(
        `UPDATE "user" SET "committeeIds" = (SELECT coalesce(json_group_array("id"), '[]') FROM "committee"),
                           "unitIds" = (SELECT coalesce(json_group_array("id"), '[]') FROM "unit") WHERE "id" = ?`,
        [tester.id],
      );
    });

  return {
    app,
    http: client(tester.cookie, grantAll),
    anon: request(server),
    async signIn(user) {
      const made = await createUser(user.roles, user.committeeIds ?? [], user.unitIds ?? [], user.name ?? `Test ${user.roles.join(' ')}`);
      return { ...client(made.cookie, async () => undefined), userId: made.id };
    },
    dataSource,
    databasePath,
    config,
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

/** A survey indicator on an action, with one observation (2025: 70 %), created through the API. */
export async function seedMeasurement(k: Kompas, actionId: string) {
  const indicator = (
    await k.http
      .post('/api/indicators')
      .send({
        actionId,
        title: 'Læsescore',
        type: 'quantitative',
        evidenceKind: 'survey',
        cadence: 'yearly',
        unit: '%',
        direction: 'up',
      })
      .expect(201)
  ).body;
  const observation = (await k.http.post(`/api/indicators/${indicator.id}/observations`).send({ period: '2025', value: 70 }).expect(201))
    .body;
  return { indicator, observation };
}

/** The plan document's lists, from the registry of concepts. */
export const DOCUMENT_COLLECTIONS = DOCUMENT_LISTS;

/** A plan document with every id replaced by where its row stands, so two documents compare apart from ids. */
export function withoutIds(doc: Record<(typeof DOCUMENT_COLLECTIONS)[number], { id: string }[]>): unknown {
  const label = new Map<string, string>();
  for (const c of DOCUMENT_COLLECTIONS) doc[c].forEach((row, i) => label.set(row.id, `${c}[${i}]`));
  return JSON.parse(JSON.stringify(doc), (_key, value) => (typeof value === 'string' && label.has(value) ? label.get(value) : value));
}

/** Every table, as the migrations create them: each concept's (from the registry of concepts), a focus area's co-owners, the bookkeeping. */
export const TABLES = [...CONCEPT_TABLES, 'focus_area_co_owner', ...OWN_TABLES] as const;
