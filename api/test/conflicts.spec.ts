import { Column, DataSource, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { FocusArea } from '../src/modules/focus-areas/focus-area.entity';
import { DatabaseFile } from './db-state';
import { Client, expectError, Kompas, seedSmallPlan, startKompas, TEST_PASSWORD } from './harness';

type Row = { id: string; version: number; title?: string; name?: string; rationale?: string };

/** Every kind a user edits, with a change that is valid on its own and the table it is stored in. */
type Editable = { kind: string; url: string; table: string; change: (who: string) => Record<string, unknown>; deletable: boolean };

describe('conflict-safe edits', () => {
  let k: Kompas;
  let file: DatabaseFile;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  let editables: Editable[];
  let anna: Client & { userId: string };
  let bo: Client & { userId: string };

  const stored = (table: string, id: string) => file.query<Record<string, unknown>>(`SELECT * FROM "${table}" WHERE "id" = ?`, id)[0];
  const entries = () => file.count('audit_entry');
  const read = async (client: Client, url: string) => {
    const res = await client.get(url).expect(200);
    return { etag: res.headers['etag'] as string, body: res.body as Row };
  };

  beforeAll(async () => {
    k = await startKompas();
    file = new DatabaseFile(k.databasePath);
    s = await seedSmallPlan(k);
    const indicator = (
      await s.member
        .post('/api/indicators')
        .send({ focusAreaId: s.focusArea.id, title: 'Trivselsmåling', type: 'qualitative', evidenceKind: 'dialogue', cadence: 'yearly' })
        .expect(201)
    ).body;
    const link = (await s.manager.post('/api/links').send({ sourceId: s.action.id, targetId: s.focusArea.id }).expect(201)).body;
    const scopes = { committeeIds: [s.committee.id], unitIds: [s.unit.id] };
    // Two people who may change everything, each with a name the other's conflict will show.
    anna = await k.signIn({ roles: ['administrator', 'committeeMember', 'manager'], ...scopes, name: 'Anna Andersen' });
    bo = await k.signIn({ roles: ['administrator', 'committeeMember', 'manager'], ...scopes, name: 'Bo Berg' });
    const someone = await k.signIn({ roles: ['viewer'], name: 'Carl Clausen' });
    editables = [
      {
        kind: 'plan',
        url: `/api/plans/${s.plan.id}`,
        table: 'plan',
        change: (who) => ({ title: `Planen ifølge ${who}` }),
        deletable: true,
      },
      {
        kind: 'aiming point',
        url: `/api/aiming-points/${s.aimingPoint.id}`,
        table: 'aiming_point',
        change: (who) => ({ title: `Sigtepunkt ifølge ${who}` }),
        deletable: true,
      },
      {
        kind: 'committee',
        url: `/api/committees/${s.committee.id}`,
        table: 'committee',
        change: (who) => ({ name: `Udvalg ifølge ${who}` }),
        deletable: true,
      },
      { kind: 'unit', url: `/api/units/${s.unit.id}`, table: 'unit', change: (who) => ({ name: `Enhed ifølge ${who}` }), deletable: true },
      {
        kind: 'focus area',
        url: `/api/focus-areas/${s.focusArea.id}`,
        table: 'focus_area',
        change: (who) => ({ title: `Fokus ifølge ${who}`, description: `Skrevet af ${who}` }),
        deletable: true,
      },
      {
        kind: 'action',
        url: `/api/actions/${s.action.id}`,
        table: 'action',
        change: (who) => ({ title: `Handling ifølge ${who}`, responsiblePerson: who }),
        deletable: true,
      },
      {
        kind: 'indicator',
        url: `/api/indicators/${indicator.id}`,
        table: 'indicator',
        change: (who) => ({ title: `Indikator ifølge ${who}` }),
        deletable: true,
      },
      {
        kind: 'link',
        url: `/api/links/${link.id}`,
        table: 'contribution_link',
        change: (who) => ({ rationale: `Fordi ${who} siger det`, strength: who === 'Anna' ? 1 : 3 }),
        deletable: true,
      },
      {
        kind: 'user',
        url: `/api/users/${someone.userId}`,
        table: 'user',
        change: (who) => ({ name: `Carl, ifølge ${who}` }),
        deletable: false,
      },
    ];
  });
  afterAll(async () => {
    file?.close();
    await k?.close();
  });

  it('refuses a write based on an old version with 412, the current row and who changed it last, and stores nothing of it', async () => {
    const url = `/api/focus-areas/${s.focusArea.id}`;
    // Anna opens the focus area …
    const annaRead = await read(anna, url);
    expect(annaRead.etag).toBe(`"${annaRead.body.version}"`);
    // … Bo changes it meanwhile, and says why …
    const boRead = await read(bo, url);
    const boWrite = await bo
      .patch(url)
      .set('If-Match', boRead.etag)
      .send({ title: 'Trivsel og fællesskab i skolen', reason: 'Udvalgets møde 3. marts' })
      .expect(200);
    expect(boWrite.body.version).toBe(annaRead.body.version + 1);
    expect(boWrite.headers['etag']).toBe(`"${boWrite.body.version}"`);
    const rowAfterBo = stored('focus_area', s.focusArea.id);
    const entriesAfterBo = entries();

    // … then Anna saves what she had open.
    const stale = await anna.patch(url).set('If-Match', annaRead.etag).send({ title: 'Annas titel', description: 'Annas beskrivelse' });
    expectError(stale, 412, 'version_conflict', ['If-Match']);
    const now = await read(anna, url);
    expect(stale.body.current).toEqual(now.body);
    expect(stale.body.current).toEqual(boWrite.body);
    expect(stale.body.current.title).toBe('Trivsel og fællesskab i skolen');
    expect(stale.body.lastChange).toEqual({
      at: expect.any(String),
      userName: 'Bo Berg',
      action: 'update',
      reason: 'Udvalgets møde 3. marts',
    });
    expect(stored('focus_area', s.focusArea.id)).toEqual(rowAfterBo);
    expect(entries()).toBe(entriesAfterBo);

    // With the version she was shown, her change goes through.
    const retry = await anna.patch(url).set('If-Match', now.etag).send({ title: 'Annas titel' }).expect(200);
    expect(retry.body).toMatchObject({ title: 'Annas titel', description: boWrite.body.description, version: now.body.version + 1 });
  });

  it('asks for If-Match (428) on every PATCH and DELETE route, when it is missing or unreadable, and changes nothing', async () => {
    const doc = (await k.http.get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths)
      .flatMap(([path, ops]) =>
        Object.keys(ops)
          .filter((m) => m === 'patch' || m === 'delete')
          .map((method) => ({ method: method as 'patch' | 'delete', path })),
      )
      // A scenario is one person's private draft, not a shared row: nobody else can change it, so it has no version.
      .filter((r) => !r.path.startsWith('/api/scenarios/'));
    expect(routes.filter((r) => r.method === 'patch').length).toBeGreaterThanOrEqual(9);
    expect(routes.filter((r) => r.method === 'delete').length).toBeGreaterThanOrEqual(8);
    const byResource = new Map(editables.map((e) => [e.url.split('/')[2], e]));
    // A session of its own, used without the test clients' help, so that no If-Match is added on the way.
    await k.http
      .post('/api/users')
      .send({
        username: 'dora',
        name: 'Dora Dahl',
        password: TEST_PASSWORD,
        roles: ['administrator', 'committeeMember', 'manager'],
        committeeIds: [s.committee.id],
        unitIds: [s.unit.id],
      })
      .expect(201);
    const login = await k.anon.post('/api/auth/login').send({ username: 'dora', password: TEST_PASSWORD }).expect(200);
    const cookie = (login.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    const before = file.checksums();
    const entriesBefore = entries();
    let refused = 0;
    for (const { method, path } of routes) {
      const editable = byResource.get(path.split('/')[2]);
      if (!editable) throw new Error(`No row to send ${method} ${path} to`);
      for (const ifMatch of [undefined, '', 'abc', '*', '"1", "2"', 'W/"x"', '"-1"', '"1.5"', '"99999999999"']) {
        const req = k.anon[method](editable.url).set('Cookie', cookie);
        if (ifMatch !== undefined) req.set('If-Match', ifMatch);
        const res = method === 'patch' ? await req.send(editable.change('Anna')) : await req;
        const label = `${method} ${path} If-Match ${JSON.stringify(ifMatch)}`;
        expect({ label, status: res.status, code: res.body.code }).toEqual({ label, status: 428, code: 'precondition_required' });
        expectError(res, 428, 'precondition_required', ['If-Match']);
        refused++;
      }
    }
    expect(refused).toBeGreaterThanOrEqual(17 * 9);
    expect(file.checksums()).toEqual(before);
    expect(entries()).toBe(entriesBefore);
  });

  it('refuses a stale write whose body is otherwise valid, for every editable kind, and a stale delete too', async () => {
    for (const e of editables) {
      const annaRead = await read(anna, e.url);
      const boRead = await read(bo, e.url);
      const boWrite = await bo.patch(e.url).set('If-Match', boRead.etag).send(e.change('Bo'));
      expect({ kind: e.kind, status: boWrite.status }).toEqual({ kind: e.kind, status: 200 });
      const row = stored(e.table, boRead.body.id);
      const count = entries();

      const stale = await anna.patch(e.url).set('If-Match', annaRead.etag).send(e.change('Anna'));
      expect({ kind: e.kind, status: stale.status }).toEqual({ kind: e.kind, status: 412 });
      expectError(stale, 412, 'version_conflict', ['If-Match']);
      expect(stale.body.current).toEqual((await read(anna, e.url)).body);
      expect(stale.body.current.version).toBe(annaRead.body.version + 1);
      expect(stale.body.lastChange.userName).toBe('Bo Berg');
      expect(stored(e.table, boRead.body.id)).toEqual(row);
      if (e.deletable) {
        expectError(await anna.delete(e.url).set('If-Match', annaRead.etag), 412, 'version_conflict');
        expect(stored(e.table, boRead.body.id)).toEqual(row);
      }
      expect(entries()).toBe(count);
      // The very same body with the current version is accepted: only the version was wrong.
      await anna
        .patch(e.url)
        .set('If-Match', boWrite.headers['etag'] as string)
        .send(e.change('Anna'))
        .expect(200);
    }
  });

  it('shows that a stale save goes through at the ORM level, while the API refuses the same stale write', async () => {
    const url = `/api/focus-areas/${s.focusArea.id}`;
    const repository = k.dataSource.getRepository(FocusArea);
    const staleEntity = await repository.findOneByOrFail({ id: s.focusArea.id });
    const annaRead = await read(anna, url);
    expect(staleEntity.version).toBe(annaRead.body.version);

    const boWrite = await bo.patch(url).set('If-Match', annaRead.etag).send({ title: 'Bos titel' }).expect(200);
    // Through the API, Anna's stale write is refused …
    expectError(await anna.patch(url).set('If-Match', annaRead.etag).send({ title: 'Annas titel' }), 412, 'version_conflict');
    expect(stored('focus_area', s.focusArea.id)).toMatchObject({ title: 'Bos titel', version: boWrite.body.version });

    // … while the ORM saves the same stale entity without a word, and Bo's change is lost.
    staleEntity.title = 'Annas titel';
    await expect(repository.save(staleEntity)).resolves.toBeDefined();
    // It even puts back the version Anna read, so the next reader cannot tell that anything was lost.
    expect(stored('focus_area', s.focusArea.id)).toMatchObject({ title: 'Annas titel', version: annaRead.body.version });
  });

  it("shows that TypeORM's own @VersionColumn does not refuse a stale save either", async () => {
    @Entity('note')
    class Note {
      @PrimaryColumn({ type: 'varchar' }) id!: string;
      @Column({ type: 'varchar' }) text!: string;
      @VersionColumn() version!: number;
    }
    // A table of its own in memory, made by hand: Kompas's schema only ever comes from its migrations.
    const orm = new DataSource({ type: 'better-sqlite3', database: ':memory:', entities: [Note] });
    await orm.initialize();
    try {
      await orm.query(`CREATE TABLE "note" ("id" varchar PRIMARY KEY NOT NULL, "text" varchar NOT NULL, "version" integer NOT NULL)`);
      const notes = orm.getRepository(Note);
      await notes.save(notes.create({ id: 'n', text: 'først' }));
      const stale = await notes.findOneByOrFail({ id: 'n' });
      const fresh = await notes.findOneByOrFail({ id: 'n' });
      fresh.text = 'Bos tekst';
      await notes.save(fresh);
      expect((await notes.findOneByOrFail({ id: 'n' })).version).toBe(stale.version + 1);
      stale.text = 'Annas tekst';
      await expect(notes.save(stale)).resolves.toBeDefined();
      expect(await notes.findOneByOrFail({ id: 'n' })).toMatchObject({ text: 'Annas tekst' });
    } finally {
      await orm.destroy();
    }
  });

  it('lets exactly one of two overlapping updates with the same version through, for 40 pairs sent at once', async () => {
    const focusAreas: Row[] = [];
    const actions: Row[] = [];
    for (let i = 0; i < 20; i++) {
      focusAreas.push(
        (
          await s.member
            .post('/api/focus-areas')
            .send({ committeeId: s.committee.id, title: `Fokus ${i}` })
            .expect(201)
        ).body,
      );
      actions.push(
        (
          await s.manager
            .post('/api/actions')
            .send({ planId: s.plan.id, unitId: s.unit.id, title: `Handling ${i}` })
            .expect(201)
        ).body,
      );
    }
    const rows = [
      ...focusAreas.map((r) => ({ url: `/api/focus-areas/${r.id}`, r })),
      ...actions.map((r) => ({ url: `/api/actions/${r.id}`, r })),
    ];
    const versions = await Promise.all(rows.map(async ({ url }) => (await read(anna, url)).body.version));
    const count = entries();

    const sent = rows.flatMap(({ url }, i) => [
      anna
        .patch(url)
        .set('If-Match', `"${versions[i]}"`)
        .send({ title: `Anna ${i}` }),
      bo
        .patch(url)
        .set('If-Match', `"${versions[i]}"`)
        .send({ title: `Bo ${i}` }),
    ]);
    const answers = await Promise.all(sent);
    expect(answers.filter((r) => r.status >= 500)).toEqual([]);

    for (const [i, { url }] of rows.entries()) {
      const pair = [answers[2 * i], answers[2 * i + 1]];
      expect(pair.map((r) => r.status).sort()).toEqual([200, 412]);
      const winner = pair.find((r) => r.status === 200)!;
      const loser = pair.find((r) => r.status === 412)!;
      expect(loser.body.code).toBe('version_conflict');
      expect(loser.body.current).toEqual(winner.body);
      expect(loser.body.lastChange.userName).toBe(winner.body.title.startsWith('Anna') ? 'Anna Andersen' : 'Bo Berg');
      const now = (await read(anna, url)).body;
      expect(now.version).toBe(versions[i] + 1);
      expect(now.title).toBe(winner.body.title);
    }
    expect(entries()).toBe(count + rows.length);
  });

  it('moves one row on by exactly one version per pair, over 40 rounds of overlapping pairs', async () => {
    const url = `/api/actions/${s.action.id}`;
    const start = (await read(anna, url)).body.version;
    const count = entries();
    for (let round = 0; round < 40; round++) {
      const version = `"${start + round}"`;
      const pair = await Promise.all([
        anna
          .patch(url)
          .set('If-Match', version)
          .send({ description: `Anna, runde ${round}` }),
        bo
          .patch(url)
          .set('If-Match', version)
          .send({ description: `Bo, runde ${round}` }),
      ]);
      expect({ round, statuses: pair.map((r) => r.status).sort() }).toEqual({ round, statuses: [200, 412] });
    }
    expect((await read(anna, url)).body.version).toBe(start + 40);
    expect(entries()).toBe(count + 40);
  });

  it('answers a reorder with the new version of every focus area it renumbered, and leaves the others alone', async () => {
    const committee = (await k.http.post('/api/committees').send({ planId: s.plan.id, name: 'Udvalget for Rækkefølge' }).expect(201)).body;
    const member = await k.as('committeeMember', { committees: [committee.id] });
    const made: Row[] = [];
    for (const title of ['A', 'B', 'C', 'D']) {
      made.push((await member.post('/api/focus-areas').send({ committeeId: committee.id, title }).expect(201)).body);
    }
    const before = new Map<string, number>();
    for (const f of made) before.set(f.id, (await read(k.http, `/api/focus-areas/${f.id}`)).body.version);
    const [a, b, c, d] = made.map((f) => f.id);

    const res = await member
      .put(`/api/committees/${committee.id}/focus-area-order`)
      .send({ focusAreaIds: [a, c, b, d] })
      .expect(200);
    const answered = res.body as (Row & { rank: number })[];
    expect(answered.map((f) => [f.id, f.rank])).toEqual([
      [a, 1],
      [c, 2],
      [b, 3],
      [d, 4],
    ]);
    const moved = new Set([b, c]);
    for (const f of answered) {
      expect({ id: f.id, version: f.version }).toEqual({ id: f.id, version: before.get(f.id)! + (moved.has(f.id) ? 1 : 0) });
      const now = await read(k.http, `/api/focus-areas/${f.id}`);
      expect(now.body).toEqual(f);
      expect(now.etag).toBe(`"${f.version}"`);
    }
    // The versions it answered are the ones to edit with; the old one of a renumbered focus area is stale.
    expectError(
      await member
        .patch(`/api/focus-areas/${b}`)
        .set('If-Match', `"${before.get(b)}"`)
        .send({ title: 'B!' }),
      412,
      'version_conflict',
    );
    const bNow = answered.find((f) => f.id === b)!;
    await member.patch(`/api/focus-areas/${b}`).set('If-Match', `"${bNow.version}"`).send({ title: 'B!' }).expect(200);
    // The order as it already is renumbers nothing.
    const again = await member
      .put(`/api/committees/${committee.id}/focus-area-order`)
      .send({ focusAreaIds: [a, c, b, d] })
      .expect(200);
    for (const f of again.body as Row[]) expect(f.version).toBe((await read(k.http, `/api/focus-areas/${f.id}`)).body.version);
    expect((again.body as Row[]).map((f) => f.version)).toEqual([before.get(a), before.get(c)! + 1, bNow.version + 1, before.get(d)]);
  });
});
