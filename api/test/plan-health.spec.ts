import { addDays, copenhagenDate } from '@kompas/domain';
import { Client, expectError, Kompas, seedSmallPlan, startKompas, UNKNOWN_ID } from './harness';

type NodeHealth = {
  nodeId: string;
  health: string;
  explanation: string;
  reasons: { nodeId: string; code: string; params: Record<string, unknown> }[];
};
type PlanHealth = { planId: string; nodes: NodeHealth[] };

/** The explained health roll-up over HTTP: an observation recorded on an action's only indicator moves the action and its focus area. */
describe('GET /api/plans/{planId}/health', () => {
  let k: Kompas;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  let manager: Client;
  let indicatorId: string;

  const health = async (lang?: string, planId = s.plan.id) => {
    const res = await k.http.get(`/api/plans/${planId}/health${lang ? `?lang=${lang}` : ''}`).expect(200);
    const body = res.body as PlanHealth;
    return { body, of: (id: string) => body.nodes.find((n) => n.nodeId === id) as NodeHealth };
  };

  beforeAll(async () => {
    k = await startKompas();
    s = await seedSmallPlan(k);
    manager = s.manager;
    await s.member.post('/api/links').send({ sourceId: s.focusArea.id, targetId: s.aimingPoint.id }).expect(201);
    await manager.post('/api/links').send({ sourceId: s.action.id, targetId: s.focusArea.id }).expect(201);
    indicatorId = (
      await manager
        .post('/api/indicators')
        .send({
          actionId: s.action.id,
          title: 'Elever der læser alderssvarende',
          type: 'quantitative',
          evidenceKind: 'survey',
          cadence: 'yearly',
          unit: '%',
          direction: 'up',
        })
        .expect(201)
    ).body.id;
  });
  afterAll(() => k.close());

  it('answers every node of the plan, with no data before anything is measured', async () => {
    const { body, of } = await health();
    expect(body.planId).toBe(s.plan.id);
    expect(body.nodes.map((n) => n.nodeId).sort()).toEqual([s.plan.id, s.aimingPoint.id, s.focusArea.id, s.action.id, indicatorId].sort());
    expect(of(indicatorId)).toMatchObject({
      health: 'noData',
      explanation: "Ingen data: indikatoren 'Elever der læser alderssvarende' har ingen målinger endnu",
    });
    expect(of(s.focusArea.id).health).toBe('noData');
  });

  it('an off-track observation on the action’s only indicator turns the action off track, its focus area with it, and says why in both languages', async () => {
    await manager.post(`/api/indicators/${indicatorId}/observations`).send({ period: '2025', value: 80, judgement: 'onTrack' }).expect(201);
    const before = await health();
    expect(before.of(s.action.id).health).toBe('onTrack');
    expect(before.of(s.focusArea.id).health).toBe('onTrack');

    await manager
      .post(`/api/indicators/${indicatorId}/observations`)
      .send({ period: '2026', value: 52, judgement: 'offTrack' })
      .expect(201);
    const da = await health('da');
    const action = da.of(s.action.id);
    expect(action.health).toBe('offTrack');
    expect(action.explanation).toBe(
      "Ude af sporet: 1 af 1 indikator er ikke på sporet; indikatoren 'Elever der læser alderssvarende' er vurderet ude af sporet for 2026",
    );
    expect(action.reasons).toContainEqual(
      expect.objectContaining({
        nodeId: indicatorId,
        code: 'judgement',
        params: expect.objectContaining({ judgement: 'offTrack', period: '2026' }),
      }),
    );
    const focusArea = da.of(s.focusArea.id);
    expect(focusArea.health).toBe('offTrack');
    expect(focusArea.explanation).toContain("handlingen 'Læsevenner i indskolingen' er ude af sporet");
    expect(focusArea.reasons.find((r) => r.code === 'childHealth')?.nodeId).toBe(s.action.id);
    expect(da.of(s.aimingPoint.id).health).toBe('offTrack');
    expect(da.of(s.plan.id).health).toBe('offTrack');

    const en = await health('en');
    expect(en.of(s.action.id).explanation).toBe(
      "Off track: 1 of 1 indicator is not on track; indicator 'Elever der læser alderssvarende' is judged off track for 2026",
    );
    expect(en.of(s.focusArea.id).explanation).toMatch(
      /^Off track: 1 of 1 action is not on track; action 'Læsevenner i indskolingen' is off track/,
    );
    // Danish is the default.
    expect((await health()).of(s.action.id).explanation).toBe(action.explanation);
  });

  it('a value near its target is at risk, "0,8 point fra målet" in Danish and "0.8 points" in English', async () => {
    const i = (
      await manager
        .post('/api/indicators')
        .send({
          actionId: s.action.id,
          title: 'Ledighedsprocent',
          type: 'quantitative',
          evidenceKind: 'statistics',
          cadence: 'quarterly',
          unit: '%',
          direction: 'down',
          baselineValue: 12,
          targets: [{ period: '2026', value: 3 }],
        })
        .expect(201)
    ).body;
    await manager.post(`/api/indicators/${i.id}/observations`).send({ period: '2026K1', value: 3.8 }).expect(201);
    const da = await health('da');
    expect(da.of(i.id)).toMatchObject({
      health: 'atRisk',
      explanation: "I risiko: indikatoren 'Ledighedsprocent' er 0,8 point fra målet siden 2026K1",
    });
    expect((await health('en')).of(i.id).explanation).toBe(
      "At risk: indicator 'Ledighedsprocent' is 0.8 points from its target since 2026Q1",
    );
    // Two indicators, one off track: half of them, so the action stays off track.
    expect(da.of(s.action.id).health).toBe('offTrack');
    expect(da.of(s.action.id).explanation).toMatch(/^Ude af sporet: 2 af 2 indikatorer er ikke på sporet; /);
  });

  it('an assessment from the last 90 days overrides the computed health, says so with its reflection, and its parents follow', async () => {
    const today = copenhagenDate(k.clock.date());
    await manager
      .post('/api/assessments')
      .send({ nodeId: s.action.id, date: addDays(today, -91), status: 'onTrack', reflection: 'For gammel til at tælle.' })
      .expect(201);
    expect((await health()).of(s.action.id).health).toBe('offTrack');
    await manager
      .post('/api/assessments')
      .send({ nodeId: s.action.id, date: addDays(today, -3), status: 'atRisk', reflection: 'Nye læsevenner er på vej.' })
      .expect(201);
    const da = await health();
    const action = da.of(s.action.id);
    expect(action.health).toBe('atRisk');
    expect(action.reasons[0]).toMatchObject({
      nodeId: s.action.id,
      code: 'assessment',
      params: { status: 'atRisk', computed: 'offTrack' },
    });
    expect(action.explanation).toMatch(/^I risiko: vurderet i risiko den .+: "Nye læsevenner er på vej\." \(beregnet: ude af sporet\); /);
    expect(da.of(s.focusArea.id).health).toBe('atRisk');
  });

  it('refuses a language it does not speak, naming lang', async () => {
    expectError(await k.http.get(`/api/plans/${s.plan.id}/health?lang=de`), 400, 'validation_failed', ['lang']);
  });

  it('answers 404 for a plan that does not exist, naming planId', async () => {
    expectError(await k.http.get(`/api/plans/${UNKNOWN_ID}/health`), 404, 'not_found', ['planId']);
  });

  it('is read by anyone signed in, and by nobody without a session', async () => {
    const viewer = await k.as('viewer');
    await viewer.get(`/api/plans/${s.plan.id}/health`).expect(200);
    await k.anon.get(`/api/plans/${s.plan.id}/health`).expect(401);
  });
});
