import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { syntheticPlan } from './synthetic-plan';
import { Kompas, startKompas, TEST_PASSWORD } from './harness';

/** A GET as a client sends it, the body exactly as it came over the wire (no decoding). */
function rawGet(k: Kompas, path: string, headers: Record<string, string>) {
  const { port } = k.app.getHttpServer().address() as AddressInfo;
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compressed answers', () => {
  let k: Kompas;
  let cookie: string;
  let planId: string;
  beforeAll(async () => {
    k = await startKompas();
    planId = (await k.http.post('/api/plans/import').send(syntheticPlan(200)).expect(201)).body.id;
    const username = 'compression-reader';
    await k.http
      .post('/api/users')
      .send({ username, name: 'Læser', password: TEST_PASSWORD, roles: ['viewer'] })
      .expect(201);
    const login = await k.anon.post('/api/auth/login').send({ username, password: TEST_PASSWORD }).expect(200);
    cookie = (login.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
  });
  afterAll(() => k.close());

  it('sends a large graph gzip-encoded to a client that accepts gzip, and it decodes to the same JSON', async () => {
    const plain = await rawGet(k, `/api/plans/${planId}/graph`, { cookie, 'accept-encoding': 'identity' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const graph = JSON.parse(plain.body.toString('utf8'));
    expect(graph.nodes.length).toBeGreaterThan(200);

    const gzipped = await rawGet(k, `/api/plans/${planId}/graph`, { cookie, 'accept-encoding': 'gzip' });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['vary']).toMatch(/accept-encoding/i);
    expect(gzipped.body.length).toBeLessThan(plain.body.length / 4);
    expect(JSON.parse(gunzipSync(gzipped.body).toString('utf8'))).toEqual(graph);
  });

  it('sends brotli to a client that prefers it', async () => {
    const plain = JSON.parse((await rawGet(k, `/api/plans/${planId}/graph`, { cookie })).body.toString('utf8'));
    const br = await rawGet(k, `/api/plans/${planId}/graph`, { cookie, 'accept-encoding': 'br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(plain);
    const either = await rawGet(k, `/api/plans/${planId}/graph`, { cookie, 'accept-encoding': 'gzip, deflate, br' });
    expect(either.headers['content-encoding']).toBe('br');
  });

  it('leaves small answers as they are', async () => {
    const health = await rawGet(k, '/api/health', { 'accept-encoding': 'gzip, br' });
    expect(health.status).toBe(200);
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(health.body.toString('utf8'))).toEqual({ status: 'ok', database: 'ok' });
  });
});
