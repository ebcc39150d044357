import { AuditEntry, AuditVerification, hashedContent, ImportRecordChunk, replayTrail } from '@kompas/domain';
import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import type { Response } from 'supertest';
import { DatabaseFile, trailOf } from './db-state';
import { Client, expectError, Kompas, seedSmallPlan, startKompas, UNKNOWN_ID, versionOf } from './harness';
import { AUDITED_TABLES } from '../src/modules/audit/trail';

type Row = Record<string, unknown>;
type Page = { items: AuditEntry[]; total: number; limit: number; offset: number };
type Item = { id: string; rank?: number; committeeId?: string; sourceId?: string; targetId?: string; kind?: string };

/** The tables of the cascade (the audited tables but users): every row in them was made by a change, so the trail knows every one. */
const CASCADE_TABLES = AUDITED_TABLES.filter((table) => table !== 'user');

/** Every entry of the trail, oldest first, read page by page through the API. */
async function wholeTrail(client: Client, query = ''): Promise<AuditEntry[]> {
  const out: AuditEntry[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = (await client.get(`/api/audit?limit=500&offset=${offset}${query}`).expect(200)).body as Page;
    out.push(...page.items);
    if (offset + 500 >= page.total) break;
  }
  return out.reverse();
}

/** A row as the trail snapshots it: every stored column, a focus area's co-owners, a password never. */
function storedRow(file: DatabaseFile, table: string, id: string): Row | undefined {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table: ${table}`);
  const row = file.query<Row>(`SELECT * FROM "${table}" WHERE "id" = ?`, id)[0];
  if (!row) return undefined;
  if (table === 'focus_area') {
    row['coOwnerCommitteeIds'] = file
      .query<{ committeeId: string }>(`SELECT "committeeId" FROM "focus_area_co_owner" WHERE "focusAreaId" = ? ORDER BY "committeeId"`, id)
      .map((r) => r.committeeId);
  }
  if (table === 'credential') row['secret'] = '(hidden)';
  if (table === 'plan_revision') {
    // The trail knows a revision's snapshot by its digest, which must be the digest of what is stored.
    expect(row['snapshotDigest']).toBe(`sha256:${createHash('sha256').update(String(row['snapshot'])).digest('hex')}`);
    delete row['snapshot'];
  }
  return row;
}

describe('the audit trail', () => {
  let k: Kompas;
  let file: DatabaseFile;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  let second: { id: string };
  let measured: { action: string; indicator: string };
  const harnessUsers = new Set<string>();

  const entries = () => file.count('audit_entry');
  const newest = () =>
    file.query<{ seq: number; action: string; entity: string; entityId: string | null }>(
      `SELECT "seq", "action", "entity", "entityId" FROM "audit_entry" ORDER BY "seq" DESC LIMIT 1`,
    )[0];
  const signIn = async (...args: Parameters<Kompas['signIn']>) => {
    const user = await k.signIn(...args);
    harnessUsers.add(user.userId);
    return user;
  };

  beforeAll(async () => {
    k = await startKompas({ demo: true });
    file = new DatabaseFile(k.databasePath);
    harnessUsers.add((await k.http.get('/api/auth/me').expect(200)).body.id);
    s = await seedSmallPlan(k);
    second = (await k.http.post('/api/committees').send({ planId: s.plan.id, name: 'Udvalget for Fællesskab' }).expect(201)).body;
    // A second aiming point, so that a focus area can support more than one.
    await k.http.post('/api/aiming-points').send({ planId: s.plan.id, title: 'Smidigt samarbejde' }).expect(201);
    const action = (await s.manager.post('/api/actions').send({ planId: s.plan.id, unitId: s.unit.id, title: 'Målt handling' }).expect(201))
      .body;
    const indicator = (
      await s.manager
        .post('/api/indicators')
        .send({ actionId: action.id, title: 'Forældrenes oplevelse', type: 'qualitative', evidenceKind: 'dialogue', cadence: 'yearly' })
        .expect(201)
    ).body;
    measured = { action: action.id, indicator: indicator.id };
  }, 60_000);
  afterAll(async () => {
    file?.close();
    await k?.close();
  });

  it('starts with the import of Hedensted, made by Kompas itself', async () => {
    const [first] = file.query<{ seq: number; action: string; entity: string; entityId: string; userId: string | null; userName: string }>(
      `SELECT * FROM "audit_entry" ORDER BY "seq" LIMIT 1`,
    );
    const plans = (await k.http.get('/api/plans').expect(200)).body as { id: string; title: string }[];
    const hedensted = plans.find((p) => p.title.startsWith('Hedensted'))!;
    expect(first).toMatchObject({ seq: 1, action: 'import', entity: 'plan', entityId: hedensted.id, userId: null, userName: 'Kompas' });
    const history = (await k.http.get(`/api/audit?entityId=${hedensted.id}`).expect(200)).body as Page;
    expect(history.items.at(-1)).toMatchObject({ seq: 1, action: 'import', changes: [] });
    // The created rows are in the import's record, not in the entry: the entry carries its digest, size and counts.
    const { record } = history.items.at(-1)!;
    expect(record).toMatchObject({ digest: expect.stringMatching(/^[0-9a-f]{64}$/), chunks: expect.any(Number) });
    expect(record!.bytes).toBeGreaterThan(10_000);
    const imported: AuditEntry['changes'] = [];
    for (let chunk = 0; chunk < record!.chunks; chunk++) {
      const part = (await k.http.get(`/api/audit/1/import?chunk=${chunk}`).expect(200)).body as ImportRecordChunk;
      expect(part).toMatchObject({ seq: 1, chunk, digest: record!.digest });
      imported.push(...part.changes);
    }
    expect(imported.length).toBe(record!.rows);
    expect(Object.values(record!.counts).reduce((a, b) => a + b, 0)).toBe(record!.rows);
    await k.http.get(`/api/audit/1/import?chunk=${record!.chunks}`).expect(400);
    // Only those who may import read the record.
    const viewer = await signIn({ roles: ['viewer'] });
    const director = await signIn({ roles: ['director'] });
    await viewer.get('/api/audit/1/import').expect(403);
    await director.get('/api/audit/1/import').expect(403);
    for (const table of ['plan', 'aiming_point', 'committee', 'unit', 'focus_area', 'action', 'indicator', 'observation']) {
      expect({ table, imported: imported.some((ch) => ch.table === table && ch.before === null && ch.after !== null) }).toEqual({
        table,
        imported: true,
      });
    }
  });

  describe('a generated sequence of changes', () => {
    const OPS = [
      'createFocusArea',
      'updateFocusArea',
      'moveFocusArea',
      'deleteFocusArea',
      'createAction',
      'updateAction',
      'deleteAction',
      'createIndicator',
      'updateIndicator',
      'deleteIndicator',
      'link',
      'updateLink',
      'unlink',
      'reorder',
      'restore',
      'restore',
      'comment',
      'observe',
      'updateCommittee',
      'updateAimingPoint',
      'updatePlan',
    ] as const;
    type Op = (typeof OPS)[number];
    /** `unchanged`: the request asks for what already is, and a change that changes nothing writes nothing. */
    type Expected = {
      statuses: number[];
      action: string;
      entity: string;
      entityId: (res: Response) => string | null;
      unchanged?: boolean;
    };

    let made = 0;
    const tally = new Map<string, number>();
    /** An administrator on both committees and over the unit, sending the version it reads: every generated change is theirs to make. */
    let editorClient: Client;
    const editor = () => editorClient;
    beforeAll(async () => {
      editorClient = (
        await k.as(['administrator', 'committeeMember', 'manager'], {
          committees: [s.committee.id, second.id],
          units: [s.unit.id],
          name: 'Redaktøren',
        })
      ).withCurrentVersion();
    });

    /** The plan as it is now: its live rows through the API, its deleted ones from the file. */
    async function world() {
      const list = async (what: string) => (await k.http.get(`/api/plans/${s.plan.id}/${what}`).expect(200)).body as Item[];
      const committees = await list('committees');
      const aimingPoints = await list('aiming-points');
      const focusAreas = await list('focus-areas');
      const actions = await list('actions');
      const indicators = await list('indicators');
      const links = await list('links');
      const deleted = file.query<{ id: string }>(
        `SELECT "id" FROM "focus_area" WHERE "planId" = ? AND "deletedAt" IS NOT NULL
         UNION ALL SELECT "id" FROM "action" WHERE "planId" = ? AND "deletedAt" IS NOT NULL
         UNION ALL SELECT "id" FROM "indicator" WHERE "planId" = ? AND "deletedAt" IS NOT NULL
         UNION ALL SELECT "id" FROM "support_link" WHERE "planId" = ? AND "deletedAt" IS NOT NULL
         UNION ALL SELECT "id" FROM "contribution_link" WHERE "planId" = ? AND "deletedAt" IS NOT NULL ORDER BY "id"`,
        ...Array(5).fill(s.plan.id),
      );
      return { committees, aimingPoints, focusAreas, actions, indicators, links, deleted };
    }

    const pick = <T>(list: T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
    const ok = (status: number, action: string, entity: string, entityId: (res: Response) => string | null): Expected => ({
      statuses: [status],
      action,
      entity,
      entityId,
    });

    /** Turns a generated step into a request that should be accepted, and what its entry should say. */
    async function request(op: Op, a: number, b: number): Promise<{ sent: Promise<Response>; expected: Expected; label: string }> {
      const w = await world();
      const fa = pick(w.focusAreas, a);
      const otherCommittee = (committeeId?: string) => w.committees.find((c) => c.id !== committeeId)!;
      const action = pick(
        w.actions.filter((x) => x.id !== measured.action),
        a,
      );
      const indicator = pick(
        w.indicators.filter((x) => x.id !== measured.indicator),
        a,
      );
      const link = pick(w.links, a);
      const id = (res: Response) => res.body.id as string;
      const label = `${op}(${a}, ${b})`;
      made++;
      switch (op) {
        case 'createFocusArea':
          return {
            label,
            sent: editor()
              .post('/api/focus-areas')
              .send({ committeeId: pick(w.committees, a)!.id, title: `Fokus ${made}`, ...(b % 3 === 0 ? { rank: 1 } : {}) }),
            expected: ok(201, 'create', 'focusArea', id),
          };
        case 'updateFocusArea': {
          if (!fa) break;
          const cycle: Record<string, string> = { proposed: 'adopted', adopted: 'retired', retired: 'proposed' };
          const current = (await k.http.get(`/api/focus-areas/${fa.id}`).expect(200)).body;
          const change = [
            { title: `Fokus ${made}` },
            { description: `Beskrevet ${made}` },
            { status: cycle[current.status] },
            { coOwnerCommitteeIds: current.coOwnerCommitteeIds.length ? [] : [otherCommittee(fa.committeeId).id] },
          ][b % 4];
          return { label, sent: editor().patch(`/api/focus-areas/${fa.id}`).send(change), expected: ok(200, 'update', 'focusArea', id) };
        }
        case 'moveFocusArea': {
          if (!fa) break;
          const lane = w.focusAreas.filter((f) => f.committeeId === fa.committeeId).length;
          const change = b % 2 ? { rank: 1 + (b % lane) } : { committeeId: otherCommittee(fa.committeeId).id, rank: 1 };
          return {
            label,
            sent: editor().patch(`/api/focus-areas/${fa.id}`).send(change),
            expected: { ...ok(200, 'reorder', 'focusArea', id), unchanged: !change.committeeId && change.rank === fa.rank },
          };
        }
        case 'deleteFocusArea':
          if (!fa) break;
          return { label, sent: editor().delete(`/api/focus-areas/${fa.id}`), expected: ok(204, 'delete', 'focusArea', () => fa.id) };
        case 'createAction':
          return {
            label,
            sent: editor()
              .post('/api/actions')
              .send({ planId: s.plan.id, unitId: s.unit.id, title: `Handling ${made}` }),
            expected: ok(201, 'create', 'action', id),
          };
        case 'updateAction': {
          if (!action) break;
          const cycle: Record<string, string> = { identified: 'launched', launched: 'stopped', stopped: 'identified' };
          const current = (await k.http.get(`/api/actions/${action.id}`).expect(200)).body;
          const change = [{ title: `Handling ${made}` }, { responsiblePerson: `Person ${made}` }, { status: cycle[current.status] }][b % 3];
          return { label, sent: editor().patch(`/api/actions/${action.id}`).send(change), expected: ok(200, 'update', 'action', id) };
        }
        case 'deleteAction':
          if (!action) break;
          return { label, sent: editor().delete(`/api/actions/${action.id}`), expected: ok(204, 'delete', 'action', () => action.id) };
        case 'createIndicator': {
          const on = b % 2 ? (fa ? { focusAreaId: fa.id } : null) : action ? { actionId: action.id } : null;
          if (!on) break;
          return {
            label,
            sent: editor()
              .post('/api/indicators')
              .send({ ...on, title: `Indikator ${made}`, type: 'qualitative', evidenceKind: 'staffAssessment', cadence: 'quarterly' }),
            expected: ok(201, 'create', 'indicator', id),
          };
        }
        case 'updateIndicator':
          if (!indicator) break;
          return {
            label,
            sent: editor()
              .patch(`/api/indicators/${indicator.id}`)
              .send({ title: `Indikator ${made}` }),
            expected: ok(200, 'update', 'indicator', id),
          };
        case 'deleteIndicator':
          if (!indicator) break;
          return {
            label,
            sent: editor().delete(`/api/indicators/${indicator.id}`),
            expected: ok(204, 'delete', 'indicator', () => indicator.id),
          };
        case 'link': {
          const linked = new Set(w.links.map((l) => `${l.sourceId}>${l.targetId}`));
          const pairs =
            b % 2
              ? w.actions.flatMap((x) => w.focusAreas.map((f) => [x.id, f.id]))
              : w.focusAreas.flatMap((f) => w.aimingPoints.map((p) => [f.id, p.id]));
          const free = pairs.filter(([from, to]) => !linked.has(`${from}>${to}`));
          const pair = pick(free, a);
          if (!pair) break;
          return {
            label,
            sent: editor()
              .post('/api/links')
              .send({ sourceId: pair[0], targetId: pair[1], rationale: `Fordi ${made}`, strength: 1 + (b % 3) }),
            expected: ok(201, 'link', 'link', id),
          };
        }
        case 'updateLink':
          if (!link) break;
          return {
            label,
            sent: editor()
              .patch(`/api/links/${link.id}`)
              .send({ rationale: `Fordi ${made}`, strength: 1 + (b % 3) }),
            expected: ok(200, 'update', 'link', id),
          };
        case 'unlink':
          if (!link) break;
          return { label, sent: editor().delete(`/api/links/${link.id}`), expected: ok(204, 'unlink', 'link', () => link.id) };
        case 'reorder': {
          const committee = pick(w.committees, a)!;
          const lane = w.focusAreas.filter((f) => f.committeeId === committee.id).map((f) => f.id);
          const order = lane.map((x, i) => [x, (i * 7919 + b) % 101] as const).sort((p, q) => p[1] - q[1] || p[0].localeCompare(q[0]));
          const ranked = w.focusAreas
            .filter((f) => f.committeeId === committee.id)
            .sort((p, q) => (p.rank ?? 0) - (q.rank ?? 0))
            .map((f) => f.id);
          return {
            label,
            sent: editor()
              .put(`/api/committees/${committee.id}/focus-area-order`)
              .send({ focusAreaIds: order.map(([x]) => x) }),
            expected: { ...ok(200, 'reorder', 'committee', () => committee.id), unchanged: order.map(([x]) => x).join() === ranked.join() },
          };
        }
        case 'restore': {
          const gone = pick(w.deleted, a);
          if (!gone) break;
          // Refused (409) when what it hangs on is deleted too, or its link has been drawn again since.
          return {
            label,
            sent: editor().post(`/api/restore/${gone.id}`),
            expected: { statuses: [200, 409], action: 'restore', entity: '', entityId: () => gone.id },
          };
        }
        case 'observe':
          return {
            label,
            sent: editor()
              .post(`/api/indicators/${measured.indicator}/observations`)
              .send({ period: `${1800 + made}`, narrative: 'Forældrene er glade', judgement: 'onTrack' }),
            expected: ok(201, 'create', 'observation', () => measured.indicator),
          };
        case 'updateCommittee': {
          const committee = pick(w.committees, a)!;
          return {
            label,
            sent: editor()
              .patch(`/api/committees/${committee.id}`)
              .send({ name: `Udvalg ${made}` }),
            expected: ok(200, 'update', 'committee', id),
          };
        }
        case 'updateAimingPoint': {
          const point = pick(w.aimingPoints, a)!;
          return {
            label,
            sent: editor()
              .patch(`/api/aiming-points/${point.id}`)
              .send({ ambition: `Vi vil ${made}` }),
            expected: ok(200, 'update', 'aimingPoint', id),
          };
        }
        case 'updatePlan':
          return {
            label,
            sent: editor()
              .patch(`/api/plans/${s.plan.id}`)
              .send({ visionStatement: `Vision ${made}` }),
            expected: ok(200, 'update', 'plan', id),
          };
        case 'comment':
          break;
      }
      // A comment on some node: always possible, so it stands in for a step that has nothing to work on.
      const nodes: [string, string][] = [
        [s.plan.id, 'plan'],
        ...w.aimingPoints.map((x): [string, string] => [x.id, 'aimingPoint']),
        ...w.focusAreas.map((x): [string, string] => [x.id, 'focusArea']),
        ...w.actions.map((x): [string, string] => [x.id, 'action']),
        ...w.indicators.map((x): [string, string] => [x.id, 'indicator']),
      ];
      const [nodeId, kind] = pick(nodes, a + b)!;
      return {
        label: `comment for ${label}`,
        sent: editor()
          .post(`/api/nodes/${nodeId}/comments`)
          .send({ body: `Bemærkning ${made}` }),
        expected: ok(201, 'comment', kind, () => nodeId),
      };
    }

    it('writes exactly one entry per change, and replaying the whole trail gives every stored row as it is', async () => {
      const step = fc.record({ op: fc.constantFrom(...OPS), a: fc.nat(), b: fc.nat() });
      let steps = 0;
      await fc.assert(
        // Each run ends with one of every kind of change, in an order that gives each something to work on, so every kind is
        // covered whatever the seed.
        fc.asyncProperty(
          fc
            .array(step, { minLength: 45 - OPS.length, maxLength: 45 - OPS.length })
            .map((run) => [...run, ...OPS.map((op) => ({ op, a: 0, b: 0 }))]),
          async (run) => {
            for (const { op, a, b } of run) {
              const before = entries();
              const { sent, expected, label } = await request(op, a, b);
              const res = await sent;
              steps++;
              if (!expected.statuses.includes(res.status)) throw new Error(`${label} answered ${res.status} ${JSON.stringify(res.body)}`);
              if (res.status >= 400) {
                expect({ label, written: entries() - before }).toEqual({ label, written: 0 });
                tally.set(`${op} refused`, (tally.get(`${op} refused`) ?? 0) + 1);
                continue;
              }
              tally.set(label.split('(')[0], (tally.get(label.split('(')[0]) ?? 0) + 1);
              expect({ label, written: entries() - before }).toEqual({ label, written: expected.unchanged ? 0 : 1 });
              if (expected.unchanged) continue;
              const entry = newest();
              expect({ label, action: entry.action, entityId: entry.entityId }).toEqual({
                label,
                action: expected.action,
                entityId: expected.entityId(res),
              });
              if (expected.entity) expect({ label, entity: entry.entity }).toEqual({ label, entity: expected.entity });
            }
            await expectTrailReplaysToStoredRows();
          },
        ),
        { numRuns: 3, endOnFailure: true },
      );
      expect(steps).toBe(135);
      // Every kind of change came up.
      for (const kind of ['create', 'update', 'delete', 'restore', 'link', 'unlink', 'reorder', 'comment']) {
        expect({ kind, written: file.query(`SELECT 1 FROM "audit_entry" WHERE "action" = ? LIMIT 1`, kind).length }).toEqual({
          kind,
          written: 1,
        });
      }
      console.log(`${steps} generated changes: ${[...tally].map(([op, n]) => `${op} ${n}`).join(', ')}`);
    });
  });

  /** Replays every entry and compares the outcome with the rows in the database file. */
  async function expectTrailReplaysToStoredRows() {
    const listed = await wholeTrail(k.http);
    expect(listed.map((e) => e.seq)).toEqual(listed.map((_, i) => i + 1));
    // Straight from the file: list answers carry at most 25 row changes per entry, and an import's rows are in its record.
    const trail = trailOf(file);
    expect(trail.map((e) => e.seq)).toEqual(listed.map((e) => e.seq));
    const replayed = replayTrail(trail);
    for (const [key, row] of replayed) {
      const [table, id] = key.split('/');
      expect({ key, row: storedRow(file, table, id) }).toEqual({ key, row });
    }
    // The trail knows every row of the cascade, and every user made through the API.
    for (const table of CASCADE_TABLES) {
      for (const { id } of file.query<{ id: string }>(`SELECT "id" FROM "${table}"`)) {
        expect({ row: `${table}/${id}`, inTrail: replayed.has(`${table}/${id}`) }).toEqual({ row: `${table}/${id}`, inTrail: true });
      }
    }
    for (const { id } of file.query<{ id: string }>(`SELECT "id" FROM "user"`)) {
      if (!harnessUsers.has(id)) expect({ user: id, inTrail: replayed.has(`user/${id}`) }).toEqual({ user: id, inTrail: true });
    }
    // A focus area's snapshot carries its co-owners.
    const focusAreas = [...replayed].filter(([key]) => key.startsWith('focus_area/'));
    expect(focusAreas.length).toBeGreaterThan(0);
    for (const [, row] of focusAreas) expect(Array.isArray(row['coOwnerCommitteeIds'])).toBe(true);
  }

  it('verifies the hash chain of the whole trail', async () => {
    const res = await k.http.get('/api/audit/verify').expect(200);
    expect(res.body).toEqual({
      intact: true,
      entries: entries(),
      brokenAt: null,
      broken: [],
      drift: [],
      seal: { entries: expect.any(Number), hash: expect.any(String), at: expect.any(String), matches: true },
      unkeyed: 0,
    } satisfies AuditVerification);
  });

  it('offers no route that changes or deletes an entry', async () => {
    const before = entries();
    const [{ seq, id }] = file.query<{ seq: number; id: string }>(`SELECT "seq", "id" FROM "audit_entry" ORDER BY "seq" LIMIT 1`);
    for (const path of ['/api/audit', `/api/audit/${seq}`, `/api/audit/${id}`, '/api/audit/verify', `/api/audit/${UNKNOWN_ID}`]) {
      for (const method of ['post', 'put', 'patch', 'delete'] as const) {
        const res = await k.http[method](path).set('If-Match', '"1"').send({ action: 'login', reason: 'x' });
        expect({ route: `${method} ${path}`, refused: [404, 405].includes(res.status) }).toEqual({
          route: `${method} ${path}`,
          refused: true,
        });
      }
    }
    expect(entries()).toBe(before);
    expect((await k.http.get('/api/audit/verify').expect(200)).body.intact).toBe(true);
  });

  describe('reading the trail', () => {
    let member: Client & { userId: string };
    let focusAreaId: string;
    const times: string[] = [];

    beforeAll(async () => {
      member = await signIn({ roles: ['committeeMember'], committeeIds: [s.committee.id], name: 'Mette Medlem' });
      // A second between her changes, on the app's clock, so that each has a time of its own.
      k.clock.advance(1000);
      let fa = (await member.post('/api/focus-areas').send({ committeeId: s.committee.id, title: 'Læsning for alle' }).expect(201)).body;
      focusAreaId = fa.id;
      for (const change of [{ title: 'Læsning for alle børn' }, { description: 'Fra 0. klasse' }]) {
        k.clock.advance(1000);
        fa = (await member.patch(`/api/focus-areas/${fa.id}`).set('If-Match', versionOf(fa)).send(change).expect(200)).body;
      }
      await k.http.post(`/api/nodes/${fa.id}/comments`).send({ body: 'Godt!' }).expect(201);
      // Another member of the committee deletes it.
      await s.member.delete(`/api/focus-areas/${fa.id}`).set('If-Match', versionOf(fa)).expect(204);
      const mine = file.query<{ at: string }>(`SELECT "at" FROM "audit_entry" WHERE "userId" = ? ORDER BY "seq"`, member.userId);
      times.push(...mine.map((e) => e.at));
    });

    const page = async (query: string, client: Client = k.http) => (await client.get(`/api/audit?${query}`).expect(200)).body as Page;

    it("lists one thing's history, newest first", async () => {
      const history = await page(`entityId=${focusAreaId}`);
      expect(history.items.map((e) => e.action)).toEqual(['delete', 'comment', 'update', 'update', 'create']);
      expect(history.total).toBe(5);
      for (const e of history.items) expect(e.entityIds).toContain(focusAreaId);
      // Ids are matched whatever their case.
      expect((await page(`entityId=${focusAreaId.toUpperCase()}`)).total).toBe(5);
    });

    it('filters by user, action, kind and time, and pages through the rest', async () => {
      const byMember = await page(`userId=${member.userId}`);
      expect(byMember.items.map((e) => e.action)).toEqual(['update', 'update', 'create', 'login']);
      expect(byMember.items.every((e) => e.userId === member.userId && e.userName === 'Mette Medlem')).toBe(true);

      const deletes = await page('action=delete&entity=focusArea&limit=500');
      expect(deletes.total).toBe(file.query(`SELECT 1 FROM "audit_entry" WHERE "action" = 'delete' AND "entity" = 'focusArea'`).length);
      expect(deletes.items.every((e) => e.action === 'delete' && e.entity === 'focusArea')).toBe(true);
      expect(deletes.items.some((e) => e.entityId === focusAreaId)).toBe(true);

      const comments = await page('entity=focusArea&action=comment&limit=500');
      expect(comments.items.every((e) => e.entity === 'focusArea' && e.action === 'comment')).toBe(true);

      // From is inclusive, to exclusive: the two halves make the whole.
      const [login, created, renamed] = times;
      expect(login < created && created < renamed).toBe(true);
      const from = await page(`userId=${member.userId}&from=${renamed}`);
      const to = await page(`userId=${member.userId}&to=${renamed}`);
      expect(from.items.map((e) => e.action)).toEqual(['update', 'update']);
      expect(to.items.map((e) => e.action)).toEqual(['create', 'login']);
      expect(from.items.every((e) => e.at >= renamed) && to.items.every((e) => e.at < renamed)).toBe(true);
      expect((await page(`from=${created}&to=${renamed}&userId=${member.userId}`)).items.map((e) => e.action)).toEqual(['create']);

      // Pages of two: the same entries as one page of all, in the same order, each page telling the total.
      const pages = [await page(`userId=${member.userId}&limit=2`), await page(`userId=${member.userId}&limit=2&offset=2`)];
      const beyond = await page(`userId=${member.userId}&limit=2&offset=4`);
      expect(pages.map((p) => [p.total, p.limit, p.offset, p.items.length])).toEqual([
        [4, 2, 0, 2],
        [4, 2, 2, 2],
      ]);
      expect(beyond).toMatchObject({ total: 4, items: [] });
      expect(pages.flatMap((p) => p.items)).toEqual(byMember.items);

      const all = await page('limit=3');
      expect(all.total).toBe(entries());
      expect(all.items.map((e) => e.seq)).toEqual([entries(), entries() - 1, entries() - 2]);
    });

    it('also takes id for entityId, and user as a login or an id', async () => {
      const byEntity = await page(`entityId=${focusAreaId}`);
      expect(await page(`id=${focusAreaId}`)).toEqual(byEntity);
      const byMember = await page(`userId=${member.userId}`);
      const login = file.query<{ username: string }>(`SELECT "username" FROM "user" WHERE "id" = ?`, member.userId)[0].username;
      expect(await page(`user=${login}`)).toEqual(byMember);
      expect(await page(`user=${member.userId}`)).toEqual(byMember);
      expect((await page('user=nobody-by-this-name')).total).toBe(0);
    });

    it('refuses unreadable filters with 400', async () => {
      for (const query of [
        'limit=0',
        'limit=501',
        'offset=-1',
        'entity=fokus',
        'action=edit',
        'userId=nobody',
        'from=yesterday',
        'to=2026-13-01',
      ]) {
        expectError(await k.http.get(`/api/audit?${query}`), 400, 'validation_failed', [query.split('=')[0]]);
      }
    });

    it("lets a viewer read one thing's history, but not the whole trail", async () => {
      const viewer = await signIn({ roles: ['viewer'], name: 'Vera Viewer' });
      const history = await page(`entityId=${focusAreaId}`, viewer);
      expect(history.items.map((e) => e.action)).toEqual(['delete', 'comment', 'update', 'update', 'create']);
      // Sign-ins and user administration are not part of anything's history for a viewer.
      const aboutMember = await page(`entityId=${member.userId}`, viewer);
      expect(aboutMember.items.filter((e) => e.entity === 'user' || e.entity === 'session')).toEqual([]);
      expectError(await viewer.get('/api/audit'), 403, 'forbidden');
      expectError(await viewer.get('/api/audit?entity=focusArea'), 403, 'forbidden');
      expectError(await viewer.get(`/api/audit?userId=${member.userId}`), 403, 'forbidden');
      expectError(await viewer.get('/api/audit/verify'), 403, 'forbidden');
      expectError(await k.anon.get(`/api/audit?entityId=${focusAreaId}`), 401, 'unauthenticated');
    });
  });

  describe('refused changes', () => {
    it('writes no entry for a change that is rolled back half-way', async () => {
      const other = await seedSmallPlan(k);
      // On both plans' committees, sending the version it reads: only the rules below refuse it.
      const both = (await k.as('committeeMember', { committees: [s.committee.id, other.committee.id] })).withCurrentVersion();
      const fa = (await both.post('/api/focus-areas').send({ committeeId: s.committee.id, title: 'Halvvejs' }).expect(201)).body;
      const url = `/api/focus-areas/${fa.id}`;
      const row = storedRow(file, 'focus_area', fa.id);
      const checksums = file.checksums();
      const before = entries();
      // Each is refused after the version was claimed and the row written, inside the transaction.
      expectError(await both.patch(url).send({ title: 'Ny titel', committeeId: other.committee.id }), 422, 'across_plans', ['committeeId']);
      expect(entries()).toBe(before);
      expect(storedRow(file, 'focus_area', fa.id)).toEqual(row);
      // Retiring it goes through; adopting it from there is refused after the version was claimed.
      await both.patch(url).send({ title: 'Ny titel', status: 'retired' }).expect(200);
      expectError(await both.patch(url).send({ status: 'adopted' }), 422, 'status_transition_forbidden');
      expect(entries()).toBe(before + 1);
      const retired = storedRow(file, 'focus_area', fa.id)!;
      const afterRetire = file.checksums();
      expectError(await both.patch(url).send({ title: 'x', coOwnerCommitteeIds: [other.committee.id] }), 422, 'across_plans');
      expectError(await both.patch(url).send({ description: 'x', rank: 99 }), 422, 'rank_out_of_range', ['rank']);
      expectError(await both.post('/api/links').send({ sourceId: fa.id, targetId: other.aimingPoint.id }), 422, 'link_across_plans');
      const document = (await k.http.get(`/api/plans/${other.plan.id}/export`).expect(200)).body;
      document.focusAreas[0].committeeId = 'no-such-committee';
      expectError(await k.http.post('/api/plans/import').send(document), 400, 'invalid_document');
      expect(entries()).toBe(before + 1);
      expect(file.checksums()).toEqual(afterRetire);
      expect(retired).toMatchObject({ status: 'retired', title: 'Ny titel', version: (row!['version'] as number) + 1 });
      expect(checksums).not.toEqual(afterRetire);
    });
  });

  describe('soft delete and restore', () => {
    let fa: { id: string; rank: number };
    let support: { id: string };
    let contribution: { id: string };
    let indicator: { id: string };
    let committee: { id: string };
    let neighbours: string[];
    /** A member of the committee the focus area is on, who links and measures it, and deletes it. */
    let keeper: Client;

    const graph = async () =>
      (await k.http.get(`/api/plans/${s.plan.id}/graph`).expect(200)).body as { nodes: { id: string }[]; edges: { id: string }[] };
    const ids = async (what: string) => ((await k.http.get(`/api/plans/${s.plan.id}/${what}`).expect(200)).body as Item[]).map((x) => x.id);
    const lane = async () =>
      ((await k.http.get(`/api/plans/${s.plan.id}/focus-areas?committeeId=${committee.id}`).expect(200)).body as Item[]).map((f) => [
        f.id,
        f.rank,
      ]);

    beforeAll(async () => {
      committee = (await k.http.post('/api/committees').send({ planId: s.plan.id, name: 'Udvalget for Sletning' }).expect(201)).body;
      keeper = await k.as('committeeMember', { committees: [committee.id], name: 'Kirsten Keeper' });
      const made: { id: string; rank: number }[] = [];
      for (const title of ['Først', 'Midt', 'Sidst']) {
        made.push((await keeper.post('/api/focus-areas').send({ committeeId: committee.id, title }).expect(201)).body);
      }
      fa = made[1];
      neighbours = [made[0].id, made[2].id];
      support = (await keeper.post('/api/links').send({ sourceId: fa.id, targetId: s.aimingPoint.id }).expect(201)).body;
      // Rows of their own: the generated changes above may have deleted the seeded ones.
      const action = (
        await s.manager.post('/api/actions').send({ planId: s.plan.id, unitId: s.unit.id, title: 'Bidragende handling' }).expect(201)
      ).body;
      contribution = (await s.manager.post('/api/links').send({ sourceId: action.id, targetId: fa.id }).expect(201)).body;
      indicator = (
        await keeper
          .post('/api/indicators')
          .send({ focusAreaId: fa.id, title: 'Trivsel', type: 'qualitative', evidenceKind: 'dialogue', cadence: 'yearly' })
          .expect(201)
      ).body;
    });

    it('takes a deleted focus area, its links and indicators off the map and out of every list', async () => {
      expect(fa.rank).toBe(2);
      await keeper.withCurrentVersion().delete(`/api/focus-areas/${fa.id}`).expect(204);
      const g = await graph();
      const gone = [fa.id, indicator.id, support.id, contribution.id];
      expect(g.nodes.map((n) => n.id).filter((x) => gone.includes(x))).toEqual([]);
      expect(g.edges.map((e) => e.id).filter((x) => gone.includes(x))).toEqual([]);
      expect(g.edges.filter((e) => JSON.stringify(e).includes(fa.id))).toEqual([]);
      expect(await ids('focus-areas')).not.toContain(fa.id);
      expect(await ids('links')).not.toContain(support.id);
      expect(await ids('links')).not.toContain(contribution.id);
      expect(await ids('indicators')).not.toContain(indicator.id);
      expect(await lane()).toEqual([
        [neighbours[0], 1],
        [neighbours[1], 2],
      ]);
      expectError(await k.http.get(`/api/focus-areas/${fa.id}`), 404, 'not_found');
      expectError(await k.http.get(`/api/links/${support.id}`), 404, 'not_found');
      expectError(await k.http.get(`/api/indicators/${indicator.id}`), 404, 'not_found');
      // The rows are kept, marked deleted at one moment.
      const deletedAt = new Set(
        [
          storedRow(file, 'focus_area', fa.id),
          storedRow(file, 'support_link', support.id),
          storedRow(file, 'contribution_link', contribution.id),
          storedRow(file, 'indicator', indicator.id),
        ].map((r) => r?.['deletedAt']),
      );
      expect(deletedAt.size).toBe(1);
      expect([...deletedAt][0]).toEqual(expect.any(String));
    });

    it('shows the deletion in the history, with everything it took along', async () => {
      const [last] = ((await k.http.get(`/api/audit?entityId=${fa.id}&limit=1`).expect(200)).body as Page).items;
      expect(last).toMatchObject({ action: 'delete', entity: 'focusArea', entityId: fa.id });
      const taken = last.changes.filter((ch) => ch.before?.['deletedAt'] === null && typeof ch.after?.['deletedAt'] === 'string');
      expect(taken.map((ch) => `${ch.table}/${ch.id}`).sort()).toEqual(
        [`focus_area/${fa.id}`, `support_link/${support.id}`, `contribution_link/${contribution.id}`, `indicator/${indicator.id}`].sort(),
      );
    });

    it('lets neither a viewer nor a member of another committee restore it', async () => {
      const viewer = await signIn({ roles: ['viewer'] });
      const outsider = await signIn({ roles: ['committeeMember'], committeeIds: [second.id], name: 'Ole Udenfor' });
      const checksums = file.checksums();
      for (const who of [viewer, outsider]) {
        const before = entries();
        expectError(await who.post(`/api/restore/${fa.id}`), 403, 'forbidden');
        // A refusal is logged and counted, not written to the trail.
        expect(entries()).toBe(before);
      }
      expect(file.checksums()).toEqual(checksums);
      expect(await ids('focus-areas')).not.toContain(fa.id);
    });

    it('brings it back with its links and indicators, at its old priority, for a member of its committee', async () => {
      const member = await signIn({ roles: ['committeeMember'], committeeIds: [committee.id], name: 'Mads Medlem' });
      const res = await member.post(`/api/restore/${fa.id}`).expect(200);
      expect(res.body).toMatchObject({ id: fa.id, kind: 'focusArea' });
      expect([...res.body.restored].sort()).toEqual([fa.id, support.id, contribution.id, indicator.id].sort());
      expect(await lane()).toEqual([
        [neighbours[0], 1],
        [fa.id, 2],
        [neighbours[1], 3],
      ]);
      const g = await graph();
      for (const x of [fa.id, indicator.id]) expect(g.nodes.map((n) => n.id)).toContain(x);
      for (const x of [support.id, contribution.id]) expect(g.edges.map((e) => e.id)).toContain(x);
      expect(await ids('links')).toEqual(expect.arrayContaining([support.id, contribution.id]));
      expect(await ids('indicators')).toContain(indicator.id);
      await k.http.get(`/api/focus-areas/${fa.id}`).expect(200);
      const [last] = ((await k.http.get(`/api/audit?entityId=${fa.id}&limit=1`).expect(200)).body as Page).items;
      expect(last).toMatchObject({ action: 'restore', entity: 'focusArea', userName: 'Mads Medlem' });
      expectError(await member.post(`/api/restore/${fa.id}`), 409, 'in_use');
      expectError(await member.post(`/api/restore/${UNKNOWN_ID}`), 404, 'not_found');
    });
  });

  describe('comments', () => {
    it('lets anyone signed in comment, a viewer too, and lists the comments in order with their authors', async () => {
      const fa = (await s.member.post('/api/focus-areas').send({ committeeId: s.committee.id, title: 'Til debat' }).expect(201)).body;
      const viewer = await signIn({ roles: ['viewer'], name: 'Vibeke Viewer' });
      const director = await signIn({ roles: ['director'], name: 'Dorte Direktør' });
      const before = entries();
      const first = await viewer.post(`/api/nodes/${fa.id}/comments`).send({ body: 'Hvem står for det?' }).expect(201);
      expect(first.body).toMatchObject({ nodeId: fa.id, planId: s.plan.id, authorId: viewer.userId, authorName: 'Vibeke Viewer' });
      await director.post(`/api/nodes/${fa.id}/comments`).send({ body: 'Skolelederne.' }).expect(201);
      await viewer
        .post(`/api/nodes/${fa.id}/comments`)
        .send({ body: 'x'.repeat(4000) })
        .expect(201);
      expect(entries()).toBe(before + 3);
      expect(newest()).toMatchObject({ action: 'comment', entity: 'focusArea', entityId: fa.id });

      const list = (await viewer.get(`/api/nodes/${fa.id}/comments`).expect(200)).body as {
        authorName: string;
        body: string;
        createdAt: string;
      }[];
      expect(list.map((c) => [c.authorName, c.body])).toEqual([
        ['Vibeke Viewer', 'Hvem står for det?'],
        ['Dorte Direktør', 'Skolelederne.'],
        ['Vibeke Viewer', 'x'.repeat(4000)],
      ]);
      expect([...list.map((c) => c.createdAt)].sort()).toEqual(list.map((c) => c.createdAt));
      // The plan itself (its vision) takes comments too.
      await viewer.post(`/api/nodes/${s.plan.id}/comments`).send({ body: 'En god vision.' }).expect(201);
      expect(newest()).toMatchObject({ action: 'comment', entity: 'plan', entityId: s.plan.id });
    });

    it('refuses an empty or too long comment naming body, and a comment on an unknown node with 404', async () => {
      const viewer = await signIn({ roles: ['viewer'] });
      const fa = (await s.member.post('/api/focus-areas').send({ committeeId: s.committee.id, title: 'Stille' }).expect(201)).body;
      const url = `/api/nodes/${fa.id}/comments`;
      const before = entries();
      for (const body of [{ body: '' }, { body: 'x'.repeat(4001) }, {}, { body: 42 }, { body: null }]) {
        expectError(await viewer.post(url).send(body), 400, 'validation_failed', ['body']);
      }
      expectError(await viewer.post(`/api/nodes/${UNKNOWN_ID}/comments`).send({ body: 'Hallo?' }), 404, 'not_found');
      expectError(await viewer.get(`/api/nodes/${UNKNOWN_ID}/comments`), 404, 'not_found');
      expectError(await viewer.post('/api/nodes/not-a-node/comments').send({ body: 'Hallo?' }), 404, 'not_found');
      expectError(await k.anon.post(url).send({ body: 'Hallo?' }), 401, 'unauthenticated');
      expect(entries()).toBe(before);
    });
  });
});

describe('tampering with the trail', () => {
  let k: Kompas;

  beforeAll(async () => {
    k = await startKompas();
    const s = await seedSmallPlan(k);
    let fa = s.focusArea;
    for (const title of ['Et', 'To', 'Tre'])
      fa = (await s.member.patch(`/api/focus-areas/${fa.id}`).set('If-Match', versionOf(fa)).send({ title }).expect(200)).body;
  });
  afterAll(() => k?.close());

  const verify = async () => (await k.http.get('/api/audit/verify').expect(200)).body as AuditVerification;

  it('is refused by the database: entries cannot be changed or deleted through SQL', () => {
    const db = new BetterSqlite3(k.databasePath);
    try {
      expect(() => db.prepare(`UPDATE "audit_entry" SET "reason" = 'skjult' WHERE "seq" = 2`).run()).toThrow(
        /audit entries cannot be changed/,
      );
      expect(() => db.prepare(`DELETE FROM "audit_entry" WHERE "seq" = 2`).run()).toThrow(/audit entries cannot be deleted/);
      expect(() => db.prepare(`DELETE FROM "audit_entry"`).run()).toThrow(/audit entries cannot be deleted/);
      expect(() => db.prepare(`UPDATE "audit_ref" SET "entityId" = 'x'`).run()).toThrow(/audit entries cannot be changed/);
      expect(() => db.prepare(`DELETE FROM "audit_ref"`).run()).toThrow(/audit entries cannot be deleted/);
    } finally {
      db.close();
    }
  });

  it('reports the first entry that was changed behind its back, even when the attacker fixes up its hash', async () => {
    const intact = await verify();
    expect(intact).toMatchObject({ intact: true, brokenAt: null });
    expect(intact.entries).toBeGreaterThanOrEqual(8);
    const target = 4;

    // Someone with the file drops the trigger and rewrites entry 4, as an attacker would.
    const db = new BetterSqlite3(k.databasePath);
    let row: Row;
    try {
      db.exec(`DROP TRIGGER "audit_entry_no_update"`);
      db.prepare(`UPDATE "audit_entry" SET "userName" = 'Nogen Andre' WHERE "seq" = ?`).run(target);
      row = db.prepare(`SELECT * FROM "audit_entry" WHERE "seq" = ?`).get(target) as Row;
    } finally {
      db.close();
    }
    expect(await verify()).toMatchObject({
      intact: false,
      entries: intact.entries,
      brokenAt: target,
      broken: [{ seq: target, problem: 'hash' }],
    });

    // Recomputing that entry's hash without the key fits neither the key nor the next entry's link.
    const content = {
      seq: row['seq'],
      id: row['id'],
      at: row['at'],
      userId: row['userId'],
      userName: row['userName'],
      action: row['action'],
      entity: row['entity'],
      entityId: row['entityId'],
      entityIds: JSON.parse(row['entityIds'] as string),
      changes: JSON.parse(row['changes'] as string),
      reason: row['reason'],
      detail: row['detail'],
      prevHash: row['prevHash'],
    } as Omit<AuditEntry, 'hash'>;
    const rehashed = createHash('sha256').update(hashedContent(content)).digest('hex');
    const again = new BetterSqlite3(k.databasePath);
    try {
      again.prepare(`UPDATE "audit_entry" SET "hash" = ? WHERE "seq" = ?`).run(rehashed, target);
    } finally {
      again.close();
    }
    expect(await verify()).toMatchObject({
      intact: false,
      brokenAt: target,
      broken: [
        { seq: target, problem: 'hash' },
        { seq: target + 1, problem: 'link' },
      ],
    });
  });
});
