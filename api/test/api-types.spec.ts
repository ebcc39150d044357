import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { apiDocument, createApp } from '../src/app';
import { loadConfig } from '../src/config/app-config';
import { TEST_AUDIT_KEY } from './harness';

/** The web app's copy of the API's types, generated from the OpenAPI document. */
const SCHEMA_FILE = resolve(__dirname, '../../web/src/modules/api/schema.gen.ts');
const HEADER =
  '// Generated from the API\u2019s OpenAPI document by `npm run api-types`: do not change it by hand.\n' +
  '// `npm test` fails when it no longer matches the API.\n\n';

/** The types as they are now: the Nest app is created in-process (nothing listens), and its document turned into TypeScript by openapi-typescript. */
async function generate(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-api-types-'));
  const config = loadConfig({ DATABASE_PATH: join(dir, 'kompas.sqlite'), WEB_ROOT: join(dir, 'web'), AUDIT_KEY: TEST_AUDIT_KEY }, dir);
  const app = await createApp(config, false);
  try {
    return execFileSync(process.execPath, [join(__dirname, 'openapi-to-typescript.mjs'), HEADER, SCHEMA_FILE], {
      input: JSON.stringify(apiDocument(app)),
      encoding: 'utf8',
    });
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Why the checked-in copy cannot stay as it is, or null when it matches the API. */
function staleness(checkedIn: string, fresh: string): string | null {
  if (checkedIn === fresh) return null;
  const line = checkedIn.split('\n').findIndex((text, i) => text !== fresh.split('\n')[i]) + 1;
  return (
    `web/src/modules/api/schema.gen.ts is stale (from line ${line} on): the API's OpenAPI document has changed since it was generated. ` +
    'Run `npm run api-types` and commit the result.'
  );
}

describe('the web app’s API types', () => {
  it('a copy that differs from the API in one field is stale, and the message says how to bring it up to date', () => {
    const fresh = 'export interface components {\n  schemas: {\n    UnitDto: { name: string };\n  };\n}\n';
    expect(staleness(fresh, fresh)).toBeNull();
    const message = staleness(fresh.replace('name: string', 'title: string'), fresh);
    expect(message).toContain('from line 3 on');
    expect(message).toContain('npm run api-types');
  });

  it('are generated from the API as it is now (run `npm run api-types` after changing the API)', async () => {
    const fresh = await generate();
    if (process.env['KOMPAS_WRITE_API_TYPES']) writeFileSync(SCHEMA_FILE, fresh);
    const stale = staleness(readFileSync(SCHEMA_FILE, 'utf8'), fresh);
    if (stale) throw new Error(stale);
  });
});
