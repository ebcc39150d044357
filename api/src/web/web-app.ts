import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import express, { NextFunction, Request, Response } from 'express';

const NOT_BUILT = `<!doctype html><html lang="da"><meta charset="utf-8"><title>Kompas</title>
<body style="font-family:system-ui;max-width:40rem;margin:4rem auto;line-height:1.5">
<h1>Kompas</h1>
<p>Webappen er ikke bygget. Kør <code>npm start</code> (eller <code>npm run build</code>) i projektets mappe.</p>
<p lang="en">The web app has not been built. Run <code>npm start</code> (or <code>npm run build</code>) in the project folder.</p>
<p><a href="/api/docs">API-dokumentation / API documentation</a></p></body></html>`;

/**
 * Serves the built map at `/` on the API's own port. Hashed assets are cached
 * for a year; every other GET outside `/api` answers the app's index page, so
 * a shared address like `/plans/{id}/nodes/{id}` opens the map where it points.
 */
export function serveWebApp(server: express.Express, webRoot: string): void {
  const index = join(webRoot, 'index.html');
  const assets = resolve(webRoot, 'assets');
  server.use('/assets', gzippedAssets(assets));
  server.use('/assets', express.static(assets, { immutable: true, maxAge: '1y' }));
  server.use('/assets', (_req: Request, res: Response) => res.status(404).type('text').send('Not found'));
  server.use(express.static(webRoot, { index: false, maxAge: 0 }));
  server.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/api' || req.path.startsWith('/api/')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    if (!existsSync(index)) return res.status(503).type('html').send(NOT_BUILT);
    return res.sendFile(index);
  });
}

const COMPRESSIBLE = new Set(['.js', '.css', '.svg', '.json', '.map']);

/**
 * The app's scripts and styles gzipped for browsers that accept it (about a
 * third of the bytes on the wire), each compressed once and kept, since a
 * hashed asset never changes while the server runs.
 */
function gzippedAssets(assets: string) {
  const cache = new Map<string, { mtimeMs: number; body: Buffer }>();
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !COMPRESSIBLE.has(extname(req.path)) || !req.acceptsEncodings('gzip'))
      return next();
    const file = resolve(assets, `.${req.path}`);
    if (!file.startsWith(assets + sep)) return next();
    let mtimeMs: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return next();
      mtimeMs = stat.mtimeMs;
    } catch {
      return next();
    }
    let entry = cache.get(file);
    if (!entry || entry.mtimeMs !== mtimeMs) {
      entry = { mtimeMs, body: gzipSync(readFileSync(file), { level: 9 }) };
      cache.set(file, entry);
    }
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.type(extname(file));
    return res.send(entry.body);
  };
}
