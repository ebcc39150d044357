import { Client, expectError, Kompas, seedMeasurement, seedSmallPlan, startKompas, UNKNOWN_ID } from './harness';

describe('indicators and observations', () => {
  let k: Kompas;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  let quantitative: { id: string };
  let qualitative: { id: string };
  /** Member of the focus area's committee and manager of the action's unit: owns every indicator here. */
  let both: Client;
  beforeAll(async () => {
    k = await startKompas();
    s = await seedSmallPlan(k);
    both = await k.as(['committeeMember', 'manager'], { committees: [s.committee.id], units: [s.unit.id] });
  });
  afterAll(() => k.close());

  const quant = () => ({
    actionId: s.action.id,
    title: 'Elever der læser alderssvarende',
    description: 'Andel af elever i 2. klasse',
    type: 'quantitative',
    evidenceKind: 'caseSystem',
    cadence: 'quarterly',
    unit: '%',
    direction: 'up',
    baselineValue: 71.5,
    baselineDate: '2025-06-30',
    targetValue: 80,
    targetDate: '2027-06-30',
    example: true,
  });

  it('creates a quantitative indicator on an action with every field', async () => {
    const res = await both.post('/api/indicators').send(quant()).expect(201);
    expect(res.body).toMatchObject({ ...quant(), focusAreaId: null, planId: s.plan.id });
    quantitative = res.body;
  });

  it('creates a qualitative indicator on a focus area', async () => {
    const res = await both
      .post('/api/indicators')
      .send({ focusAreaId: s.focusArea.id, title: 'Dialog med forældre', type: 'qualitative', evidenceKind: 'dialogue', cadence: 'yearly' })
      .expect(201);
    expect(res.body).toMatchObject({ unit: null, direction: null, baselineValue: null, actionId: null });
    qualitative = res.body;
    const list = (await k.http.get(`/api/plans/${s.plan.id}/indicators?focusAreaId=${s.focusArea.id}`).expect(200)).body;
    expect(list.map((i: { id: string }) => i.id)).toEqual([qualitative.id]);
  });

  it.each([
    [{ focusAreaId: null, actionId: null }, 'validation_failed', 'focusAreaId', 400],
    [{ focusAreaId: 'FA', actionId: 'A' }, 'validation_failed', 'focusAreaId', 400],
    [{ unit: null }, 'indicator_shape', 'unit', 422],
    [{ direction: null }, 'indicator_shape', 'direction', 422],
    [{ targetDate: '2020-01-01' }, 'date_order', 'targetDate', 422],
    [{ evidenceKind: 'gossip' }, 'validation_failed', 'evidenceKind', 400],
    [{ cadence: 'weekly' }, 'validation_failed', 'cadence', 400],
    [{ baselineValue: 'high' }, 'validation_failed', 'baselineValue', 400],
  ])('refuses a malformed indicator %j', async (patch, code, field, status) => {
    const body: Record<string, unknown> = { ...quant(), ...patch };
    if (body.focusAreaId === 'FA') body.focusAreaId = s.focusArea.id;
    if (body.actionId === 'A') body.actionId = s.action.id;
    expectError(await both.post('/api/indicators').send(body), status, code, [field]);
  });

  it('refuses a qualitative indicator with a unit, and unknown parents', async () => {
    const body = {
      focusAreaId: s.focusArea.id,
      title: 'x',
      type: 'qualitative',
      evidenceKind: 'staffAssessment',
      cadence: 'yearly',
      unit: '%',
    };
    expectError(await both.post('/api/indicators').send(body), 422, 'indicator_shape', ['unit']);
    expectError(await both.post('/api/indicators').send({ ...quant(), actionId: UNKNOWN_ID }), 404, 'not_found', ['actionId']);
  });

  it('accepts a redundant planId only when it is the plan of what the indicator measures', async () => {
    expectError(await both.post('/api/indicators').send({ ...quant(), planId: UNKNOWN_ID }), 422, 'across_plans', ['planId']);
    const res = await both
      .post('/api/indicators')
      .send({ ...quant(), planId: s.plan.id })
      .expect(201);
    await both.withCurrentVersion().delete(`/api/indicators/${res.body.id}`).expect(204);
  });

  it('changes an indicator, and turning it qualitative drops its numbers', async () => {
    const ind = (await both.post('/api/indicators').send(quant()).expect(201)).body;
    const res = await both
      .withCurrentVersion()
      .patch(`/api/indicators/${ind.id}`)
      .send({ type: 'qualitative', evidenceKind: 'staffAssessment' })
      .expect(200);
    expect(res.body).toMatchObject({ type: 'qualitative', unit: null, direction: null, targetValue: null });
    expectError(await both.withCurrentVersion().patch(`/api/indicators/${ind.id}`).send({ type: 'quantitative' }), 422, 'indicator_shape', [
      'unit',
    ]);
    expectError(
      await both.withCurrentVersion().patch(`/api/indicators/${ind.id}`).send({ actionId: s.action.id }),
      400,
      'validation_failed',
      ['actionId'],
    );
    await both.withCurrentVersion().delete(`/api/indicators/${ind.id}`).expect(204);
  });

  it('records observations by period code or by dates', async () => {
    const a = await both
      .post(`/api/indicators/${quantitative.id}/observations`)
      .send({ period: '2026K1', value: 74.2, judgement: 'atRisk', sourceNote: 'Skolernes testdata' })
      .expect(201);
    expect(a.body).toMatchObject({
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      period: '2026K1',
      value: 74.2,
      judgement: 'atRisk',
      supersedesId: null,
      supersededById: null,
    });
    expect(Date.parse(a.body.recordedAt)).toBeGreaterThan(Date.now() - 60_000);
    const b = await both
      .post(`/api/indicators/${quantitative.id}/observations`)
      .send({ periodStart: '2026-04-01', periodEnd: '2026-04-30', value: 75 })
      .expect(201);
    expect(b.body.period).toBe('2026M04');
    const q = await both
      .post(`/api/indicators/${qualitative.id}/observations`)
      .send({ period: '2025', narrative: 'Forældrene oplever mere ro', judgement: 'onTrack' })
      .expect(201);
    expect(q.body).toMatchObject({
      value: null,
      narrative: 'Forældrene oplever mere ro',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    });
  });

  it.each([
    [{ period: '2026K5', value: 1 }, 400, 'validation_failed', 'period'],
    [{ period: '2026K1', periodStart: '2026-01-01', periodEnd: '2026-03-31', value: 1 }, 400, 'validation_failed', 'period'],
    [{ value: 1 }, 400, 'validation_failed', 'period'],
    [{ periodStart: '2026-01-01', value: 1 }, 400, 'validation_failed', 'periodEnd'],
    [{ periodStart: '2026-01-01', periodEnd: '2026-02-28', value: 1 }, 422, 'invalid_period', 'periodEnd'],
    [{ periodStart: '2026-01-15', periodEnd: '2026-02-14', value: 1 }, 422, 'invalid_period', 'periodEnd'],
    [{ period: '2026K1' }, 422, 'observation_shape', 'value'],
    [{ period: '2026K1', value: 'high' }, 400, 'validation_failed', 'value'],
    [{ period: '2026K1', value: 1, judgement: 'fine' }, 400, 'validation_failed', 'judgement'],
  ])('refuses a malformed observation %j', async (body, status, code, field) => {
    expectError(await both.post(`/api/indicators/${quantitative.id}/observations`).send(body), status, code, [field]);
  });

  it('refuses a number on a qualitative indicator and a missing narrative', async () => {
    expectError(
      await both.post(`/api/indicators/${qualitative.id}/observations`).send({ period: '2026', value: 3 }),
      422,
      'observation_shape',
      ['value'],
    );
    expectError(await both.post(`/api/indicators/${qualitative.id}/observations`).send({ period: '2026' }), 422, 'observation_shape', [
      'narrative',
    ]);
    expectError(await both.post(`/api/indicators/${UNKNOWN_ID}/observations`).send({ period: '2026', value: 1 }), 404, 'not_found');
  });

  it('corrects an observation by superseding it: both stay visible, and only once', async () => {
    const list = (await k.http.get(`/api/indicators/${quantitative.id}/observations`).expect(200)).body;
    const old = list[0];
    const fix = await both
      .post(`/api/observations/${old.id}/supersede`)
      .send({ value: 73.9, sourceNote: 'Rettet: én skole talt to gange' })
      .expect(201);
    expect(fix.body).toMatchObject({ supersedesId: old.id, value: 73.9, period: old.period, judgement: old.judgement });
    const after = (await k.http.get(`/api/indicators/${quantitative.id}/observations`)).body;
    expect(after).toHaveLength(list.length + 1);
    expect(after.find((o: { id: string }) => o.id === old.id)).toMatchObject({ value: 74.2, supersededById: fix.body.id });
    await k.http
      .get(`/api/observations/${old.id}`)
      .expect(200)
      .expect((r) => expect(r.body.supersededById).toBe(fix.body.id));
    expectError(await both.post(`/api/observations/${old.id}/supersede`).send({ value: 1 }), 409, 'already_superseded', ['id']);
    expectError(await both.post(`/api/observations/${UNKNOWN_ID}/supersede`).send({ value: 1 }), 404, 'not_found');
  });

  it('never changes or deletes an observation', async () => {
    const [o] = (await k.http.get(`/api/indicators/${quantitative.id}/observations`)).body;
    expectError(await both.withCurrentVersion().patch(`/api/observations/${o.id}`).send({ value: 1 }), 405, 'method_not_allowed');
    expectError(await both.put(`/api/observations/${o.id}`).send({ value: 1 }), 405, 'method_not_allowed');
    expectError(await both.withCurrentVersion().delete(`/api/observations/${o.id}`), 405, 'method_not_allowed');
    await k.http
      .get(`/api/observations/${o.id}`)
      .expect(200)
      .expect((r) => expect(r.body.value).toBe(o.value));
    expectError(await both.withCurrentVersion().delete(`/api/indicators/${quantitative.id}`), 409, 'in_use');
    expectError(await both.withCurrentVersion().delete(`/api/actions/${s.action.id}`), 409, 'in_use');
  });
});

describe('one current observation per indicator and period', () => {
  let k: Kompas;
  let indicator: { id: string };
  let other: { id: string };
  /** A manager of the unit whose action both indicators measure: records and corrects their observations. */
  let manager: Client;
  beforeAll(async () => {
    k = await startKompas();
    const s = await seedSmallPlan(k);
    manager = s.manager;
    indicator = (await seedMeasurement(k, s.action.id, manager)).indicator;
    other = (await seedMeasurement(k, s.action.id, manager)).indicator;
  });
  afterAll(() => k.close());

  const observations = async (id: string) =>
    (await k.http.get(`/api/indicators/${id}/observations`).expect(200)).body as {
      id: string;
      supersedesId: string | null;
      value: number;
    }[];
  const trailLength = async () => (await k.http.get('/api/audit?limit=1').expect(200)).body.total as number;

  it('answers a second observation of a period 409 observation_exists with the id to correct, and writes nothing', async () => {
    const [first] = await observations(indicator.id);
    const before = await trailLength();
    for (const [body, field] of [
      [{ period: '2025', value: 71 }, 'period'],
      [{ periodStart: '2025-01-01', periodEnd: '2025-12-31', value: 71 }, 'periodStart'],
    ] as const) {
      const res = await manager.post(`/api/indicators/${indicator.id}/observations`).send(body);
      expectError(res, 409, 'observation_exists', [field]);
      expect(res.body.existingId).toBe(first.id);
      expect(res.body.details).toEqual([{ field, code: 'observation_exists', message: `already recorded as ${first.id}` }]);
    }
    expect(await observations(indicator.id)).toHaveLength(1);
    expect(await trailLength()).toBe(before);
    // Another period, the same period of another indicator, and a month inside the year are free.
    await manager.post(`/api/indicators/${indicator.id}/observations`).send({ period: '2024', value: 65 }).expect(201);
    await manager.post(`/api/indicators/${indicator.id}/observations`).send({ period: '2025M01', value: 66 }).expect(201);
    expect((await observations(other.id)).length).toBe(1);
  });

  it('names the correction, not the corrected one, once the period has been corrected; the correction itself is allowed', async () => {
    const [first] = await observations(indicator.id).then((l) => l.filter((o) => o.value === 70));
    const fix = (await manager.post(`/api/observations/${first.id}/supersede`).send({ value: 72 }).expect(201)).body;
    const res = await manager.post(`/api/indicators/${indicator.id}/observations`).send({ period: '2025', value: 73 });
    expectError(res, 409, 'observation_exists', ['period']);
    expect(res.body.existingId).toBe(fix.id);
    // Correcting the correction with the same period given again is fine.
    await manager.post(`/api/observations/${fix.id}/supersede`).send({ period: '2025', value: 74 }).expect(201);
  });

  it('refuses a correction for another period, naming the field, and writes nothing', async () => {
    const current = (await observations(indicator.id)).find((o) => o.value === 74)!;
    const before = await trailLength();
    expectError(
      await manager.post(`/api/observations/${current.id}/supersede`).send({ period: '2026', value: 75 }),
      422,
      'correction_mismatch',
      ['period'],
    );
    expectError(
      await manager
        .post(`/api/observations/${current.id}/supersede`)
        .send({ periodStart: '2025-01-01', periodEnd: '2025-01-31', value: 75 }),
      422,
      'correction_mismatch',
      ['periodEnd'],
    );
    expect(await trailLength()).toBe(before);
    expect((await observations(indicator.id)).filter((o) => o.supersedesId === current.id)).toEqual([]);
  });

  it('has no way to make a correction of another indicator’s observation, or a circle of corrections', async () => {
    const [theirs] = await observations(other.id);
    // A new observation names no observation it corrects: only the supersede route makes corrections, each of one it names.
    expectError(
      await manager.post(`/api/indicators/${indicator.id}/observations`).send({ period: '2023', value: 1, supersedesId: theirs.id }),
      400,
      'validation_failed',
      ['supersedesId'],
    );
    expectError(
      await manager.post(`/api/observations/${theirs.id}/supersede`).send({ value: 1, indicatorId: indicator.id }),
      400,
      'validation_failed',
      ['indicatorId'],
    );
    // A correction is always a new observation, so a chain of corrections only grows at its current end.
    const fix = (await manager.post(`/api/observations/${theirs.id}/supersede`).send({ value: 2 }).expect(201)).body;
    expectError(await manager.post(`/api/observations/${theirs.id}/supersede`).send({ value: 3 }), 409, 'already_superseded', ['id']);
    expect(fix).toMatchObject({ indicatorId: other.id, supersedesId: theirs.id });
  });
});
