import { readFileSync, existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { counterKey } from '../src/modules/auth/sign-in-throttle';
import { expectError, Kompas, startKompas, versionOf } from './harness';

type Cookie = { name: string; value: string; attributes: Record<string, string | true> };

/** One Set-Cookie header, read into its name, value and attributes (attribute names in lower case). */
function parseSetCookie(header: string): Cookie {
  const [pair, ...attrs] = header.split(';').map((p) => p.trim());
  const eq = pair.indexOf('=');
  const attributes: Record<string, string | true> = {};
  for (const a of attrs) {
    const i = a.indexOf('=');
    if (i < 0) attributes[a.toLowerCase()] = true;
    else attributes[a.slice(0, i).toLowerCase()] = a.slice(i + 1);
  }
  return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes };
}

const setCookies = (res: { headers: Record<string, unknown> }): string[] => (res.headers['set-cookie'] as string[] | undefined) ?? [];

const PASSWORD = 'et langt og hemmeligt kodeord';
const LISTED_ORIGIN = 'https://kompas.example';
const EVIL_ORIGIN = 'https://evil.example';

type Entry = { action: string; userId: string | null; userName: string | null; detail: string | null; reason: string | null };

describe('sign-in, sessions and users', () => {
  let k: Kompas;
  let users = 0;

  /** A user made by an administrator through the API, with PASSWORD. */
  const newUser = async (extra: object = {}) => {
    const username = `bruger-${++users}`;
    const res = await k.http
      .post('/api/users')
      .send({ username, name: `Bruger ${users}`, password: PASSWORD, roles: ['viewer'], ...extra })
      .expect(201);
    return { id: res.body.id as string, username };
  };
  const login = (username: string, password = PASSWORD) => k.anon.post('/api/auth/login').send({ username, password });
  const cookieOf = (res: { headers: Record<string, unknown> }) =>
    setCookies(res)
      .map((c) => c.split(';')[0])
      .join('; ');
  const trail = async (query: string): Promise<Entry[]> => (await k.http.get(`/api/audit?${query}`).expect(200)).body.items as Entry[];

  beforeAll(async () => {
    k = await startKompas({ config: { corsOrigins: [LISTED_ORIGIN] } });
  });
  afterAll(() => k.close());

  describe('signing in and out', () => {
    it('sets an httpOnly, SameSite=Lax session cookie for the whole site, and answers with the user', async () => {
      const u = await newUser({ roles: ['director'] });
      const res = await login(u.username).expect(200);
      const cookies = setCookies(res).map(parseSetCookie);
      expect(cookies.map((c) => c.name)).toEqual(['kompas_session']);
      const [session] = cookies;
      expect(session.value.length).toBeGreaterThanOrEqual(32);
      expect(session.attributes['httponly']).toBe(true);
      expect(String(session.attributes['samesite']).toLowerCase()).toBe('lax');
      expect(session.attributes['path']).toBe('/');
      // It lasts the configured session time, not forever.
      const expires = Date.parse(String(session.attributes['expires']));
      expect(expires - Date.now()).toBeGreaterThan((k.config.sessionHours - 1) * 3600_000);
      expect(expires - Date.now()).toBeLessThanOrEqual(k.config.sessionHours * 3600_000 + 5000);
      expect(res.body.user).toEqual({
        id: u.id,
        username: u.username,
        name: expect.any(String),
        roles: ['director'],
        committeeIds: [],
        unitIds: [],
        demo: false,
      });
      expect(JSON.stringify(res.body)).not.toContain(PASSWORD);
    });

    it('takes the login in any case and with spaces around it', async () => {
      const u = await newUser();
      await login(`  ${u.username.toUpperCase()} `).expect(200);
    });

    it('tells the signed-in user who they are and what roles they hold', async () => {
      const plan = (
        await k.http
          .post('/api/plans')
          .send({ organisation: 'Testrup Kommune', title: 'Testrup', periodStart: '2026-01-01', periodEnd: '2029-12-31' })
          .expect(201)
      ).body;
      const committee = (await k.http.post('/api/committees').send({ planId: plan.id, name: 'Udvalget for Læring' }).expect(201)).body;
      const unit = (await k.http.post('/api/units').send({ name: 'Skoledistrikt Øst' }).expect(201)).body;
      const both = await newUser({ roles: ['manager', 'committeeMember'], committeeIds: [committee.id], unitIds: [unit.id] });
      const cookie = cookieOf(await login(both.username).expect(200));
      const me = await k.anon.get('/api/auth/me').set('Cookie', cookie).expect(200);
      expect(me.body).toEqual({
        id: both.id,
        username: both.username,
        name: expect.any(String),
        roles: ['committeeMember', 'manager'],
        committeeIds: [committee.id],
        unitIds: [unit.id],
        demo: false,
      });
      expectError(await k.anon.get('/api/auth/me'), 401, 'unauthenticated');
      expectError(await k.anon.get('/api/auth/me').set('Cookie', 'kompas_session=made-up'), 401, 'unauthenticated');
    });

    it('ends the session on sign-out: the old cookie is refused afterwards', async () => {
      const u = await newUser();
      const cookie = cookieOf(await login(u.username).expect(200));
      await k.anon.get('/api/plans').set('Cookie', cookie).expect(200);
      const out = await k.anon.post('/api/auth/logout').set('Cookie', cookie).expect(204);
      const cleared = setCookies(out).map(parseSetCookie);
      expect(cleared.map((c) => [c.name, c.value])).toEqual([['kompas_session', '']]);
      expect(Date.parse(String(cleared[0].attributes['expires']))).toBeLessThan(Date.now());
      const after = await k.anon.get('/api/auth/me').set('Cookie', cookie);
      expectError(after, 401, 'unauthenticated');
      expectError(await k.anon.get('/api/plans').set('Cookie', cookie), 401, 'unauthenticated');
      expect(await k.dataSource.query(`SELECT count(*) AS n FROM "session" WHERE "userId" = ?`, [u.id])).toEqual([{ n: 0 }]);
      expect((await trail(`action=logout&userId=${u.id}`)).length).toBe(1);
      // Signing out again, or without a session, is refused like any other route without one, and writes nothing.
      expectError(await k.anon.post('/api/auth/logout').set('Cookie', cookie), 401, 'unauthenticated');
      expectError(await k.anon.post('/api/auth/logout'), 401, 'unauthenticated');
      expect((await trail(`action=logout&userId=${u.id}`)).length).toBe(1);
    });

    it('applies a change of roles at once, without signing in again', async () => {
      const u = await newUser({ roles: ['director'] });
      const cookie = cookieOf(await login(u.username).expect(200));
      const plan = { organisation: 'Testrup Kommune', title: 'Rolleskift', periodStart: '2026-01-01', periodEnd: '2029-12-31' };
      expectError(await k.anon.post('/api/plans').set('Cookie', cookie).send(plan), 403, 'forbidden');
      await k.http
        .withCurrentVersion()
        .patch(`/api/users/${u.id}`)
        .send({ roles: ['administrator'] })
        .expect(200);
      await k.anon.post('/api/plans').set('Cookie', cookie).send(plan).expect(201);
      await k.http
        .withCurrentVersion()
        .patch(`/api/users/${u.id}`)
        .send({ roles: ['viewer'] })
        .expect(200);
      expectError(await k.anon.post('/api/plans').set('Cookie', cookie).send(plan), 403, 'forbidden');
      expect((await k.anon.get('/api/auth/me').set('Cookie', cookie).expect(200)).body.roles).toEqual(['viewer']);
    });

    it('refuses a session once its time is up', async () => {
      const u = await newUser();
      const cookie = cookieOf(await login(u.username).expect(200));
      await k.anon.get('/api/auth/me').set('Cookie', cookie).expect(200);
      await k.dataSource.query(`UPDATE "session" SET "expiresAt" = ? WHERE "userId" = ?`, ['2020-01-01 00:00:00.000', u.id]);
      expectError(await k.anon.get('/api/auth/me').set('Cookie', cookie), 401, 'unauthenticated');
    });

    it('refuses a wrong password with 401 invalid_credentials, counting it without a trail entry', async () => {
      const u = await newUser();
      const entriesBefore = await k.dataSource.query(`SELECT count(*) AS n FROM "audit_entry"`);
      const res = await login(u.username, 'not the password at all');
      expectError(res, 401, 'invalid_credentials', ['password']);
      expect(setCookies(res)).toEqual([]);
      // Failed sign-ins are counted per login and address, not written to the trail one by one.
      expect(await k.dataSource.query(`SELECT count(*) AS n FROM "audit_entry"`)).toEqual(entriesBefore);
      const [pair] = (await k.dataSource.query(`SELECT "count" FROM "sign_in_counter" WHERE "key" = ?`, [
        counterKey('pair', u.username, '127.0.0.1'),
      ])) as { count: number }[];
      expect(pair).toEqual({ count: 1 });
      // An unknown login gets the very same answer: the response does not tell which logins exist.
      const unknown = await login('nobody-by-this-name', 'not the password at all');
      expectError(unknown, 401, 'invalid_credentials', ['password']);
      expect(unknown.body.message).toBe(res.body.message);
      expect(await k.dataSource.query(`SELECT count(*) AS n FROM "audit_entry"`)).toEqual(entriesBefore);
    });

    it('refuses a deactivated user, and ends the sessions they had', async () => {
      const u = await newUser();
      const cookie = cookieOf(await login(u.username).expect(200));
      const second = cookieOf(await login(u.username).expect(200));
      await k.anon.get('/api/auth/me').set('Cookie', cookie).expect(200);

      const read = await k.http.get(`/api/users/${u.id}`).expect(200);
      expectError(await k.http.patch(`/api/users/${u.id}`).set('If-Match', '"999"').send({ active: false }), 412, 'version_conflict');
      const res = await k.http
        .patch(`/api/users/${u.id}`)
        .set('If-Match', read.headers['etag'] as string)
        .send({ active: false })
        .expect(200);
      expect(res.body.active).toBe(false);

      for (const c of [cookie, second]) expectError(await k.anon.get('/api/auth/me').set('Cookie', c), 401, 'unauthenticated');
      expect(await k.dataSource.query(`SELECT count(*) AS n FROM "session" WHERE "userId" = ?`, [u.id])).toEqual([{ n: 0 }]);
      expectError(await login(u.username), 401, 'invalid_credentials');

      // Active again, they sign in again.
      await k.http.patch(`/api/users/${u.id}`).set('If-Match', versionOf(res.body)).send({ active: true }).expect(200);
      await login(u.username).expect(200);
    });

    it('keeps passwords only as scrypt hashes in the credential table: never in users, responses or the trail', async () => {
      const u = await newUser();
      const [credential] = (await k.dataSource.query(`SELECT * FROM "credential" WHERE "userId" = ?`, [u.id])) as { secret: string }[];
      expect(credential.secret).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/);
      expect(credential.secret).not.toContain(PASSWORD);

      const newPassword = 'et andet langt kodeord';
      const cookie = cookieOf(await login(u.username).expect(200));
      await k.http.withCurrentVersion().patch(`/api/users/${u.id}`).send({ password: newPassword }).expect(200);
      const [changed] = (await k.dataSource.query(`SELECT "secret" FROM "credential" WHERE "userId" = ?`, [u.id])) as { secret: string }[];
      expect(changed.secret).toMatch(/^scrypt\$/);
      expect(changed.secret).not.toBe(credential.secret);
      // A new password ends the sessions opened with the old one; the old password no longer works.
      expectError(await k.anon.get('/api/auth/me').set('Cookie', cookie), 401, 'unauthenticated');
      expectError(await login(u.username), 401, 'invalid_credentials');
      await login(u.username, newPassword).expect(200);

      const users = JSON.stringify(await k.dataSource.query(`SELECT * FROM "user"`));
      const trailRows = JSON.stringify(await k.dataSource.query(`SELECT * FROM "audit_entry"`));
      const listed = JSON.stringify((await k.http.get('/api/users').expect(200)).body);
      for (const text of [users, trailRows, listed]) {
        for (const secret of [PASSWORD, newPassword, credential.secret, changed.secret, 'scrypt$']) expect(text).not.toContain(secret);
      }
      // The trail records that the credential changed, without its content.
      const entries = (await trail(`entity=user&entityId=${u.id}`)) as unknown as {
        changes: { table: string; after: { secret: string } }[];
      }[];
      const secrets = entries.flatMap((e) => e.changes.filter((c) => c.table === 'credential').map((c) => c.after.secret));
      expect(secrets.length).toBeGreaterThan(0);
      expect(new Set(secrets)).toEqual(new Set(['(hidden)']));
      // Nor anywhere in the database file.
      for (const file of [k.databasePath, `${k.databasePath}-wal`].filter((f) => existsSync(f))) {
        const bytes = readFileSync(file);
        expect(bytes.includes(PASSWORD)).toBe(false);
        expect(bytes.includes(newPassword)).toBe(false);
      }
    });

    it('keeps sessions in the database, so a second API process accepts the cookie the first issued', async () => {
      const u = await newUser({ roles: ['director'] });
      const cookie = cookieOf(await login(u.username).expect(200));
      const second = await startKompas({ databasePath: k.databasePath });
      try {
        const me = await second.anon.get('/api/auth/me').set('Cookie', cookie).expect(200);
        expect(me.body.id).toBe(u.id);
        // Signing out on one ends the session on both.
        await second.anon.post('/api/auth/logout').set('Cookie', cookie).expect(204);
        expectError(await k.anon.get('/api/auth/me').set('Cookie', cookie), 401, 'unauthenticated');
      } finally {
        await second.close();
      }
    });
  });

  describe('throttling failed sign-ins', () => {
    let t: Kompas;
    beforeAll(async () => {
      t = await startKompas({ config: { loginMaxFailures: 2, loginMaxWaitSeconds: 8 } });
    });
    afterAll(() => t.close());
    const user = async (username: string) => {
      await t.http
        .post('/api/users')
        .send({ username, name: username, password: PASSWORD, roles: ['viewer'] })
        .expect(201);
      return username;
    };
    const tLogin = (username: string, password = PASSWORD) => t.anon.post('/api/auth/login').send({ username, password });
    /** Lets the pair's wait pass, as time would. */
    const waitPasses = (username: string) =>
      t.dataSource.query(`UPDATE "sign_in_counter" SET "waitUntil" = 0 WHERE "key" = ?`, [counterKey('pair', username, '127.0.0.1')]);
    const lockouts = async () => (await t.http.get('/api/audit?action=lockout').expect(200)).body.items as Entry[];

    it('lets a login fail twice freely from an address, then makes it wait 1, 2, 4 … s there, answering 429 at once', async () => {
      const name = await user('laast');
      // The same login however it is written: the failures count together.
      for (const written of [name, name.toUpperCase()]) expectError(await tLogin(written, 'forkert'), 401, 'invalid_credentials');
      await tLogin(` ${name} `).expect(200);
      // A success forgets the failures; two more are free again.
      for (let i = 0; i < 2; i++) expectError(await tLogin(name, 'forkert'), 401, 'invalid_credentials');
      const waits: number[] = [];
      for (let i = 0; i < 3; i++) {
        expectError(await tLogin(name, 'forkert'), 401, 'invalid_credentials');
        // Even the right password waits: it is not checked at all.
        const locked = await tLogin(name);
        expectError(locked, 429, 'too_many_attempts');
        expect(setCookies(locked)).toEqual([]);
        waits.push(Number(locked.headers['retry-after']));
        await waitPasses(name);
      }
      expect(waits).toEqual([1, 2, 4]);
      expect(await lockouts()).toEqual([]);
      await tLogin(name).expect(200);
    });

    it('records the lock-out in the trail once, when the wait reaches its longest', async () => {
      const name = await user('spaerret');
      const waits: number[] = [];
      for (let i = 0; i < 8; i++) {
        expectError(await tLogin(name, 'forkert'), 401, 'invalid_credentials');
        const res = await tLogin(name, 'forkert');
        waits.push(res.status === 429 ? Number(res.headers['retry-after']) : 0);
        await waitPasses(name);
      }
      expect(waits).toEqual([0, 1, 2, 4, 8, 8, 8, 8]);
      const recorded = (await lockouts()).filter((e) => e.userName === name);
      expect(recorded).toEqual([expect.objectContaining({ action: 'lockout', userName: name })]);
      expect(recorded[0].detail).toContain('127.0.0.1');
      // Nobody got a session meanwhile.
      expect(
        await t.dataSource.query(`SELECT count(*) AS n FROM "session" s JOIN "user" u ON u."id" = s."userId" WHERE u."username" = ?`, [
          name,
        ]),
      ).toEqual([{ n: 0 }]);
    });

    it('makes only the login that failed wait: someone else signs in from the same address at once', async () => {
      await tLogin(await user('en-anden')).expect(200);
    });

    it('keeps the counts in the database, so a second API process on the same file honours them', async () => {
      const name = await user('to-processer');
      for (let i = 0; i < 3; i++) expectError(await tLogin(name, 'forkert'), 401, 'invalid_credentials');
      const second = await startKompas({ databasePath: t.databasePath, config: { loginMaxFailures: 2, loginMaxWaitSeconds: 8 } });
      try {
        expectError(await second.anon.post('/api/auth/login').send({ username: name, password: PASSWORD }), 429, 'too_many_attempts');
      } finally {
        await second.close();
      }
    });
  });

  describe('requests from other sites', () => {
    let port: number;
    let plan: { id: string; title: string; version: number };
    const planCount = async () => ((await k.http.get('/api/plans').expect(200)).body as unknown[]).length;
    const newPlan = { organisation: 'Testrup Kommune', title: 'Fra et andet websted', periodStart: '2026-01-01', periodEnd: '2029-12-31' };

    beforeAll(async () => {
      port = (k.app.getHttpServer().address() as AddressInfo).port;
      plan = (
        await k.http
          .post('/api/plans')
          .send({ organisation: 'Testrup Kommune', title: 'Uændret', periodStart: '2026-01-01', periodEnd: '2029-12-31' })
          .expect(201)
      ).body;
    });

    it('refuses a POST, PATCH or DELETE with a valid cookie from another origin, and changes nothing', async () => {
      const before = await planCount();
      const version = (await k.http.get(`/api/plans/${plan.id}`).expect(200)).headers['etag'] as string;
      const refused = [
        await k.http.post('/api/plans').set('Origin', EVIL_ORIGIN).send(newPlan),
        // With the right version: only the origin is wrong.
        await k.http.patch(`/api/plans/${plan.id}`).set('Origin', EVIL_ORIGIN).set('If-Match', version).send({ title: 'Ændret udefra' }),
        await k.http.delete(`/api/plans/${plan.id}`).set('Origin', EVIL_ORIGIN).set('If-Match', version),
        await k.http.put(`/api/committees/${plan.id}/focus-area-order`).set('Origin', EVIL_ORIGIN).send({ focusAreaIds: [] }),
      ];
      for (const res of refused) expectError(res, 403, 'cross_site_request');
      expect(refused[0].body.message).toContain(EVIL_ORIGIN);
      expect(await planCount()).toBe(before);
      const after = await k.http.get(`/api/plans/${plan.id}`).expect(200);
      expect({ title: after.body.title, version: after.headers['etag'] }).toEqual({ title: 'Uændret', version });
    });

    it('refuses a write the browser marks as cross-site, or from a page without an origin', async () => {
      const before = await planCount();
      expectError(await k.http.post('/api/plans').set('Sec-Fetch-Site', 'cross-site').send(newPlan), 403, 'cross_site_request');
      expectError(await k.http.post('/api/plans').set('Sec-Fetch-Site', 'same-site').send(newPlan), 403, 'cross_site_request');
      expectError(await k.http.post('/api/plans').set('Origin', 'null').send(newPlan), 403, 'cross_site_request');
      // Signing in from another site is refused too, so nobody is signed in to a login of someone else's choosing.
      const u = await newUser();
      expectError(await login(u.username).set('Origin', EVIL_ORIGIN), 403, 'cross_site_request');
      expect(await planCount()).toBe(before);
    });

    it("accepts writes from Kompas's own origin", async () => {
      await k.http
        .post('/api/plans')
        .set('Origin', `http://127.0.0.1:${port}`)
        .set('Sec-Fetch-Site', 'same-origin')
        .send(newPlan)
        .expect(201);
      await k.http
        .patch(`/api/plans/${plan.id}`)
        .set('Origin', `http://127.0.0.1:${port}`)
        .set('If-Match', versionOf(plan))
        .send({ title: 'Uændret' })
        .expect(200);
    });

    it('accepts writes from a listed origin, with CORS headers that allow the cookie', async () => {
      const res = await k.http.post('/api/plans').set('Origin', LISTED_ORIGIN).send(newPlan).expect(201);
      expect(res.headers['access-control-allow-origin']).toBe(LISTED_ORIGIN);
      expect(res.headers['access-control-allow-credentials']).toBe('true');
      const preflight = await k.anon
        .options(`/api/plans/${plan.id}`)
        .set('Origin', LISTED_ORIGIN)
        .set('Access-Control-Request-Method', 'PATCH')
        .set('Access-Control-Request-Headers', 'content-type,if-match');
      expect(preflight.status).toBeLessThan(300);
      expect(preflight.headers['access-control-allow-origin']).toBe(LISTED_ORIGIN);
      expect(preflight.headers['access-control-allow-credentials']).toBe('true');
      expect(String(preflight.headers['access-control-allow-methods'])).toContain('PATCH');
      // A page there must be able to read the version it is to send back as If-Match, and how long a lockout lasts.
      const read = await k.http.get(`/api/plans/${plan.id}`).set('Origin', LISTED_ORIGIN).expect(200);
      expect(read.headers['etag']).toBeDefined();
      const exposed = String(read.headers['access-control-expose-headers'] ?? '')
        .toLowerCase()
        .split(/\s*,\s*/);
      expect(exposed).toEqual(expect.arrayContaining(['etag', 'retry-after']));
    });

    it('gives an origin that is not listed no CORS headers at all', async () => {
      const read = await k.http.get('/api/plans').set('Origin', EVIL_ORIGIN).expect(200);
      const preflight = await k.anon.options('/api/plans').set('Origin', EVIL_ORIGIN).set('Access-Control-Request-Method', 'POST');
      for (const res of [read, preflight]) {
        expect(res.headers['access-control-allow-origin']).toBeUndefined();
        expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      }
    });
  });

  describe('the users API', () => {
    const body = (extra: object = {}) => ({
      username: `ny-${++users}`,
      name: 'Mette Hansen',
      password: 'et langt og godt kodeord',
      roles: ['viewer'],
      ...extra,
    });

    it('lets an administrator create a user, and refuses a login that is taken', async () => {
      const sent = body({ roles: ['director', 'administrator'] });
      const res = await k.http.post('/api/users').send(sent).expect(201);
      expect(res.body).toMatchObject({ username: sent.username, name: 'Mette Hansen', roles: ['administrator', 'director'], active: true });
      expect(JSON.stringify(res.body)).not.toContain(sent.password);
      await k.http.get(`/api/users/${res.body.id}`).expect(200);
      const taken = await k.http.post('/api/users').send({ ...body(), username: sent.username });
      expectError(taken, 409, 'in_use', ['username']);
      expect(taken.body.details[0]).toMatchObject({ field: 'username', code: 'taken' });
      expectError(await k.http.post('/api/users').send({ ...body(), username: sent.username.toUpperCase() }), 409, 'in_use', ['username']);
      const same = ((await k.http.get('/api/users').expect(200)).body as { username: string }[]).filter(
        (u) => u.username === sent.username,
      );
      expect(same.length).toBe(1);
    });

    it('names the field at fault when a user is invalid', async () => {
      expectError(await k.http.post('/api/users').send({}), 400, 'validation_failed', ['username', 'name', 'password', 'roles']);
      expectError(await k.http.post('/api/users').send(body({ username: 'has spaces' })), 400, 'validation_failed', ['username']);
      expectError(await k.http.post('/api/users').send(body({ password: 'short' })), 400, 'validation_failed', ['password']);
      expectError(await k.http.post('/api/users').send(body({ roles: ['emperor'] })), 400, 'validation_failed', ['roles']);
      expectError(await k.http.post('/api/users').send(body({ roles: [] })), 400, 'validation_failed', ['roles']);
      expectError(await k.http.post('/api/users').send(body({ name: '' })), 400, 'validation_failed', ['name']);
    });

    it('requires a committee for a committee member and a unit for a manager, and that they exist', async () => {
      const member = await k.http.post('/api/users').send(body({ roles: ['committeeMember'] }));
      expectError(member, 400, 'validation_failed', ['committeeIds']);
      expect(member.body.message).toMatch(/committee/i);
      expect(member.body.details[0].code).toBe('committee_required');
      const manager = await k.http.post('/api/users').send(body({ roles: ['manager'] }));
      expectError(manager, 400, 'validation_failed', ['unitIds']);
      expect(manager.body.details[0].code).toBe('unit_required');
      expectError(
        await k.http.post('/api/users').send(body({ roles: ['viewer'], committeeIds: ['00000000-0000-4000-8000-000000000001'] })),
        400,
        'validation_failed',
        ['committeeIds'],
      );
      expectError(
        await k.http.post('/api/users').send(body({ roles: ['committeeMember'], committeeIds: ['00000000-0000-4000-8000-000000000001'] })),
        404,
        'not_found',
        ['committeeIds.0'],
      );
    });

    it('never deletes a user: there is no DELETE, deactivating is the way', async () => {
      const u = await newUser();
      const res = await k.http.delete(`/api/users/${u.id}`);
      expect([404, 405]).toContain(res.status);
      expect(typeof res.body.code).toBe('string');
      const still = await k.http.get(`/api/users/${u.id}`).expect(200);
      expect(still.body.active).toBe(true);
      await login(u.username).expect(200);
    });
  });
});
