import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kompas, startKompas } from './harness';

describe('the web app at /', () => {
  let webRoot: string;
  let k: Kompas;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'kompas-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Kompas</title><div id="root"></div>');
    writeFileSync(join(webRoot, 'assets', 'app-1a2b3c.js'), 'console.log("map")');
    k = await startKompas({ webRoot });
  });
  afterAll(async () => {
    await k.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('answers / with the app page, never cached', async () => {
    const res = await k.http.get('/').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('<div id="root">');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers a shared map address with the same page, so the app opens where it points', async () => {
    const res = await k.http.get('/plans/7f0c3c1e-0000-4000-8000-000000000001/nodes/abc').expect(200);
    expect(res.text).toContain('<div id="root">');
  });

  it('serves hashed assets with a long cache and 404s for missing ones', async () => {
    const res = await k.http.get('/assets/app-1a2b3c.js').expect(200);
    expect(res.text).toContain('map');
    expect(res.headers['cache-control']).toContain('immutable');
    await k.http.get('/assets/missing.js').expect(404);
  });

  it('sends scripts gzipped to browsers that accept it, and plain to those that do not', async () => {
    const gzipped = await k.http.get('/assets/app-1a2b3c.js').set('Accept-Encoding', 'gzip').expect(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['content-type']).toMatch(/javascript/);
    expect(gzipped.headers['cache-control']).toContain('immutable');
    expect(gzipped.text).toBe('console.log("map")');
    const plain = await k.http.get('/assets/app-1a2b3c.js').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe('console.log("map")');
    await k.http.get('/assets/missing.js').set('Accept-Encoding', 'gzip').expect(404);
    await k.http.get('/assets/..%2F..%2Fetc%2Fpasswd').set('Accept-Encoding', 'gzip').expect(404);
  });

  it('leaves /api to the API: unknown API routes stay JSON 404s', async () => {
    const res = await k.http.get('/api/nothing-here').expect(404);
    expect(res.body).toMatchObject({ code: 'not_found' });
    await k.http.get('/api/health').expect(200);
  });
});

describe('the web app when it has not been built', () => {
  it('explains how to build it instead of failing silently', async () => {
    const k = await startKompas();
    try {
      const res = await k.http.get('/').expect(503);
      expect(res.text).toContain('npm start');
      await k.http.get('/api/health').expect(200);
    } finally {
      await k.close();
    }
  });
});
