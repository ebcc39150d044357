import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import type { Test } from 'supertest';
import { BOOKKEEPING_TABLES, DatabaseFile } from './db-state';
import { idsByRoute, Kompas, seedMeasurement, seedSmallPlan, startKompas, TEST_PASSWORD, UNKNOWN_ID } from './harness';

type Method = 'post' | 'put' | 'patch' | 'delete';
type Target = { method: Method; path: string; url: string; id: string | null; fields: string[] };
type IfMatchChoice = 'none' | 'auto' | 'missing' | 'malformed' | 'stale' | 'future';

/** What to send, as data: the body itself is made when the case runs, from the route's valid body of the moment. */
type BodyPlan =
  | { kind: 'fields'; sets: [string, unknown][]; drops: string[] }
  | { kind: 'value'; value: unknown }
  | { kind: 'asArray'; copies: number }
  | { kind: 'deep'; depth: number; arrays: boolean; field: string | null }
  | { kind: 'text'; text: string; contentType: string }
  | { kind: 'truncated'; at: number }
  | { kind: 'oversized'; field: string; over: number }
  | { kind: 'encoded'; encoding: string; payload: 'valid' | 'cut' | 'garbage' | 'bomb'; garbage: number[] }
  | { kind: 'none' };

type Case = { target: Target; body: BodyPlan; ifMatch: IfMatchChoice };
type Answer = { status: number; body: { code?: string } & Record<string, unknown> };

const CASES = 2100;
const WRITES: Method[] = ['post', 'put', 'patch', 'delete'];

/** Keys that try to reach what a body should never reach. */
const SNEAKY_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'id',
  'version',
  'deletedAt',
  'createdAt',
  'updatedAt',
  'planId',
  'kind',
  'reason',
  'roles',
  'x'.repeat(300),
  '',
  'ø',
  '$where',
  'a.b',
  '0',
];

const SPECIAL_STRINGS = [
  '',
  ' ',
  '0',
  'true',
  'null',
  '2026-02-30',
  '2026-13-01',
  '2026K9',
  '2026M13',
  '2025',
  '9999-12-31',
  '0000-01-01',
  'not-a-uuid',
  UNKNOWN_ID,
  UNKNOWN_ID.toUpperCase(),
  '<script>alert(1)</script>',
  `'; DROP TABLE "plan"; --`,
  '\u0000',
  '\u202e',
  '😀',
  'ø'.repeat(301),
  'supports',
  'contributes',
  'adopted',
  'retired',
  'archived',
  'stopped',
  'completed',
  'administrator',
  'viewer',
];

const PLAUSIBLE = [
  'proposed',
  'adopted',
  'retired',
  'identified',
  'launched',
  'adjusting',
  'completed',
  'stopped',
  'draft',
  'archived',
  'supports',
  'contributes',
  'quantitative',
  'qualitative',
  'survey',
  'yearly',
  'monthly',
  'up',
  'down',
  'onTrack',
  'offTrack',
  'viewer',
  'manager',
  '2026-01-01',
  '2019-12-31',
  '2031-06-30',
  '2026K1',
  '2026M03',
  '2024',
  'Et andet navn',
];

const MALFORMED_JSON = [
  '{',
  '}',
  '{"title":}',
  "{'title':'x'}",
  '{"title":"x",}',
  '{"title":"x"}{"title":"y"}',
  '{"title": NaN}',
  '{"title": undefined}',
  '{"title": 0x10}',
  '{"title": "\\x41"}',
  '{"title": "\\ud800"}',
  '\uFEFF{"title":"x"}',
  'null',
  '"text"',
  '42',
  'true',
  '[]',
  '[{}]',
  '',
  ' ',
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '{"title": "x", "title": 3}',
];

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/merge-patch+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** Sets a key as the object's own property, `__proto__` too, so that it travels in the JSON. */
function own(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function arbitraries(realIds: string[]) {
  const leaf = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.constantFrom(0, -1, 1, 2, 3, 4, 1e308, -1e308, 2 ** 31, 2 ** 53 + 2, 0.5),
    fc.string({ maxLength: 20 }),
    fc.constantFrom(...SPECIAL_STRINGS),
    fc.constantFrom(...realIds),
  );
  const key = fc.oneof(fc.constantFrom(...SNEAKY_KEYS), fc.string({ maxLength: 12 }));
  const object = fc.array(fc.tuple(key, leaf), { maxLength: 4 }).map((entries) => {
    const o: Record<string, unknown> = {};
    for (const [k, v] of entries) own(o, k, v);
    return o;
  });
  const huge = fc.tuple(fc.integer({ min: 301, max: 120_000 }), fc.constantFrom('x', 'ø', '😀', ' ')).map(([n, c]) => c.repeat(n));
  const value = fc.oneof(
    { weight: 6, arbitrary: leaf },
    { weight: 1, arbitrary: huge },
    { weight: 2, arbitrary: fc.array(leaf, { maxLength: 5 }) },
    { weight: 2, arbitrary: object },
    { weight: 1, arbitrary: fc.array(object, { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...realIds), { maxLength: 4 }) },
  );

  // Values of the right type that may still be wrong where they are sent: they get past validation to the rules behind it.
  const plausible = fc.oneof(
    fc.constantFrom(...realIds),
    fc.constantFrom(...PLAUSIBLE),
    fc.integer({ min: -2, max: 12 }),
    fc.boolean(),
    fc.shuffledSubarray(realIds),
  );

  const body = (fields: string[]): fc.Arbitrary<BodyPlan> => {
    const field = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...fields) }, { weight: 1, arbitrary: key });
    return fc.oneof(
      {
        weight: 12,
        arbitrary: fc.record({
          kind: fc.constant('fields' as const),
          sets: fc.array(fc.tuple(field, fc.oneof({ weight: 3, arbitrary: value }, { weight: 2, arbitrary: plausible })), {
            maxLength: 3,
          }),
          drops: fc.array(fc.constantFrom(...fields), { maxLength: 2 }),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constant('value' as const),
          value: fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string(), fc.array(value, { maxLength: 4 }), object),
        }),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('asArray' as const), copies: fc.integer({ min: 0, max: 3 }) }) },
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constant('deep' as const),
          depth: fc.oneof(fc.integer({ min: 5, max: 200 }), fc.integer({ min: 1000, max: 100_000 })),
          arrays: fc.boolean(),
          field: fc.option(field, { nil: null }),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constant('text' as const),
          text: fc.oneof(fc.constantFrom(...MALFORMED_JSON), fc.string({ maxLength: 40 })),
          contentType: fc.constantFrom(...CONTENT_TYPES),
        }),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncated' as const), at: fc.nat() }) },
      {
        weight: 1,
        arbitrary: fc.record({ kind: fc.constant('oversized' as const), field, over: fc.integer({ min: 1, max: 4096 }) }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('encoded' as const),
          encoding: fc.constantFrom('gzip', 'x-gzip', 'deflate', 'br', 'identity', 'compress', 'zstd', 'gzip, deflate'),
          payload: fc.constantFrom<'valid' | 'cut' | 'garbage' | 'bomb'>('valid', 'cut', 'garbage', 'bomb'),
          garbage: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }),
        }),
      },
      { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
    );
  };

  const ifMatch = (method: Method): fc.Arbitrary<IfMatchChoice> =>
    method === 'patch' || method === 'delete'
      ? fc.constantFrom<IfMatchChoice>('auto', 'auto', 'auto', 'auto', 'missing', 'malformed', 'stale', 'future')
      : fc.constant<IfMatchChoice>('none');

  return { body, ifMatch };
}

/** The JSON text of a body nested `depth` levels deep, made as text: building it as objects would overflow the stack here. */
function deepJson(depth: number, arrays: boolean): string {
  return arrays ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

describe('every write route, thrown malformed bodies', () => {
  let k: Kompas;
  let file: DatabaseFile;
  let targets: Target[];
  let realIds: string[];
  let baseBody: (t: Target) => Promise<Record<string, unknown>>;
  let freshSessionCookie: () => Promise<string>;
  let deletedFocusAreaId: string;
  let observationId: string;
  let indicatorId: string;
  let writerCookie: string;
  let readComment: string | undefined;

  beforeAll(async () => {
    // Failed sign-ins are part of what is thrown at the sign-in route; they must not lock the test out.
    k = await startKompas({ config: { loginMaxFailures: 1_000_000 } });
    file = new DatabaseFile(k.databasePath);
    const s = await seedSmallPlan(k);
    const t = await seedSmallPlan(k);
    const secondCommittee = (await k.http.post('/api/committees').send({ planId: s.plan.id, name: 'Udvalget for Fællesskab' }).expect(201))
      .body;
    const secondAction = (
      await s.manager.post('/api/actions').send({ planId: s.plan.id, unitId: s.unit.id, title: 'Lektiecafé' }).expect(201)
    ).body;
    const { indicator, observation } = await seedMeasurement(k, s.action.id);
    const contribution = (await s.manager.post('/api/links').send({ sourceId: s.action.id, targetId: s.focusArea.id }).expect(201)).body;
    const support = (await s.member.post('/api/links').send({ sourceId: s.focusArea.id, targetId: s.aimingPoint.id }).expect(201)).body;
    const dropped = (
      await s.member.post('/api/focus-areas').send({ committeeId: s.committee.id, title: 'Droppet fokusområde' }).expect(201)
    ).body;
    await s.member.delete(`/api/focus-areas/${dropped.id}`).set('If-Match', `"${dropped.version}"`).expect(204);
    deletedFocusAreaId = dropped.id;
    observationId = observation.id;
    indicatorId = indicator.id;
    // Allowed every write on the rows the cases name. Made through the API, so that its session cookie is at hand for
    // the compressed bodies sent over plain http.
    await k.http
      .post('/api/users')
      .send({
        username: 'skriver',
        name: 'Skrivende Bruger',
        password: TEST_PASSWORD,
        roles: ['administrator', 'director', 'committeeMember', 'manager'],
        committeeIds: [s.committee.id, secondCommittee.id, t.committee.id],
        unitIds: [s.unit.id, t.unit.id],
      })
      .expect(201);
    writerCookie = await sessionCookie('skriver');
    const changedUser = await k.signIn({ roles: ['viewer'], name: 'Bruger der ændres' });
    const loginUser = await k.signIn({ roles: ['viewer'], name: 'Bruger der logger ind' });
    const [{ username }] = file.query<{ username: string }>(`SELECT "username" FROM "user" WHERE "id" = ?`, loginUser.userId);
    const document = (await k.http.get(`/api/plans/${s.plan.id}/export`).expect(200)).body;

    // An open proposal to decline, and a unit's pending part of a committee's decision for its manager to apply.
    const proposal = (
      await s.manager
        .post('/api/assessments')
        .send({ nodeId: s.action.id, date: '2026-04-01', status: 'offTrack', reflection: 'Står stille', proposedAdjustment: 'Stop den' })
        .expect(201)
    ).body as { id: string };
    const focusAreaNow = (await k.http.get(`/api/focus-areas/${s.focusArea.id}`).expect(200)).body as { version: number };
    const decided = (
      await s.member
        .post('/api/adjustments')
        .send({
          planId: s.plan.id,
          decision: { decidedBy: 'committee', committeeId: s.committee.id, decidedAt: '2026-05-12', caseNumber: 'sag 26/1234' },
          reason: 'Læsning først',
          changes: [
            { kind: 'focusAreaStatus', id: s.focusArea.id, version: focusAreaNow.version, status: 'adopted' },
            { kind: 'actionScope', id: secondAction.id, version: secondAction.version, description: 'Hver dag' },
          ],
        })
        .expect(201)
    ).body as { adjustments: { id: string; state: string }[] };
    const idOf: Record<string, string> = {
      ...idsByRoute(s, { indicator, observation }, contribution),
      assessments: proposal.id,
      adjustments: decided.adjustments.find((a) => a.state === 'pending')!.id,
      users: changedUser.userId,
      nodes: s.focusArea.id,
      restore: deletedFocusAreaId,
      // A scenario of the writer's own: anyone else's answers 404.
      scenarios: (
        (await k.anon.post(`/api/plans/${s.plan.id}/scenarios`).set('Cookie', writerCookie).send({}).expect(201)).body as { id: string }
      ).id,
    };
    realIds = [
      ...Object.values(idOf),
      t.plan.id,
      t.aimingPoint.id,
      t.committee.id,
      t.unit.id,
      t.focusArea.id,
      t.action.id,
      secondCommittee.id,
      secondAction.id,
      support.id,
      loginUser.userId,
    ];

    let made = 0;
    const bases: Record<string, () => Promise<Record<string, unknown>> | Record<string, unknown>> = {
      'post /api/auth/login': () => ({ username, password: TEST_PASSWORD }),
      'post /api/users': () => ({ username: `ny-bruger-${++made}`, name: 'Ny Bruger', password: TEST_PASSWORD, roles: ['viewer'] }),
      'patch /api/users/{id}': () => ({ name: 'Anden Bruger' }),
      'post /api/plans': () => ({
        organisation: 'Testrup Kommune',
        title: 'Næste plan',
        periodStart: '2030-01-01',
        periodEnd: '2033-12-31',
      }),
      'patch /api/plans/{id}': () => ({ title: 'Testrup – sammen om det hele' }),
      'post /api/aiming-points': () => ({ planId: s.plan.id, title: 'Smidigt samarbejde' }),
      'patch /api/aiming-points/{id}': () => ({ title: 'Forskellige sammen, igen' }),
      'post /api/committees': () => ({ planId: s.plan.id, name: `Udvalg ${++made}` }),
      'patch /api/committees/{id}': () => ({ name: 'Udvalget for Læring og Trivsel' }),
      'post /api/units': () => ({ name: `Enhed ${++made}` }),
      'patch /api/units/{id}': () => ({ name: `Skoledistrikt ${++made}` }),
      'post /api/focus-areas': () => ({ committeeId: s.committee.id, title: 'Flere unge i uddannelse' }),
      'patch /api/focus-areas/{id}': () => ({ title: 'Trivsel i skolen og i fritiden' }),
      'put /api/committees/{id}/focus-area-order': async () => ({
        focusAreaIds: (
          (await call('get', `/api/plans/${s.plan.id}/focus-areas?committeeId=${s.committee.id}`).expect(200)).body as { id: string }[]
        )
          .map((f) => f.id)
          .reverse(),
      }),
      'post /api/actions': () => ({ planId: s.plan.id, unitId: s.unit.id, title: 'Læsevenner i udskolingen' }),
      'patch /api/actions/{id}': () => ({ title: 'Læsevenner i hele skolen' }),
      'post /api/indicators': () => ({
        actionId: s.action.id,
        title: 'Fravær',
        type: 'quantitative',
        evidenceKind: 'caseSystem',
        cadence: 'quarterly',
        unit: '%',
        direction: 'down',
      }),
      'patch /api/indicators/{id}': () => ({ title: 'Læsescore i 2. klasse' }),
      'post /api/indicators/{id}/observations': () => ({ period: `${2000 + (++made % 25)}`, value: 64 }),
      'post /api/observations/{id}/supersede': () => ({ value: 71 }),
      'post /api/links': () => ({ sourceId: secondAction.id, targetId: s.focusArea.id, rationale: 'Fordi lektier fylder' }),
      'patch /api/links/{id}': () => ({ rationale: 'Læsning løfter trivsel', strength: 3 }),
      'post /api/plans/import': () => structuredClone(document) as Record<string, unknown>,
      'post /api/nodes/{id}/comments': () => ({ body: 'Hvordan ved vi, at det virker?' }),
      'post /api/plans/{planId}/revisions': () => ({
        name: `Revision ${++made}`,
        decidedAt: '2026-03-01',
        decidedBy: 'Byrådet',
        caseNumber: 'sag 26/1234',
      }),
      'post /api/assessments': () => ({ nodeId: s.focusArea.id, date: '2026-05-01', status: 'atRisk', reflection: 'Langsomt' }),
      'post /api/assessments/{id}/decline': () => ({
        decision: { decidedBy: 'council', decidedAt: '2026-05-12', caseNumber: '26/1234' },
        reason: 'Ikke nu',
      }),
      'post /api/adjustments': async () => ({
        planId: s.plan.id,
        decision: { decidedBy: 'council', decidedAt: '2026-05-12', caseNumber: '26/1234' },
        reason: 'Besluttet',
        changes: [
          {
            kind: 'actionScope',
            id: s.action.id,
            version: ((await call('get', `/api/actions/${s.action.id}`).expect(200)).body as { version: number }).version,
            title: `Læsevenner ${++made}`,
          },
        ],
      }),
      'post /api/plans/{planId}/scenarios': () => ({ name: `Scenarie ${++made}` }),
      'put /api/scenarios/{id}/changes': async () => ({
        changes: [
          {
            kind: 'actionScope',
            id: s.action.id,
            version: ((await call('get', `/api/actions/${s.action.id}`).expect(200)).body as { version: number }).version,
            title: `Læsevenner ${++made}`,
          },
        ],
      }),
      // Applied once, a scenario is gone: what it applies is staged just before.
      'post /api/scenarios/{id}/apply': async () => {
        const version = ((await call('get', `/api/actions/${s.action.id}`).expect(200)).body as { version: number }).version;
        await call('put', `/api/scenarios/${idOf['scenarios']}/changes`).send({
          changes: [{ kind: 'actionScope', id: s.action.id, version, title: `Læsevenner ${++made}` }],
        });
        return { decision: { decidedBy: 'council', decidedAt: '2026-05-12', caseNumber: '26/1234' }, reason: 'Besluttet' };
      },
      // One comment, made the first time (before the properties run), read up to every time.
      'post /api/nodes/{id}/comments/read': async () => ({
        lastCommentId: (readComment ??= (
          (await call('post', `/api/nodes/${s.focusArea.id}/comments`).send({ body: 'Læst?' }).expect(201)).body as { id: string }
        ).id),
      }),
    };
    baseBody = async (target) => {
      const base = bases[`${target.method} ${target.path}`];
      return base ? await base() : {};
    };
    freshSessionCookie = () => sessionCookie(username);

    // Every write route the API documents, so a new one is thrown bodies the day it is added.
    const doc = (await k.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    targets = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!WRITES.includes(method as Method)) continue;
        const ref = op.requestBody?.content?.['application/json']?.schema?.$ref;
        const schema = ref ? doc.components.schemas[ref.split('/').pop() as string] : undefined;
        const resource = path.split('/')[2];
        const id = path.includes('{') ? idOf[resource] : null;
        if (path.includes('{') && !id) throw new Error(`No row to use for ${method} ${path}`);
        const target: Target = { method: method as Method, path, url: id ? path.replace(/\{[^}]+\}/g, id) : path, id, fields: [] };
        const fields = new Set([...Object.keys(schema?.properties ?? {}), ...Object.keys(await baseBody(target))]);
        target.fields = fields.size ? [...fields] : ['title', 'reason', 'id'];
        targets.push(target);
      }
    }
  }, 120_000);

  afterAll(async () => {
    file?.close();
    await k?.close();
  });

  async function sessionCookie(username: string): Promise<string> {
    const res = await k.anon.post('/api/auth/login').send({ username, password: TEST_PASSWORD }).expect(200);
    return (res.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
  }
  const call = (method: Method | 'get', url: string): Test => k.anon[method](url).set('Cookie', writerCookie);
  /** The version a client would have read: what it sends as If-Match. */
  const etagOf = async (url: string) => (await call('get', url)).headers['etag'] as string | undefined;

  /** Sends raw bytes over plain http: supertest re-encodes a Buffer body that carries a Content-Encoding. */
  function sendBytes(method: Method, url: string, headers: Record<string, string>, bytes: Buffer): Promise<Answer> {
    const { port } = k.app.getHttpServer().address() as { port: number };
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: url,
          method: method.toUpperCase(),
          headers: { cookie: writerCookie, ...headers, 'content-length': bytes.length },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: Answer['body'] = {};
            try {
              body = text ? JSON.parse(text) : {};
            } catch {
              body = { text };
            }
            resolve({ status: res.statusCode ?? 0, body });
          });
        },
      );
      req.on('error', reject);
      req.end(bytes);
    });
  }

  /** Makes the request body of a case: its content type and text, or nothing. */
  async function render(target: Target, plan: BodyPlan): Promise<{ contentType: string; text: string } | null> {
    const json = (text: string) => ({ contentType: 'application/json', text });
    switch (plan.kind) {
      case 'none':
      case 'encoded':
        return null;
      case 'text':
        return { contentType: plan.contentType, text: plan.text };
      case 'value':
        return json(JSON.stringify(plan.value) ?? 'null');
      case 'deep': {
        const nested = deepJson(plan.depth, plan.arrays);
        if (plan.field === null) return json(nested);
        const base = await baseBody(target);
        delete base[plan.field];
        const rest = JSON.stringify(base).slice(1, -1);
        return json(`{${rest}${rest ? ',' : ''}${JSON.stringify(plan.field)}:${nested}}`);
      }
      case 'asArray': {
        const base = await baseBody(target);
        return json(JSON.stringify(Array.from({ length: plan.copies }, () => base)));
      }
      case 'truncated': {
        const text = JSON.stringify(await baseBody(target));
        return json(text.slice(0, plan.at % Math.max(text.length, 1)));
      }
      case 'oversized': {
        const body = await baseBody(target);
        own(body, plan.field, '');
        const size = Buffer.byteLength(JSON.stringify(body));
        own(body, plan.field, 'x'.repeat(k.config.bodyLimitBytes - size + plan.over));
        return json(JSON.stringify(body));
      }
      case 'fields': {
        const body = await baseBody(target);
        for (const f of plan.drops) delete body[f];
        for (const [f, v] of plan.sets) own(body, f, v);
        return json(JSON.stringify(body));
      }
    }
  }

  async function send(c: Case): Promise<Answer> {
    const { target } = c;
    const url = target.path === '/api/observations/{id}/supersede' ? target.path.replace('{id}', newestObservationId()) : target.url;
    const header: Record<Exclude<IfMatchChoice, 'none'>, string | undefined> = {
      auto: c.ifMatch === 'auto' ? await etagOf(url) : undefined,
      missing: '',
      malformed: 'version one',
      stale: '"0"',
      future: '"999999"',
    };
    const ifMatch = c.ifMatch === 'none' ? undefined : header[c.ifMatch];
    // Signing out ends the session it is sent with: each case signs out a session of its own.
    const ownSession = target.path === '/api/auth/logout' ? await freshSessionCookie() : null;
    if (c.body.kind === 'encoded') {
      const bytes = await encode(target, c.body);
      return sendBytes(
        target.method,
        url,
        {
          ...(ownSession ? { cookie: ownSession } : {}),
          'content-type': 'application/json',
          'content-encoding': c.body.encoding,
          ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }),
        },
        bytes,
      );
    }
    const req: Test = ownSession ? k.anon.post(target.url).set('Cookie', ownSession) : call(target.method, url);
    if (ifMatch !== undefined) req.set('If-Match', ifMatch);
    const body = await render(target, c.body);
    return body ? req.set('Content-Type', body.contentType).send(body.text) : req;
  }

  /** The bytes of a compressed body: the route's valid body, or garbage, or a little that unpacks to more than the limit. */
  async function encode(target: Target, plan: Extract<BodyPlan, { kind: 'encoded' }>): Promise<Buffer> {
    if (plan.payload === 'garbage') return Buffer.from(plan.garbage);
    const text =
      plan.payload === 'bomb'
        ? `{"title":"${' '.repeat(k.config.bodyLimitBytes + plan.garbage.length)}"}`
        : JSON.stringify(await baseBody(target));
    const packers: Record<string, (b: Buffer) => Buffer> = {
      gzip: gzipSync,
      'x-gzip': gzipSync,
      deflate: deflateSync,
      br: brotliCompressSync,
    };
    const packed = (packers[plan.encoding] ?? ((b: Buffer) => b))(Buffer.from(text));
    return plan.payload === 'cut' ? packed.subarray(0, Math.floor(packed.length / 2)) : packed;
  }

  /** A correction goes to the newest correction of the first observation: the ones already corrected are closed to it. */
  function newestObservationId(): string {
    let id = observationId;
    for (;;) {
      const [next] = file.query<{ id: string }>(`SELECT "id" FROM "observation" WHERE "supersedesId" = ?`, id);
      if (!next) return id;
      id = next.id;
    }
  }

  /** What the database holds, table by table and row by row (the bookkeeping tables left out). */
  function state(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const table of file.tables()) {
      if (!(BOOKKEEPING_TABLES as readonly string[]).includes(table))
        out.set(
          table,
          file.rows(table).map((r) => JSON.stringify(r)),
        );
    }
    return out;
  }
  /** A sha256 of each table's rows, in primary-key order. */
  const checksum = (s: Map<string, string[]>) =>
    new Map([...s].map(([table, rows]) => [table, createHash('sha256').update(rows.join('\n')).digest('hex')]));

  /** Which rows differ between two states, for the failure message. */
  function difference(a: Map<string, string[]>, b: Map<string, string[]>): string {
    const lines: string[] = [];
    for (const [table, rows] of b) {
      const was = new Set(a.get(table) ?? []);
      const now = new Set(rows);
      for (const r of a.get(table) ?? []) if (!now.has(r)) lines.push(`${table} before: ${r.slice(0, 400)}`);
      for (const r of rows) if (!was.has(r)) lines.push(`${table} after:  ${r.slice(0, 400)}`);
    }
    return lines.slice(0, 12).join('\n');
  }

  /** After an accepted delete or restore, puts the row back as it was so that later cases still find it. */
  async function putBack(target: Target): Promise<void> {
    if (target.method === 'delete' && target.id) {
      const res = await call('post', `/api/restore/${target.id}`);
      if (res.status !== 200) throw new Error(`restoring ${target.url} answered ${res.status}: ${JSON.stringify(res.body)}`);
    }
    if (target.path === '/api/restore/{id}') {
      const url = `/api/focus-areas/${deletedFocusAreaId}`;
      const res = await call('delete', url).set('If-Match', (await etagOf(url)) ?? '');
      if (res.status !== 204) throw new Error(`deleting the restored focus area answered ${res.status}: ${JSON.stringify(res.body)}`);
    }
  }

  it('starts every case from a body the route accepts, so the malformed ones reach past the first check', async () => {
    for (const target of targets) {
      if (target.method === 'delete' || target.path === '/api/auth/logout' || target.path === '/api/restore/{id}') continue;
      const req = call(target.method, target.url);
      if (target.method === 'patch') req.set('If-Match', (await etagOf(target.url)) ?? '');
      // The observation import takes a file, not JSON: its valid body is a CSV file of one row.
      const res = target.path.endsWith('/observations/import')
        ? await req.set('Content-Type', 'text/csv').send(Buffer.from(`indikator;periode;værdi\n${indicatorId};2019;64\n`))
        : await req.send(await baseBody(target));
      const route = `${target.method} ${target.path}`;
      expect({ route, accepted: res.status < 300 }).toEqual({ route, accepted: true });
    }
  });

  it('answers no malformed body with a 5xx, and a refused one changes no data', async () => {
    const arb = arbitraries(realIds);
    const cases = fc
      .constantFrom(...targets)
      .chain((target) => fc.record({ target: fc.constant(target), body: arb.body(target.fields), ifMatch: arb.ifMatch(target.method) }));

    const started = Date.now();
    const tally = new Map<string, Map<number, number>>();
    let count = 0;
    let accepted = 0;
    let current = state();
    let sums = checksum(current);

    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        const res = await send(c);
        count++;
        const route = `${c.target.method.toUpperCase()} ${c.target.path}`;
        const byStatus = tally.get(route) ?? new Map<number, number>();
        byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
        tally.set(route, byStatus);
        const what = () =>
          `${route} (If-Match ${c.ifMatch}, ${c.body.kind}) answered ${res.status} ${JSON.stringify(res.body).slice(0, 300)} to ${JSON.stringify(c.body).slice(0, 300)}`;

        if (res.status >= 500 || res.status < 200 || (res.status >= 300 && res.status < 400)) throw new Error(what());
        if (res.status < 300) {
          accepted++;
          await putBack(c.target);
          current = state();
          sums = checksum(current);
          return;
        }
        expect(typeof res.body.code).toBe('string');
        const after = state();
        const afterSums = checksum(after);
        const changed = [...afterSums.keys()].filter((t) => afterSums.get(t) !== sums.get(t));
        if (changed.length) throw new Error(`${what()}\nbut changed ${changed.join(', ')}:\n${difference(current, after)}`);
      }),
      { numRuns: CASES, endOnFailure: true },
    );

    const seconds = (Date.now() - started) / 1000;
    const lines = [...tally].map(
      ([route, statuses]) =>
        `${route.padEnd(48)} ${[...statuses]
          .sort(([a], [b]) => a - b)
          .map(([s, n]) => `${s}×${n}`)
          .join(' ')}`,
    );
    console.log(
      `${count} malformed requests (${accepted} accepted, ${count - accepted} refused) on ${targets.length} write routes in ${seconds.toFixed(1)} s, fast-check seed ${fc.readConfigureGlobal().seed}\n${lines.join('\n')}`,
    );
    expect(count).toBeGreaterThanOrEqual(2000);
    expect(targets.length).toBeGreaterThanOrEqual(25);
    // Every route got its share, and most cases were refused.
    for (const target of targets) {
      const n = [...(tally.get(`${target.method.toUpperCase()} ${target.path}`)?.values() ?? [])].reduce((a, b) => a + b, 0);
      expect({ route: `${target.method} ${target.path}`, enough: n >= 20 }).toEqual({
        route: `${target.method} ${target.path}`,
        enough: true,
      });
    }
    expect(count - accepted).toBeGreaterThan(count / 2);
  }, 240_000);
});
