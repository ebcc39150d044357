// What the benchmarks that start the built API as a process of its own share: the benchmark's administrator,
// signing in at start, one request with its body read whole (the session's cookie goes with every request), and
// the API process's memory.
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { launchKompas, type KompasServer, type LaunchOptions } from '../launcher/kompas-server';

/** The benchmark's administrator, made at start-up from the environment. */
export const BENCH_ADMIN = { username: 'bench', password: 'the benchmark administrator', name: 'Benchmark' };

export type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** The administrator's session cookie once `startSignedIn` has signed in (one server per benchmark process). */
let cookie = '';

/** One request, its body read whole exactly as it came over the wire (no decoding). */
export function send(base: string, method: string, path: string, headers: Record<string, string> = {}, body?: Buffer): Promise<Answer> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      // A connection of its own for each request: no race with the server closing an idle kept-alive one.
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers: { cookie, ...headers }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The built API with the given database and options, and the benchmark's administrator signed in (the cookie goes
 * with every `send`). KOMPAS_BENCH_SERVER_LOG=1: the API's own log goes to this benchmark's stderr.
 */
export async function startSignedIn(options: LaunchOptions): Promise<KompasServer> {
  const server = await launchKompas({
    echo: Boolean(process.env['KOMPAS_BENCH_SERVER_LOG']),
    pollMs: 100,
    ...options,
    env: {
      NO_COLOR: '1',
      KOMPAS_ADMIN_USERNAME: BENCH_ADMIN.username,
      KOMPAS_ADMIN_PASSWORD: BENCH_ADMIN.password,
      KOMPAS_ADMIN_NAME: BENCH_ADMIN.name,
      ...options.env,
    },
  });
  try {
    const res = await send(
      server.base,
      'POST',
      '/api/auth/login',
      { 'content-type': 'application/json' },
      Buffer.from(JSON.stringify({ username: BENCH_ADMIN.username, password: BENCH_ADMIN.password })),
    );
    if (res.status !== 200) throw new Error(`Sign-in failed (${res.status}): ${res.body.toString()}`);
    const setCookie = res.headers['set-cookie'] ?? [];
    cookie = (Array.isArray(setCookie) ? setCookie : [setCookie]).map((c) => c.split(';')[0]).join('; ');
    return server;
  } catch (e) {
    await server.stop();
    throw e;
  }
}

/** The API process's resident memory (VmRSS) and its high-water mark so far (VmHWM), in bytes. */
export function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}
