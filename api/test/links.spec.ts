import { Client, expectError, Kompas, seedSmallPlan, startKompas, UNKNOWN_ID } from './harness';

describe('links', () => {
  let k: Kompas;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  /** A committee member of the plan's committee who also manages its unit: owns both ends of every link here. */
  let both: Client;
  beforeAll(async () => {
    k = await startKompas();
    s = await seedSmallPlan(k);
    both = await k.as(['committeeMember', 'manager'], { committees: [s.committee.id], units: [s.unit.id], name: 'Begge Dele' });
  });
  afterAll(() => k.close());

  it('links an action to a focus area (contributes) with rationale and strength', async () => {
    const res = await both
      .post('/api/links')
      .send({ sourceId: s.action.id, targetId: s.focusArea.id, rationale: 'Læsning styrker trivsel', strength: 3 })
      .expect(201);
    expect(res.body).toMatchObject({
      kind: 'contributes',
      sourceId: s.action.id,
      sourceKind: 'action',
      targetId: s.focusArea.id,
      targetKind: 'focusArea',
      rationale: 'Læsning styrker trivsel',
      strength: 3,
      planId: s.plan.id,
    });
    await k.http
      .get(`/api/links/${res.body.id}`)
      .expect(200)
      .expect((r) => expect(r.body).toEqual(res.body));
  });

  it('links a focus area to an aiming point (supports), strength 2 by default', async () => {
    const res = await both.post('/api/links').send({ sourceId: s.focusArea.id, targetId: s.aimingPoint.id }).expect(201);
    expect(res.body).toMatchObject({ kind: 'supports', strength: 2, rationale: '' });
    const list = (await k.http.get(`/api/plans/${s.plan.id}/links?kind=supports`).expect(200)).body;
    expect(list.map((l: { id: string }) => l.id)).toEqual([res.body.id]);
    expect((await k.http.get(`/api/plans/${s.plan.id}/links`)).body).toHaveLength(2);
    expectError(await k.http.get(`/api/plans/${s.plan.id}/links?kind=measures`), 400, 'validation_failed', ['kind']);
  });

  it('accepts a redundant kind and planId only when they match the two ends', async () => {
    const fa = (await both.post('/api/focus-areas').send({ committeeId: s.committee.id, title: 'Redundant' }).expect(201)).body;
    expectError(
      await both.post('/api/links').send({ sourceId: s.action.id, targetId: fa.id, kind: 'supports' }),
      422,
      'link_kind_forbidden',
      ['kind'],
    );
    expectError(await both.post('/api/links').send({ sourceId: s.action.id, targetId: fa.id, planId: UNKNOWN_ID }), 422, 'across_plans', [
      'planId',
    ]);
    const res = await both
      .post('/api/links')
      .send({ sourceId: s.action.id, targetId: fa.id, kind: 'contributes', planId: s.plan.id })
      .expect(201);
    await both.withCurrentVersion().delete(`/api/links/${res.body.id}`).expect(204);
    await both.withCurrentVersion().delete(`/api/focus-areas/${fa.id}`).expect(204);
  });

  it('refuses a duplicate link with 409', async () => {
    expectError(await both.post('/api/links').send({ sourceId: s.action.id, targetId: s.focusArea.id }), 409, 'duplicate_link', [
      'targetId',
    ]);
  });

  it.each([
    ['action → aiming point', 'action', 'aimingPoint'],
    ['aiming point → focus area (reversed)', 'aimingPoint', 'focusArea'],
    ['focus area → action (reversed)', 'focusArea', 'action'],
    ['action → action', 'action', 'action'],
    ['focus area → vision', 'focusArea', 'plan'],
  ] as const)('refuses a forbidden kind of link: %s', async (_name, from, to) => {
    const id = (key: string) => (s as unknown as Record<string, { id: string }>)[key].id;
    const before = (await k.http.get(`/api/plans/${s.plan.id}/links`)).body.length;
    const res = await both.post('/api/links').send({ sourceId: id(from), targetId: id(to) });
    expectError(res, 422, 'link_kind_forbidden', ['targetId']);
    expect((await k.http.get(`/api/plans/${s.plan.id}/links`)).body.length).toBe(before);
  });

  it('refuses a link across plans', async () => {
    const other = await seedSmallPlan(k);
    expectError(await both.post('/api/links').send({ sourceId: s.action.id, targetId: other.focusArea.id }), 422, 'link_across_plans', [
      'targetId',
    ]);
  });

  it('refuses unknown ends and bad fields', async () => {
    expectError(await both.post('/api/links').send({ sourceId: UNKNOWN_ID, targetId: s.focusArea.id }), 404, 'not_found', ['sourceId']);
    expectError(await both.post('/api/links').send({ sourceId: s.action.id, targetId: UNKNOWN_ID }), 404, 'not_found', ['targetId']);
    expectError(
      await both.post('/api/links').send({ sourceId: s.action.id, targetId: s.focusArea.id, strength: 4 }),
      400,
      'validation_failed',
      ['strength'],
    );
    expectError(
      await both.post('/api/links').send({ sourceId: s.action.id, targetId: s.focusArea.id, strength: 1.5 }),
      400,
      'validation_failed',
      ['strength'],
    );
    expectError(await both.post('/api/links').send({ sourceId: s.action.id }), 400, 'validation_failed', ['targetId']);
  });

  it("edits a link's rationale and strength, and deletes it", async () => {
    const [link] = (await k.http.get(`/api/plans/${s.plan.id}/links?kind=contributes`)).body;
    const res = await both
      .withCurrentVersion()
      .patch(`/api/links/${link.id}`)
      .send({ rationale: 'Ny begrundelse', strength: 1 })
      .expect(200);
    expect(res.body).toMatchObject({ rationale: 'Ny begrundelse', strength: 1, kind: 'contributes' });
    expectError(await both.withCurrentVersion().patch(`/api/links/${link.id}`).send({ strength: 0 }), 400, 'validation_failed', [
      'strength',
    ]);
    expectError(await both.withCurrentVersion().patch(`/api/links/${link.id}`).send({ sourceId: s.action.id }), 400, 'validation_failed', [
      'sourceId',
    ]);
    await both.withCurrentVersion().delete(`/api/links/${link.id}`).expect(204);
    expectError(await k.http.get(`/api/links/${link.id}`), 404, 'not_found');
    expectError(await both.delete(`/api/links/${link.id}`), 404, 'not_found');
  });

  it('lets an action serve several focus areas and a focus area support several aiming points', async () => {
    const fa2 = (await both.post('/api/focus-areas').send({ committeeId: s.committee.id, title: 'Læselyst' }).expect(201)).body;
    const ap2 = (await k.http.post('/api/aiming-points').send({ planId: s.plan.id, title: 'Smidigt samarbejde' }).expect(201)).body;
    await both.post('/api/links').send({ sourceId: s.action.id, targetId: s.focusArea.id }).expect(201);
    await both.post('/api/links').send({ sourceId: s.action.id, targetId: fa2.id }).expect(201);
    await both.post('/api/links').send({ sourceId: fa2.id, targetId: s.aimingPoint.id }).expect(201);
    await both.post('/api/links').send({ sourceId: fa2.id, targetId: ap2.id }).expect(201);
  });

  it("is made by whoever owns its source: the action's manager, the focus area's committee member", async () => {
    const ap = (await k.http.post('/api/aiming-points').send({ planId: s.plan.id, title: 'Ejerskab' }).expect(201)).body;
    const fa = (await s.member.post('/api/focus-areas').send({ committeeId: s.committee.id, title: 'Ejet' }).expect(201)).body;
    expectError(await s.member.post('/api/links').send({ sourceId: s.action.id, targetId: fa.id }), 403, 'forbidden');
    expectError(await k.http.post('/api/links').send({ sourceId: s.action.id, targetId: fa.id }), 403, 'forbidden');
    const contributes = (await s.manager.post('/api/links').send({ sourceId: s.action.id, targetId: fa.id }).expect(201)).body;
    expectError(await s.manager.post('/api/links').send({ sourceId: fa.id, targetId: ap.id }), 403, 'forbidden');
    await s.member.post('/api/links').send({ sourceId: fa.id, targetId: ap.id }).expect(201);
    // The focus area's member cannot take back the action's link to it.
    expectError(await s.member.delete(`/api/links/${contributes.id}`).set('If-Match', `"${contributes.version}"`), 403, 'forbidden');
  });
});
