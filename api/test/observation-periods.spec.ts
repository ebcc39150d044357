import { PERIOD_CODES_ACCEPTED, PlanDocument } from '@kompas/domain';
import { Client, expectError, Kompas, seedSmallPlan, startKompas } from './harness';

/** Every period code Statistics Denmark writes is an observation's period, through the API; any other is refused naming `period`. */
describe('observation periods', () => {
  let k: Kompas;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  let manager: Client;
  const indicator = async (cadence = 'halfYearly') =>
    (
      await manager
        .post('/api/indicators')
        .send({
          actionId: s.action.id,
          title: 'Fravær',
          type: 'quantitative',
          evidenceKind: 'caseSystem',
          cadence,
          unit: '%',
          direction: 'down',
        })
        .expect(201)
    ).body as { id: string; cadence: string };

  beforeAll(async () => {
    k = await startKompas();
    s = await seedSmallPlan(k);
    manager = s.manager;
  });
  afterAll(() => k.close());

  it('an indicator may be followed up every half year', async () => {
    const made = await indicator('halfYearly');
    expect(made.cadence).toBe('halfYearly');
    expect((await k.http.get(`/api/indicators/${made.id}`).expect(200)).body.cadence).toBe('halfYearly');
  });

  it.each([
    ['2026', '2026-01-01', '2026-12-31', '2026'],
    ['2026H2', '2026-07-01', '2026-12-31', '2026H2'],
    ['2026h1', '2026-01-01', '2026-06-30', '2026H1'],
    ['2026K3', '2026-07-01', '2026-09-30', '2026K3'],
    ['2026Q3', '2026-07-01', '2026-09-30', '2026K3'],
    ['2026M07', '2026-07-01', '2026-07-31', '2026M07'],
    ['2026-03-31', '2026-03-31', '2026-03-31', '2026-03-31'],
  ])('records an observation for %p (%s – %s, read back as %s)', async (period, periodStart, periodEnd, code) => {
    const { id } = await indicator();
    const res = await manager.post(`/api/indicators/${id}/observations`).send({ period, value: 4.2 }).expect(201);
    expect(res.body).toMatchObject({ periodStart, periodEnd, period: code, value: 4.2 });
    const [listed] = (await k.http.get(`/api/indicators/${id}/observations`).expect(200)).body;
    expect(listed).toMatchObject({ id: res.body.id, periodStart, periodEnd, period: code });
  });

  it('records a half year given by its first and last day, and knows it by its code', async () => {
    const { id } = await indicator();
    const res = await manager
      .post(`/api/indicators/${id}/observations`)
      .send({ periodStart: '2026-01-01', periodEnd: '2026-06-30', value: 5 })
      .expect(201);
    expect(res.body.period).toBe('2026H1');
    // The same half year by its code is the same period: a second reading of it is refused, naming the one to correct.
    const again = await manager.post(`/api/indicators/${id}/observations`).send({ period: '2026H1', value: 6 });
    expectError(again, 409, 'observation_exists', ['period']);
    expect(again.body.existingId).toBe(res.body.id);
  });

  it.each(['2026H3', '2026H0', '2026K5', '2026Q0', '2026M13', '2026M00', '2026-02-30', '2026-13-01', 'last year', '', '2026 H1'])(
    'refuses %p with 400 naming period and saying which codes work',
    async (period) => {
      const { id } = await indicator();
      const res = await manager.post(`/api/indicators/${id}/observations`).send({ period, value: 1 });
      expectError(res, 400, 'validation_failed', ['period']);
      expect(res.body.details).toEqual([
        { field: 'period', code: 'invalid_period', message: expect.stringContaining(PERIOD_CODES_ACCEPTED) },
      ]);
      expect((await k.http.get(`/api/indicators/${id}/observations`).expect(200)).body).toEqual([]);
    },
  );

  it('refuses a period code that is not text', async () => {
    const { id } = await indicator();
    expectError(await manager.post(`/api/indicators/${id}/observations`).send({ period: 2026, value: 1 }), 400, 'validation_failed', [
      'period',
    ]);
  });

  it.each([
    ['2026-04-01', '2026-09-30'],
    ['2026-01-01', '2026-06-29'],
    ['2026-07-01', '2027-06-30'],
  ])('refuses %s – %s, which is no whole period, saying which periods work', async (periodStart, periodEnd) => {
    const { id } = await indicator();
    const res = await manager.post(`/api/indicators/${id}/observations`).send({ periodStart, periodEnd, value: 1 });
    expectError(res, 422, 'invalid_period', ['periodEnd']);
    expect(res.body.message).toContain(PERIOD_CODES_ACCEPTED);
  });

  it('corrects a half-year observation, by its code or without naming the period again', async () => {
    const { id } = await indicator();
    const first = (await manager.post(`/api/indicators/${id}/observations`).send({ period: '2026H2', value: 7 }).expect(201)).body;
    const byCode = await manager.post(`/api/observations/${first.id}/supersede`).send({ period: '2026h2', value: 6.5 }).expect(201);
    expect(byCode.body).toMatchObject({ supersedesId: first.id, period: '2026H2', periodStart: '2026-07-01', periodEnd: '2026-12-31' });
    const plain = await manager.post(`/api/observations/${byCode.body.id}/supersede`).send({ value: 6.4 }).expect(201);
    expect(plain.body).toMatchObject({ supersedesId: byCode.body.id, period: '2026H2', value: 6.4 });
  });

  it('refuses a correction naming a bad code (400) or another period (422), both on period', async () => {
    const { id } = await indicator();
    const first = (await manager.post(`/api/indicators/${id}/observations`).send({ period: '2026H1', value: 7 }).expect(201)).body;
    const bad = await manager.post(`/api/observations/${first.id}/supersede`).send({ period: '2026H3', value: 1 });
    expectError(bad, 400, 'validation_failed', ['period']);
    expect(bad.body.details[0].message).toContain(PERIOD_CODES_ACCEPTED);
    expectError(
      await manager.post(`/api/observations/${first.id}/supersede`).send({ period: '2026K2', value: 1 }),
      422,
      'correction_mismatch',
      ['period'],
    );
    const list = (await k.http.get(`/api/indicators/${id}/observations`).expect(200)).body;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: first.id, value: 7, supersededById: null });
  });

  it('a plan document carries half-year observations out and in, and refuses a span that is no whole period', async () => {
    const { id } = await indicator();
    await manager.post(`/api/indicators/${id}/observations`).send({ period: '2026H1', value: 3.1 }).expect(201);
    const doc = (await k.http.get(`/api/plans/${s.plan.id}/export`).expect(200)).body as PlanDocument;
    const exported = doc.observations.find((o) => o.indicatorId === id);
    expect(exported).toMatchObject({ periodStart: '2026-01-01', periodEnd: '2026-06-30', value: 3.1 });
    expect(doc.indicators.find((i) => i.id === id)?.cadence).toBe('halfYearly');

    const copy = { ...doc, plan: { ...doc.plan, title: 'Testrup – en kopi' } };
    const imported = (await k.http.post('/api/plans/import').send(copy).expect(201)).body;
    const again = (await k.http.get(`/api/plans/${imported.id}/export`).expect(200)).body as PlanDocument;
    expect(again.observations.filter((o) => o.periodStart === '2026-01-01' && o.periodEnd === '2026-06-30')).toHaveLength(
      doc.observations.filter((o) => o.periodStart === '2026-01-01' && o.periodEnd === '2026-06-30').length,
    );

    const i = doc.observations.indexOf(exported as (typeof doc.observations)[number]);
    const broken = { ...copy, observations: doc.observations.map((o, j) => (j === i ? { ...o, periodEnd: '2026-06-29' } : o)) };
    const res = await k.http.post('/api/plans/import').send(broken);
    expectError(res, 400, 'invalid_document', [`observations.${i}.periodEnd`]);
    expect(res.body.details.find((d: { field: string }) => d.field === `observations.${i}.periodEnd`).message).toContain(
      PERIOD_CODES_ACCEPTED,
    );
  });

  it('documents the codes in the API description', async () => {
    const docs = (await k.http.get('/api/docs-json').expect(200)).body;
    const dto = docs.components.schemas.CreateObservationDto;
    expect(dto.properties.period.description).toContain(PERIOD_CODES_ACCEPTED);
    expect(docs.components.schemas.IndicatorDto.properties.cadence.enum).toEqual(['monthly', 'quarterly', 'halfYearly', 'yearly']);
  });
});
