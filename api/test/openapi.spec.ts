import type { Test } from 'supertest';
import { idsByRoute, Kompas, seedMeasurement, seedSmallPlan, startKompas, UNKNOWN_ID, versionOf } from './harness';

type Schema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  format?: string;
  nullable?: boolean;
  additionalProperties?: Schema | boolean;
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
};
type Response = { description?: string; content?: Record<string, { schema?: Schema }> };
type Operation = { summary?: string; responses: Record<string, Response> };
type OpenApi = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

/** A request of any method, by the method's name as the document spells it. */
const send = (client: object, method: string, url: string): Test =>
  (client as Record<string, (u: string) => Test>)[method.toLowerCase()](url);

/**
 * The OpenAPI document describes every answer, so that a client's types can be
 * generated from it: every success has a schema, every refusal the one error
 * shape, and the schemas hold the fields the real answers have.
 */
describe('the OpenAPI document', () => {
  let k: Kompas;
  let doc: OpenApi;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  let measurement: Awaited<ReturnType<typeof seedMeasurement>>;
  let contributes: { id: string };
  const exported = async () => (await k.http.get(`/api/plans/${s.plan.id}/export`).expect(200)).body as object;

  beforeAll(async () => {
    // A small body limit, so that the probe of a body too large stays quick.
    k = await startKompas({ config: { bodyLimitBytes: 64 * 1024 } });
    s = await seedSmallPlan(k);
    measurement = await seedMeasurement(k, s.action.id, s.manager);
    // Each link by its owner: the unit's manager draws the action's, the committee member the focus area's.
    contributes = (
      await s.manager.post('/api/links').send({ kind: 'contributes', sourceId: s.action.id, targetId: s.focusArea.id }).expect(201)
    ).body;
    await s.member.post('/api/links').send({ kind: 'supports', sourceId: s.focusArea.id, targetId: s.aimingPoint.id }).expect(201);
    doc = (await k.http.get('/api/docs-json').expect(200)).body as OpenApi;
  });
  afterAll(() => k.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
    );

  const resolve = (schema: Schema): Schema => {
    if (!schema.$ref) return schema;
    const found = doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')];
    if (!found) throw new Error(`${schema.$ref} is not in the document`);
    return found;
  };

  /** A schema a client can type: an object with properties, a list of such, or one of several such. */
  const described = (schema: Schema | undefined): boolean => {
    if (!schema) return false;
    const s = resolve(schema);
    if (s.oneOf) return s.oneOf.length > 0 && s.oneOf.every(described);
    if (s.allOf) return s.allOf.some(described);
    if (s.type === 'array') return described(s.items);
    // A file (the reports): its media type says what it is.
    if (s.type === 'string' && s.format === 'binary') return true;
    return Object.keys(s.properties ?? {}).length > 0;
  };

  /** The properties of an object schema, those of its parts included. */
  const propertiesOf = (schema: Schema): Record<string, Schema> => {
    const s = resolve(schema);
    return Object.assign({}, ...(s.allOf ?? []).map(propertiesOf), s.properties ?? {});
  };
  const requiredOf = (schema: Schema): string[] => {
    const s = resolve(schema);
    return [...(s.allOf ?? []).flatMap(requiredOf), ...(s.required ?? [])];
  };

  it('gives every success answer a schema (204: no body)', () => {
    const undescribed: string[] = [];
    let count = 0;
    for (const { name, op } of operations()) {
      const successes = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
      if (successes.length === 0) undescribed.push(`${name}: no success answer`);
      for (const [status, response] of successes) {
        count += 1;
        if (status === '204') {
          if (response.content) undescribed.push(`${name} ${status}: a body on No Content`);
          continue;
        }
        const media = Object.entries(response.content ?? {});
        if (media.length === 0) undescribed.push(`${name} ${status}: no content`);
        for (const [type, { schema }] of media) if (!described(schema)) undescribed.push(`${name} ${status} ${type}: no schema`);
      }
    }
    expect(undescribed).toEqual([]);
    expect(count).toBeGreaterThan(40);
  });

  it('gives every refusal the one error shape', () => {
    const error = resolve({ $ref: '#/components/schemas/ErrorDto' });
    expect(Object.keys(propertiesOf(error)).sort()).toEqual(expect.arrayContaining(['code', 'details', 'message', 'statusCode']));
    expect(requiredOf(error).sort()).toEqual(['code', 'details', 'message', 'statusCode']);
    const detail = propertiesOf(error).details.items as Schema;
    // An imported file's problems also say at which row and column.
    expect(Object.keys(propertiesOf(detail)).sort()).toEqual(['code', 'column', 'field', 'message', 'row']);
    expect(requiredOf(detail).sort()).toEqual(['code', 'field', 'message']);

    const wrong: string[] = [];
    for (const { name, op } of operations()) {
      const refusals = Object.entries(op.responses).filter(([status]) => /^[45]/.test(status));
      for (const [status, response] of refusals) {
        const ref = response.content?.['application/json']?.schema?.$ref;
        if (ref !== '#/components/schemas/ErrorDto') wrong.push(`${name} ${status}: ${ref ?? 'no schema'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('documents 401 on every route that needs a session, as a caller without one meets it', async () => {
    const undocumented: string[] = [];
    for (const { name, op } of operations()) {
      const [method, path] = name.split(' ');
      const url = path.replace(/\{[^}]+\}/g, UNKNOWN_ID);
      const res = await send(k.anon, method, url).send({});
      if (res.status === 401 && !op.responses['401']) undocumented.push(name);
    }
    expect(undocumented).toEqual([]);
  });

  it('documents the refusals that requests every route can be sent are answered with', async () => {
    type Probe = (method: string, url: string) => Promise<{ status: number }>;
    // A session of its own, which the probe of signing out ends.
    const prober = await k.signIn({ roles: ['administrator', 'director', 'committeeMember', 'manager'] });
    const call = (method: string, url: string) => send(prober, method, url);
    const probes: Record<string, Probe> = {
      // An id that names nothing, and an empty body.
      'unknown id': (method, url) => call(method, url).set('If-Match', '"1"').send({}),
      'no If-Match': (method, url) => call(method, url).send({}),
      'cross-site': (method, url) => call(method, url).set('Origin', 'https://elsewhere.example').send({}),
      'malformed JSON': (method, url) => call(method, url).set('Content-Type', 'application/json').send('{"title":'),
      'too large': (method, url) => call(method, url).send({ title: 'x'.repeat(k.config.bodyLimitBytes) }),
    };
    const undocumented: string[] = [];
    // Signing out last, so that the other probes keep the session.
    const all = operations().sort((a, b) => Number(a.name === 'POST /api/auth/logout') - Number(b.name === 'POST /api/auth/logout'));
    for (const { name, op } of all) {
      const [method, path] = name.split(' ');
      const url = path.replace(/\{[^}]+\}/g, UNKNOWN_ID);
      for (const [probe, sendProbe] of Object.entries(probes)) {
        if (method === 'GET' && probe !== 'unknown id') continue;
        const { status } = await sendProbe(method.toLowerCase(), url);
        if (status >= 400 && !op.responses[String(status)]) undocumented.push(`${name} (${probe}): ${status}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  /** The success schema of one operation: of the given status, or else of its first success. */
  const answerOf = (method: string, path: string, status?: string): Schema => {
    const responses = doc.paths[path][method].responses;
    const [, success] = Object.entries(responses).find(([s]) => (status ? s === status : s.startsWith('2'))) as [string, Response];
    return success.content?.['application/json']?.schema as Schema;
  };

  /**
   * Where a real answer differs from its schema, at any depth: a field the
   * schema does not name, a required one missing, a null where none is
   * allowed, a value of another type or outside its enum.
   */
  const misfits = (value: unknown, schema: Schema, at: string): string[] => {
    const s = resolve(schema);
    if (value === null) return s.nullable ? [] : [`${at}: null, not nullable`];
    if (s.oneOf) {
      if (s.discriminator) {
        const tag = String((value as Record<string, unknown>)[s.discriminator.propertyName]);
        const ref = s.discriminator.mapping?.[tag];
        return ref ? misfits(value, { $ref: ref }, `${at}<${tag}>`) : [`${at}: no schema for ${s.discriminator.propertyName} ${tag}`];
      }
      const each = s.oneOf.map((variant) => misfits(value, variant, at));
      return each.some((problems) => problems.length === 0) ? [] : [`${at}: fits none of oneOf (${each.map((p) => p[0]).join('; ')})`];
    }
    if (s.allOf) return s.allOf.flatMap((part) => misfits(value, part, at));
    if (s.enum && !s.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} not in ${JSON.stringify(s.enum)}`];
    if (s.type === 'array') {
      if (!Array.isArray(value)) return [`${at}: not an array`];
      return value.flatMap((item, i) => misfits(item, s.items as Schema, `${at}[${i}]`));
    }
    if (s.type === 'object' || s.properties) {
      if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: not an object`];
      const row = value as Record<string, unknown>;
      const properties = s.properties ?? {};
      const extra = s.additionalProperties;
      return [
        ...(s.required ?? []).filter((key) => !(key in row)).map((key) => `${at}.${key}: missing`),
        ...Object.entries(row).flatMap(([key, v]) => {
          if (properties[key]) return misfits(v, properties[key], `${at}.${key}`);
          if (typeof extra === 'object') return misfits(v, extra, `${at}.${key}`);
          return extra === true ? [] : [`${at}.${key}: not in the schema`];
        }),
      ];
    }
    const type = Array.isArray(value) ? 'array' : typeof value;
    if (s.type === 'integer') return Number.isInteger(value) ? [] : [`${at}: not an integer`];
    if (s.type && s.type !== type) return [`${at}: ${type}, not ${s.type}`];
    return [];
  };

  const expectFits = (value: unknown, schema: Schema, where: string) => expect(misfits(value, schema, where)).toEqual([]);

  it("describes the graph's nodes, one schema per kind, and its edges, with the fields the real graph has", async () => {
    const graph = (await k.http.get(`/api/plans/${s.plan.id}/graph`).expect(200)).body as { nodes: { kind: string }[]; edges: unknown[] };
    const schema = answerOf('get', '/api/plans/{planId}/graph');
    const nodes = resolve(propertiesOf(schema).nodes.items as Schema);
    expect(nodes.discriminator?.propertyName).toBe('kind');
    const byKind = nodes.discriminator?.mapping ?? {};
    expect(Object.keys(byKind).sort()).toEqual(['action', 'aimingPoint', 'focusArea', 'indicator', 'vision']);
    for (const [kind, ref] of Object.entries(byKind)) expect(propertiesOf({ $ref: ref }).kind.enum).toEqual([kind]);
    // One node of every kind, an indicator with its latest observation, and edges of every kind.
    expect(new Set(graph.nodes.map((n) => n.kind)).size).toBe(5);
    expect(graph.nodes.find((n) => n.kind === 'indicator')).toMatchObject({ latest: { value: 70 } });
    expect(new Set(graph.edges.map((e) => (e as { kind: string }).kind)).size).toBe(4);
    expectFits(graph, schema, 'graph');
  });

  it('describes every read as it is answered', async () => {
    const me = (await k.http.get('/api/auth/me').expect(200)).body as { id: string };
    const imported = (
      await k.http
        .post('/api/plans/import')
        .send(await exported())
        .expect(201)
    ).body as { id: string };
    const [importEntry] = (await k.http.get(`/api/audit?action=import&entityId=${imported.id}`).expect(200)).body.items as {
      seq: number;
    }[];
    // A scenario, and the list of them, is read by its author only: a director's.
    const scenarist = await k.as('director');
    const ids: Record<string, string> = {
      ...idsByRoute(s, measurement, contributes),
      users: me.id,
      nodes: s.focusArea.id,
      audit: String(importEntry.seq),
      scenarios: ((await scenarist.post(`/api/plans/${s.plan.id}/scenarios`).send({}).expect(201)).body as { id: string }).id,
    };
    const reads = Object.entries(doc.paths).filter(([, ops]) => ops.get);
    expect(reads.length).toBeGreaterThan(25);
    for (const [path] of reads) {
      const url = path.replace(/\{[^}]+\}/g, () => ids[path.split('/')[2]]);
      expect({ path, url: /[{}]|undefined/.test(url) ? url : 'filled in' }).toEqual({ path, url: 'filled in' });
      const res = await (path.startsWith('/api/scenarios/') || path.endsWith('/scenarios') ? scenarist : k.http).get(url);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      // A file (a report) is answered as the media type its answer names.
      const [, success] = Object.entries(doc.paths[path].get.responses).find(([st]) => st.startsWith('2')) as [string, Response];
      const media = Object.keys(success.content ?? {});
      if (!media.includes('application/json')) {
        expect({ path, type: res.headers['content-type'] }).toEqual({ path, type: media[0] });
        continue;
      }
      expectFits(res.body, answerOf('get', path), `GET ${path}`);
    }
  });

  it('describes the answers of writes as they are answered', async () => {
    expectFits(s.plan, answerOf('post', '/api/plans'), 'new plan');
    expectFits(s.aimingPoint, answerOf('post', '/api/aiming-points'), 'new aiming point');
    expectFits(s.committee, answerOf('post', '/api/committees'), 'new committee');
    expectFits(s.unit, answerOf('post', '/api/units'), 'new unit');
    expectFits(s.focusArea, answerOf('post', '/api/focus-areas'), 'new focus area');
    expectFits(s.action, answerOf('post', '/api/actions'), 'new action');
    expectFits(measurement.indicator, answerOf('post', '/api/indicators'), 'new indicator');
    expectFits(measurement.observation, answerOf('post', '/api/indicators/{id}/observations'), 'new observation');
    expectFits(contributes, answerOf('post', '/api/links'), 'new link');

    const imported = (
      await k.http
        .post('/api/plans/import')
        .send(await exported())
        .expect(201)
    ).body;
    // The import answers 201 with the new plan; its dry run answers 200 with what it would do.
    expectFits(imported, answerOf('post', '/api/plans/import', '201'), 'import');
    const preview = await k.http
      .post('/api/plans/import?dryRun=true')
      .send(await exported())
      .expect(200);
    expectFits(preview.body, answerOf('post', '/api/plans/import', '200'), 'import dry run');
    // A link of the imported plan, deleted and restored by a member of the committee its focus area belongs to.
    const link = (await k.http.get(`/api/plans/${imported.id}/links?kind=supports`).expect(200)).body[0] as {
      id: string;
      version: number;
      sourceId: string;
    };
    const { committeeId } = (await k.http.get(`/api/focus-areas/${link.sourceId}`).expect(200)).body as { committeeId: string };
    const linkOwner = await k.as('committeeMember', { committees: [committeeId] });
    await linkOwner.delete(`/api/links/${link.id}`).set('If-Match', versionOf(link)).expect(204);
    expectFits((await linkOwner.post(`/api/restore/${link.id}`).expect(200)).body, answerOf('post', '/api/restore/{id}'), 'restore');
    const order = await s.member
      .put(`/api/committees/${s.committee.id}/focus-area-order`)
      .send({ focusAreaIds: [s.focusArea.id] })
      .expect(200);
    expectFits(order.body, answerOf('put', '/api/committees/{id}/focus-area-order'), 'new order');
    // The observation import: its preview (200) and its import (201), and a file refused with its problems at their rows.
    const importUrl = `/api/plans/${s.plan.id}/observations/import`;
    const file = Buffer.from(`indikator;periode;værdi;vurdering\nLæsescore;2025;71;på sporet\nLæsescore;2024;64,5;\n`);
    const filePreview = await s.manager.post(`${importUrl}?dryRun=true`).set('Content-Type', 'text/csv').send(file).expect(200);
    expectFits(filePreview.body, answerOf('post', '/api/plans/{planId}/observations/import', '200'), 'observation import preview');
    const fileImport = await s.manager.post(importUrl).set('Content-Type', 'text/csv').send(file).expect(201);
    expectFits(fileImport.body, answerOf('post', '/api/plans/{planId}/observations/import', '201'), 'observation import');
    const badFile = await s.manager
      .post(importUrl)
      .set('Content-Type', 'text/csv')
      .send(Buffer.from('indikator;periode;værdi\nLæsescore;2024K9;1\n'))
      .expect(400);
    expect(badFile.body.details[0]).toMatchObject({ field: 'rows.2.period', row: 2, column: 'period' });
    expectFits(badFile.body, { $ref: '#/components/schemas/ErrorDto' }, 'invalid file');
    const comment = await k.http.post(`/api/nodes/${s.focusArea.id}/comments`).send({ body: 'Hvordan måler vi det?' }).expect(201);
    expectFits(comment.body, answerOf('post', '/api/nodes/{id}/comments'), 'comment');
  });

  it('describes refusals as they are answered, a stale version with the row as it is now', async () => {
    const stale = await s.member
      .patch(`/api/focus-areas/${s.focusArea.id}`)
      .set('If-Match', '"999"')
      .send({ title: 'For sent' })
      .expect(412);
    expect(stale.body.current).toMatchObject({ id: s.focusArea.id });
    expectFits(stale.body, { $ref: '#/components/schemas/ErrorDto' }, 'stale version');
    const invalid = await s.member.post('/api/focus-areas').send({ committeeId: s.committee.id, title: '' }).expect(400);
    expectFits(invalid.body, { $ref: '#/components/schemas/ErrorDto' }, 'invalid');
  });
});
