import { expectError, Kompas, seedMeasurement, seedSmallPlan, startKompas, UNKNOWN_ID } from './harness';

type Assessment = {
  id: string;
  nodeId: string;
  proposal: string;
  declined: { decision: { committeeName: string | null; caseNumber: string }; reason: string; byName: string } | null;
  date: string;
  reflection: string;
  evidence: { indicatorIds: string[]; observationIds: string[]; kinds: string[] };
};

describe('assessments', () => {
  let k: Kompas;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  let m: Awaited<ReturnType<typeof seedMeasurement>>;
  const entries = async () => Number((await k.dataSource.query(`SELECT count(*) AS n FROM "audit_entry"`))[0].n);

  beforeAll(async () => {
    k = await startKompas();
    s = await seedSmallPlan(k);
    m = await seedMeasurement(k, s.action.id, s.manager);
  });
  afterAll(() => k.close());

  it('records an assessment of an action with its evidence, in one trail entry that the action’s history shows', async () => {
    const before = await entries();
    const res = await s.manager
      .post('/api/assessments')
      .send({
        nodeId: s.action.id,
        date: '2026-03-01',
        status: 'atRisk',
        reflection: 'Læsescoren står stille.',
        evidence: { indicatorIds: [m.indicator.id], observationIds: [m.observation.id], kinds: ['survey', 'dialogue'] },
      })
      .expect(201);
    expect(res.body).toMatchObject({
      nodeId: s.action.id,
      nodeKind: 'action',
      planId: s.plan.id,
      status: 'atRisk',
      proposal: 'none',
      authorName: 'Lars Leder',
      evidence: { indicatorIds: [m.indicator.id], observationIds: [m.observation.id], kinds: ['survey', 'dialogue'] },
    });
    expect(await entries()).toBe(before + 1);
    const history = (await s.manager.get(`/api/audit?entityId=${s.action.id}`).expect(200)).body.items;
    expect(history[0]).toMatchObject({ action: 'assess', entity: 'assessment', entityId: res.body.id });
  });

  it('lists a node’s assessments newest first', async () => {
    await s.manager
      .post('/api/assessments')
      .send({ nodeId: s.action.id, date: '2026-01-15', status: 'onTrack', reflection: 'Godt i gang.' })
      .expect(201);
    await s.manager
      .post('/api/assessments')
      .send({ nodeId: s.action.id, date: '2026-05-01', status: 'offTrack', reflection: 'Ude af sporet.' })
      .expect(201);
    const list = (await k.http.get(`/api/nodes/${s.action.id}/assessments`).expect(200)).body as Assessment[];
    expect(list.map((a) => a.date)).toEqual(['2026-05-01', '2026-03-01', '2026-01-15']);
    expectError(await k.http.get(`/api/nodes/${UNKNOWN_ID}/assessments`), 404, 'not_found');
  });

  it('lets whoever may change the node assess it, directors anything, and refuses others with 403', async () => {
    const director = await k.as('director');
    await director
      .post('/api/assessments')
      .send({ nodeId: s.aimingPoint.id, date: '2026-02-01', status: 'onTrack', reflection: 'På vej.' })
      .expect(201);
    await s.member
      .post('/api/assessments')
      .send({ nodeId: s.focusArea.id, date: '2026-02-01', status: 'onTrack', reflection: 'På vej.' })
      .expect(201);
    const refused = await s.member
      .post('/api/assessments')
      .send({ nodeId: s.action.id, date: '2026-02-01', status: 'onTrack', reflection: 'x' });
    expectError(refused, 403, 'forbidden');
    expect(refused.body.reason.code).toBe('not_assessor');
    const viewer = await k.as('viewer');
    expectError(
      await viewer.post('/api/assessments').send({ nodeId: s.focusArea.id, date: '2026-02-01', status: 'onTrack', reflection: 'x' }),
      403,
      'forbidden',
    );
  });

  it('refuses the vision, an indicator, evidence of another plan and a bad status, naming the field', async () => {
    const body = { date: '2026-02-01', status: 'onTrack', reflection: 'x' };
    const vision = await k.http.post('/api/assessments').send({ ...body, nodeId: s.plan.id });
    expectError(vision, 422, 'not_assessable');
    expect(vision.body.details[0].field).toBe('nodeId');
    expectError(await k.http.post('/api/assessments').send({ ...body, nodeId: m.indicator.id }), 422, 'not_assessable');
    const other = await seedSmallPlan(k);
    const foreign = await seedMeasurement(k, other.action.id, other.manager);
    const res = await s.manager
      .post('/api/assessments')
      .send({ ...body, nodeId: s.action.id, evidence: { indicatorIds: [m.indicator.id, foreign.indicator.id] } });
    expectError(res, 422, 'across_plans');
    expect(res.body.details[0].field).toBe('evidence.indicatorIds.1');
    const obs = await s.manager
      .post('/api/assessments')
      .send({ ...body, nodeId: s.action.id, evidence: { observationIds: [foreign.observation.id] } });
    expect(obs.body.details[0].field).toBe('evidence.observationIds.0');
    const kind = await s.manager.post('/api/assessments').send({ ...body, nodeId: s.action.id, evidence: { kinds: ['rumours'] } });
    expectError(kind, 400, 'validation_failed');
    expectError(await s.manager.post('/api/assessments').send({ ...body, nodeId: s.action.id, status: 'fine' }), 400, 'validation_failed');
  });

  it('keeps a proposal open until it is declined with its decision, and lists the plan’s open proposals by committee', async () => {
    // The action contributes to the committee's focus area, so its proposals are the committee's to look at.
    await s.manager.post('/api/links').send({ sourceId: s.action.id, targetId: s.focusArea.id }).expect(201);
    const proposal = (
      await s.manager
        .post('/api/assessments')
        .send({
          nodeId: s.action.id,
          date: '2026-04-01',
          status: 'offTrack',
          reflection: 'Virker ikke.',
          proposedAdjustment: 'Stop handlingen.',
        })
        .expect(201)
    ).body as Assessment;
    expect(proposal.proposal).toBe('open');
    const open = (await k.http.get(`/api/plans/${s.plan.id}/assessments?proposal=open&committeeId=${s.committee.id}`).expect(200))
      .body as Assessment[];
    expect(open.map((a) => a.id)).toEqual([proposal.id]);

    // The unit's action: its managers, directors and administrators record the decision; here a director does.
    const director = await k.as('director', { name: 'Dorte Direktør' });
    const before = await entries();
    const decision = { decidedBy: 'committee', committeeId: s.committee.id, decidedAt: '2026-05-12', caseNumber: 'sag 26/1234' };
    const declined = (
      await director.post(`/api/assessments/${proposal.id}/decline`).send({ decision, reason: 'Vi giver den et år mere.' }).expect(200)
    ).body as Assessment;
    expect(declined).toMatchObject({
      proposal: 'declined',
      declined: {
        decision: { committeeName: 'Udvalget for Læring', caseNumber: 'sag 26/1234' },
        reason: 'Vi giver den et år mere.',
        byName: 'Dorte Direktør',
      },
    });
    expect(await entries()).toBe(before + 1);
    expect((await k.http.get(`/api/plans/${s.plan.id}/assessments?proposal=open`).expect(200)).body).toEqual([]);
    expectError(await director.post(`/api/assessments/${proposal.id}/decline`).send({ decision, reason: 'igen' }), 409, 'proposal_closed');
    expectError(await s.member.post(`/api/assessments/${proposal.id}/decline`).send({ decision, reason: 'igen' }), 403, 'forbidden');
    const history = (await k.http.get(`/api/audit?entityId=${s.action.id}`).expect(200)).body.items;
    expect(history[0]).toMatchObject({ action: 'decline', entity: 'assessment', entityId: proposal.id });
  });

  it('refuses a decline by someone who may not assess the node, and a committee decision without its committee', async () => {
    const proposal = (
      await s.manager
        .post('/api/assessments')
        .send({
          nodeId: s.action.id,
          date: '2026-04-02',
          status: 'atRisk',
          reflection: 'Usikkert.',
          proposedAdjustment: 'Flyt slutdatoen.',
        })
        .expect(201)
    ).body as Assessment;
    const viewer = await k.as('viewer');
    const decision = { decidedBy: 'council', decidedAt: '2026-05-12', caseNumber: '26/99' };
    expectError(await viewer.post(`/api/assessments/${proposal.id}/decline`).send({ decision, reason: 'Nej' }), 403, 'forbidden');
    const missing = await s.manager
      .post(`/api/assessments/${proposal.id}/decline`)
      .send({ decision: { ...decision, decidedBy: 'committee' }, reason: 'Nej' });
    expectError(missing, 400, 'validation_failed');
    expect(missing.body.details[0].field).toBe('decision.committeeId');
    expectError(await s.manager.post(`/api/assessments/${UNKNOWN_ID}/decline`).send({ decision, reason: 'Nej' }), 404, 'not_found');
  });
});
