import { syntheticPlan } from './synthetic-plan';
import { Database } from '../src/database/database';
import { Kompas, seedSmallPlan, startKompas } from './harness';

describe('overlapping writes on SQLite', () => {
  let k: Kompas;
  let db: Database;
  beforeAll(async () => {
    k = await startKompas();
    db = k.app.get(Database);
    await k.dataSource.query('CREATE TABLE "probe" ("name" text NOT NULL)');
  });
  afterAll(() => k.close());

  it('runs two overlapping write transactions one after the other, and both succeed', async () => {
    const order: string[] = [];
    // The first write goes on only once the second has been asked for, so the second is waiting while the first is open.
    let bothAsked: () => void = () => undefined;
    const asked = new Promise<void>((done) => (bothAsked = done));
    const write = (name: string) =>
      db.write(async (em) => {
        order.push(`${name}:start`);
        await em.query('INSERT INTO "probe" VALUES (?)', [`${name}-1`]);
        await asked;
        await em.query('INSERT INTO "probe" VALUES (?)', [`${name}-2`]);
        order.push(`${name}:end`);
        return name;
      });
    const both = Promise.all([write('a'), write('b')]);
    bothAsked();
    await expect(both).resolves.toEqual(['a', 'b']);
    expect(order).toEqual(['a:start', 'a:end', 'b:start', 'b:end']);
    const rows = await k.dataSource.query('SELECT "name" FROM "probe" ORDER BY rowid');
    expect(rows.map((r: { name: string }) => r.name)).toEqual(['a-1', 'a-2', 'b-1', 'b-2']);
  });

  it('rolls back a failed write without touching the one overlapping it', async () => {
    await k.dataSource.query('DELETE FROM "probe"');
    let bothAsked: () => void = () => undefined;
    const asked = new Promise<void>((done) => (bothAsked = done));
    const failing = db.write(async (em) => {
      await em.query('INSERT INTO "probe" VALUES (?)', ['lost']);
      await asked; // the other write is waiting now
      throw new Error('refused half-way');
    });
    const fine = db.write(async (em) => {
      await em.query('INSERT INTO "probe" VALUES (?)', ['kept']);
      return 'ok';
    });
    bothAsked();
    await expect(failing).rejects.toThrow('refused half-way');
    await expect(fine).resolves.toBe('ok');
    const rows = await k.dataSource.query('SELECT "name" FROM "probe"');
    expect(rows).toEqual([{ name: 'kept' }]);
  });

  it('keeps priorities gap-free when many focus areas are created and moved at once over HTTP', async () => {
    const s = await seedSmallPlan(k);
    const created = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        s.member.post('/api/focus-areas').send({ committeeId: s.committee.id, title: `Fokus ${i}`, rank: 1 }),
      ),
    );
    expect(created.map((r) => r.status)).toEqual(created.map(() => 201));
    // Each move renumbers the others, so a move that read its version before another landed is refused (412), never half-done.
    const graph = (await k.http.get(`/api/plans/${s.plan.id}/focus-areas?committeeId=${s.committee.id}`)).body as {
      id: string;
      version: number;
    }[];
    const versionOf = new Map(graph.map((f) => [f.id, f.version]));
    const moves = await Promise.all(
      created.slice(0, 10).map((r, i) =>
        s.member
          .patch(`/api/focus-areas/${r.body.id}`)
          .set('If-Match', `"${versionOf.get(r.body.id)}"`)
          .send({ rank: (i % 5) + 1 }),
      ),
    );
    const statuses = moves.map((r) => r.status);
    expect(statuses.filter((x) => x !== 200 && x !== 412)).toEqual([]);
    expect(statuses.filter((x) => x === 200).length).toBeGreaterThanOrEqual(1);
    const list = (await k.http.get(`/api/plans/${s.plan.id}/focus-areas?committeeId=${s.committee.id}`)).body as { rank: number }[];
    expect(list.map((f) => f.rank)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
  });

  it('answers reads that overlap writes with complete data only', async () => {
    const s = await seedSmallPlan(k);
    const writes = Array.from({ length: 20 }, (_, i) =>
      s.manager.post('/api/actions').send({ planId: s.plan.id, unitId: s.unit.id, title: `Handling ${i}` }),
    );
    const reads = Array.from({ length: 20 }, () => k.http.get(`/api/plans/${s.plan.id}/graph`));
    const results = await Promise.all([...writes, ...reads]);
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    expect(results.slice(0, 20).every((r) => r.status === 201)).toBe(true);
    const graph = (await k.http.get(`/api/plans/${s.plan.id}/graph`)).body;
    expect(graph.nodes.filter((n: { kind: string }) => n.kind === 'action')).toHaveLength(21);
  });

  it('answers reads while a long write holds the write queue, without showing its uncommitted rows', async () => {
    const s = await seedSmallPlan(k);
    // A viewer, who only reads.
    const viewer = await k.signIn({ roles: ['viewer'] });
    const actionsIn = async () =>
      ((await viewer.get(`/api/plans/${s.plan.id}/graph`).expect(200)).body.nodes as { kind: string; title: string }[])
        .filter((n) => n.kind === 'action')
        .map((n) => n.title);
    const before = await actionsIn();
    let release: () => void = () => undefined;
    let inserted: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    const insertedYet = new Promise<void>((done) => (inserted = done));
    const write = db.write(async (em) => {
      await em.query(
        `INSERT INTO "action" ("id", "planId", "title", "description", "unitId", "status", "example", "createdAt", "updatedAt")
         VALUES (lower(hex(randomblob(16))), ?, 'Midt i en skrivning', '', ?, 'planned', 0, datetime('now'), datetime('now'))`,
        [s.plan.id, s.unit.id],
      );
      inserted();
      await held; // a write still in progress, like an import between two batches
    });
    await insertedYet;
    // Every one of these answers before the write ends; the write's row is not seen yet.
    await k.anon.get('/api/health').expect(200);
    expect(await actionsIn()).toEqual(before);
    await viewer.get(`/api/plans/${s.plan.id}`).expect(200);
    release();
    await write;
    // Once the write has committed, the next read sees it.
    expect(await actionsIn()).toEqual([...before, 'Midt i en skrivning']);
  });
});

describe('an in-memory database', () => {
  it('serves reads and writes, an import too, on its one connection', async () => {
    const k = await startKompas({ databasePath: ':memory:' });
    try {
      const plan = (await k.http.post('/api/plans/import').send(syntheticPlan(20)).expect(201)).body as { id: string };
      const graph = (await k.http.get(`/api/plans/${plan.id}/graph`).expect(200)).body as { nodes: { kind: string }[] };
      expect(graph.nodes.filter((n) => n.kind === 'action')).toHaveLength(20);
      await k.anon.get('/api/health').expect(200);
    } finally {
      await k.close();
    }
  });
});
