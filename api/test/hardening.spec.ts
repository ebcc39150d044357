import type { Response, Test } from 'supertest';
import { Client, expectError, Kompas, seedMeasurement, seedSmallPlan, startKompas } from './harness';

type Entity = { id: string; version?: number };
type Entry = { action: string; entityId: string | null; reason: string | null; entityIds: string[] };

const MB = 1024 * 1024;

describe('hardening', () => {
  let k: Kompas;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  let indicator: Entity;
  let documented: { method: string; path: string; hasBody: boolean }[];
  let n = 0;
  const next = () => ++n;

  /** An administrator who also sits on the plan's committee and leads its unit: every write route here is theirs to use. */
  let owner: Client;
  const made = async (url: string, body: object): Promise<Entity> => (await owner.post(url).send(body).expect(201)).body as Entity;
  // Not the test users the harness makes as it goes (it writes them through the trail, as Kompas).
  const newest = async (): Promise<Entry> =>
    ((await k.http.get('/api/audit?limit=5').expect(200)).body.items as (Entry & { userName: string; entity: string })[]).filter(
      (e) => !(e.userName === 'Kompas' && e.entity === 'user'),
    )[0];
  const historyOf = async (id: string): Promise<Entry[]> =>
    (await k.http.get(`/api/audit?entityId=${id}`).expect(200)).body.items as Entry[];
  const call = (method: string, url: string): Test =>
    (owner.withCurrentVersion() as unknown as Record<string, (u: string) => Test>)[method.toLowerCase()](url);

  beforeAll(async () => {
    k = await startKompas();
    s = await seedSmallPlan(k);
    owner = await k.as(['administrator', 'committeeMember', 'manager'], { committees: [s.committee.id], units: [s.unit.id] });
    ({ indicator } = await seedMeasurement(k, s.action.id, owner));
    const doc = (await k.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, hasBody: !!op.requestBody })),
    );
  });
  afterAll(() => k.close());

  /** A valid request for every write route that takes a body. */
  const VALID: Record<string, () => Promise<{ url: string; body: Record<string, unknown> }>> = {
    'POST /api/auth/login': async () => {
      const username = `ny-${next()}`;
      await made('/api/users', { username, name: 'Ny', password: 'et langt og godt kodeord', roles: ['viewer'] });
      return { url: '/api/auth/login', body: { username, password: 'et langt og godt kodeord' } };
    },
    'POST /api/users': async () => ({
      url: '/api/users',
      body: { username: `ny-${next()}`, name: 'Ny Bruger', password: 'et langt og godt kodeord', roles: ['viewer'] },
    }),
    'PATCH /api/users/{id}': async () => ({
      url: `/api/users/${(await made('/api/users', { username: `ny-${next()}`, name: 'Ny', password: 'et langt og godt kodeord', roles: ['viewer'] })).id}`,
      body: { name: 'Nyt navn' },
    }),
    'POST /api/plans': async () => ({
      url: '/api/plans',
      body: { organisation: 'Testrup Kommune', title: 'Ny plan', periodStart: '2026-01-01', periodEnd: '2029-12-31' },
    }),
    'PATCH /api/plans/{id}': async () => ({ url: `/api/plans/${s.plan.id}`, body: { title: `Testrup ${next()}` } }),
    'POST /api/plans/import': async () => ({
      url: '/api/plans/import',
      body: (await k.http.get(`/api/plans/${s.plan.id}/export`).expect(200)).body as Record<string, unknown>,
    }),
    'POST /api/plans/{planId}/revisions': async () => ({
      url: `/api/plans/${s.plan.id}/revisions`,
      body: { name: `Revision ${next()}`, decidedAt: '2026-03-01', decidedBy: 'Byrådet', caseNumber: 'sag 26/1234' },
    }),
    'POST /api/aiming-points': async () => ({ url: '/api/aiming-points', body: { planId: s.plan.id, title: 'Nyt sigtepunkt' } }),
    'PATCH /api/aiming-points/{id}': async () => ({
      url: `/api/aiming-points/${s.aimingPoint.id}`,
      body: { ambition: `Vi vil ${next()}` },
    }),
    'POST /api/committees': async () => ({ url: '/api/committees', body: { planId: s.plan.id, name: `Udvalg ${next()}` } }),
    'PATCH /api/committees/{id}': async () => ({ url: `/api/committees/${s.committee.id}`, body: { shortName: `Kort ${next()}` } }),
    'PUT /api/committees/{id}/focus-area-order': async () => {
      const lane = async () =>
        (await k.http.get(`/api/plans/${s.plan.id}/focus-areas?committeeId=${s.committee.id}`).expect(200)).body as Entity[];
      if ((await lane()).length < 2) await made('/api/focus-areas', { committeeId: s.committee.id, title: `Fokus ${next()}` });
      const list = await lane();
      // Reversed, so that the order changes (a reorder that changes nothing writes nothing).
      return { url: `/api/committees/${s.committee.id}/focus-area-order`, body: { focusAreaIds: list.map((f) => f.id).reverse() } };
    },
    'POST /api/units': async () => ({ url: '/api/units', body: { name: `Enhed ${next()}` } }),
    'PATCH /api/units/{id}': async () => ({ url: `/api/units/${s.unit.id}`, body: { name: `Enhed ${next()}` } }),
    'POST /api/focus-areas': async () => ({ url: '/api/focus-areas', body: { committeeId: s.committee.id, title: `Fokus ${next()}` } }),
    'PATCH /api/focus-areas/{id}': async () => ({ url: `/api/focus-areas/${s.focusArea.id}`, body: { description: `Om ${next()}` } }),
    'POST /api/actions': async () => ({ url: '/api/actions', body: { planId: s.plan.id, unitId: s.unit.id, title: `Handling ${next()}` } }),
    'PATCH /api/actions/{id}': async () => ({ url: `/api/actions/${s.action.id}`, body: { description: `Om ${next()}` } }),
    'POST /api/indicators': async () => ({
      url: '/api/indicators',
      body: { focusAreaId: s.focusArea.id, title: 'Trivsel', type: 'qualitative', evidenceKind: 'dialogue', cadence: 'yearly' },
    }),
    'PATCH /api/indicators/{id}': async () => ({ url: `/api/indicators/${indicator.id}`, body: { description: `Om ${next()}` } }),
    'POST /api/indicators/{id}/observations': async () => ({
      url: `/api/indicators/${indicator.id}/observations`,
      body: { period: `${2000 + next()}`, value: 70 },
    }),
    'POST /api/observations/{id}/supersede': async () => {
      const old = await made(`/api/indicators/${indicator.id}/observations`, { period: `${2000 + next()}`, value: 70 });
      return { url: `/api/observations/${old.id}/supersede`, body: { value: 71 } };
    },
    'POST /api/links': async () => {
      const action = await made('/api/actions', { planId: s.plan.id, unitId: s.unit.id, title: `Handling ${next()}` });
      return { url: '/api/links', body: { sourceId: action.id, targetId: s.focusArea.id, strength: 3 } };
    },
    'PATCH /api/links/{id}': async () => {
      const action = await made('/api/actions', { planId: s.plan.id, unitId: s.unit.id, title: `Handling ${next()}` });
      const link = await made('/api/links', { sourceId: action.id, targetId: s.focusArea.id });
      return { url: `/api/links/${link.id}`, body: { rationale: 'Fordi' } };
    },
    'POST /api/nodes/{id}/comments': async () => ({ url: `/api/nodes/${s.focusArea.id}/comments`, body: { body: 'Hvordan går det?' } }),
    'POST /api/assessments': async () => ({
      url: '/api/assessments',
      body: { nodeId: s.focusArea.id, date: '2026-05-01', status: 'atRisk', reflection: 'Langsomt' },
    }),
    'POST /api/assessments/{id}/decline': async () => {
      const proposal = await made('/api/assessments', {
        nodeId: s.focusArea.id,
        date: '2026-05-01',
        status: 'offTrack',
        reflection: 'Står stille',
        proposedAdjustment: 'Stop den',
      });
      return {
        url: `/api/assessments/${proposal.id}/decline`,
        body: { decision: { decidedBy: 'council', decidedAt: '2026-05-12', caseNumber: '26/1234' }, reason: 'Ikke nu' },
      };
    },
    'POST /api/adjustments': async () => {
      const area = await made('/api/focus-areas', { committeeId: s.committee.id, title: `Fokus ${next()}` });
      return {
        url: '/api/adjustments',
        body: {
          planId: s.plan.id,
          decision: { decidedBy: 'council', decidedAt: '2026-05-12', caseNumber: '26/1234' },
          reason: 'Besluttet',
          changes: [{ kind: 'focusAreaStatus', id: area.id, version: area.version, status: 'adopted' }],
        },
      };
    },
    'POST /api/plans/{planId}/scenarios': async () => ({ url: `/api/plans/${s.plan.id}/scenarios`, body: { name: `Scenarie ${next()}` } }),
    'PUT /api/scenarios/{id}/changes': async () => {
      const area = await made('/api/focus-areas', { committeeId: s.committee.id, title: `Fokus ${next()}` });
      const scenario = await made(`/api/plans/${s.plan.id}/scenarios`, {});
      return {
        url: `/api/scenarios/${scenario.id}/changes`,
        body: { changes: [{ kind: 'focusAreaStatus', id: area.id, version: area.version, status: 'adopted' }] },
      };
    },
    'POST /api/scenarios/{id}/apply': async () => {
      const area = await made('/api/focus-areas', { committeeId: s.committee.id, title: `Fokus ${next()}` });
      const scenario = await made(`/api/plans/${s.plan.id}/scenarios`, {});
      await owner
        .put(`/api/scenarios/${scenario.id}/changes`)
        .send({ changes: [{ kind: 'focusAreaStatus', id: area.id, version: area.version, status: 'adopted' }] })
        .expect(200);
      return {
        url: `/api/scenarios/${scenario.id}/apply`,
        body: { decision: { decidedBy: 'council', decidedAt: '2026-05-12', caseNumber: '26/1234' }, reason: 'Besluttet' },
      };
    },
    'POST /api/nodes/{id}/comments/read': async () => {
      const comment = await made(`/api/nodes/${s.focusArea.id}/comments`, { body: 'Læst?' });
      return { url: `/api/nodes/${s.focusArea.id}/comments/read`, body: { lastCommentId: comment.id } };
    },
  };
  /** Write routes that take no body: their only input is the path (and an optional reason). */
  /** Write routes whose body is a file (CSV or XLSX), not JSON: there are no fields to know. */
  const FILE_BODIES = ['POST /api/plans/{planId}/observations/import'];

  const BODYLESS = [
    'POST /api/auth/logout',
    'POST /api/restore/{id}',
    'POST /api/adjustments/{id}/apply',
    'DELETE /api/plans/{id}',
    'DELETE /api/aiming-points/{id}',
    'DELETE /api/committees/{id}',
    'DELETE /api/units/{id}',
    'DELETE /api/focus-areas/{id}',
    'DELETE /api/actions/{id}',
    'DELETE /api/indicators/{id}',
    'DELETE /api/links/{id}',
    'DELETE /api/scenarios/{id}',
  ];

  describe('without a session', () => {
    it('every documented route but /api/health and the sign-in route answers 401 with the stable body, and nothing changes', async () => {
      const open = new Set(['GET /api/health', 'GET /api/auth/login', 'POST /api/auth/login']);
      const before = (await k.http.get('/api/audit?limit=1').expect(200)).body.total as number;
      const answers: string[] = [];
      for (const { method, path } of documented) {
        const url = path.replace(/\{[^}]+\}/g, s.focusArea.id);
        const res = await (k.anon as unknown as Record<string, (u: string) => Test>)[method.toLowerCase()](url);
        if (open.has(`${method} ${path}`)) {
          answers.push(`${method} ${path} ${res.status < 500 ? 'answers' : res.status}`);
          continue;
        }
        if (res.status !== 401 || res.body.code !== 'unauthenticated') answers.push(`${method} ${path} ${res.status}`);
      }
      expect(answers).toEqual(['GET /api/health answers', 'GET /api/auth/login answers', 'POST /api/auth/login answers']);
      expect(documented.length).toBeGreaterThanOrEqual(60);
      expect((await k.http.get('/api/audit?limit=1').expect(200)).body.total).toBe(before);
    });
  });

  describe('security headers', () => {
    it('sends a content security policy, nosniff and no framing, and does not name the server, on answers and errors alike', async () => {
      const answers = [
        await k.anon.get('/api/health').expect(200),
        await k.http.get(`/api/plans/${s.plan.id}`).expect(200),
        await k.anon.get('/api/plans'),
        await k.http.get('/api/no-such-route'),
        await owner.post('/api/plans').send({}),
      ];
      expect(answers.map((r) => r.status)).toEqual([200, 200, 401, 404, 400]);
      for (const res of answers) {
        const csp = String(res.headers['content-security-policy'] ?? '');
        expect(csp).toContain("default-src 'self'");
        const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src '));
        expect(scriptSrc).toBeDefined();
        expect(scriptSrc).not.toContain('unsafe-inline');
        expect(csp).toContain("object-src 'none'");
        const noFraming =
          /frame-ancestors '(self|none)'/.test(csp) || ['DENY', 'SAMEORIGIN'].includes(String(res.headers['x-frame-options']));
        expect(noFraming).toBe(true);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['x-powered-by']).toBeUndefined();
        expect(res.headers['referrer-policy']).toBeDefined();
      }
    });
  });

  describe('secure cookies', () => {
    it('marks the session cookie Secure and sends Strict-Transport-Security when Kompas runs behind HTTPS', async () => {
      expect((await k.anon.get('/api/health').expect(200)).headers['strict-transport-security']).toBeUndefined();
      const secure = await startKompas({ config: { secureCookies: true } });
      try {
        const password = 'et langt og godt kodeord';
        await secure.http
          .post('/api/users')
          .send({ username: 'sikker', name: 'Sikker', password, roles: ['viewer'] })
          .expect(201);
        const res = await secure.anon.post('/api/auth/login').send({ username: 'sikker', password }).expect(200);
        const cookie = (res.headers['set-cookie'] as unknown as string[])[0];
        expect(cookie.split(';').map((p) => p.trim().toLowerCase())).toEqual(
          expect.arrayContaining(['secure', 'httponly', 'samesite=lax']),
        );
        expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      } finally {
        await secure.close();
      }
    });
  });

  describe('body size', () => {
    it('answers a body over 1 MB on an ordinary write route with 413 payload_too_large, and changes nothing', async () => {
      const before = (await k.http.get(`/api/focus-areas/${s.focusArea.id}`).expect(200)).body;
      const big = 'ø'.repeat(MB / 2 + 10); // two bytes each in UTF-8: just over 1 MB
      const patched = await owner.withCurrentVersion().patch(`/api/focus-areas/${s.focusArea.id}`).send({ description: big });
      expectError(patched, 413, 'payload_too_large', ['body']);
      const created = await owner.post('/api/focus-areas').send({ committeeId: s.committee.id, title: 'For stor', description: big });
      expectError(created, 413, 'payload_too_large', ['body']);
      expect((await k.http.get(`/api/focus-areas/${s.focusArea.id}`).expect(200)).body).toEqual(before);
      const list = (await k.http.get(`/api/plans/${s.plan.id}/focus-areas`).expect(200)).body as { title: string }[];
      expect(list.map((f) => f.title)).not.toContain('For stor');
    });

    it('reads a body just under the limit and answers it on its merits', async () => {
      const res = await owner
        .withCurrentVersion()
        .patch(`/api/focus-areas/${s.focusArea.id}`)
        .send({ description: 'x'.repeat(MB - 100) });
      expect(res.status).toBe(400);
      expectError(res, 400, 'validation_failed', ['description']);
    });

    it('keeps the large import limit for administrators: others are refused before the body is read', async () => {
      const doc = { ...((await k.http.get(`/api/plans/${s.plan.id}/export`).expect(200)).body as object), padding: 'x'.repeat(2 * MB) };
      expectError(await k.anon.post('/api/plans/import').send(doc), 401, 'unauthenticated');
      const viewer = await k.signIn({ roles: ['viewer'] });
      expectError(await viewer.post('/api/plans/import').send(doc), 413, 'payload_too_large');
      const admin = await k.signIn({ roles: ['administrator'] });
      // Read whole, then refused for what is in it.
      expectError(await admin.post('/api/plans/import').send(doc), 400, 'invalid_document', ['padding']);
    });
  });

  describe('files', () => {
    it('reads a file of more than 1 MB on the observation import only, and no file elsewhere', async () => {
      const rows = Array.from(
        { length: 40_000 },
        (_, i) => `${indicator.id};${new Date(Date.UTC(1900, 0, 1 + i)).toISOString().slice(0, 10)};${i}`,
      );
      const file = Buffer.from(['indikator;periode;værdi', ...rows].join('\n'));
      expect(file.length).toBeGreaterThan(MB);
      const preview = await owner
        .post(`/api/plans/${s.plan.id}/observations/import?dryRun=true`)
        .set('Content-Type', 'text/csv')
        .send(file);
      expect(preview.status).toBe(200);
      expect(preview.body.counts).toMatchObject({ rows: 40_000, new: 40_000, problems: 0 });
      // The same bytes to an ordinary write route are not read as a body at all.
      const elsewhere = await owner.post('/api/focus-areas').set('Content-Type', 'text/csv').send(file);
      expect(elsewhere.status).toBeGreaterThanOrEqual(400);
      expect(elsewhere.status).toBeLessThan(500);
    });
  });

  describe('unknown fields', () => {
    it('knows every documented write route: with a body, or without one', () => {
      const writes = documented.filter((r) => r.method !== 'GET');
      expect(
        writes
          .filter((r) => r.hasBody)
          .map((r) => `${r.method} ${r.path}`)
          .sort(),
      ).toEqual([...Object.keys(VALID), ...FILE_BODIES].sort());
      expect(
        writes
          .filter((r) => !r.hasBody)
          .map((r) => `${r.method} ${r.path}`)
          .sort(),
      ).toEqual([...BODYLESS].sort());
    });

    it('refuses an unknown field on every write route with 400 naming it, and accepts the same request without it', async () => {
      const wrong: string[] = [];
      for (const route of Object.keys(VALID)) {
        const method = route.split(' ')[0];
        const { url, body } = await VALID[route]();
        const refused = await call(method, url).send({ ...body, notAField: 1 });
        const details = (refused.body.details ?? []) as { field: string; code: string }[];
        const code = route === 'POST /api/plans/import' ? 'invalid_document' : 'validation_failed';
        if (
          refused.status !== 400 ||
          refused.body.code !== code ||
          !details.some((d) => d.field === 'notAField' && d.code === 'unknown_field')
        ) {
          wrong.push(`${route} with an unknown field: ${refused.status} ${JSON.stringify(refused.body).slice(0, 300)}`);
        }
        const accepted = await call(method, url).send(body);
        if (accepted.status < 200 || accepted.status >= 300) {
          wrong.push(`${route} without it: ${accepted.status} ${JSON.stringify(accepted.body).slice(0, 300)}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('refuses an unknown field nested in a list', async () => {
      const res = await owner.post('/api/plans').send({
        organisation: 'Testrup Kommune',
        title: 'Med afsnit',
        periodStart: '2026-01-01',
        periodEnd: '2029-12-31',
        sections: [{ title: 'Afsnit', body: 'Tekst', notAField: true }],
      });
      expectError(res, 400, 'validation_failed', ['sections.0.notAField']);
    });
  });

  describe('the reason for a change', () => {
    it('takes a reason in the body, keeps it trimmed in the audit entry, and does not answer with it', async () => {
      const res = await owner
        .withCurrentVersion()
        .patch(`/api/focus-areas/${s.focusArea.id}`)
        .send({ title: 'Trivsel og læring', reason: '  Udvalget besluttede det 3. marts  ' })
        .expect(200);
      expect(res.body.title).toBe('Trivsel og læring');
      expect(res.body).not.toHaveProperty('reason');
      expect((await historyOf(s.focusArea.id))[0]).toMatchObject({ action: 'update', reason: 'Udvalget besluttede det 3. marts' });

      const created = await owner
        .post('/api/focus-areas')
        .send({ committeeId: s.committee.id, title: 'Bevægelse', reason: 'Nyt fokus efter budgetforliget' })
        .expect(201);
      expect((await historyOf(created.body.id))[0]).toMatchObject({ action: 'create', reason: 'Nyt fokus efter budgetforliget' });
    });

    it('takes a reason as ?reason= on a delete and a restore', async () => {
      const action = await made('/api/actions', { planId: s.plan.id, unitId: s.unit.id, title: 'Dubleret handling' });
      await owner
        .withCurrentVersion()
        .delete(`/api/actions/${action.id}?reason=${encodeURIComponent('Findes allerede')}`)
        .expect(204);
      expect((await historyOf(action.id))[0]).toMatchObject({ action: 'delete', reason: 'Findes allerede' });
      await owner.post(`/api/restore/${action.id}?reason=${encodeURIComponent('Var ikke dubleret')}`).expect(200);
      expect((await historyOf(action.id))[0]).toMatchObject({ action: 'restore', reason: 'Var ikke dubleret' });
    });

    const UNRECORDED = [
      'POST /api/auth/login',
      'POST /api/nodes/{id}/comments/read',
      // A scenario is a private draft: only applying one is in the trail.
      'POST /api/plans/{planId}/scenarios',
      'PUT /api/scenarios/{id}/changes',
    ];
    it('keeps a reason on every write route that takes a body', async () => {
      const wrong: string[] = [];
      for (const route of Object.keys(VALID)) {
        const method = route.split(' ')[0];
        const { url, body } = await VALID[route]();
        const reason = `Fordi ${route}`;
        const res = await call(method, url).send({ ...body, reason });
        if (res.status < 200 || res.status >= 300) wrong.push(`${route}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
        // Signing in and marking comments read change no plan data: they make no entry to keep a reason in.
        else if (!UNRECORDED.includes(route) && (await newest()).reason !== reason)
          wrong.push(`${route}: the entry has reason ${JSON.stringify((await newest()).reason)}`);
      }
      expect(wrong).toEqual([]);
    });

    it('accepts a reason of exactly 1000 characters', async () => {
      const reason = 'r'.repeat(1000);
      await owner.withCurrentVersion().patch(`/api/actions/${s.action.id}`).send({ description: 'Præcis nok', reason }).expect(200);
      expect((await historyOf(s.action.id))[0].reason).toBe(reason);
    });

    it('refuses a reason that is not a string, or is over 1000 characters, with 400 naming reason, and changes nothing', async () => {
      const before = (await k.http.get(`/api/actions/${s.action.id}`).expect(200)).body;
      const entries = (await historyOf(s.action.id)).length;
      const bad: [string, (t: Test) => Test][] = [
        ['a number', (t) => t.send({ description: 'Ændret', reason: 42 })],
        ['an object', (t) => t.send({ description: 'Ændret', reason: { why: 'fordi' } })],
        ['a list', (t) => t.send({ description: 'Ændret', reason: ['fordi'] })],
        ['true', (t) => t.send({ description: 'Ændret', reason: true })],
        ['1001 characters', (t) => t.send({ description: 'Ændret', reason: 'r'.repeat(1001) })],
      ];
      for (const [what, send] of bad) {
        const res: Response = await send(owner.withCurrentVersion().patch(`/api/actions/${s.action.id}`));
        expect({ what, status: res.status }).toEqual({ what, status: 400 });
        expectError(res, 400, 'validation_failed', ['reason']);
      }
      const twice = await owner.withCurrentVersion().delete(`/api/actions/${s.action.id}?reason=a&reason=b`);
      expectError(twice, 400, 'validation_failed', ['reason']);
      const long = await owner.withCurrentVersion().delete(`/api/actions/${s.action.id}?reason=${'r'.repeat(1001)}`);
      expectError(long, 400, 'validation_failed', ['reason']);
      expect((await k.http.get(`/api/actions/${s.action.id}`).expect(200)).body).toEqual(before);
      expect((await historyOf(s.action.id)).length).toBe(entries);
    });

    it('refuses a non-string reason on every write route', async () => {
      const wrong: string[] = [];
      const writes = documented.filter((r) => r.method !== 'GET');
      expect(writes.length).toBeGreaterThan(30);
      for (const { method, path } of writes) {
        const url = path.replace(/\{[^}]+\}/g, s.plan.id);
        const res = await call(method, url).send({ reason: 42 });
        const details = (res.body.details ?? []) as { field: string }[];
        if (res.status !== 400 || res.body.code !== 'validation_failed' || !details.some((d) => d.field === 'reason'))
          wrong.push(`${method} ${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      }
      expect(wrong).toEqual([]);
      await k.http.get(`/api/plans/${s.plan.id}`).expect(200);
    });
  });
});
