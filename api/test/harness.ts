import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONCEPT_TABLES, DEFAULT_HEALTH_SETTINGS, DOCUMENT_LISTS, type Role } from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import request, { Test } from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { Clock } from '../src/common/clock';
import {
  AppConfig,
  BODY_LIMIT_BYTES,
  DEFAULT_MAIL_FROM,
  DEFAULT_REMINDER_CRON,
  DEFAULT_REMINDER_TZ,
  IMPORT_LIMIT_BYTES,
} from '../src/config/app-config';
import { AuditService } from '../src/modules/audit/audit.service';
import { SYSTEM_ACTOR } from '../src/modules/audit/change';
import { hashPassword } from '../src/modules/auth/passwords';
import { Credential, User } from '../src/modules/users/user.entities';
import { OWN_TABLES } from './db-state';

/*
 * The test client acts as users do. Options, for tests to say what they mean:
 *
 * - `k.http`: signed in as an administrator (plans, aiming points, committees,
 *   units, users, the trail) who sits on no committee and leads no unit. It
 *   grants nothing by itself and sends no If-Match: a PATCH or DELETE without
 *   one is refused (428), as it would be for anyone.
 * - `k.as(roles, { committees, units, name })`: a new user with these roles,
 *   on these committees and over these units, signed in. E.g.
 *   `k.as('committeeMember', { committees: [c.id] })`,
 *   `k.as('manager', { units: [u.id] })`, `k.as('viewer')`.
 *   (`k.signIn({ roles, committeeIds, unitIds, name })` is the same.)
 * - `k.grant(client, { committees, units })`: the administrator puts a user
 *   on more committees or over more units (and gives the role that needs it),
 *   through PATCH /api/users/:id, as in the app.
 * - `client.withCurrentVersion()`: the same user, sending the version it reads
 *   just before as If-Match on PATCH and DELETE that set none. For tests about
 *   something else than versions; a test about versions sets If-Match itself,
 *   e.g. `.set('If-Match', versionOf(row))`.
 * - `versionOf(row)`: a row's version as an If-Match value (`"3"`).
 * - `k.clock`: the app's clock, the real time plus what the test has added
 *   with `k.clock.advance(ms)`; what the app itself waits for (a slowed
 *   sign-in) passes at once. `startKompas({ clock })` shares one between two
 *   starts. Nothing waits for real time to pass.
 * - `seedSmallPlan(k)` returns, besides the rows, `member` (a committee member
 *   of its committee) and `manager` (a manager of its unit), who made its
 *   focus area and action; `seedMeasurement(k, actionId, by?)` records
 *   through `by`, or else a new manager of the action's unit, returned as
 *   `manager`.
 */

/** A supertest client whose requests carry a session cookie. */
export type Client = {
  get(url: string): Test;
  post(url: string): Test;
  put(url: string): Test;
  patch(url: string): Test;
  delete(url: string): Test;
  /** The signed-in user. */
  userId: string;
  /** The same user, sending the current version as If-Match on PATCH and DELETE that set none. */
  withCurrentVersion(): Client;
};

/** Who a new test user is: roles, the committees they sit on and the units they lead. */
export type Scopes = { committees?: string[]; units?: string[]; name?: string };

/** The app's clock in tests: the real time plus what the test added. */
export class TestClock extends Clock {
  private offsetMs = 0;
  now(): number {
    return Date.now() + this.offsetMs;
  }
  /** Moves the clock on, as if this much time had passed. */
  advance(ms: number): void {
    if (ms < 0) throw new Error('The clock only moves forward.');
    this.offsetMs += ms;
  }
  /** What the app waits for (a slowed sign-in) passes at once: the clock moves on by it. */
  async wait(ms: number): Promise<void> {
    this.advance(ms);
  }
}

export type Kompas = {
  app: INestApplication;
  /** Signed in as an administrator on no committee and over no unit; sends no If-Match unless the test sets one. */
  http: Client;
  /** No cookie at all. */
  anon: ReturnType<typeof request>;
  /** A new user with these roles, committees and units, signed in. */
  as(roles: Role | Role[], scopes?: Scopes): Promise<Client>;
  /** A new user with these roles and scopes, signed in (as `as`). */
  signIn(user: { roles: Role[]; committeeIds?: string[]; unitIds?: string[]; name?: string }): Promise<Client>;
  /** The administrator adds committees and units to a user, with the role each needs. */
  grant(client: Client, scopes: { committees?: string[]; units?: string[] }): Promise<void>;
  clock: TestClock;
  dataSource: DataSource;
  databasePath: string;
  config: AppConfig;
  /** SQL statements run since the last reset. */
  statements: { count: number; sql: string[]; reset(): void };
  close(): Promise<void>;
};

/** A row's version as an If-Match header value. */
export const versionOf = (row: { version: number }) => `"${row.version}"`;

export const TEST_PASSWORD = 'a test password, long enough';
/** The trail's key in tests (AUDIT_KEY). */
export const TEST_AUDIT_KEY = 'the test key of the audit trail, 32+ characters';
let passwordHash: Promise<string> | null = null;

/**
 * The real Kompas API on a real SQLite file in a fresh temporary folder, with
 * the migrations applied, listening on a port of its own on loopback.
 */
export async function startKompas(
  options: { demo?: boolean; databasePath?: string; webRoot?: string; config?: Partial<AppConfig>; clock?: TestClock } = {},
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
    // No mail unless a test brings a mail server.
    smtpUrl: null,
    publicUrl: null,
    reminderCron: DEFAULT_REMINDER_CRON,
    reminderTimeZone: DEFAULT_REMINDER_TZ,
    mailFrom: DEFAULT_MAIL_FROM,
    health: DEFAULT_HEALTH_SETTINGS,
    ...options.config,
  };
  const clock = options.clock ?? new TestClock();
  const app = await createApp(config, false, clock);
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

  const client = (userId: string, cookie: string, currentVersion: boolean): Client => {
    const wrap = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', url: string): Test => {
      const test = request(server)[method](url).set('Cookie', cookie);
      if (!currentVersion || (method !== 'patch' && method !== 'delete')) return test;
      const send = test.end.bind(test);
      test.end = (callback) => {
        const headers = (test as unknown as { header: Record<string, string> }).header;
        const hasIfMatch = Object.keys(headers).some((h) => h.toLowerCase() === 'if-match');
        const prepare = async () => {
          if (hasIfMatch) return;
          const read = await request(server).get(url.split('?')[0]).set('Cookie', cookie);
          if (read.status === 200 && read.headers['etag']) test.set('If-Match', read.headers['etag'] as string);
        };
        // Not `() => send(callback)`: a Test is thenable, and returning it would chain a second, unhandled promise.
        prepare().then(
          () => {
            send(callback);
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
      userId,
      withCurrentVersion: () => client(userId, cookie, true),
    };
  };

  const signIn = async (roles: Role[], scopes: Scopes = {}) => {
    const made = await createUser(roles, scopes.committees ?? [], scopes.units ?? [], scopes.name ?? `Test ${roles.join(' ')}`);
    return client(made.id, made.cookie, false);
  };
  const admin = await signIn(['administrator'], { name: 'Test Administrator' });

  return {
    app,
    http: admin,
    anon: request(server),
    as: (roles, scopes) => signIn(Array.isArray(roles) ? roles : [roles], scopes),
    signIn: (user) => signIn(user.roles, { committees: user.committeeIds, units: user.unitIds, name: user.name }),
    async grant(who, scopes) {
      const read = await admin.get(`/api/users/${who.userId}`).expect(200);
      const user = read.body as { roles: Role[]; committeeIds: string[]; unitIds: string[] };
      const roles = new Set(user.roles);
      if (scopes.committees?.length) roles.add('committeeMember');
      if (scopes.units?.length) roles.add('manager');
      await admin
        .patch(`/api/users/${who.userId}`)
        .set('If-Match', read.headers['etag'] as string)
        .send({
          roles: [...roles],
          committeeIds: [...new Set([...user.committeeIds, ...(scopes.committees ?? [])])],
          unitIds: [...new Set([...user.unitIds, ...(scopes.units ?? [])])],
        })
        .expect(200);
    },
    clock,
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

/**
 * A small plan with one of everything, created through the API: the plan, its
 * aiming point, committee and unit by the administrator, the focus area by
 * `member` (on the committee), the action by `manager` (of the unit).
 */
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
  const member = await k.as('committeeMember', { committees: [committee.id], name: 'Mette Medlem' });
  const manager = await k.as('manager', { units: [unit.id], name: 'Lars Leder' });
  const focusArea = (await member.post('/api/focus-areas').send({ committeeId: committee.id, title: 'Trivsel i skolen' }).expect(201)).body;
  const action = (
    await manager.post('/api/actions').send({ planId: plan.id, unitId: unit.id, title: 'Læsevenner i indskolingen' }).expect(201)
  ).body;
  return { plan, aimingPoint, committee, unit, focusArea, action, member, manager };
}

/** The id of one row of each kind a route reads by id, keyed by the route's segment (`focus-areas`): a small plan's rows and a measurement's. */
export function idsByRoute(
  s: Awaited<ReturnType<typeof seedSmallPlan>>,
  measured: { indicator: { id: string }; observation: { id: string } },
  link: { id: string },
): Record<string, string> {
  return {
    plans: s.plan.id,
    'aiming-points': s.aimingPoint.id,
    committees: s.committee.id,
    units: s.unit.id,
    'focus-areas': s.focusArea.id,
    actions: s.action.id,
    indicators: measured.indicator.id,
    observations: measured.observation.id,
    links: link.id,
  };
}

/**
 * A survey indicator on an action, with one observation (2025: 70 %), created
 * through the API by `by`, or else by a new manager of the action's unit.
 */
export async function seedMeasurement(k: Kompas, actionId: string, by?: Client) {
  const manager = by ?? (await k.as('manager', { units: [(await k.http.get(`/api/actions/${actionId}`).expect(200)).body.unitId] }));
  const indicator = (
    await manager
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
  const observation = (await manager.post(`/api/indicators/${indicator.id}/observations`).send({ period: '2025', value: 70 }).expect(201))
    .body;
  return { indicator, observation, manager };
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
