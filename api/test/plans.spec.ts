import { expectError, Kompas, startKompas, UNKNOWN_ID, versionOf } from './harness';

const valid = {
  organisation: 'Testrup Kommune',
  title: 'Testrup – sammen om det gode liv',
  visionStatement: 'Vi tager ansvar sammen.',
  motivations: ['Fordi vi vil have levende lokalsamfund.', 'Fordi vi vil have stærke fællesskaber.'],
  sections: [{ title: 'Vision i praksis', body: 'En vision er godt på vej …' }],
  periodStart: '2026-01-01',
  periodEnd: '2029-12-31',
};

describe('plans', () => {
  let k: Kompas;
  beforeAll(async () => {
    k = await startKompas();
  });
  afterAll(() => k.close());

  it('starts empty without demo mode', async () => {
    await k.http.get('/api/plans').expect(200, []);
  });

  it('creates a draft plan with every field, reads it back and lists it', async () => {
    const res = await k.http.post('/api/plans').send(valid).expect(201);
    expect(res.body).toMatchObject({ ...valid, status: 'draft', example: false });
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(res.body.createdAt).toISOString()).toBe(res.body.createdAt);
    await k.http
      .get(`/api/plans/${res.body.id}`)
      .expect(200)
      .expect((r) => expect(r.body).toEqual(res.body));
    const list = await k.http.get('/api/plans').expect(200);
    expect(list.body.map((p: { id: string }) => p.id)).toContain(res.body.id);
  });

  it('lists the newest period first', async () => {
    const older = (
      await k.http
        .post('/api/plans')
        .send({ ...valid, periodStart: '2022-01-01', periodEnd: '2025-12-31' })
        .expect(201)
    ).body;
    const list = (await k.http.get('/api/plans').expect(200)).body as { id: string; periodStart: string }[];
    expect(list[list.length - 1].id).toBe(older.id);
  });

  it('changes texts and moves through the status table: draft → adopted → archived', async () => {
    const plan = (await k.http.post('/api/plans').send(valid).expect(201)).body;
    const res = await k.http
      .patch(`/api/plans/${plan.id}`)
      .set('If-Match', versionOf(plan))
      .send({ title: 'Ny titel', status: 'adopted' })
      .expect(200);
    expect(res.body).toMatchObject({ title: 'Ny titel', status: 'adopted', organisation: valid.organisation });
    // adopted → draft is not in the table
    expectError(
      await k.http.patch(`/api/plans/${plan.id}`).set('If-Match', versionOf(res.body)).send({ status: 'draft' }),
      422,
      'status_transition_forbidden',
      ['status'],
    );
    // The version read before the change is stale now.
    expectError(
      await k.http.patch(`/api/plans/${plan.id}`).set('If-Match', versionOf(plan)).send({ status: 'archived' }),
      412,
      'version_conflict',
    );
    await k.http.patch(`/api/plans/${plan.id}`).set('If-Match', versionOf(res.body)).send({ status: 'archived' }).expect(200);
  });

  it('refuses a new plan that starts archived, and a period that ends before it starts', async () => {
    expectError(await k.http.post('/api/plans').send({ ...valid, status: 'archived' }), 422, 'status_transition_forbidden', ['status']);
    expectError(await k.http.post('/api/plans').send({ ...valid, periodEnd: '2025-12-31' }), 422, 'date_order', ['periodEnd']);
    const plan = (await k.http.post('/api/plans').send(valid).expect(201)).body;
    expectError(await k.http.withCurrentVersion().patch(`/api/plans/${plan.id}`).send({ periodStart: '2030-01-01' }), 422, 'date_order', [
      'periodEnd',
    ]);
    await k.http
      .get(`/api/plans/${plan.id}`)
      .expect(200)
      .expect((r) => expect(r.body.periodStart).toBe('2026-01-01'));
  });

  it.each([
    [{ ...valid, title: '' }, 'title', 'min_length'],
    [{ ...valid, title: 42 }, 'title', 'is_string'],
    [{ ...valid, organisation: undefined }, 'organisation', 'is_string'],
    [{ ...valid, periodStart: '2026-02-30' }, 'periodStart', 'is_calendar_date'],
    [{ ...valid, periodEnd: '31-12-2029' }, 'periodEnd', 'is_calendar_date'],
    [{ ...valid, status: 'approved' }, 'status', 'is_in'],
    [{ ...valid, motivations: 'Fordi' }, 'motivations', 'is_array'],
    [{ ...valid, motivations: [''] }, 'motivations', 'min_length'],
    [{ ...valid, sections: [{ title: 'x' }] }, 'sections.0.body', 'is_string'],
    [{ ...valid, sections: [{ title: 'x', body: 'y', extra: 1 }] }, 'sections.0.extra', 'unknown_field'],
    [{ ...valid, id: '11111111-1111-4111-8111-111111111111' }, 'id', 'unknown_field'],
    [{ ...valid, example: 'yes' }, 'example', 'is_boolean'],
    [{ ...valid, title: 'x'.repeat(301) }, 'title', 'max_length'],
  ])('refuses an invalid field (%#) with 400 naming it', async (body, field, code) => {
    const before = (await k.http.get('/api/plans')).body.length;
    const res = await k.http.post('/api/plans').send(body);
    expectError(res, 400, 'validation_failed', [field]);
    expect(res.body.details).toContainEqual(expect.objectContaining({ field, code }));
    expect((await k.http.get('/api/plans')).body.length).toBe(before);
  });

  it('refuses null for a field that cannot be empty', async () => {
    const plan = (await k.http.post('/api/plans').send(valid).expect(201)).body;
    expectError(await k.http.withCurrentVersion().patch(`/api/plans/${plan.id}`).send({ title: null }), 400, 'validation_failed', [
      'title',
    ]);
  });

  it('replaces the sections of the vision document, and refuses null for them', async () => {
    const plan = (await k.http.post('/api/plans').send(valid).expect(201)).body;
    const sections = [
      { title: 'Sådan følger vi udviklingen', body: 'Med data.' },
      { title: 'Vision i praksis', body: 'Første.\n\nAndet.' },
    ];
    await k.http.withCurrentVersion().patch(`/api/plans/${plan.id}`).send({ sections }).expect(200);
    expect((await k.http.get(`/api/plans/${plan.id}`).expect(200)).body.sections).toEqual(sections);
    expectError(await k.http.withCurrentVersion().patch(`/api/plans/${plan.id}`).send({ sections: null }), 400, 'validation_failed', [
      'sections',
    ]);
    expect((await k.http.get(`/api/plans/${plan.id}`)).body.sections).toEqual(sections);
  });

  it('answers unknown and malformed ids with 404', async () => {
    expectError(await k.http.get(`/api/plans/${UNKNOWN_ID}`), 404, 'not_found', ['id']);
    expectError(await k.http.get('/api/plans/not-a-uuid'), 404, 'not_found', ['id']);
    expectError(await k.http.patch(`/api/plans/${UNKNOWN_ID}`).send({ title: 'x' }), 404, 'not_found');
    expectError(await k.http.delete(`/api/plans/${UNKNOWN_ID}`), 404, 'not_found');
  });

  it('deletes a draft plan with everything in it, but never an adopted one', async () => {
    const plan = (await k.http.post('/api/plans').send(valid).expect(201)).body;
    const committee = (await k.http.post('/api/committees').send({ planId: plan.id, name: 'Økonomiudvalget' }).expect(201)).body;
    await k.http.withCurrentVersion().delete(`/api/plans/${plan.id}`).expect(204);
    await k.http.get(`/api/plans/${plan.id}`).expect(404);
    await k.http.get(`/api/committees/${committee.id}`).expect(404);

    const adopted = (
      await k.http
        .post('/api/plans')
        .send({ ...valid, status: 'adopted' })
        .expect(201)
    ).body;
    expectError(await k.http.withCurrentVersion().delete(`/api/plans/${adopted.id}`), 422, 'plan_adopted', ['status']);
    await k.http.get(`/api/plans/${adopted.id}`).expect(200);
  });
});
