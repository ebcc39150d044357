import { ACTION_STATUSES, copenhagenDate, GraphNode, PlanDiff, PlanGraph } from '@kompas/domain';
import fc from 'fast-check';
import BetterSqlite3 from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, expectError, Kompas, startKompas, UNKNOWN_ID } from './harness';

const fixture = () => JSON.parse(readFileSync(join(__dirname, 'fixtures/every-field.plan.json'), 'utf8'));
const DAY = 24 * 3_600_000;
const version = (n: { version: number | null }) => `"${n.version}"`;

describe('plan revisions, the plan as it was, and the diff', () => {
  let k: Kompas;
  let planId: string;
  let member: Client;
  let manager: Client;
  /** The graph served at the end of each day's edits, by the day it was served on (Copenhagen). */
  const served = new Map<string, PlanGraph>();
  const days: string[] = [];
  let importDay: string;
  let shared: GraphNode & { kind: 'focusArea' };
  let removedLinkId: string;

  const graphNow = async () => (await k.http.get(`/api/plans/${planId}/graph`).expect(200)).body as PlanGraph;
  const byTitle = (g: PlanGraph, title: string) => g.nodes.find((n) => n.title === title)!;
  const today = () => copenhagenDate(k.clock.date());

  beforeAll(async () => {
    // Sessions that outlive the days the history spans.
    k = await startKompas({ config: { sessionHours: 24 * 30, sessionIdleMinutes: 60 * 24 * 30 } });
    const plan = (await k.http.post('/api/plans/import').send(fixture()).expect(201)).body;
    planId = plan.id;
    importDay = today();
    served.set(importDay, await graphNow());
    days.push(importDay);
    const g = await graphNow();
    shared = byTitle(g, 'Sund økonomi') as typeof shared;
    member = await k.as('committeeMember', { committees: [shared.committeeId] });
    const reading = byTitle(g, 'Læsevenner') as GraphNode & { kind: 'action' };
    manager = await k.as('manager', { units: [reading.unitId] });

    // Day 2: an action renamed, with a reason.
    k.clock.advance(DAY);
    let now = await graphNow();
    const action = byTitle(now, 'Læsevenner');
    await manager
      .patch(`/api/actions/${action.id}`)
      .set('If-Match', version(action))
      .send({ title: 'Læsevenner i hele kommunen', reason: 'Udvidet' })
      .expect(200);
    served.set(today(), await graphNow());
    days.push(today());

    // Day 3: the committee's priorities moved, and a link removed.
    k.clock.advance(DAY);
    now = await graphNow();
    const action2 = byTitle(now, 'Læsevenner i hele kommunen');
    const committeeAreas = now.nodes
      .filter((n): n is GraphNode & { kind: 'focusArea' } => n.kind === 'focusArea' && n.committeeId === shared.committeeId)
      .sort((a, b) => a.rank - b.rank);
    await member
      .put(`/api/committees/${shared.committeeId}/focus-area-order`)
      .send({ focusAreaIds: [...committeeAreas].reverse().map((f) => f.id) })
      .expect(200);
    const link = now.edges.find((e) => e.kind === 'contributes' && e.source === action2.id)!;
    removedLinkId = link.id;
    await manager.delete(`/api/links/${link.id}`).set('If-Match', version(link)).expect(204);
    served.set(today(), await graphNow());
    days.push(today());

    // Day 4: a new action.
    k.clock.advance(DAY);
    now = await graphNow();
    const unitId = (byTitle(now, 'Læsevenner i hele kommunen') as GraphNode & { kind: 'action' }).unitId;
    await manager.post('/api/actions').send({ planId, unitId, title: 'Ny handling' }).expect(201);
    served.set(today(), await graphNow());
    days.push(today());
  }, 60_000);
  afterAll(() => k.close());

  it('took a revision when the adopted plan was imported, named by its decision and decided by its council', async () => {
    const list = (await k.http.get(`/api/plans/${planId}/revisions`).expect(200)).body;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      planId,
      name: expect.stringMatching(/^Vedtaget \d+\. \w+ \d{4}$/),
      decidedBy: 'Byrådet',
      decidedAt: importDay,
      createdByName: expect.any(String),
    });
  });

  it("stamps an imported plan's rows with the API's clock, the time its trail entry carries", async () => {
    const later = await startKompas({ config: { sessionHours: 24 * 60, sessionIdleMinutes: 60 * 24 * 60 } });
    try {
      later.clock.advance(40 * DAY);
      const plan = (await later.http.post('/api/plans/import').send(fixture()).expect(201)).body;
      const [entry] = (await later.http.get(`/api/audit?entityId=${plan.id}&action=import&limit=1`).expect(200)).body.items;
      expect(copenhagenDate(new Date(plan.createdAt))).toBe(copenhagenDate(later.clock.date()));
      expect(Math.abs(Date.parse(plan.createdAt) - Date.parse(entry.at))).toBeLessThan(60_000);
    } finally {
      await later.close();
    }
  });

  it('rebuilds the plan at the end of each day from the trail exactly as it was served that day', async () => {
    for (const day of days) {
      const rebuilt = (await k.http.get(`/api/plans/${planId}/graph?asOf=${day}`).expect(200)).body;
      expect([day, rebuilt]).toEqual([day, served.get(day)]);
    }
  });

  it('refuses a day before the plan existed (422 before_plan), a future or malformed day (400 naming asOf)', async () => {
    expectError(await k.http.get(`/api/plans/${planId}/graph?asOf=2000-01-01`), 422, 'before_plan', ['asOf']);
    const future = copenhagenDate(new Date(k.clock.now() + 3 * DAY));
    expectError(await k.http.get(`/api/plans/${planId}/graph?asOf=${future}`), 400, 'validation_failed', ['asOf']);
    expectError(await k.http.get(`/api/plans/${planId}/graph?asOf=2026-02-30`), 400, 'validation_failed', ['asOf']);
    expectError(await k.http.get(`/api/plans/${planId}/graph?revision=${UNKNOWN_ID}`), 404, 'not_found', ['revision']);
  });

  it('lets administrators and directors adopt a revision, not others, and lists the newest first', async () => {
    const body = { name: 'Vedtaget i Byrådet', decidedAt: today(), decidedBy: 'Byrådet', caseNumber: 'sag 26/1234' };
    expectError(await member.post(`/api/plans/${planId}/revisions`).send(body), 403, 'forbidden');
    expectError(await k.http.post(`/api/plans/${planId}/revisions`).send({ ...body, decidedAt: 'i går' }), 400, 'validation_failed', [
      'decidedAt',
    ]);
    const director = await k.as('director');
    const made = (await director.post(`/api/plans/${planId}/revisions`).send(body).expect(201)).body;
    expect(made).toMatchObject({ ...body, planId, caseNumber: 'sag 26/1234' });
    const list = (await k.http.get(`/api/plans/${planId}/revisions`).expect(200)).body;
    expect(list.map((r: { id: string }) => r.id)[0]).toBe(made.id);
    const stored = (await k.http.get(`/api/plans/${planId}/graph?revision=${made.id}`).expect(200)).body;
    expect(stored).toEqual(await graphNow());
    const trail = (await k.http.get(`/api/audit?entityId=${planId}&limit=5`).expect(200)).body;
    expect(trail.items[0].detail).toContain('Vedtaget i Byrådet');
  });

  it("records a revision's snapshot in the trail by its digest, and a snapshot changed outside Kompas shows as drift", async () => {
    const [latest] = (await k.http.get(`/api/plans/${planId}/revisions`).expect(200)).body;
    const trail = (await k.http.get(`/api/audit?entityId=${planId}&limit=5`).expect(200)).body;
    const entry = trail.items.find((e: { seq: number }) => e.seq === latest.auditSeq);
    expect(entry).toBeDefined();
    const text = JSON.stringify(entry);
    // The entry names the revision and its digest, and does not copy the plan into the trail.
    expect(text).toContain(latest.id);
    expect(text).toMatch(/sha256:[0-9a-f]{64}/);
    expect(text).not.toContain('Læsevenner i hele kommunen');
    expect((await k.http.get('/api/audit/verify').expect(200)).body).toMatchObject({ intact: true, drift: [] });

    const db = new BetterSqlite3(k.databasePath);
    const { snapshot } = db.prepare(`SELECT "snapshot" FROM "plan_revision" WHERE "id" = ?`).get(latest.id) as { snapshot: string };
    try {
      db.prepare(`UPDATE "plan_revision" SET "snapshot" = ? WHERE "id" = ?`).run(
        snapshot.replace('Ny handling', 'Slettet handling'),
        latest.id,
      );
      const verified = (await k.http.get('/api/audit/verify').expect(200)).body;
      expect(verified.drift).toEqual([expect.objectContaining({ table: 'plan_revision', id: latest.id, field: 'snapshotDigest' })]);
    } finally {
      db.prepare(`UPDATE "plan_revision" SET "snapshot" = ? WHERE "id" = ?`).run(snapshot, latest.id);
      db.close();
    }
    expect((await k.http.get('/api/audit/verify').expect(200)).body.drift).toEqual([]);
  });

  it('compares the adopted revision with now: the moved priorities, the removed link with its reason, the added action', async () => {
    const [, adopted] = (await k.http.get(`/api/plans/${planId}/revisions`).expect(200)).body;
    const diff = (await k.http.get(`/api/plans/${planId}/diff?from=${adopted.id}&to=now`).expect(200)).body as PlanDiff;
    expect(diff.priorities.map((p) => p.committeeId)).toContain(shared.committeeId);
    expect(diff.links.removed.map((l) => l.id)).toEqual([removedLinkId]);
    expect(diff.nodes.added.map((n) => n.title)).toEqual(['Ny handling']);
    const renamed = diff.nodes.changed.find((n) => n.title === 'Læsevenner i hele kommunen')!;
    expect(renamed.fields).toEqual([{ field: 'title', from: 'Læsevenner', to: 'Læsevenner i hele kommunen' }]);
    expect(renamed.because).toMatchObject({ reason: 'Udvidet', adjustment: null });
    // By date: between day 2 and day 3 only the priorities and the link moved.
    const byDate = (await k.http.get(`/api/plans/${planId}/diff?from=${days[1]}&to=${days[2]}`).expect(200)).body as PlanDiff;
    expect(byDate.nodes.added).toEqual([]);
    expect(byDate.links.removed).toHaveLength(1);
    expect(byDate.priorities.length).toBeGreaterThan(0);
  });

  it('answers bad sides as the contract says', async () => {
    expectError(await k.http.get(`/api/plans/${planId}/diff?from=2000-01-01&to=now`), 422, 'before_plan', ['from']);
    const future = copenhagenDate(new Date(k.clock.now() + 3 * DAY));
    expectError(await k.http.get(`/api/plans/${planId}/diff?from=now&to=${future}`), 400, 'validation_failed', ['to']);
    expectError(await k.http.get(`/api/plans/${planId}/diff?from=yesterday&to=now`), 400, 'validation_failed', ['from']);
    expectError(await k.http.get(`/api/plans/${planId}/diff?from=${UNKNOWN_ID}&to=now`), 404, 'not_found', ['from']);
    expectError(await k.http.get(`/api/plans/${UNKNOWN_ID}/diff?from=now&to=now`), 404, 'not_found');
  });

  it('takes a revision when a plan is set to adopted', async () => {
    const plan = (
      await k.http
        .post('/api/plans')
        .send({ organisation: 'X Kommune', title: 'Ny plan', periodStart: '2026-01-01', periodEnd: '2029-12-31' })
        .expect(201)
    ).body;
    expect((await k.http.get(`/api/plans/${plan.id}/revisions`).expect(200)).body).toEqual([]);
    await k.http.patch(`/api/plans/${plan.id}`).set('If-Match', `"${plan.version}"`).send({ status: 'adopted' }).expect(200);
    const list = (await k.http.get(`/api/plans/${plan.id}/revisions`).expect(200)).body;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ decidedBy: plan.councilName, name: expect.stringMatching(/^Vedtaget /) });
    const stored = (await k.http.get(`/api/plans/${plan.id}/graph?revision=${list[0].id}`).expect(200)).body;
    expect(stored.nodes[0]).toMatchObject({ kind: 'vision', status: 'adopted' });
  });
});

describe('the plan rebuilt from the trail, over a generated history', () => {
  const OPS = ['rename', 'status', 'create', 'delete', 'link', 'unlink', 'reorder', 'observe', 'target'] as const;
  let k: Kompas;
  let planId: string;
  let admin: Client;
  /** The graph as served after the day's last change, by day (Copenhagen). */
  const served = new Map<string, PlanGraph>();
  let made = 0;

  beforeAll(async () => {
    k = await startKompas({ config: { sessionHours: 24 * 365, sessionIdleMinutes: 60 * 24 * 365 } });
    planId = (await k.http.post('/api/plans/import').send(fixture()).expect(201)).body.id;
    // One person who may make every generated change: on every committee and over every unit of the plan.
    const committees = (await k.http.get(`/api/plans/${planId}/committees`).expect(200)).body as { id: string }[];
    const units = (await graphNow()).nodes.flatMap((n) => (n.kind === 'action' ? [n.unitId] : []));
    admin = (
      await k.as(['administrator', 'committeeMember', 'manager'], { committees: committees.map((c) => c.id), units: [...new Set(units)] })
    ).withCurrentVersion();
  }, 60_000);
  afterAll(() => k.close());

  const graphNow = async () => (await k.http.get(`/api/plans/${planId}/graph`).expect(200)).body as PlanGraph;
  const pick = <T>(list: T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

  /** One generated change, on whatever the plan holds now; refusals (a delete of an action with data, a link drawn twice) are part of the history too. */
  async function change(op: (typeof OPS)[number], a: number, b: number, g: PlanGraph) {
    made++;
    const actions = g.nodes.filter((n): n is GraphNode & { kind: 'action' } => n.kind === 'action');
    const areas = g.nodes.filter((n): n is GraphNode & { kind: 'focusArea' } => n.kind === 'focusArea');
    const indicators = g.nodes.filter((n) => n.kind === 'indicator');
    const action = pick(actions, a);
    switch (op) {
      case 'rename':
        return action && admin.patch(`/api/actions/${action.id}`).send({ title: `Handling ${made}`, reason: `Omdøbt ${made}` });
      case 'status':
        return action && admin.patch(`/api/actions/${action.id}`).send({ status: ACTION_STATUSES[b % ACTION_STATUSES.length] });
      case 'create':
        return action && admin.post('/api/actions').send({ planId, unitId: action.unitId, title: `Ny handling ${made}` });
      case 'delete':
        return action && admin.delete(`/api/actions/${action.id}`);
      case 'link': {
        const area = pick(areas, b);
        return action && area && admin.post('/api/links').send({ sourceId: action.id, targetId: area.id, strength: 1 + (b % 3) });
      }
      case 'unlink': {
        const link = pick(
          g.edges.filter((e) => e.kind === 'contributes' || e.kind === 'supports'),
          a + b,
        );
        return link && admin.delete(`/api/links/${link.id}`).send({ reason: `Fjernet ${made}` });
      }
      case 'reorder': {
        const committeeId = pick(areas, a)?.committeeId;
        const ranked = areas.filter((f) => f.committeeId === committeeId).sort((x, y) => x.rank - y.rank);
        const moved = [...ranked.slice(1), ...ranked.slice(0, 1)];
        return committeeId && admin.put(`/api/committees/${committeeId}/focus-area-order`).send({ focusAreaIds: moved.map((f) => f.id) });
      }
      case 'observe': {
        const indicator = pick(indicators, a);
        return (
          indicator &&
          admin
            .post(`/api/indicators/${indicator.id}/observations`)
            .send({ period: `${1900 + made}`, value: b % 100, narrative: `Måling ${made}`, judgement: 'onTrack' })
        );
      }
      case 'target': {
        const indicator = pick(indicators, b);
        return (
          indicator && admin.patch(`/api/indicators/${indicator.id}`).send({ longTermTarget: { value: a % 1000, date: '2030-12-31' } })
        );
      }
    }
  }

  it('gives, for every day of the history, the graph that was served at the end of that day', async () => {
    const step = fc.record({ op: fc.constantFrom(...OPS), a: fc.nat(), b: fc.nat(), hours: fc.integer({ min: 0, max: 30 }) });
    let statuses = 0;
    const applied = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 20, maxLength: 20 }), async (run) => {
        for (const { op, a, b, hours } of run) {
          const sent = await change(op, a, b, await graphNow());
          if (sent) {
            const res = await sent;
            // A refusal is an answer too; a server error is not.
            expect({ op, status: res.status < 500 }).toEqual({ op, status: true });
            statuses++;
            if (res.status < 300) applied.set(op, (applied.get(op) ?? 0) + 1);
          }
          served.set(copenhagenDate(k.clock.date()), await graphNow());
          k.clock.advance(hours * 3_600_000);
        }
      }),
      { numRuns: 3, endOnFailure: true },
    );
    expect(statuses).toBeGreaterThan(30);
    // Most kinds of change were made, not only refused.
    expect(applied.size).toBeGreaterThanOrEqual(6);
    console.log(`history of ${served.size} days: ${[...applied].map(([op, n]) => `${op} ${n}`).join(', ')}`);
    expect(served.size).toBeGreaterThan(5);
    for (const [day, graph] of served) {
      const rebuilt = (await k.http.get(`/api/plans/${planId}/graph?asOf=${day}`).expect(200)).body;
      expect([day, rebuilt]).toEqual([day, graph]);
    }
  }, 120_000);
});
