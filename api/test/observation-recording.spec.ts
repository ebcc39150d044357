import { PERIOD_CODES_ACCEPTED } from '@kompas/domain';
import { Client, expectError, Kompas, seedSmallPlan, startKompas } from './harness';

type Listed = {
  id: string;
  period: string | null;
  value: number | null;
  supersedesId: string | null;
  supersededById: string | null;
  recordedBy: { id: string; name: string } | null;
  reason: string | null;
};

/** Recording and correcting an observation: the list says who recorded each one, and why a correction was made. */
describe('recording and correcting observations', () => {
  let k: Kompas;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  let manager: Client;
  const indicator = async (extra: object = {}) =>
    (
      await manager
        .post('/api/indicators')
        .send({
          actionId: s.action.id,
          title: 'Elever der læser alderssvarende',
          type: 'quantitative',
          evidenceKind: 'survey',
          cadence: 'quarterly',
          unit: '%',
          direction: 'up',
          ...extra,
        })
        .expect(201)
    ).body as { id: string };
  const list = async (id: string) => (await k.http.get(`/api/indicators/${id}/observations`).expect(200)).body as Listed[];

  beforeAll(async () => {
    k = await startKompas();
    s = await seedSmallPlan(k);
    manager = s.manager;
  });
  afterAll(() => k.close());

  it('records an observation and names who recorded it, in the answer and in the list', async () => {
    const { id } = await indicator();
    const res = await manager
      .post(`/api/indicators/${id}/observations`)
      .send({ period: '2026K1', value: 61.5, judgement: 'atRisk' })
      .expect(201);
    expect(res.body).toMatchObject({ period: '2026K1', value: 61.5, recordedBy: { id: manager.userId, name: 'Lars Leder' }, reason: null });
    expect(await list(id)).toEqual([
      expect.objectContaining({ id: res.body.id, recordedBy: { id: manager.userId, name: 'Lars Leder' }, reason: null }),
    ]);
    expect((await k.http.get(`/api/observations/${res.body.id}`).expect(200)).body.recordedBy).toEqual({
      id: manager.userId,
      name: 'Lars Leder',
    });
  });

  it('a correction with a reason supersedes the old one, which stays listed with who corrected it and why', async () => {
    const { id } = await indicator();
    const first = (await manager.post(`/api/indicators/${id}/observations`).send({ period: '2026K1', value: 61.5 }).expect(201)).body;
    const corrector = await k.as('manager', { units: [s.unit.id], name: 'Karen Korrektur' });
    const fixed = await corrector
      .post(`/api/observations/${first.id}/supersede`)
      .send({ value: 63.1, reason: 'Tastefejl: tallet er fra skolernes samlede opgørelse' })
      .expect(201);
    expect(fixed.body).toMatchObject({
      supersedesId: first.id,
      value: 63.1,
      recordedBy: { id: corrector.userId, name: 'Karen Korrektur' },
      reason: 'Tastefejl: tallet er fra skolernes samlede opgørelse',
    });
    const [old, current] = await list(id);
    expect(old).toMatchObject({
      id: first.id,
      value: 61.5,
      supersededById: fixed.body.id,
      recordedBy: { name: 'Lars Leder' },
      reason: null,
    });
    expect(current).toMatchObject({
      id: fixed.body.id,
      value: 63.1,
      supersededById: null,
      recordedBy: { id: corrector.userId, name: 'Karen Korrektur' },
      reason: 'Tastefejl: tallet er fra skolernes samlede opgørelse',
    });
    // The graph's latest value is the correction.
    const graph = (await k.http.get(`/api/plans/${s.plan.id}/graph`).expect(200)).body as {
      nodes: { id: string; latest?: { value: number } }[];
    };
    expect(graph.nodes.find((n) => n.id === id)?.latest?.value).toBe(63.1);
  });

  it('names each recorder in a list of many observations', async () => {
    const { id } = await indicator({ cadence: 'monthly' });
    const other = await k.as('manager', { units: [s.unit.id], name: 'Ole Anden' });
    for (let m = 1; m <= 12; m++) {
      const by = m % 2 ? manager : other;
      await by
        .post(`/api/indicators/${id}/observations`)
        .send({ period: `2026M${String(m).padStart(2, '0')}`, value: m })
        .expect(201);
    }
    const listed = await list(id);
    expect(listed.map((o) => [o.value, o.recordedBy?.name])).toEqual(
      Array.from({ length: 12 }, (_, i) => [i + 1, (i + 1) % 2 ? 'Lars Leder' : 'Ole Anden']),
    );
  });

  it('the responsible person may record and correct that indicator’s observations, and nothing elsewhere', async () => {
    const responsible = await k.as('viewer', { name: 'Rita Ansvarlig' });
    const theirs = await indicator({ responsibleUserId: responsible.userId });
    const other = await indicator();
    const recorded = await responsible.post(`/api/indicators/${theirs.id}/observations`).send({ period: '2026H1', value: 40 }).expect(201);
    expect(recorded.body.recordedBy).toEqual({ id: responsible.userId, name: 'Rita Ansvarlig' });
    const corrected = await responsible
      .post(`/api/observations/${recorded.body.id}/supersede`)
      .send({ value: 42, reason: 'Endeligt tal fra Danmarks Statistik' })
      .expect(201);
    expect(corrected.body.reason).toBe('Endeligt tal fra Danmarks Statistik');

    expectError(await responsible.post(`/api/indicators/${other.id}/observations`).send({ period: '2026H1', value: 40 }), 403, 'forbidden');
    const elsewhere = (await manager.post(`/api/indicators/${other.id}/observations`).send({ period: '2026H1', value: 40 }).expect(201))
      .body;
    expectError(await responsible.post(`/api/observations/${elsewhere.id}/supersede`).send({ value: 41 }), 403, 'forbidden');
    // Nor may they change the indicator itself.
    expectError(await responsible.withCurrentVersion().patch(`/api/indicators/${theirs.id}`).send({ title: 'Andet' }), 403, 'forbidden');
    expect((await list(other.id)).map((o) => o.value)).toEqual([40]);
  });

  it.each(['2026H3', '2026K5', '2026Q0', '2026M13', '2026-02-30', 'Q1 2026', '1. kvartal'])(
    'refuses the period %p with 400 naming period and the codes it accepts',
    async (period) => {
      const { id } = await indicator();
      const res = await manager.post(`/api/indicators/${id}/observations`).send({ period, value: 1 });
      expectError(res, 400, 'validation_failed', ['period']);
      expect(res.body.details[0].message).toContain(PERIOD_CODES_ACCEPTED);
      expect(await list(id)).toEqual([]);
    },
  );

  it('a correction for another period is refused naming period, and nothing is recorded', async () => {
    const { id } = await indicator();
    const first = (await manager.post(`/api/indicators/${id}/observations`).send({ period: '2026K2', value: 50 }).expect(201)).body;
    expectError(
      await manager.post(`/api/observations/${first.id}/supersede`).send({ period: '2026K3', value: 51, reason: 'forkert' }),
      422,
      'correction_mismatch',
      ['period'],
    );
    expectError(
      await manager.post(`/api/observations/${first.id}/supersede`).send({ period: '2026K9', value: 51 }),
      400,
      'validation_failed',
      ['period'],
    );
    expect((await list(id)).map((o) => o.value)).toEqual([50]);
  });
});
