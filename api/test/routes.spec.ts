import { CONCEPT_KINDS, CONCEPTS } from '@kompas/domain';
import { Client, expectError, idsByRoute, Kompas, seedMeasurement, seedSmallPlan, startKompas, UNKNOWN_ID } from './harness';

type Operation = { method: string; path: string };

/** Every documented route, read from the OpenAPI document, so a new route is covered the day it is added. */
async function documentedRoutes(k: Kompas): Promise<Operation[]> {
  const doc = (await k.http.get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method, path })));
}

/** A tiny deterministic generator of hostile JSON values. */
function* hostileBodies(seed: number, count: number): Generator<unknown> {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const keys = [
    'title',
    'name',
    'planId',
    'status',
    'rank',
    'strength',
    'period',
    'value',
    'sourceId',
    'focusAreaIds',
    '__proto__',
    'constructor',
    'x'.repeat(300),
    '',
  ];
  const value = (depth: number): unknown => {
    const r = next();
    if (r < 0.1) return null;
    if (r < 0.2) return Math.floor(next() * 2e9) - 1e9;
    if (r < 0.25) return 1.5e308;
    if (r < 0.4) return ['', 'x', '2026-02-30', '2026K9', UNKNOWN_ID, 'ø'.repeat(1000), '<script>'][Math.floor(next() * 7)];
    if (r < 0.5) return next() < 0.5;
    if (r < 0.7 && depth < 3) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
    if (depth < 3)
      return Object.fromEntries(
        Array.from({ length: Math.floor(next() * 5) }, () => [keys[Math.floor(next() * keys.length)], value(depth + 1)]),
      );
    return 'leaf';
  };
  for (let i = 0; i < count; i++) yield i % 10 === 0 ? value(3) : { ...(value(0) as object) };
}

describe('every route', () => {
  let k: Kompas;
  let routes: Operation[];
  let ids: Record<string, string>;
  /** An administrator who also sits on the plan's committee and leads its unit, sending the version it reads: every route lets it through to its checks. */
  let owner: Client;
  beforeAll(async () => {
    k = await startKompas();
    routes = await documentedRoutes(k);
    const s = await seedSmallPlan(k);
    const { indicator, observation } = await seedMeasurement(k, s.action.id);
    owner = (
      await k.as(['administrator', 'committeeMember', 'manager'], { committees: [s.committee.id], units: [s.unit.id] })
    ).withCurrentVersion();
    const link = (await s.manager.post('/api/links').send({ sourceId: s.action.id, targetId: s.focusArea.id }).expect(201)).body;
    ids = idsByRoute(s, { indicator, observation }, link);
  });
  afterAll(() => k.close());

  const withId = (path: string, id: string) => path.replace(/\{[^}]+\}/g, id);
  const call = (op: Operation, path: string, body?: unknown) => {
    const req = (owner as unknown as Record<string, (p: string) => import('supertest').Test>)[op.method](path);
    return body === undefined ? req : req.set('content-type', 'application/json').send(JSON.stringify(body));
  };

  it('documents the routes of every level of the cascade', () => {
    expect(routes.length).toBeGreaterThanOrEqual(45);
  });

  it('serves every concept with a route of its own at the segment the registry of concepts names', () => {
    for (const kind of CONCEPT_KINDS) {
      const route: string | null = CONCEPTS[kind].route;
      if (route === null) continue;
      const served = routes.filter((r) => r.path.startsWith(`/api/${route}`) || r.path.includes(`}/${route}`));
      expect({ kind, served: served.length > 0 }).toEqual({ kind, served: true });
    }
  });

  it('answers an unknown or malformed id with 404 in the error shape, on every route that takes one', async () => {
    const withParams = routes.filter((r) => r.path.includes('{'));
    expect(withParams.length).toBeGreaterThan(30);
    for (const op of withParams) {
      const body = op.path.endsWith('focus-area-order')
        ? { focusAreaIds: [] }
        : op.path.endsWith('comments') && op.method === 'post'
          ? { body: 'Et spørgsmål til ejeren' }
          : op.path.endsWith('comments/read')
            ? { lastCommentId: UNKNOWN_ID }
            : op.path.endsWith('/decline')
              ? { decision: { decidedBy: 'council', decidedAt: '2026-05-12', caseNumber: '26/1234' }, reason: 'Ikke nu' }
              : op.path.endsWith('/revisions') && op.method === 'post'
                ? { name: 'Vedtaget', decidedAt: '2026-03-01', decidedBy: 'Byrådet', caseNumber: 'sag 26/1234' }
                : op.path.endsWith('scenarios/{id}/changes')
                  ? { changes: [] }
                  : op.path.endsWith('scenarios/{id}/apply')
                    ? { decision: { decidedBy: 'council', decidedAt: '2026-05-12', caseNumber: 'sag 26/1' }, reason: 'Besluttet' }
                    : op.method === 'get' || op.method === 'delete'
                      ? undefined
                      : {};
      for (const id of [UNKNOWN_ID, 'not-a-uuid']) {
        const res = await call(op, withId(op.path, id), body);
        expect({ route: `${op.method} ${op.path} ${id}`, status: res.status }).toEqual({
          route: `${op.method} ${op.path} ${id}`,
          status: 404,
        });
        expectError(res, 404, 'not_found');
      }
    }
  });

  it('never answers hostile bodies on any write route with a 5xx', async () => {
    const writes = routes.filter((r) => ['post', 'patch', 'put'].includes(r.method));
    expect(writes.length).toBeGreaterThan(15);
    let cases = 0;
    for (const [n, op] of writes.entries()) {
      const resource = op.path.split('/')[2];
      const path = withId(op.path, ids[resource]);
      for (const body of hostileBodies(n + 1, 25)) {
        const res = await call(op, path, body);
        cases++;
        if (res.status >= 500) throw new Error(`${op.method} ${path} answered ${res.status} to ${JSON.stringify(body).slice(0, 300)}`);
        if (res.status >= 400) expect(typeof res.body.code).toBe('string');
      }
    }
    expect(cases).toBeGreaterThan(400);
  });
});
