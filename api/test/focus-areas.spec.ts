import { expectError, Kompas, seedSmallPlan, startKompas, UNKNOWN_ID, versionOf } from './harness';

type FA = { id: string; title: string; rank: number; committeeId: string; version: number };

describe('focus areas and their priorities', () => {
  let k: Kompas;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  let other: { id: string };
  const create = async (title: string, extra: object = {}) =>
    (
      await s.member
        .post('/api/focus-areas')
        .send({ committeeId: s.committee.id, title, ...extra })
        .expect(201)
    ).body as FA;
  const order = async (committeeId = s.committee.id) =>
    ((await k.http.get(`/api/plans/${s.plan.id}/focus-areas?committeeId=${committeeId}`).expect(200)).body as FA[]).map((f) => [
      f.rank,
      f.title,
    ]);

  beforeAll(async () => {
    k = await startKompas();
    s = await seedSmallPlan(k);
    other = (await k.http.post('/api/committees').send({ planId: s.plan.id, name: 'Udvalget for Fællesskab' }).expect(201)).body;
  });
  afterAll(() => k.close());

  it('appends new focus areas last, or inserts at a priority and moves the others down', async () => {
    await create('Flere unge i uddannelse');
    await create('Tidlig indsats i dagtilbud', { rank: 1, description: 'Før skolen', status: 'adopted', example: true });
    expect(await order()).toEqual([
      [1, 'Tidlig indsats i dagtilbud'],
      [2, 'Trivsel i skolen'],
      [3, 'Flere unge i uddannelse'],
    ]);
  });

  it('moves a focus area up and renumbers the others in one go', async () => {
    const list = (await k.http.get(`/api/plans/${s.plan.id}/focus-areas?committeeId=${s.committee.id}`)).body as FA[];
    const unge = list.find((f) => f.title === 'Flere unge i uddannelse') as FA;
    const res = await s.member.withCurrentVersion().patch(`/api/focus-areas/${unge.id}`).send({ rank: 1 }).expect(200);
    expect(res.body.rank).toBe(1);
    expect(await order()).toEqual([
      [1, 'Flere unge i uddannelse'],
      [2, 'Tidlig indsats i dagtilbud'],
      [3, 'Trivsel i skolen'],
    ]);
  });

  it('sets a whole order at once and answers with the new ranks', async () => {
    const list = (await k.http.get(`/api/plans/${s.plan.id}/focus-areas?committeeId=${s.committee.id}`)).body as FA[];
    const ids = list.map((f) => f.id).reverse();
    const res = await s.member.put(`/api/committees/${s.committee.id}/focus-area-order`).send({ focusAreaIds: ids }).expect(200);
    expect(res.body.map((f: FA) => [f.id, f.rank])).toEqual(ids.map((id, i) => [id, i + 1]));
  });

  it('refuses an order that is not every focus area exactly once, and changes nothing', async () => {
    const before = await order();
    const ids = ((await k.http.get(`/api/plans/${s.plan.id}/focus-areas?committeeId=${s.committee.id}`)).body as FA[]).map((f) => f.id);
    const url = `/api/committees/${s.committee.id}/focus-area-order`;
    expectError(await s.member.put(url).send({ focusAreaIds: ids.slice(1) }), 422, 'order_not_permutation', ['focusAreaIds']);
    expectError(await s.member.put(url).send({ focusAreaIds: [...ids, ids[0]] }), 422, 'order_not_permutation');
    expectError(await s.member.put(url).send({ focusAreaIds: [...ids.slice(1), UNKNOWN_ID] }), 422, 'order_not_permutation');
    expectError(await s.member.put(url).send({ focusAreaIds: 'x' }), 400, 'validation_failed', ['focusAreaIds']);
    expectError(await s.member.put(`/api/committees/${UNKNOWN_ID}/focus-area-order`).send({ focusAreaIds: [] }), 404, 'not_found');
    expect(await order()).toEqual(before);
  });

  it('refuses a priority out of range', async () => {
    const [first] = (await k.http.get(`/api/plans/${s.plan.id}/focus-areas?committeeId=${s.committee.id}`)).body as FA[];
    expectError(await s.member.withCurrentVersion().patch(`/api/focus-areas/${first.id}`).send({ rank: 4 }), 422, 'rank_out_of_range', [
      'rank',
    ]);
    expectError(
      await s.member.post('/api/focus-areas').send({ committeeId: s.committee.id, title: 'x', rank: 9 }),
      422,
      'rank_out_of_range',
      ['rank'],
    );
    expectError(await s.member.withCurrentVersion().patch(`/api/focus-areas/${first.id}`).send({ rank: 0 }), 400, 'validation_failed', [
      'rank',
    ]);
  });

  it('moves a focus area to another committee: both committees stay gap-free', async () => {
    const [first] = (await k.http.get(`/api/plans/${s.plan.id}/focus-areas?committeeId=${s.committee.id}`)).body as FA[];
    // Only a member of both committees may move it: the member of this one alone may not give it away.
    expectError(
      await s.member.patch(`/api/focus-areas/${first.id}`).set('If-Match', versionOf(first)).send({ committeeId: other.id }),
      403,
      'forbidden',
    );
    await k.grant(s.member, { committees: [other.id] });
    const moved = (
      await s.member.patch(`/api/focus-areas/${first.id}`).set('If-Match', versionOf(first)).send({ committeeId: other.id }).expect(200)
    ).body;
    expect(moved).toMatchObject({ committeeId: other.id, rank: 1 });
    expect((await order()).map(([r]) => r)).toEqual([1, 2]);
    expect((await order(other.id)).map(([r]) => r)).toEqual([1]);
  });

  it('shares a focus area with other committees of the same plan only', async () => {
    const fa = await create('Fællesskaber for alle', { coOwnerCommitteeIds: [other.id] });
    expect(fa).toMatchObject({ coOwnerCommitteeIds: [other.id] });
    const otherPlan = (
      await k.http.post('/api/plans').send({ organisation: 'X', title: 'Y', periodStart: '2026-01-01', periodEnd: '2026-12-31' })
    ).body;
    const foreign = (await k.http.post('/api/committees').send({ planId: otherPlan.id, name: 'Fremmed' })).body;
    // Even a member of both committees cannot take it to another plan.
    await k.grant(s.member, { committees: [foreign.id] });
    expectError(
      await s.member
        .withCurrentVersion()
        .patch(`/api/focus-areas/${fa.id}`)
        .send({ coOwnerCommitteeIds: [foreign.id] }),
      422,
      'across_plans',
      ['coOwnerCommitteeIds.0'],
    );
    expectError(
      await s.member
        .withCurrentVersion()
        .patch(`/api/focus-areas/${fa.id}`)
        .send({ coOwnerCommitteeIds: [UNKNOWN_ID] }),
      404,
      'not_found',
      ['coOwnerCommitteeIds.0'],
    );
    expectError(
      await s.member.withCurrentVersion().patch(`/api/focus-areas/${fa.id}`).send({ committeeId: foreign.id }),
      422,
      'across_plans',
      ['committeeId'],
    );
    const cleared = (await s.member.withCurrentVersion().patch(`/api/focus-areas/${fa.id}`).send({ coOwnerCommitteeIds: [] }).expect(200))
      .body;
    expect(cleared.coOwnerCommitteeIds).toEqual([]);
  });

  it('follows the status table: proposed → adopted → retired → proposed; adopted → proposed refused', async () => {
    const fa = await create('Status');
    expect(fa).toMatchObject({ status: 'proposed' });
    await s.member.withCurrentVersion().patch(`/api/focus-areas/${fa.id}`).send({ status: 'adopted' }).expect(200);
    expectError(
      await s.member.withCurrentVersion().patch(`/api/focus-areas/${fa.id}`).send({ status: 'proposed' }),
      422,
      'status_transition_forbidden',
      ['status'],
    );
    await s.member.withCurrentVersion().patch(`/api/focus-areas/${fa.id}`).send({ status: 'retired' }).expect(200);
    await s.member.withCurrentVersion().patch(`/api/focus-areas/${fa.id}`).send({ status: 'proposed' }).expect(200);
    expectError(
      await s.member.post('/api/focus-areas').send({ committeeId: s.committee.id, title: 'x', status: 'retired' }),
      422,
      'status_transition_forbidden',
    );
  });

  it('deletes a focus area and closes the gap; keeps one whose indicators hold observations', async () => {
    const fa = await create('Kortlivet', { rank: 1 });
    await s.member.withCurrentVersion().delete(`/api/focus-areas/${fa.id}`).expect(204);
    const ranks = (await order()).map(([r]) => r);
    expect(ranks).toEqual(ranks.map((_, i) => i + 1));

    const kept = await create('Med data');
    const ind = (
      await s.member
        .post('/api/indicators')
        .send({ focusAreaId: kept.id, title: 'Trivsel', type: 'qualitative', evidenceKind: 'dialogue', cadence: 'yearly' })
        .expect(201)
    ).body;
    await s.member
      .post(`/api/indicators/${ind.id}/observations`)
      .send({ period: '2025', narrative: 'God dialog', judgement: 'onTrack' })
      .expect(201);
    expectError(await s.member.withCurrentVersion().delete(`/api/focus-areas/${kept.id}`), 409, 'in_use', ['id']);
    await k.http.get(`/api/focus-areas/${kept.id}`).expect(200);
  });

  it('refuses unknown committees and bad fields', async () => {
    expectError(await s.member.post('/api/focus-areas').send({ committeeId: UNKNOWN_ID, title: 'x' }), 404, 'not_found', ['committeeId']);
    expectError(await s.member.post('/api/focus-areas').send({ title: 'x' }), 400, 'validation_failed', ['committeeId']);
    // A redundant planId is accepted when it is the committee's plan, and refused otherwise.
    await s.member.post('/api/focus-areas').send({ committeeId: s.committee.id, title: 'Med plan', planId: s.plan.id }).expect(201);
    const otherPlan = (
      await k.http.post('/api/plans').send({ organisation: 'X', title: 'Y', periodStart: '2026-01-01', periodEnd: '2026-12-31' })
    ).body;
    expectError(
      await s.member.post('/api/focus-areas').send({ committeeId: s.committee.id, title: 'x', planId: otherPlan.id }),
      422,
      'across_plans',
      ['planId'],
    );
    expectError(await k.http.get(`/api/plans/${s.plan.id}/focus-areas?committeeId=x`), 400, 'validation_failed', ['committeeId']);
  });
});
