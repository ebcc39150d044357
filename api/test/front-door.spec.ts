import { randomBytes, scryptSync } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { toErrorBody } from '../src/common/error.filter';
import { Database } from '../src/database/database';
import { malformedTextPaths } from '../src/common/well-formed-text';
import { counterKey } from '../src/modules/auth/sign-in-throttle';
import { Client, expectError, Kompas, seedMeasurement, seedSmallPlan, startKompas } from './harness';

const PASSWORD = 'et langt og hemmeligt kodeord';
const LONE = 'x\udc00';

/** A password hash as Kompas stores it, but cheap to check: these tests send hundreds of wrong passwords. */
function cheapHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize('NFC'), salt, 32, { N: 1024, r: 8, p: 1 });
  return ['scrypt', 1024, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
}

const cookieOf = (res: { headers: Record<string, unknown> }) =>
  ((res.headers['set-cookie'] as string[] | undefined) ?? []).map((c) => c.split(';')[0]).join('; ');

/** Bytes the database file takes, with everything written back from the WAL. */
async function databaseBytes(k: Kompas): Promise<number> {
  await k.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
  const [{ page_count }] = (await k.dataSource.query('PRAGMA page_count')) as { page_count: number }[];
  const [{ page_size }] = (await k.dataSource.query('PRAGMA page_size')) as { page_size: number }[];
  return page_count * page_size;
}

const count = async (k: Kompas, table: string): Promise<number> =>
  ((await k.dataSource.query(`SELECT count(*) AS n FROM "${table}"`)) as { n: number }[])[0].n;

/** A viewer made through the API, with a cheap password, who can sign in by name. */
async function newLogin(k: Kompas, username: string, roles: string[] = ['viewer']): Promise<{ id: string; username: string }> {
  const res = await k.http.post('/api/users').send({ username, name: username, password: PASSWORD, roles }).expect(201);
  await k.dataSource.query(`UPDATE "credential" SET "secret" = ? WHERE "userId" = ?`, [cheapHash(PASSWORD), res.body.id]);
  return { id: res.body.id as string, username };
}

describe('the front door', () => {
  let k: Kompas;
  beforeAll(async () => {
    k = await startKompas();
  });
  afterAll(() => k.close());

  describe('text that is not well-formed Unicode', () => {
    const unchanged = async (work: () => Promise<void>) => {
      const before = { entries: await count(k, 'audit_entry'), counters: await count(k, 'sign_in_counter'), plans: await count(k, 'plan') };
      await work();
      expect({
        entries: await count(k, 'audit_entry'),
        counters: await count(k, 'sign_in_counter'),
        plans: await count(k, 'plan'),
      }).toEqual(before);
      expect((await k.http.get('/api/audit/verify').expect(200)).body.intact).toBe(true);
    };

    it('is refused in the username of a sign-in with 400 invalid_unicode naming it, before anything is counted or written', async () => {
      await unchanged(async () => {
        const res = await k.anon.post('/api/auth/login').send({ username: LONE, password: 'x' });
        expectError(res, 400, 'invalid_unicode', ['username']);
        // The answer itself is well-formed.
        expect(JSON.stringify(res.body).isWellFormed()).toBe(true);
      });
    });

    it('is refused in a reason, a title, a nested text and a key, naming each field', async () => {
      const { focusArea, plan } = await seedSmallPlan(k);
      await unchanged(async () => {
        expectError(
          await k.http.post(`/api/nodes/${focusArea.id}/comments`).send({ body: 'En kommentar', reason: LONE }),
          400,
          'invalid_unicode',
          ['reason'],
        );
        expectError(
          await k.http
            .post('/api/plans')
            .send({ organisation: 'Testrup Kommune', title: LONE, periodStart: '2026-01-01', periodEnd: '2029-12-31' }),
          400,
          'invalid_unicode',
          ['title'],
        );
        expectError(
          await k.http.patch(`/api/plans/${plan.id}`).send({ motivations: ['en', 'to', `tre ${LONE}`] }),
          400,
          'invalid_unicode',
          ['motivations.2'],
        );
        expectError(await k.http.patch(`/api/plans/${plan.id}`).send({ [LONE]: 'x' }), 400, 'invalid_unicode', ['x\ufffd']);
        // The import route too, whose bodies are read by a parser of their own.
        expectError(await k.http.post('/api/plans/import').send({ format: LONE }), 400, 'invalid_unicode', ['format']);
      });
    });

    it('is refused in a query string, which no decoder turns into a lone surrogate anyway', async () => {
      const { focusArea } = await seedSmallPlan(k);
      expect(malformedTextPaths({ reason: LONE, ok: ['a', LONE] })).toEqual(['reason', 'ok.1']);
      // Percent-escapes of a surrogate's bytes decode to replacement characters, which are well-formed and stored as sent.
      for (const escaped of ['%ED%B3%80', '%uDC00']) {
        const res = await k.http.post(`/api/nodes/${focusArea.id}/comments?reason=x${escaped}`).send({ body: 'Med begrundelse' });
        expect(res.status).toBeLessThan(500);
        if (res.status === 400) expectError(res, 400, 'invalid_unicode', ['reason']);
      }
      expect((await k.http.get('/api/audit/verify').expect(200)).body.intact).toBe(true);
    });
  });

  describe('malformed input where numbers and sessions are expected', () => {
    it('treats a malformed session cookie as no session: 401, never a server error', async () => {
      const cookies = [
        'kompas_session=j:{}',
        'kompas_session=j:[]',
        'kompas_session=j:1',
        'kompas_session=j:null',
        'kompas_session=j:%22%5Cudc00%22',
        'kompas_session=1234',
        `kompas_session=${'a'.repeat(5000)}`,
        'kompas_session=%E0%A4%A',
        'kompas_session=',
      ];
      for (const cookie of cookies) {
        for (const res of [
          await k.anon.get('/api/auth/me').set('Cookie', cookie),
          await k.anon.get('/api/plans').set('Cookie', cookie),
          await k.anon.post('/api/auth/logout').set('Cookie', cookie),
          await k.anon.post('/api/plans/import').set('Cookie', cookie).send({}),
        ]) {
          expect({ cookie, status: res.status }).toEqual({ cookie, status: 401 });
          expect(res.body.code).toBe('unauthenticated');
        }
      }
    });

    it('bounds every numeric query parameter: 400 naming it outside its bounds', async () => {
      for (const [query, field] of [
        ['offset=99999999999999999999', 'offset'],
        ['offset=1e400', 'offset'],
        ['offset=-1', 'offset'],
        ['offset=1.5', 'offset'],
        ['offset=abc', 'offset'],
        ['limit=0', 'limit'],
        ['limit=501', 'limit'],
        ['limit=99999999999999999999', 'limit'],
      ]) {
        expectError(await k.http.get(`/api/audit?${query}`), 400, 'validation_failed', [field]);
      }
      await k.http.get('/api/audit?offset=1000000000&limit=500').expect(200);
    });

    it('answers none of these inputs with a server error', async () => {
      const { focusArea } = await seedSmallPlan(k);
      const responses = [
        await k.http.get('/api/audit?offset=99999999999999999999'),
        await k.http.get('/api/audit?from=%2B275760-09-13T00:00:00.000Z'),
        await k.http.get('/api/audit?from=9999-12-31T23:59:59.999Z&to=0000-01-01T00:00:00.000Z'),
        await k.http.get('/api/audit?offset[]=1'),
        await k.http.get('/api/audit?limit[a]=1'),
        await k.http.get(`/api/audit?entityId=${focusArea.id}&entityId=${focusArea.id}`),
        await k.http.get(`/api/plans/${focusArea.planId}/focus-areas?committeeId[]=x`),
        await k.http.get(`/api/plans/${focusArea.planId}/links?kind=${'x'.repeat(10_000)}`),
        await k.http.get('/api/focus-areas/%E0%A4%A'),
        await k.http.get('/api/plans/%ED%B3%80'),
        await k.http.get('/api/plans/%ED%B3%80/graph'),
        await k.anon.get('/api/auth/me').set('Cookie', 'kompas_session=j:{"a":1}'),
        await k.anon.post('/api/auth/login').send({ username: ['admin'], password: { a: 1 } }),
        await k.anon.post('/api/auth/login').send({ username: LONE, password: LONE }),
      ];
      expect(responses.filter((r) => r.status >= 500).map((r) => `${r.status} ${JSON.stringify(r.body)}`)).toEqual([]);
    });

    it('does not say a change was lost when a read fails', () => {
      expect(toErrorBody(new Error('boom'), 'GET').message).not.toMatch(/not saved/);
      expect(toErrorBody(new Error('boom'), 'POST').message).toMatch(/not saved/);
    });
  });

  describe('sign-in throttling', () => {
    let t: Kompas;
    beforeAll(async () => {
      t = await startKompas({ config: { trustProxy: 1, loginMaxFailures: 3, loginCeiling: 5 } });
    });
    afterAll(() => t.close());
    const from = (address: string, username: string, password: string) =>
      t.anon.post('/api/auth/login').set('X-Forwarded-For', address).send({ username, password });

    it('never locks the owner out: 50 failures from one address, then the right password from another is let in at once', async () => {
      const owner = await newLogin(t, 'ejer');
      const statuses: number[] = [];
      for (let i = 0; i < 50; i++) statuses.push((await from('203.0.113.66', owner.username, `gæt ${i}`)).status);
      // Three free failures and one more, then the attacking address waits 1, 2, 4 … s, answered at once without checking the password.
      expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
      expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(40);
      const refused = await from('203.0.113.66', owner.username, PASSWORD);
      expectError(refused, 429, 'too_many_attempts');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // Counted under a hash of login and address, so the table holds neither in clear.
      const rows = JSON.stringify(await t.dataSource.query(`SELECT * FROM "sign_in_counter"`));
      for (const clear of [owner.username, '203.0.113.66']) expect(rows).not.toContain(clear);
      const [pair] = (await t.dataSource.query(`SELECT "count", "waitUntil" FROM "sign_in_counter" WHERE "key" = ?`, [
        counterKey('pair', owner.username, '203.0.113.66'),
      ])) as { count: number; waitUntil: number }[];
      expect(pair.count).toBe(statuses.filter((s) => s === 401).length);
      expect(pair.waitUntil).toBeGreaterThan(t.clock.now());
      // The owner, elsewhere, is let in.
      const res = await from('198.51.100.1', owner.username, PASSWORD).expect(200);
      expect(res.body.user.username).toBe(owner.username);
    });

    it('takes one guess at a time from a waiting pair, however many are sent at once', async () => {
      const user = await newLogin(t, 'paa-en-gang');
      for (let i = 0; i < 4; i++) await from('203.0.113.77', user.username, 'forkert');
      // The pair must wait a second now (Retry-After); once that second has passed, the next failure makes it wait 2 s.
      const waiting = await from('203.0.113.77', user.username, PASSWORD);
      expectError(waiting, 429, 'too_many_attempts');
      expect(waiting.headers['retry-after']).toBe('1');
      t.clock.advance(1000);
      const guesses = await Promise.all(Array.from({ length: 20 }, (_, i) => from('203.0.113.77', user.username, `gæt ${i}`)));
      const statuses = guesses.map((r) => r.status).sort();
      expect(statuses).toEqual([401, ...Array.from({ length: 19 }, () => 429)]);
    });

    it('lets the owner in even when the login fails from many addresses: the ceiling slows, never refuses', async () => {
      const owner = await newLogin(t, 'eftersoegt');
      for (let i = 0; i < 7; i++) expectError(await from(`192.0.2.${i + 1}`, owner.username, 'forkert'), 401, 'invalid_credentials');
      await from('198.51.100.2', owner.username, PASSWORD).expect(200);
      // An address that failed for many other logins (one office behind one address) is slowed too, not refused.
      const neighbour = await newLogin(t, 'naboen');
      for (let i = 0; i < 6; i++) expectError(await from('192.0.2.200', `ukendt-${i}`, 'forkert'), 401, 'invalid_credentials');
      await from('192.0.2.200', neighbour.username, PASSWORD).expect(200);
    });

    it('with TRUST_PROXY, throttles two forwarded addresses separately; without it they are one', async () => {
      const user = await newLogin(t, 'bag-proxy');
      for (let i = 0; i < 4; i++) await from('203.0.113.10', user.username, 'forkert');
      expectError(await from('203.0.113.10', user.username, PASSWORD), 429, 'too_many_attempts');
      await from('203.0.113.11', user.username, PASSWORD).expect(200);

      // Without TRUST_PROXY the header is the client's word, and ignored: both "addresses" are the one that connected.
      const direct = await newLogin(k, 'uden-proxy');
      const send = (address: string, password: string) =>
        k.anon.post('/api/auth/login').set('X-Forwarded-For', address).send({ username: direct.username, password });
      for (let i = 0; i < 4; i++) await send('203.0.113.10', 'forkert');
      expectError(await send('203.0.113.11', PASSWORD), 429, 'too_many_attempts');
    });

    it('grows the database by little for many failed sign-ins and refused writes, and writes no trail row for each', async () => {
      // The ceilings only slow answers down; this test is about what is stored, so it sets them out of reach.
      const g = await startKompas({ config: { trustProxy: 1, loginCeiling: 1_000_000 } });
      try {
        await grows(g);
      } finally {
        await g.close();
      }
    });

    async function grows(g: Kompas) {
      const users = [await newLogin(g, 'maal-1'), await newLogin(g, 'maal-2'), await newLogin(g, 'maal-3')];
      const viewer = await g.signIn({ roles: ['viewer'] });
      const plan = { organisation: 'Testrup Kommune', title: 'Afvist', periodStart: '2026-01-01', periodEnd: '2029-12-31' };
      const bytes = await databaseBytes(g);
      const entries = await count(g, 'audit_entry');
      const statuses = new Map<number, number>();
      for (let i = 0; i < 300; i++) {
        const res = await g.anon
          .post('/api/auth/login')
          .set('X-Forwarded-For', `198.51.100.${100 + (i % 10)}`)
          .send({ username: users[i % 3].username, password: `forkert ${i}` });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
      expect([...statuses.keys()].sort()).toEqual([401, 429]);
      for (let i = 0; i < 300; i++) expectError(await viewer.post('/api/plans').send(plan), 403, 'forbidden');
      const grown = (await databaseBytes(g)) - bytes;
      // 600 rows of the old trail took about 600 KB; the goal is under 1 MB for 20,000 requests.
      expect(grown).toBeLessThan(64 * 1024);
      expect(await count(g, 'audit_entry')).toBe(entries);
      expect(await count(g, 'sign_in_counter')).toBeLessThanOrEqual(3 * 10 + 10 + 3 + 20);
      console.log(
        `600 refused requests (${JSON.stringify(Object.fromEntries(statuses))} sign-ins, 300 × 403) grew the database by ${grown} bytes`,
      );
    }
  });

  describe('smaller holes', () => {
    let port: number;
    const newPlan = { organisation: 'Testrup Kommune', title: 'Fra en side', periodStart: '2026-01-01', periodEnd: '2029-12-31' };
    beforeAll(() => {
      port = (k.app.getHttpServer().address() as AddressInfo).port;
    });

    it('compares the scheme of the Origin too, and refuses Sec-Fetch-Site: cross-site even with a matching Origin', async () => {
      expectError(await k.http.post('/api/plans').set('Origin', `https://127.0.0.1:${port}`).send(newPlan), 403, 'cross_site_request');
      expectError(
        await k.http.post('/api/plans').set('Origin', `http://127.0.0.1:${port}`).set('Sec-Fetch-Site', 'cross-site').send(newPlan),
        403,
        'cross_site_request',
      );
      await k.http
        .post('/api/plans')
        .set('Origin', `http://127.0.0.1:${port}`)
        .set('Sec-Fetch-Site', 'same-origin')
        .send(newPlan)
        .expect(201);
    });

    it('behind a trusted proxy, takes the scheme from X-Forwarded-Proto', async () => {
      const p = await startKompas({ config: { trustProxy: ['127.0.0.1'] } });
      try {
        const at = `127.0.0.1:${(p.app.getHttpServer().address() as AddressInfo).port}`;
        await p.http.post('/api/plans').set('X-Forwarded-Proto', 'https').set('Origin', `https://${at}`).send(newPlan).expect(201);
        expectError(
          await p.http.post('/api/plans').set('X-Forwarded-Proto', 'https').set('Origin', `http://${at}`).send(newPlan),
          403,
          'cross_site_request',
        );
      } finally {
        await p.close();
      }
    });

    it('refuses a caller without the right to change a row with 403 before anything about its content', async () => {
      const s = await seedSmallPlan(k);
      const { indicator, observation } = await seedMeasurement(k, s.action.id);
      const otherCommittee = (await k.http.post('/api/committees').send({ planId: s.plan.id, name: 'Udvalget for Andet' }).expect(201))
        .body;
      const otherUnit = (
        await k.http
          .post('/api/units')
          .send({ name: `Andet distrikt ${Date.now()}` })
          .expect(201)
      ).body;
      await s.member.post('/api/links').send({ sourceId: s.focusArea.id, targetId: s.aimingPoint.id }).expect(201);
      await s.manager.post(`/api/observations/${observation.id}/supersede`).send({ value: 71 }).expect(201);
      await s.member.post('/api/focus-areas').send({ committeeId: s.committee.id, title: 'Ejer et fokusområde' }).expect(201);
      const outsider = await k.signIn({
        roles: ['committeeMember', 'manager', 'viewer'],
        committeeIds: [otherCommittee.id],
        unitIds: [otherUnit.id],
        name: 'Ole Udenfor',
      });
      const quantitative = { type: 'quantitative', evidenceKind: 'survey', cadence: 'yearly', title: 'Uden enhed', direction: 'up' };
      // Each request is wrong in content too: its owner (the administrator, the committee's member or the unit's manager) is told so.
      // Both send the version they read: only the right to change is missing.
      const cases: [string, 'post' | 'patch' | 'delete', string, object, number][] = [
        ['plan', 'patch', `/api/plans/${s.plan.id}`, { periodEnd: '2000-01-01' }, 422],
        ['aiming point', 'post', '/api/aiming-points', { planId: s.committee.id, title: 'Ingen plan' }, 404],
        ['committee', 'delete', `/api/committees/${s.committee.id}`, {}, 409],
        ['unit', 'patch', `/api/units/${s.unit.id}`, { parentId: s.unit.id }, 422],
        ['focus area', 'post', '/api/focus-areas', { committeeId: s.committee.id, title: 'Pensioneret', status: 'retired' }, 422],
        [
          'action',
          'post',
          '/api/actions',
          { planId: s.plan.id, unitId: s.unit.id, title: 'Baglæns', startDate: '2027-01-01', endDate: '2026-01-01' },
          422,
        ],
        ['indicator', 'post', '/api/indicators', { actionId: s.action.id, ...quantitative }, 422],
        [
          'observation',
          'post',
          `/api/indicators/${indicator.id}/observations`,
          { periodStart: '2026-12-31', periodEnd: '2026-01-01', value: 1 },
          422,
        ],
        ['observation', 'post', `/api/observations/${observation.id}/supersede`, { value: 72 }, 409],
        ['link', 'post', '/api/links', { sourceId: s.focusArea.id, targetId: s.aimingPoint.id }, 409],
        ['link', 'post', '/api/links', { sourceId: s.action.id, targetId: s.aimingPoint.id }, 422],
        ['restore', 'post', `/api/restore/${s.focusArea.id}`, {}, 409],
        ['user', 'patch', `/api/users/${outsider.userId}`, { roles: ['viewer'], unitIds: [otherUnit.id] }, 400],
      ];
      const wrong: string[] = [];
      const ownerOf: Record<string, Client> = {
        'focus area': s.member,
        action: s.manager,
        indicator: s.manager,
        observation: s.manager,
        restore: s.member,
      };
      for (const [kind, method, url, body, ownerStatus] of cases) {
        const refused = await outsider.withCurrentVersion()[method](url).send(body);
        if (refused.status !== 403 || refused.body.code !== 'forbidden')
          wrong.push(`${kind} ${method} ${url}: ${refused.status} ${refused.body.code}`);
        const linkOwner = (body as { sourceId?: string }).sourceId === s.action.id ? s.manager : s.member;
        const owner = await (kind === 'link' ? linkOwner : (ownerOf[kind] ?? k.http)).withCurrentVersion()[method](url).send(body);
        if (owner.status !== ownerStatus) wrong.push(`${kind} ${method} ${url} as owner: ${owner.status} ${JSON.stringify(owner.body)}`);
      }
      // Who may draw no link at all hears so, whatever the ends: here a link from an aiming point, which nobody may draw.
      const viewer = await k.signIn({ roles: ['viewer'] });
      const fromAimingPoint = { sourceId: s.aimingPoint.id, targetId: s.focusArea.id };
      expectError(await viewer.post('/api/links').send(fromAimingPoint), 403, 'forbidden');
      expect((await s.member.post('/api/links').send(fromAimingPoint)).status).toBe(422);
      expect(wrong).toEqual([]);
    });

    it('refuses titles and names without visible characters with 400 naming the field', async () => {
      const s = await seedSmallPlan(k);
      const blanks = ['   ', '\u200b\u200b', '\u0007', '\u200b \u2060\ufeff', '\t\n'];
      const cases: [string, string, object, string][] = [
        ['post', '/api/plans', { organisation: 'Testrup Kommune', periodStart: '2026-01-01', periodEnd: '2029-12-31' }, 'title'],
        ['post', '/api/aiming-points', { planId: s.plan.id }, 'title'],
        ['post', '/api/committees', { planId: s.plan.id }, 'name'],
        ['post', '/api/units', {}, 'name'],
        ['post', '/api/focus-areas', { committeeId: s.committee.id }, 'title'],
        ['post', '/api/actions', { planId: s.plan.id, unitId: s.unit.id }, 'title'],
        ['patch', `/api/focus-areas/${s.focusArea.id}`, {}, 'title'],
        ['patch', `/api/actions/${s.action.id}`, {}, 'title'],
      ];
      for (const blank of blanks) {
        for (const [method, url, body, field] of cases) {
          const owner = (url.includes('focus-areas') ? s.member : url.includes('actions') ? s.manager : k.http).withCurrentVersion();
          const res = await (method === 'post' ? owner.post(url) : owner.patch(url)).send({ ...body, [field]: blank });
          expectError(res, 400, 'validation_failed', [field]);
          expect(res.body.details.find((d: { field: string }) => d.field === field).code).toBe('has_visible_text');
        }
        expectError(
          await k.http.withCurrentVersion().patch(`/api/plans/${s.plan.id}`).send({ organisation: blank }),
          400,
          'validation_failed',
          ['organisation'],
        );
        expectError(
          await k.http
            .withCurrentVersion()
            .patch(`/api/plans/${s.plan.id}`)
            .send({ sections: [{ title: blank, body: '' }] }),
          400,
          'validation_failed',
          ['sections.0.title'],
        );
      }
      // A title with something to see is fine, whatever surrounds it.
      await s.member
        .patch(`/api/focus-areas/${s.focusArea.id}`)
        .set('If-Match', `"${s.focusArea.version}"`)
        .send({ title: '\u200bTrivsel\u200b' })
        .expect(200);
    });

    it('ends a session after SESSION_IDLE_MINUTES without use, and writes when it was last seen at most once a minute', async () => {
      // A Kompas of its own: its clock moves on by hours, which would sign out every other session.
      const k = await startKompas();
      try {
        const user = await newLogin(k, 'doesende');
        const cookie = cookieOf(await k.anon.post('/api/auth/login').send({ username: user.username, password: PASSWORD }).expect(200));
        // The last-seen time is written behind the answer, in the write queue: let the queue drain before reading it.
        const lastSeen = async () => {
          await k.app.get(Database).write(async () => undefined);
          const rows = (await k.dataSource.query(`SELECT "lastSeenAt" FROM "session" WHERE "userId" = ?`, [user.id])) as {
            lastSeenAt: string;
          }[];
          return rows[0].lastSeenAt;
        };

        const first = await lastSeen();
        await k.anon.get('/api/auth/me').set('Cookie', cookie).expect(200);
        await k.anon.get('/api/plans').set('Cookie', cookie).expect(200);
        expect(await lastSeen()).toBe(first);
        // Used again after two minutes: the time moves on.
        k.clock.advance(2 * 60_000);
        await k.anon.get('/api/auth/me').set('Cookie', cookie).expect(200);
        expect(Date.parse(`${await lastSeen()}Z`) - Date.parse(`${first}Z`)).toBeGreaterThanOrEqual(2 * 60_000);
        // Idle a minute short of the limit: still signed in. Then idle past it: signed out, though the session has hours left.
        k.clock.advance((k.config.sessionIdleMinutes - 1) * 60_000);
        await k.anon.get('/api/auth/me').set('Cookie', cookie).expect(200);
        await lastSeen();
        k.clock.advance((k.config.sessionIdleMinutes + 1) * 60_000);
        expectError(await k.anon.get('/api/auth/me').set('Cookie', cookie), 401, 'unauthenticated');
      } finally {
        await k.close();
      }
    });

    it('sends signed-in answers with Cache-Control: no-store', async () => {
      const user = await newLogin(k, 'privat');
      const login = await k.anon.post('/api/auth/login').send({ username: user.username, password: PASSWORD }).expect(200);
      const cookie = cookieOf(login);
      for (const res of [
        login,
        await k.anon.get('/api/auth/me').set('Cookie', cookie).expect(200),
        await k.anon.get('/api/plans').set('Cookie', cookie).expect(200),
        await k.anon.get('/api/units').set('Cookie', cookie).expect(200),
      ]) {
        expect(res.headers['cache-control']).toBe('no-store');
      }
    });
  });
});
