import { DatabaseFile } from './db-state';
import { Client, expectError, Kompas, seedSmallPlan, startKompas, UNKNOWN_ID } from './harness';

type Health = { nodeId: string; health: string; explanation: string };
type Side = {
  findings: { code: string; nodeId: string }[];
  scores: { committees: { id: string; score: number }[]; aimingPoints: { id: string; score: number }[] };
  health: Health[];
};
type Row = { id: string; version: number; status: string; rank?: number };

describe('what-if scenarios', () => {
  let k: Kompas;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  let director: Client;
  let file: DatabaseFile;
  let indicator: { id: string; version: number };
  const decision = () => ({ decidedBy: 'committee', committeeId: s.committee.id, decidedAt: '2026-11-12', caseNumber: 'sag 26/4321' });

  /** Every plan table's checksum, and the trail's head: what a change would move. */
  const state = () => ({ rows: file.checksums(), trail: file.count('audit_entry') });
  const action = async () => (await k.http.get(`/api/actions/${s.action.id}`).expect(200)).body as Row;
  const focusArea = async () => (await k.http.get(`/api/focus-areas/${s.focusArea.id}`).expect(200)).body as Row;
  const start = async (who: Client = s.member) =>
    (await who.post(`/api/plans/${s.plan.id}/scenarios`).send({}).expect(201)).body.id as string;
  const stage = (who: Client, id: string, changes: object[]) => who.put(`/api/scenarios/${id}/changes`).send({ changes });
  const preview = async (who: Client, id: string) =>
    (await who.get(`/api/scenarios/${id}/preview`).expect(200)).body as { now: Side; scenario: Side };
  const healthOf = (side: Side, id: string) => side.health.find((h) => h.nodeId === id)?.health;

  beforeAll(async () => {
    k = await startKompas();
    s = await seedSmallPlan(k);
    director = await k.as('director', { name: 'Dorte Direktør' });
    file = new DatabaseFile(k.databasePath);
    // An adopted plan since 2024, whose action's indicator met its 2024 target but owes its 2025 value: at risk.
    const plan = (await k.http.get(`/api/plans/${s.plan.id}`).expect(200)).body as { version: number };
    await k.http.patch(`/api/plans/${s.plan.id}`).set('If-Match', `"${plan.version}"`).send({ periodStart: '2024-01-01' }).expect(200);
    const again = (await k.http.get(`/api/plans/${s.plan.id}`).expect(200)).body as { version: number };
    await k.http.patch(`/api/plans/${s.plan.id}`).set('If-Match', `"${again.version}"`).send({ status: 'adopted' }).expect(200);
    await s.manager.patch(`/api/actions/${s.action.id}`).set('If-Match', `"${s.action.version}"`).send({ status: 'launched' }).expect(200);
    await s.manager.post('/api/links').send({ sourceId: s.action.id, targetId: s.focusArea.id }).expect(201);
    await s.member.post('/api/links').send({ sourceId: s.focusArea.id, targetId: s.aimingPoint.id }).expect(201);
    indicator = (
      await s.manager
        .post('/api/indicators')
        .send({
          actionId: s.action.id,
          title: 'Læsescore',
          type: 'quantitative',
          evidenceKind: 'survey',
          cadence: 'yearly',
          unit: '%',
          direction: 'up',
          baselineValue: 50,
          targets: [{ period: '2024', value: 60 }],
        })
        .expect(201)
    ).body;
    await s.manager.post(`/api/indicators/${indicator.id}/observations`).send({ period: '2024', value: 70 }).expect(201);
    // It has been measured since the plan began (its rows are made today, so it would owe nothing yet).
    await k.dataSource.query(`UPDATE "indicator" SET "createdAt" = '2024-01-01 00:00:00.000' WHERE "id" = ?`, [indicator.id]);
  });
  afterAll(async () => {
    file?.close();
    await k.close();
  });

  it('lets directors and committee members start one, and refuses everyone else', async () => {
    expect(await start(director)).toMatch(/^[0-9a-f-]{36}$/);
    expect(await start(s.member)).toMatch(/^[0-9a-f-]{36}$/);
    for (const who of [k.http, s.manager, await k.as('viewer')]) {
      const res = await who.post(`/api/plans/${s.plan.id}/scenarios`).send({ name: 'Prøve' });
      expectError(res, 403, 'forbidden');
      expect(res.body.reason.code).toBe('not_scenario_stager');
    }
    expectError(await s.member.post(`/api/plans/${UNKNOWN_ID}/scenarios`).send({}), 404, 'not_found', ['planId']);
  });

  it('shows in the preview that stopping the action takes its focus area off "at risk"', async () => {
    const id = await start();
    const a = await action();
    await stage(s.member, id, [{ kind: 'actionStatus', id: a.id, version: a.version, status: 'stopped' }]).expect(200);
    const { now, scenario } = await preview(s.member, id);
    expect(healthOf(now, indicator.id)).toBe('atRisk');
    expect(healthOf(now, s.focusArea.id)).toBe('atRisk');
    expect(healthOf(scenario, indicator.id)).toBe('onTrack');
    expect(healthOf(scenario, s.focusArea.id)).toBe('onTrack');
    expect(now.health.find((h) => h.nodeId === s.focusArea.id)?.explanation).toMatch(/^I risiko/);
    // The audit's findings and scores on both sides: the stop settles the overdue finding.
    const overdue = (side: Side) => side.findings.filter((f) => f.code === 'indicatorOverdue' && f.nodeId === indicator.id);
    expect(overdue(now)).toHaveLength(1);
    expect(overdue(scenario)).toHaveLength(0);
    const committeeScore = (side: Side) => side.scores.committees.find((c) => c.id === s.committee.id)?.score;
    expect(committeeScore(now)).toEqual(expect.any(Number));
    // A stopped action no longer serves its focus area: the committee's score follows the scenario's own findings.
    expect(committeeScore(scenario)).toEqual(expect.any(Number));
    expect(committeeScore(scenario)).not.toBe(committeeScore(now));
    // A preview is a read: the action is still launched.
    expect((await action()).status).toBe('launched');
  });

  it('checks staged changes as an adjustment’s, naming changes.N, and writes nothing', async () => {
    const id = await start();
    const a = await action();
    const before = state();
    expectError(await stage(s.member, id, [{ kind: 'actionColour', id: a.id, version: a.version }]), 400, 'validation_failed', [
      'changes.0.kind',
    ]);
    expectError(
      await stage(s.member, id, [
        { kind: 'actionStatus', id: a.id, version: a.version, status: 'adjusting' },
        { kind: 'actionStatus', id: UNKNOWN_ID, version: 1, status: 'stopped' },
      ]),
      404,
      'not_found',
      ['changes.1.id'],
    );
    expectError(
      await stage(s.member, id, [{ kind: 'actionStatus', id: a.id, version: a.version - 1, status: 'stopped' }]),
      409,
      'change_outdated',
      ['changes.0.version'],
    );
    // The action's own rule: a launched action is not identified again.
    expectError(
      await stage(s.member, id, [{ kind: 'actionStatus', id: a.id, version: a.version, status: 'identified' }]),
      422,
      'status_transition_forbidden',
    );
    // Staging, even what the stager's committee does not own, changes nothing in the plan or the trail.
    const f = await focusArea();
    const staged = await stage(s.member, id, [
      { kind: 'actionStatus', id: a.id, version: a.version, status: 'adjusting' },
      { kind: 'focusAreaStatus', id: f.id, version: f.version, status: 'adopted' },
    ]).expect(200);
    expect(staged.body.changes).toHaveLength(2);
    expect(state()).toEqual(before);
  });

  it('answers 404 to anyone but its author, on every route', async () => {
    const id = await start(director);
    const other = await k.as('director');
    const a = await action();
    expectError(await other.get(`/api/scenarios/${id}/preview`), 404, 'not_found');
    expectError(await stage(other, id, [{ kind: 'actionStatus', id: a.id, version: a.version, status: 'stopped' }]), 404, 'not_found');
    expectError(await other.post(`/api/scenarios/${id}/apply`).send({ decision: decision(), reason: 'Nej' }), 404, 'not_found');
    expectError(await other.delete(`/api/scenarios/${id}`), 404, 'not_found');
    expectError(await s.member.get(`/api/scenarios/${id}/preview`), 404, 'not_found');
    // The author still has it.
    await preview(director, id);
  });

  it('gives a scenario back to its author with its staged changes, and lists their open ones newest first', async () => {
    const author = await k.as('director', { name: 'Anna Author' });
    const older = await start(author);
    const newer = await start(author);
    const a = await action();
    const change = { kind: 'actionStatus', id: a.id, version: a.version, status: 'stopped' };
    await stage(author, newer, [change]).expect(200);

    const back = (await author.get(`/api/scenarios/${newer}`).expect(200)).body;
    expect(back).toMatchObject({ id: newer, planId: s.plan.id, changes: [change] });
    expect(new Date(back.createdAt).toISOString()).toBe(back.createdAt);

    const listed = (await author.get(`/api/plans/${s.plan.id}/scenarios`).expect(200)).body as object[];
    expect(listed).toEqual([
      { id: newer, planId: s.plan.id, createdAt: back.createdAt, changeCount: 1 },
      expect.objectContaining({ id: older, changeCount: 0 }),
    ]);
    // Someone else's list holds none of them; a thrown-away scenario leaves the list.
    const others = (await director.get(`/api/plans/${s.plan.id}/scenarios`).expect(200)).body as { id: string }[];
    expect(others.map((x) => x.id)).not.toContain(newer);
    await author.delete(`/api/scenarios/${older}`).expect(204);
    expect(((await author.get(`/api/plans/${s.plan.id}/scenarios`).expect(200)).body as { id: string }[]).map((x) => x.id)).toEqual([
      newer,
    ]);
  });

  it('reads a scenario back only for its author: 404 for anyone else, an unknown or a malformed id', async () => {
    const id = await start(director);
    expectError(await (await k.as('director')).get(`/api/scenarios/${id}`), 404, 'not_found');
    expectError(await s.member.get(`/api/scenarios/${id}`), 404, 'not_found');
    expectError(await director.get(`/api/scenarios/${UNKNOWN_ID}`), 404, 'not_found');
    expectError(await director.get('/api/scenarios/not-a-uuid'), 404, 'not_found');
    expectError(await director.get(`/api/plans/${UNKNOWN_ID}/scenarios`), 404, 'not_found', ['planId']);
    expectError(await director.get('/api/plans/not-a-uuid/scenarios'), 404, 'not_found');
    expectError(await s.manager.get(`/api/plans/${s.plan.id}/scenarios`), 403, 'forbidden');
  });

  it('throws a scenario away without changing the plan or the trail', async () => {
    const id = await start();
    const a = await action();
    await stage(s.member, id, [{ kind: 'actionStatus', id: a.id, version: a.version, status: 'stopped' }]).expect(200);
    const before = state();
    await s.member.delete(`/api/scenarios/${id}`).expect(204);
    expect(state()).toEqual(before);
    expectError(await s.member.get(`/api/scenarios/${id}/preview`), 404, 'not_found');
  });

  it('refuses to apply when a staged row has changed underneath, listing it', async () => {
    const id = await start();
    const f = await focusArea();
    await stage(s.member, id, [{ kind: 'focusAreaStatus', id: f.id, version: f.version, status: 'adopted' }]).expect(200);
    await s.member.patch(`/api/focus-areas/${f.id}`).set('If-Match', `"${f.version}"`).send({ title: 'Trivsel og læring' }).expect(200);
    const before = state();
    const res = await s.member.post(`/api/scenarios/${id}/apply`).send({ decision: decision(), reason: 'Vedtaget' });
    expectError(res, 409, 'scenario_conflict', ['changes']);
    expect(res.body.rows).toEqual([{ table: 'focus_area', id: f.id, version: f.version, now: f.version + 1 }]);
    expect(state()).toEqual(before);
  });

  it('applies exactly the staged changes as one adjustment, split per owner, in one trail entry', async () => {
    const id = await start();
    const a = await action();
    const f = await focusArea();
    await stage(s.member, id, [
      { kind: 'focusAreaStatus', id: f.id, version: f.version, status: 'adopted' },
      { kind: 'actionStatus', id: a.id, version: a.version, status: 'stopped' },
    ]).expect(200);
    const trailBefore = file.count('audit_entry');
    const actionRow = file.rows('action').find((r) => r['id'] === a.id);
    expectError(await s.member.post(`/api/scenarios/${id}/apply`).send({ decision: decision() }), 400, 'validation_failed', ['reason']);
    const res = await s.member.post(`/api/scenarios/${id}/apply`).send({ decision: decision(), reason: 'Fokus på trivsel' }).expect(201);
    const body = res.body as { groupId: string; adjustments: { state: string; owner: { kind: string }; changes: object[] }[] };
    expect(body.adjustments.map((j) => [j.owner.kind, j.state])).toEqual([
      ['committee', 'applied'],
      ['unit', 'pending'],
    ]);
    expect(body.adjustments.map((j) => j.changes)).toEqual([
      [{ kind: 'focusAreaStatus', id: f.id, version: f.version, status: 'adopted' }],
      [{ kind: 'actionStatus', id: a.id, version: a.version, status: 'stopped' }],
    ]);
    // The member's part is made; the unit's waits for its manager; one entry in the trail.
    expect((await focusArea()).status).toBe('adopted');
    expect(file.rows('action').find((r) => r['id'] === a.id)).toEqual(actionRow);
    expect(file.count('audit_entry')).toBe(trailBefore + 1);
    const entry = (await k.http.get(`/api/audit?groupId=${body.groupId}`).expect(200)).body.items;
    expect(entry).toHaveLength(1);
    expect(entry[0]).toMatchObject({ action: 'adjust', reason: 'Fokus på trivsel' });
    // Applied, it is gone.
    expectError(await s.member.get(`/api/scenarios/${id}/preview`), 404, 'not_found');
  });
});
