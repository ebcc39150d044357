import { AUDIT_GENESIS, AuditEntry, AuditHead, AuditVerification, hashedContent, replayTrail, RowChange } from '@kompas/domain';
import BetterSqlite3 from 'better-sqlite3';
import { createHash, createHmac } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { MIGRATIONS } from '../src/database/migrations';
import { declareTrailMigration } from '../src/database/trail-migration';
import { AuditService } from '../src/modules/audit/audit.service';
import { DatabaseFile, trailOf } from './db-state';
import { Kompas, seedSmallPlan, startKompas, versionOf } from './harness';

type Entry = Record<string, unknown> & { seq: number; hash: string; prevHash: string };

/** Works on the database file directly, as someone with the file would: the trail's triggers dropped first. */
function onFile<T>(path: string, work: (db: BetterSqlite3.Database) => T): T {
  const db = new BetterSqlite3(path);
  try {
    for (const t of ['audit_entry_no_update', 'audit_entry_no_delete', 'audit_ref_no_update', 'audit_ref_no_delete'])
      db.exec(`DROP TRIGGER IF EXISTS "${t}"`);
    return work(db);
  } finally {
    db.close();
  }
}

/** The plain SHA-256 a trail without a key would carry (the hash Kompas wrote before the chain was keyed). */
const plainHash = (row: Entry) =>
  createHash('sha256')
    .update(
      hashedContent({
        seq: row.seq,
        id: row['id'] as string,
        at: row['at'] as string,
        userId: row['userId'] as string | null,
        userName: row['userName'] as string | null,
        action: row['action'] as never,
        entity: row['entity'] as never,
        entityId: row['entityId'] as string | null,
        entityIds: JSON.parse(row['entityIds'] as string) as string[],
        changes: JSON.parse(row['changes'] as string) as RowChange[],
        reason: row['reason'] as string | null,
        detail: row['detail'] as string | null,
        prevHash: row.prevHash,
      }),
    )
    .digest('hex');

/** Rewrites the chain from `from` on with `hash`, each entry linked to the one before: what an attacker without the key can do. */
function rehashFrom(db: BetterSqlite3.Database, from: number, hash: (row: Entry) => string, keyed?: 0 | 1) {
  const rows = db.prepare(`SELECT * FROM "audit_entry" WHERE "seq" >= ? ORDER BY "seq"`).all(from) as Entry[];
  let prev =
    from > 1 ? (db.prepare(`SELECT "hash" FROM "audit_entry" WHERE "seq" = ?`).get(from - 1) as { hash: string }).hash : AUDIT_GENESIS;
  for (const row of rows) {
    row.prevHash = prev;
    if (keyed !== undefined) row['keyed'] = keyed;
    const h = hash(row);
    db.prepare(`UPDATE "audit_entry" SET "prevHash" = ?, "hash" = ?, "keyed" = ? WHERE "seq" = ?`).run(prev, h, row['keyed'], row.seq);
    prev = h;
  }
}

describe('tampering with the database file is found by verify', () => {
  let k: Kompas;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  const verify = async () => (await k.http.get('/api/audit/verify').expect(200)).body as AuditVerification;
  const count = () => onFile(k.databasePath, (db) => (db.prepare(`SELECT count(*) AS "n" FROM "audit_entry"`).get() as { n: number }).n);

  beforeEach(async () => {
    k = await startKompas();
    s = await seedSmallPlan(k);
    let fa = s.focusArea;
    for (const title of ['Et', 'To', 'Tre'])
      fa = (await s.member.patch(`/api/focus-areas/${fa.id}`).set('If-Match', versionOf(fa)).send({ title }).expect(200)).body;
    expect(await verify()).toMatchObject({ intact: true, broken: [], drift: [], unkeyed: 0, seal: { matches: true } });
  });
  afterEach(async () => {
    await k?.app.close().catch(() => undefined);
    rmSync(dirname(k.databasePath), { recursive: true, force: true });
  });

  it('a data row changed, added or removed without an entry shows as drift', async () => {
    onFile(k.databasePath, (db) => {
      db.prepare(`UPDATE "focus_area" SET "title" = 'Skjult ændring' WHERE "id" = ?`).run(s.focusArea.id);
      // The committee member made an administrator behind the trail's back.
      db.prepare(`UPDATE "user" SET "roles" = '["administrator"]' WHERE "id" = ?`).run(s.member.userId);
      db.prepare(
        `INSERT INTO "unit" ("id", "name", "parentId", "example", "version", "createdAt", "updatedAt") VALUES ('11111111-1111-4111-8111-111111111111', 'Skyggeenhed', NULL, 0, 1, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000')`,
      ).run();
    });
    const v = await verify();
    expect(v.intact).toBe(false);
    expect(v.broken).toEqual([]);
    expect(v.drift).toEqual(
      expect.arrayContaining([
        { table: 'focus_area', id: s.focusArea.id, field: 'title', trail: 'Tre', now: 'Skjult ændring' },
        expect.objectContaining({ table: 'user', field: 'roles', now: '["administrator"]' }),
        expect.objectContaining({ table: 'unit', id: '11111111-1111-4111-8111-111111111111', field: '*', trail: null }),
      ]),
    );
    // Nothing else drifted: only what was changed behind Kompas's back.
    expect(v.drift.filter((d) => d.table !== 'user' && d.table !== 'focus_area' && d.table !== 'unit')).toEqual([]);
  });

  it('a row the trail has that is gone shows as drift', async () => {
    const link = (
      await s.manager.post('/api/links').send({ sourceId: s.action.id, targetId: s.focusArea.id, rationale: 'Fordi' }).expect(201)
    ).body as { id: string };
    onFile(k.databasePath, (db) => db.prepare(`DELETE FROM "contribution_link" WHERE "id" = ?`).run(link.id));
    const v = await verify();
    expect(v).toMatchObject({ intact: false, broken: [] });
    expect(v.drift).toEqual([expect.objectContaining({ table: 'contribution_link', id: link.id, field: '*', now: null })]);
  });

  it.each([
    ['plain SHA-256, still marked keyed', (row: Entry) => plainHash(row), undefined],
    ['plain SHA-256, marked as from before the key', (row: Entry) => plainHash(row), 0 as const],
    [
      'an HMAC with another key',
      (row: Entry) => createHmac('sha256', 'not the key, but just as long as the real one').update(JSON.stringify(row)).digest('hex'),
      undefined,
    ],
  ])('an entry rewritten with every later hash recomputed (%s) is found, every entry of it listed', async (_how, hash, keyed) => {
    const entries = count();
    const target = 4;
    onFile(k.databasePath, (db) => {
      db.prepare(`UPDATE "audit_entry" SET "reason" = 'Besluttet på mødet' WHERE "seq" = ?`).run(target);
      rehashFrom(db, target, hash, keyed);
    });
    const v = await verify();
    expect(v.intact).toBe(false);
    expect(v.brokenAt).toBe(target);
    // Every rewritten entry is listed, not only the first; their links fit, as the attacker made them.
    const rewritten = Array.from({ length: entries - target + 1 }, (_, i) => ({ seq: target + i, problem: 'hash' }));
    expect(v.broken).toEqual(rewritten);
  });

  it('the whole trail rewritten as if from before the key is found by its seal', async () => {
    const entries = count();
    onFile(k.databasePath, (db) => {
      db.prepare(`UPDATE "audit_entry" SET "reason" = 'Omskrevet' WHERE "seq" = 2`).run();
      rehashFrom(db, 1, plainHash, 0);
    });
    expect(await verify()).toMatchObject({ intact: false, broken: [], unkeyed: entries, seal: { entries, matches: false } });
  });

  it('the last entries deleted no longer match the seal, and the seal is kept as evidence', async () => {
    const sealPath = `${k.databasePath}.seal`;
    const sealed = JSON.parse(readFileSync(sealPath, 'utf8')) as AuditHead;
    const entries = count();
    expect(sealed).toMatchObject({ entries, hash: expect.stringMatching(/^[0-9a-f]{64}$/), mac: expect.stringMatching(/^[0-9a-f]{64}$/) });
    onFile(k.databasePath, (db) => db.prepare(`DELETE FROM "audit_entry" WHERE "seq" > ?`).run(entries - 3));
    const v = await verify();
    expect(v).toMatchObject({ intact: false, broken: [], seal: { entries, hash: sealed.hash, at: sealed.at, matches: false } });
    // Verify seals on every call, but never over a seal the trail no longer matches.
    expect(JSON.parse(readFileSync(sealPath, 'utf8'))).toEqual(sealed);
    await k.app.get(AuditService).seal();
    expect(JSON.parse(readFileSync(sealPath, 'utf8'))).toEqual(sealed);
  });

  it('a seal rewritten without the key does not match', async () => {
    const sealPath = `${k.databasePath}.seal`;
    const entries = count();
    onFile(k.databasePath, (db) => db.prepare(`DELETE FROM "audit_entry" WHERE "seq" > ?`).run(entries - 2));
    const head = onFile(k.databasePath, (db) =>
      db.prepare(`SELECT "seq", "hash" FROM "audit_entry" ORDER BY "seq" DESC LIMIT 1`).get(),
    ) as {
      seq: number;
      hash: string;
    };
    const forged = {
      entries: head.seq,
      hash: head.hash,
      at: new Date().toISOString(),
      mac: createHash('sha256').update('x').digest('hex'),
    };
    writeFileSync(sealPath, JSON.stringify(forged));
    expect((await verify()).seal).toMatchObject({ entries: head.seq, matches: false });
  });

  it('the head answers the newest entry with a MAC, for directors and administrators', async () => {
    const head = (await k.http.get('/api/audit/head').expect(200)).body as AuditHead;
    const newest = onFile(k.databasePath, (db) =>
      db.prepare(`SELECT "seq", "hash" FROM "audit_entry" ORDER BY "seq" DESC LIMIT 1`).get(),
    ) as {
      seq: number;
      hash: string;
    };
    expect(head).toEqual({ entries: newest.seq, hash: newest.hash, at: expect.any(String), mac: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const viewer = await k.signIn({ roles: ['viewer'] });
    await viewer.get('/api/audit/head').expect(403);
    const director = await k.signIn({ roles: ['director'] });
    await director.get('/api/audit/head').expect(200);
  });

  it('the address an entry was written from is covered by its hash', async () => {
    const [login] = onFile(k.databasePath, (db) =>
      db.prepare(`SELECT "seq", "ip" FROM "audit_entry" WHERE "action" = 'login' AND "ip" IS NOT NULL ORDER BY "seq" LIMIT 1`).all(),
    ) as { seq: number; ip: string }[];
    expect(login.ip).toBeTruthy();
    onFile(k.databasePath, (db) => db.prepare(`UPDATE "audit_entry" SET "ip" = '203.0.113.66' WHERE "seq" = ?`).run(login.seq));
    expect(await verify()).toMatchObject({ intact: false, brokenAt: login.seq, broken: [{ seq: login.seq, problem: 'hash' }] });
  });

  it('index rows deleted cannot hide a node’s history: verify and the next start rebuild them from the entries', async () => {
    const history = async () => (await k.http.get(`/api/audit?entityId=${s.focusArea.id}`).expect(200)).body.total as number;
    const whole = await history();
    expect(whole).toBeGreaterThanOrEqual(4);
    const wipe = () =>
      onFile(k.databasePath, (db) =>
        db
          .prepare(`DELETE FROM "audit_ref" WHERE "entityId" = ? AND "seq" > (SELECT min("seq") FROM "audit_ref" WHERE "entityId" = ?)`)
          .run(s.focusArea.id, s.focusArea.id),
      );
    wipe();
    expect(await history()).toBe(1);
    await verify();
    expect(await history()).toBe(whole);

    wipe();
    const first = k;
    await first.app.close();
    k = await startKompas({ databasePath: first.databasePath });
    expect(await history()).toBe(whole);
    await k.app.close();
    k = first;
    await first.app.close().catch(() => undefined);
  });

  it('index rows of an imported row deleted are rebuilt from the import record at the next start', async () => {
    const demo = await startKompas({ demo: true });
    const path = demo.databasePath;
    try {
      const [imported] = onFile(path, (db) => db.prepare(`SELECT "id" FROM "action" ORDER BY rowid LIMIT 1`).all()) as { id: string }[];
      const history = async (kompas: Kompas) =>
        ((await kompas.http.get(`/api/audit?entityId=${imported.id}`).expect(200)).body.items as { action: string }[]).map((e) => e.action);
      expect(await history(demo)).toEqual(['import']);
      onFile(path, (db) => db.prepare(`DELETE FROM "audit_ref" WHERE "entityId" = ?`).run(imported.id));
      expect(await history(demo)).toEqual([]);
      await demo.app.close();
      const again = await startKompas({ databasePath: path });
      expect(await history(again)).toEqual(['import']);
      await again.app.close();
    } finally {
      rmSync(dirname(path), { recursive: true, force: true });
    }
  });

  it('a lone surrogate in a stored text is stored, and hashed, as U+FFFD, so the trail still verifies', async () => {
    await k.app
      .get(AuditService)
      .record({ action: 'loginFailed', entity: 'session', userName: 'x\udc00', reason: 'y\ud800z', ip: '127.0.0.1' });
    const [row] = onFile(k.databasePath, (db) =>
      db.prepare(`SELECT "userName", "reason" FROM "audit_entry" ORDER BY "seq" DESC LIMIT 1`).all(),
    ) as {
      userName: string;
      reason: string;
    }[];
    expect(row).toEqual({ userName: 'x\ufffd', reason: 'y\ufffdz' });
    expect(await verify()).toMatchObject({ intact: true, broken: [] });
  });
});

describe('the trail’s key', () => {
  it('is created beside an empty database, owner-only, and used again at the next start', async () => {
    let k = await startKompas({ config: { auditKey: null } });
    const path = k.databasePath;
    try {
      expect(statSync(`${path}.key`).mode & 0o777).toBe(0o600);
      await seedSmallPlan(k);
      await k.app.close();
      k = await startKompas({ databasePath: path, config: { auditKey: null } });
      expect((await k.http.get('/api/audit/verify').expect(200)).body).toMatchObject({ intact: true, broken: [] });
    } finally {
      await k.app.close();
      rmSync(dirname(path), { recursive: true, force: true });
    }
  });

  it('is never created for a trail that has entries: Kompas stops and names AUDIT_KEY', async () => {
    const k = await startKompas();
    const path = k.databasePath;
    await seedSmallPlan(k);
    await k.app.close();
    expect(existsSync(`${path}.key`)).toBe(false);
    await expect(startKompas({ databasePath: path, config: { auditKey: null } })).rejects.toThrow(/AUDIT_KEY/);
    expect(existsSync(`${path}.key`)).toBe(false);
    // With the key it starts again.
    const again = await startKompas({ databasePath: path });
    await again.app.close();
    rmSync(dirname(path), { recursive: true, force: true });
  });

  it('keeps the SHA-256 of entries from before the key, starts the keyed chain with a rekey entry, and finds a rewrite of the old part', async () => {
    let k = await startKompas();
    const path = k.databasePath;
    await seedSmallPlan(k);
    await k.app.close();
    // A database from before the key: every entry a plain SHA-256, and no seal.
    const before = onFile(path, (db) => {
      rehashFrom(db, 1, plainHash, 0);
      return (db.prepare(`SELECT count(*) AS "n" FROM "audit_entry"`).get() as { n: number }).n;
    });
    unlinkSync(`${path}.seal`);
    k = await startKompas({ databasePath: path });
    try {
      const file = new DatabaseFile(path);
      const rekey = file.query<{ seq: number; action: string; keyed: number }>(
        `SELECT "seq", "action", "keyed" FROM "audit_entry" WHERE "seq" = ?`,
        before + 1,
      );
      file.close();
      expect(rekey).toEqual([{ seq: before + 1, action: 'rekey', keyed: 1 }]);
      expect((await k.http.get('/api/audit/verify').expect(200)).body).toMatchObject({ intact: true, broken: [], unkeyed: before });

      // Without the key, an edit of the old part can be rehashed only up to the keyed chain, whose first link then breaks.
      onFile(path, (db) => {
        db.prepare(`UPDATE "audit_entry" SET "userName" = 'Nogen Andre' WHERE "seq" = 2`).run();
        const rows = db.prepare(`SELECT * FROM "audit_entry" WHERE "seq" >= 2 AND "keyed" = 0 ORDER BY "seq"`).all() as Entry[];
        let prev = (db.prepare(`SELECT "hash" FROM "audit_entry" WHERE "seq" = 1`).get() as { hash: string }).hash;
        for (const row of rows) {
          row.prevHash = prev;
          prev = plainHash(row);
          db.prepare(`UPDATE "audit_entry" SET "prevHash" = ?, "hash" = ? WHERE "seq" = ?`).run(row.prevHash, prev, row.seq);
        }
      });
      expect((await k.http.get('/api/audit/verify').expect(200)).body).toMatchObject({
        intact: false,
        brokenAt: before + 1,
        broken: [{ seq: before + 1, problem: 'link' }],
      });
    } finally {
      await k.app.close();
      rmSync(dirname(path), { recursive: true, force: true });
    }
  });
});

/** An upgrade as a later version of Kompas would ship it: a new column on actions, and a changed value on every plan. */
class Colours1799999999999 implements MigrationInterface {
  name = 'Colours1799999999999';
  trail = [
    { table: 'action', column: 'colour', value: 'blå' },
    { table: 'plan', column: 'organisation', value: 'Nye Testrup Kommune' },
  ];
  constructor(private readonly declares = true) {}
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "action" ADD COLUMN "colour" varchar(16) NOT NULL DEFAULT ('blå')`);
    await q.query(`UPDATE "plan" SET "organisation" = 'Nye Testrup Kommune'`);
    if (this.declares) await declareTrailMigration(q, this);
  }
  async down(): Promise<void> {}
}

describe('an upgrade that changes stored values', () => {
  /** Starts Kompas on the database with one more migration, as the next version would; TypeORM runs it. */
  async function upgraded(path: string, migration: new () => MigrationInterface) {
    MIGRATIONS.push(migration as never);
    try {
      return await startKompas({ databasePath: path });
    } finally {
      MIGRATIONS.splice(MIGRATIONS.indexOf(migration as never), 1);
    }
  }

  it('writes one migrate entry at the next start, which verify and a replay of the trail apply', async () => {
    let k = await startKompas();
    const path = k.databasePath;
    const s = await seedSmallPlan(k);
    await k.app.close();
    k = await upgraded(path, Colours1799999999999);
    try {
      expect((await k.http.get('/api/audit/verify').expect(200)).body).toMatchObject({ intact: true, broken: [], drift: [] });
      const file = new DatabaseFile(path);
      const migrations = file.query<{ detail: string }>(`SELECT "detail" FROM "audit_entry" WHERE "action" = 'migrate'`);
      expect(migrations.map((m) => m.detail)).toEqual(['Colours1799999999999']);
      const rows = replayTrail(trailOf(file));
      expect(rows.get(`action/${s.action.id}`)).toMatchObject({ colour: 'blå' });
      expect(rows.get(`plan/${s.plan.id}`)).toMatchObject({ organisation: 'Nye Testrup Kommune' });
      file.close();
      // Once only.
      await k.app.close();
      k = await upgraded(path, Colours1799999999999);
      const again = new DatabaseFile(path);
      expect(again.query(`SELECT 1 FROM "audit_entry" WHERE "action" = 'migrate'`).length).toBe(1);
      again.close();
      // Rows written after the upgrade carry the new column in their own entries.
      // Kompas was started again: a manager of the unit signs in to it.
      const manager = await k.as('manager', { units: [s.unit.id] });
      await manager.withCurrentVersion().patch(`/api/actions/${s.action.id}`).send({ title: 'Efter opgraderingen' }).expect(200);
      expect((await k.http.get('/api/audit/verify').expect(200)).body).toMatchObject({ intact: true, drift: [] });
    } finally {
      await k.app.close();
      rmSync(dirname(path), { recursive: true, force: true });
    }
  });

  it('shows as drift when the upgrade did not declare what it changed, and a declaration slipped in by hand writes nothing', async () => {
    let k = await startKompas();
    const path = k.databasePath;
    const s = await seedSmallPlan(k);
    await k.app.close();
    class Undeclared1799999999999 extends Colours1799999999999 {
      constructor() {
        super(false);
      }
    }
    k = await upgraded(path, Undeclared1799999999999);
    try {
      const expected = [{ table: 'plan', id: s.plan.id, field: 'organisation', trail: 'Testrup Kommune', now: 'Nye Testrup Kommune' }];
      const v = (await k.http.get('/api/audit/verify').expect(200)).body as AuditVerification;
      expect(v.intact).toBe(false);
      expect(v.drift).toEqual(expected);
      await k.app.close();
      // Someone with the file writes a declaration for a migration this version does not have.
      onFile(path, (db) =>
        db.prepare(`INSERT INTO "audit_pending_migration" ("name", "spec") VALUES (?, ?)`).run(
          'Cover1799999999999',
          JSON.stringify({
            name: 'Cover1799999999999',
            columns: [{ table: 'plan', column: 'organisation', value: 'Nye Testrup Kommune' }],
          }),
        ),
      );
      k = await startKompas({ databasePath: path });
      expect(((await k.http.get('/api/audit/verify').expect(200)).body as AuditVerification).drift).toEqual(expected);
    } finally {
      await k.app.close();
      rmSync(dirname(path), { recursive: true, force: true });
    }
  });
});

describe('a change that changes nothing', () => {
  let k: Kompas;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  let file: DatabaseFile;
  beforeAll(async () => {
    k = await startKompas();
    s = await seedSmallPlan(k);
    file = new DatabaseFile(k.databasePath);
  });
  afterAll(async () => {
    file?.close();
    await k?.close();
  });

  it.each([
    ['plans', () => s.plan.id, (b: Record<string, unknown>) => ({ title: b['title'] })],
    ['aiming-points', () => s.aimingPoint.id, (b: Record<string, unknown>) => ({ title: b['title'] })],
    ['committees', () => s.committee.id, (b: Record<string, unknown>) => ({ name: b['name'] })],
    ['units', () => s.unit.id, (b: Record<string, unknown>) => ({ name: b['name'] })],
    ['focus-areas', () => s.focusArea.id, (b: Record<string, unknown>) => ({ title: b['title'], status: b['status'] })],
    ['actions', () => s.action.id, (b: Record<string, unknown>) => ({ title: b['title'] })],
    ['focus-areas', () => s.focusArea.id, () => ({})],
  ])(
    'PATCH /api/%s/{id} with what is already stored writes no version and no entry, and answers the row as it is',
    async (route, id, body) => {
      const url = `/api/${route}/${id()}`;
      const owner = route === 'focus-areas' ? s.member : route === 'actions' ? s.manager : k.http;
      const read = await owner.get(url).expect(200);
      const entries = file.count('audit_entry');
      const res = await owner
        .patch(`${url}?reason=${encodeURIComponent('Intet nyt')}`)
        .set('If-Match', read.headers['etag'] as string)
        .send(body(read.body))
        .expect(200);
      expect(res.body).toEqual(read.body);
      expect(res.headers['etag']).toBe(read.headers['etag']);
      const after = await k.http.get(url).expect(200);
      expect(after.body).toEqual(read.body);
      expect(after.headers['etag']).toBe(read.headers['etag']);
      expect(file.count('audit_entry')).toBe(entries);
      // A real change still writes its version and entry.
      const field = 'title' in read.body ? 'title' : 'name';
      // The version read before the change that changed nothing is still the current one.
      const changed = await owner
        .patch(url)
        .set('If-Match', read.headers['etag'] as string)
        .send({ [field]: `${read.body[field]} II` })
        .expect(200);
      expect(changed.body.version).toBe(read.body.version + 1);
      expect(file.count('audit_entry')).toBe(entries + 1);
    },
  );

  it('a user PATCH with the same name writes nothing', async () => {
    const user = (
      await k.http
        .post('/api/users')
        .send({ username: 'uforandret', name: 'Uforandret', password: 'et langt og godt kodeord', roles: ['viewer'] })
        .expect(201)
    ).body as { id: string; name: string; version: number };
    const read = await k.http.get(`/api/users/${user.id}`).expect(200);
    const entries = file.count('audit_entry');
    const res = await k.http
      .patch(`/api/users/${user.id}`)
      .set('If-Match', read.headers['etag'] as string)
      .send({ name: 'Uforandret', roles: ['viewer'] })
      .expect(200);
    expect(res.body).toEqual(read.body);
    expect(file.count('audit_entry')).toBe(entries);
  });
});

describe('list answers stay bounded', () => {
  it('a node’s history carries at most 25 of an entry’s row changes, those about the node first, and the total', async () => {
    const k = await startKompas();
    try {
      const doc = JSON.parse(readFileSync(join(__dirname, 'fixtures/every-field.plan.json'), 'utf8')) as {
        plan: Record<string, unknown>;
        actions: Record<string, unknown>[];
      };
      // A plan in draft, so that it may be deleted.
      doc.plan['status'] = 'draft';
      const template = doc.actions[0];
      for (let i = 0; i < 800; i++)
        doc.actions.push({ ...template, id: `bulk-${i}`, title: `Handling nummer ${i}`, description: 'x'.repeat(300) });
      const plan = (await k.http.post('/api/plans/import').send(doc).expect(201)).body as { id: string };
      const actions = (await k.http.get(`/api/plans/${plan.id}/actions`).expect(200)).body as { id: string }[];
      const last = actions[actions.length - 1];
      await k.http.withCurrentVersion().delete(`/api/plans/${plan.id}`).expect(204);
      const history = (await k.http.get(`/api/audit?entityId=${last.id}`).expect(200)).body as { items: AuditEntry[] };
      const [deletion, imported] = history.items;
      expect(deletion.action).toBe('delete');
      expect(deletion.changesTotal).toBeGreaterThan(800);
      expect(deletion.changes).toHaveLength(25);
      expect(deletion.changes[0].id).toBe(last.id);
      // The import's entry carries its record's summary, not its rows.
      expect(imported).toMatchObject({ action: 'import', changes: [], changesTotal: 0 });
      expect(imported.record!.rows).toBeGreaterThan(800);
      const page = (await k.http.get('/api/audit?limit=500').expect(200)).body as { items: AuditEntry[] };
      expect(Math.max(...page.items.map((e) => e.changes.length))).toBeLessThanOrEqual(25);
    } finally {
      await k.close();
    }
  });
});
