import { Client, expectError, Kompas, seedSmallPlan, startKompas, UNKNOWN_ID, versionOf } from './harness';

describe('actions', () => {
  let k: Kompas;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  /** The unit's manager, who owns its actions. */
  let manager: Client;
  beforeAll(async () => {
    k = await startKompas();
    s = await seedSmallPlan(k);
    manager = s.manager;
  });
  afterAll(() => k.close());

  it('creates an action with every field and lists it by plan and unit', async () => {
    const body = {
      planId: s.plan.id,
      unitId: s.unit.id,
      title: 'Lektiecafé',
      description: 'To eftermiddage om ugen',
      responsiblePerson: 'Jonas Kragh',
      status: 'launched',
      startDate: '2026-02-01',
      endDate: '2026-12-31',
      example: true,
    };
    const a = (await manager.post('/api/actions').send(body).expect(201)).body;
    expect(a).toMatchObject(body);
    const byUnit = (await k.http.get(`/api/plans/${s.plan.id}/actions?unitId=${s.unit.id}`).expect(200)).body;
    expect(byUnit.map((x: { title: string }) => x.title)).toEqual(['Lektiecafé', 'Læsevenner i indskolingen']); // æ after z, as in Danish
    expectError(await k.http.get(`/api/plans/${s.plan.id}/actions?unitId=nope`), 400, 'validation_failed', ['unitId']);
  });

  it('follows the status table: identified → launched → adjusting → completed, and completed is final', async () => {
    let a = s.action;
    expect(a.status).toBe('identified');
    expectError(
      await manager.patch(`/api/actions/${a.id}`).set('If-Match', versionOf(a)).send({ status: 'completed' }),
      422,
      'status_transition_forbidden',
      ['status'],
    );
    // Each step sends the version the one before answered.
    for (const status of ['launched', 'adjusting', 'completed']) {
      a = (await manager.patch(`/api/actions/${a.id}`).set('If-Match', versionOf(a)).send({ status }).expect(200)).body;
    }
    const res = await manager.patch(`/api/actions/${a.id}`).set('If-Match', versionOf(a)).send({ status: 'launched' });
    expectError(res, 422, 'status_transition_forbidden', ['status']);
    expect(res.body.message).toContain('final');
  });

  it('refuses to start an action completed, and an end before the start', async () => {
    const base = { planId: s.plan.id, unitId: s.unit.id, title: 'x' };
    expectError(await manager.post('/api/actions').send({ ...base, status: 'completed' }), 422, 'status_transition_forbidden');
    expectError(await manager.post('/api/actions').send({ ...base, startDate: '2026-05-01', endDate: '2026-04-30' }), 422, 'date_order', [
      'endDate',
    ]);
    const a = (
      await manager
        .post('/api/actions')
        .send({ ...base, startDate: '2026-05-01' })
        .expect(201)
    ).body;
    expectError(await manager.withCurrentVersion().patch(`/api/actions/${a.id}`).send({ endDate: '2026-01-01' }), 422, 'date_order', [
      'endDate',
    ]);
    // null clears an optional field
    const cleared = (
      await manager.withCurrentVersion().patch(`/api/actions/${a.id}`).send({ startDate: null, responsiblePerson: null }).expect(200)
    ).body;
    expect(cleared).toMatchObject({ startDate: null, responsiblePerson: null });
    expectError(await manager.withCurrentVersion().patch(`/api/actions/${a.id}`).send({ title: null }), 400, 'validation_failed', [
      'title',
    ]);
  });

  it('refuses unknown plans and units, and moving to another plan', async () => {
    expectError(await manager.post('/api/actions').send({ planId: UNKNOWN_ID, unitId: s.unit.id, title: 'x' }), 404, 'not_found', [
      'planId',
    ]);
    expectError(await manager.post('/api/actions').send({ planId: s.plan.id, unitId: UNKNOWN_ID, title: 'x' }), 404, 'not_found', [
      'unitId',
    ]);
    expectError(
      await manager.withCurrentVersion().patch(`/api/actions/${s.action.id}`).send({ planId: UNKNOWN_ID }),
      400,
      'validation_failed',
      ['planId'],
    );
    expectError(
      await manager.post('/api/actions').send({ planId: s.plan.id, unitId: s.unit.id, title: 'x', status: 'done' }),
      400,
      'validation_failed',
      ['status'],
    );
  });

  it('deletes an action with its links', async () => {
    const a = (await manager.post('/api/actions').send({ planId: s.plan.id, unitId: s.unit.id, title: 'Kortvarig' }).expect(201)).body;
    const link = (await manager.post('/api/links').send({ sourceId: a.id, targetId: s.focusArea.id }).expect(201)).body;
    await manager.withCurrentVersion().delete(`/api/actions/${a.id}`).expect(204);
    await k.http.get(`/api/actions/${a.id}`).expect(404);
    await k.http.get(`/api/links/${link.id}`).expect(404);
  });
});
