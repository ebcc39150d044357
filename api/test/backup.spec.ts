import type { AuditVerification } from '@kompas/domain';
import BetterSqlite3 from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Kompas, seedSmallPlan, startKompas, TEST_AUDIT_KEY } from './harness';

/** The built commands, as `npm run backup` and `npm run restore` run them (the api test target builds them first). */
const OPS = join(__dirname, '../../dist/api/api/src/ops');

function command(name: 'backup' | 'restore', file: string, databasePath: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(OPS, `${name}.js`), file], {
      env: { PATH: process.env.PATH ?? '', DATABASE_PATH: databasePath, AUDIT_KEY: TEST_AUDIT_KEY },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => done({ code, output }));
  });
}

const titles = (path: string) => {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return (db.prepare(`SELECT "title" FROM "focus_area" ORDER BY "title"`).all() as { title: string }[]).map((r) => r.title);
  } finally {
    db.close();
  }
};

describe('backup and restore', () => {
  let k: Kompas;
  let dir: string;
  let path: string;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;

  beforeAll(async () => {
    expect(existsSync(join(OPS, 'backup.js'))).toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'kompas-backup-'));
    path = join(dir, 'kompas.sqlite');
    k = await startKompas({ databasePath: path });
    s = await seedSmallPlan(k);
  });
  afterAll(async () => {
    await k?.app.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies the live database while Kompas goes on writing, seals the copy, and says the key is not in it', async () => {
    const acknowledged: string[] = [];
    let writing = true;
    // The backup starts once a few writes are acknowledged, while more keep coming.
    let someWritten: () => void = () => undefined;
    const written = new Promise<void>((done) => (someWritten = done));
    const load = (async () => {
      for (let i = 0; writing; i++) {
        const res = await s.member.post('/api/focus-areas').send({ committeeId: s.committee.id, title: `Under backup ${i}` });
        if (res.status === 201) acknowledged.push(res.body.title as string);
        if (acknowledged.length === 5) someWritten();
      }
    })();
    await written;
    const before = [...acknowledged];
    expect(before.length).toBeGreaterThan(0);
    const file = join(dir, 'backup-1.sqlite');
    const made = await command('backup', file, path);
    writing = false;
    await load;
    expect(made.output).toContain('NOT in the backup');
    expect(made.code).toBe(0);
    expect(existsSync(`${file}.seal`)).toBe(true);
    // Every write acknowledged before the backup started is in it.
    const copied = titles(file);
    for (const title of before) expect(copied).toContain(title);
    const copy = new BetterSqlite3(file, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const head = copy.prepare(`SELECT "seq", "hash" FROM "audit_entry" ORDER BY "seq" DESC LIMIT 1`).get() as {
        seq: number;
        hash: string;
      };
      expect(JSON.parse(readFileSync(`${file}.seal`, 'utf8'))).toMatchObject({ entries: head.seq, hash: head.hash });
    } finally {
      copy.close();
    }
  });

  it('refuses to restore while Kompas holds the database, and a copy that is damaged or does not match its seal', async () => {
    const file = join(dir, 'backup-2.sqlite');
    expect((await command('backup', file, path)).code).toBe(0);
    const held = await command('restore', file, path);
    expect(held.code).toBe(1);
    expect(held.output).toContain(`(process ${process.pid}) holds`);

    await k.app.close();
    // A copy with its last entries cut off no longer matches its seal.
    const cut = join(dir, 'cut.sqlite');
    copyFileSync(file, cut);
    copyFileSync(`${file}.seal`, `${cut}.seal`);
    const db = new BetterSqlite3(cut);
    db.exec(`DROP TRIGGER "audit_entry_no_delete"`);
    db.exec(`DELETE FROM "audit_entry" WHERE "seq" = (SELECT max("seq") FROM "audit_entry")`);
    db.close();
    const files = readdirSync(dir).sort();
    const refused = await command('restore', cut, path);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/seal says/);
    // A file that is not a database at all.
    const junk = join(dir, 'junk.sqlite');
    copyFileSync(`${file}.seal`, junk);
    copyFileSync(`${file}.seal`, `${junk}.seal`);
    expect((await command('restore', junk, path)).code).not.toBe(0);
    // Nothing was touched.
    expect(
      readdirSync(dir)
        .filter((f) => !f.startsWith('junk'))
        .sort(),
    ).toEqual(files.filter((f) => !f.startsWith('junk')));
    k = await startKompas({ databasePath: path });
  });

  it('puts a backup in place, moving the database, its -wal/-shm and its seal aside, and the next start writes a restore entry', async () => {
    const file = join(dir, 'backup-3.sqlite');
    expect((await command('backup', file, path)).code).toBe(0);
    const inBackup = titles(file);
    // Kompas was started again: its clients are new too.
    const member = await k.as('committeeMember', { committees: [s.committee.id] });
    await member.post('/api/focus-areas').send({ committeeId: s.committee.id, title: 'Efter backup' }).expect(201);
    await k.app.close();

    const done = await command('restore', file, path);
    expect(done.code).toBe(0);
    const aside = readdirSync(dir).filter((f) => f.includes('.before-restore-'));
    expect(aside).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^kompas\.sqlite\.before-restore-/),
        expect.stringMatching(/^kompas\.sqlite\.seal\.before-restore-/),
      ]),
    );
    // What was there is kept aside whole: the write after the backup is in it.
    const kept = join(
      dir,
      aside.find((f) => /^kompas\.sqlite\.before-restore-/.test(f))!,
    );
    expect(titles(kept)).toContain('Efter backup');

    k = await startKompas({ databasePath: path });
    expect(titles(path)).toEqual(inBackup);
    const [entry] = (await k.http.get('/api/audit?action=restore&limit=1').expect(200)).body.items as {
      detail: string;
      userName: string;
    }[];
    expect(entry.userName).toBe('Kompas');
    expect(entry.detail).toContain(basename(file));
    const v = (await k.http.get('/api/audit/verify').expect(200)).body as AuditVerification;
    expect(v).toMatchObject({ intact: true, broken: [], drift: [], seal: { matches: true } });
    expect(dirname(kept)).toBe(dir);
  });
});
