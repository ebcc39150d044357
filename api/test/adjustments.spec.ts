import { Client, expectError, Kompas, seedMeasurement, seedSmallPlan, startKompas, UNKNOWN_ID } from './harness';

type FA = { id: string; title: string; rank: number; version: number; status: string };
type Adjustment = {
  id: string;
  groupId: string;
  state: string;
  owner: { kind: string; id: string; name: string };
  decision: { committeeName: string | null; decidedAt: string; caseNumber: string };
  changes: { kind: string }[];
  appliedByName: string | null;
  auditSeq: number | null;
};

describe('adjustments', () => {
  let k: Kompas;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  let second: FA;
  const decision = () => ({ decidedBy: 'committee', committeeId: s.committee.id, decidedAt: '2026-05-12', caseNumber: 'sag 26/1234' });
  const entries = async () => Number((await k.dataSource.query(`SELECT count(*) AS n FROM "audit_entry"`))[0].n);
  const focusAreas = async () =>
    ((await k.http.get(`/api/plans/${s.plan.id}/focus-areas?committeeId=${s.committee.id}`).expect(200)).body as FA[]).map((f) => ({
      ...f,
    }));
  const action = async () =>
    (await k.http.get(`/api/actions/${s.action.id}`).expect(200)).body as { status: string; version: number; endDate: string | null };
  const adjust = (who: Client, changes: object[], extra: object = {}) =>
    who.post('/api/adjustments').send({ planId: s.plan.id, decision: decision(), reason: 'Læsning først', changes, ...extra });

  beforeAll(async () => {
    k = await startKompas();
    s = await seedSmallPlan(k);
    second = (await s.member.post('/api/focus-areas').send({ committeeId: s.committee.id, title: 'Læsning for alle' }).expect(201)).body;
    await s.manager.patch(`/api/actions/${s.action.id}`).set('If-Match', `"${s.action.version}"`).send({ status: 'launched' }).expect(200);
  });
  afterAll(() => k.close());

  it('applies a committee’s re-ranking whole, in one trail entry the focus areas’ history shows with its decision', async () => {
    const [first, other] = await focusAreas();
    const before = await entries();
    const res = await adjust(s.member, [
      { kind: 'focusAreaRank', id: other.id, version: other.version, rank: 1 },
      { kind: 'focusAreaRank', id: first.id, version: first.version, rank: 2 },
    ]).expect(201);
    const created = res.body as { groupId: string; adjustments: Adjustment[] };
    expect(created.adjustments).toHaveLength(1);
    expect(created.adjustments[0]).toMatchObject({
      groupId: created.groupId,
      state: 'applied',
      owner: { kind: 'committee', id: s.committee.id, name: 'Udvalget for Læring' },
      decision: { committeeName: 'Udvalget for Læring', decidedAt: '2026-05-12', caseNumber: 'sag 26/1234' },
      appliedByName: 'Mette Medlem',
    });
    expect((await focusAreas()).map((f) => [f.rank, f.title])).toEqual([
      [1, 'Læsning for alle'],
      [2, 'Trivsel i skolen'],
    ]);
    expect(await entries()).toBe(before + 1);
    const id = created.adjustments[0].id;
    const byDecision = (await k.http.get(`/api/audit?adjustmentId=${id}`).expect(200)).body.items;
    expect(byDecision).toHaveLength(1);
    expect(byDecision[0]).toMatchObject({
      seq: created.adjustments[0].auditSeq,
      action: 'adjust',
      entity: 'adjustment',
      entityId: id,
      reason: 'Læsning først',
    });
    expect((await k.http.get(`/api/audit?groupId=${created.groupId}`).expect(200)).body.items.map((e: { seq: number }) => e.seq)).toEqual([
      byDecision[0].seq,
    ]);
    const history = (await s.member.get(`/api/audit?entityId=${first.id}`).expect(200)).body.items;
    expect(history[0]).toMatchObject({
      action: 'adjust',
      adjustment: {
        id,
        groupId: created.groupId,
        reason: 'Læsning først',
        decision: { committeeName: 'Udvalget for Læring', caseNumber: 'sag 26/1234' },
      },
    });
    expect(history[0].changes.map((c: { table: string }) => c.table).sort()).toEqual(['adjustment', 'focus_area', 'focus_area']);
  });

  it('refuses the whole decision when one change is bad, names changes.N and writes nothing', async () => {
    const [first, other] = await focusAreas();
    const before = {
      entries: await entries(),
      order: await focusAreas(),
      adjustments: (await k.http.get(`/api/plans/${s.plan.id}/adjustments`)).body.length,
    };
    const stale = await adjust(s.member, [
      { kind: 'focusAreaRank', id: other.id, version: other.version, rank: 1 },
      { kind: 'focusAreaStatus', id: first.id, version: first.version - 1, status: 'adopted' },
    ]);
    expectError(stale, 409, 'change_outdated');
    expect(stale.body.details[0].field).toBe('changes.1.version');
    const act = await action();
    const transition = await adjust(s.manager, [
      { kind: 'actionDates', id: s.action.id, version: act.version, startDate: '2026-01-01', endDate: '2026-12-31' },
      { kind: 'actionStatus', id: s.action.id, version: act.version, status: 'identified' },
    ]);
    expectError(transition, 422, 'status_transition_forbidden');
    expect(transition.body.details[0].field).toBe('changes.1.status');
    expect((await action()).endDate).toBe(act.endDate);
    const shape = await adjust(s.member, [{ kind: 'focusAreaRank', id: first.id, version: first.version, rank: 1, title: 'x' }]);
    expectError(shape, 400, 'validation_failed');
    expect(shape.body.details[0].field).toBe('changes.0.title');
    const unknown = await adjust(s.member, [{ kind: 'actionStatus', id: UNKNOWN_ID, version: 1, status: 'stopped' }]);
    expectError(unknown, 404, 'not_found');
    expect(unknown.body.details[0].field).toBe('changes.0.id');
    const notMine = await adjust(s.manager, [{ kind: 'focusAreaRank', id: first.id, version: first.version, rank: 2 }]);
    expectError(notMine, 403, 'forbidden');
    expect(notMine.body.details[0].field).toBe('changes.0');
    expect(await entries()).toBe(before.entries);
    expect(await focusAreas()).toEqual(before.order);
    expect((await k.http.get(`/api/plans/${s.plan.id}/adjustments`)).body).toHaveLength(before.adjustments);
  });

  it('splits a decision spanning owners: the committee’s part applied, the unit’s pending until its manager applies it', async () => {
    const [first, other] = await focusAreas();
    const act = await action();
    const res = await adjust(s.member, [
      { kind: 'focusAreaRank', id: other.id, version: other.version, rank: 1 },
      { kind: 'actionStatus', id: s.action.id, version: act.version, status: 'stopped' },
    ]).expect(201);
    const parts = res.body.adjustments as Adjustment[];
    expect(parts.map((p) => [p.owner.kind, p.state, p.changes.map((c) => c.kind)])).toEqual([
      ['committee', 'applied', ['focusAreaRank']],
      ['unit', 'pending', ['actionStatus']],
    ]);
    expect((await focusAreas()).map((f) => f.id)).toEqual([other.id, first.id]);
    expect((await action()).status).toBe('launched');
    const pending = (await k.http.get(`/api/plans/${s.plan.id}/adjustments?state=pending`).expect(200)).body as Adjustment[];
    expect(pending.map((p) => p.id)).toEqual([parts[1].id]);

    expectError(await s.member.post(`/api/adjustments/${parts[1].id}/apply`), 403, 'forbidden');
    const before = await entries();
    const applied = (await s.manager.post(`/api/adjustments/${parts[1].id}/apply`).expect(200)).body as Adjustment;
    expect(applied).toMatchObject({ state: 'applied', appliedByName: 'Lars Leder', groupId: res.body.groupId });
    expect(await entries()).toBe(before + 1);
    expect((await action()).status).toBe('stopped');
    expectError(await s.manager.post(`/api/adjustments/${parts[1].id}/apply`), 409, 'already_applied');
    const history = (await k.http.get(`/api/audit?entityId=${s.action.id}`).expect(200)).body.items;
    expect(history[0]).toMatchObject({ action: 'adjust', adjustment: { id: parts[1].id, decision: { caseNumber: 'sag 26/1234' } } });
    expect((await k.http.get(`/api/audit?groupId=${res.body.groupId}`).expect(200)).body.items).toHaveLength(2);
    expect((await k.http.get(`/api/plans/${s.plan.id}/adjustments?state=pending`).expect(200)).body).toEqual([]);
  });

  it('changes targets, an action’s dates and links, and answers an open proposal, which then counts as answered', async () => {
    const m = await seedMeasurement(k, s.action.id, s.manager);
    const proposal = (
      await s.manager
        .post('/api/assessments')
        .send({
          nodeId: s.action.id,
          date: '2026-04-01',
          status: 'atRisk',
          reflection: 'For sent.',
          proposedAdjustment: 'Forlæng handlingen.',
        })
        .expect(201)
    ).body;
    const act = await action();
    const link = (await s.member.post('/api/links').send({ sourceId: s.focusArea.id, targetId: s.aimingPoint.id }).expect(201)).body;
    const res = await adjust(
      s.manager,
      [
        { kind: 'actionDates', id: s.action.id, version: act.version, startDate: '2026-01-01', endDate: '2027-12-31' },
        { kind: 'targets', id: m.indicator.id, version: m.indicator.version, targets: [{ period: '2027', value: 80 }] },
        { kind: 'linkAdd', from: s.action.id, to: second.id, rationale: 'Læsning' },
      ],
      { answersAssessmentId: proposal.id, decision: { decidedBy: 'council', decidedAt: '2026-06-01', caseNumber: '26/2000' } },
    ).expect(201);
    expect(res.body.adjustments.map((a: Adjustment) => a.state)).toEqual(['applied']);
    expect((await action()).endDate).toBe('2027-12-31');
    expect((await k.http.get(`/api/indicators/${m.indicator.id}`).expect(200)).body.targets).toEqual([
      expect.objectContaining({ period: '2027', value: 80 }),
    ]);
    const answered = (await k.http.get(`/api/nodes/${s.action.id}/assessments`).expect(200)).body.find(
      (a: { id: string }) => a.id === proposal.id,
    );
    expect(answered).toMatchObject({
      proposal: 'answered',
      answeredBy: { adjustmentId: res.body.adjustments[0].id, groupId: res.body.groupId },
    });
    const again = await adjust(
      s.manager,
      [{ kind: 'actionStatus', id: s.action.id, version: (await action()).version, status: 'completed' }],
      {
        answersAssessmentId: proposal.id,
      },
    );
    expectError(again, 409, 'proposal_closed');
    expect(again.body.details[0].field).toBe('answersAssessmentId');
    const removed = await adjust(s.member, [{ kind: 'linkRemove', id: link.id, version: link.version }]).expect(201);
    expect(removed.body.adjustments[0].state).toBe('applied');
    expectError(await k.http.get(`/api/links/${link.id}`), 404, 'not_found');
  });

  it('lists a plan’s adjustments newest decision first, by committee and by date', async () => {
    const all = (await k.http.get(`/api/plans/${s.plan.id}/adjustments`).expect(200)).body as Adjustment[];
    expect(all[0].decision.decidedAt).toBe('2026-06-01');
    const june = (await k.http.get(`/api/plans/${s.plan.id}/adjustments?from=2026-06-01&to=2026-06-30`).expect(200)).body as Adjustment[];
    expect(june.map((a) => a.decision.caseNumber)).toEqual(['26/2000']);
    const committee = (await k.http.get(`/api/plans/${s.plan.id}/adjustments?committeeId=${s.committee.id}`).expect(200))
      .body as Adjustment[];
    expect(committee.every((a) => a.decision.committeeName === 'Udvalget for Læring')).toBe(true);
    expectError(await k.http.get(`/api/plans/${s.plan.id}/adjustments?state=done`), 400, 'validation_failed');
    expectError(await k.http.get(`/api/plans/${UNKNOWN_ID}/adjustments`), 404, 'not_found');
  });
});
