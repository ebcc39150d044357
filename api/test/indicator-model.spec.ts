import { DEFAULT_COUNCIL_NAME, MAX_GRACE_DAYS, MAX_TARGETS, MAX_TITLE, PlanGraph } from '@kompas/domain';
import { Client, expectError, Kompas, seedSmallPlan, startKompas, UNKNOWN_ID } from './harness';

type Indicator = { id: string; version: number } & Record<string, unknown>;

/**
 * What an indicator can measure (the vision, an aiming point, a focus area,
 * an action), its target path, long-term target and reference series, its
 * grace and responsible person, and the plan's name for its council: every
 * rule through the HTTP API.
 */
describe('the indicator model', () => {
  let k: Kompas;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  beforeAll(async () => {
    k = await startKompas();
    s = await seedSmallPlan(k);
  });
  afterAll(() => k.close());

  const numbers = { type: 'quantitative', evidenceKind: 'statistics', cadence: 'yearly', unit: '%', direction: 'down' };
  const words = { type: 'qualitative', evidenceKind: 'dialogue', cadence: 'yearly' };
  const create = async (by: Client, body: object): Promise<Indicator> =>
    (
      await by
        .post('/api/indicators')
        .send({ title: 'Ledighed', ...body })
        .expect(201)
    ).body as Indicator;
  const patch = (by: Client, id: string, body: object) => by.withCurrentVersion().patch(`/api/indicators/${id}`).send(body);
  const graph = async () => (await k.http.get(`/api/plans/${s.plan.id}/graph`).expect(200)).body as PlanGraph;

  describe('what it measures', () => {
    it('measures an aiming point or the vision, made by an administrator, and says so', async () => {
      const onAim = await create(k.http, { aimingPointId: s.aimingPoint.id, ...numbers });
      expect(onAim).toMatchObject({
        planId: s.plan.id,
        measures: { kind: 'aimingPoint', id: s.aimingPoint.id },
        aimingPointId: s.aimingPoint.id,
        focusAreaId: null,
        actionId: null,
        measuresVision: false,
      });
      const onVision = await create(k.http, { measuresVision: true, planId: s.plan.id, ...words });
      expect(onVision).toMatchObject({ measures: { kind: 'vision', id: s.plan.id }, measuresVision: true, aimingPointId: null });
      const onFocus = await create(s.member, { focusAreaId: s.focusArea.id, ...words });
      expect(onFocus.measures).toEqual({ kind: 'focusArea', id: s.focusArea.id });
      const onAction = await create(s.manager, { actionId: s.action.id, ...words });
      expect(onAction.measures).toEqual({ kind: 'action', id: s.action.id });

      // The graph carries them, each with its measures edge; the list filters by aiming point.
      const g = await graph();
      for (const [i, target, kind] of [
        [onAim, s.aimingPoint.id, 'aimingPoint'],
        [onVision, s.plan.id, 'vision'],
        [onFocus, s.focusArea.id, 'focusArea'],
        [onAction, s.action.id, 'action'],
      ] as const) {
        expect(g.nodes.find((n) => n.id === i.id)).toMatchObject({ kind: 'indicator', measures: kind, measuresId: target });
        expect(g.edges.find((e) => e.source === i.id)).toMatchObject({ kind: 'measures', target });
      }
      const listed = (await k.http.get(`/api/plans/${s.plan.id}/indicators?aimingPointId=${s.aimingPoint.id}`).expect(200)).body;
      expect(listed.map((i: Indicator) => i.id)).toEqual([onAim.id]);
    });

    it.each([
      ['nothing', {}, ['measuresVision', 'aimingPointId', 'focusAreaId', 'actionId'], 'one_required'],
      ['two nodes', { focusAreaId: 'FA', actionId: 'A' }, ['focusAreaId', 'actionId'], 'only_one'],
      ['the vision and an aiming point', { measuresVision: true, aimingPointId: 'AP' }, ['measuresVision', 'aimingPointId'], 'only_one'],
    ])('refuses an indicator measuring %s with 400, naming the fields', async (_what, given, fields, code) => {
      const ids: Record<string, string> = { FA: s.focusArea.id, A: s.action.id, AP: s.aimingPoint.id };
      const body = Object.fromEntries(Object.entries(given).map(([f, v]) => [f, typeof v === 'string' ? ids[v] : v]));
      const res = await k.http.post('/api/indicators').send({ title: 'x', planId: s.plan.id, ...words, ...body });
      expectError(res, 400, 'validation_failed', fields);
      expect(res.body.details.map((d: { code: string }) => d.code)).toEqual(fields.map(() => code));
    });

    it('needs the plan for the vision, and finds what it measures (404 naming the field)', async () => {
      expectError(await k.http.post('/api/indicators').send({ title: 'x', measuresVision: true, ...words }), 400, 'validation_failed', [
        'planId',
      ]);
      expectError(await k.http.post('/api/indicators').send({ title: 'x', aimingPointId: UNKNOWN_ID, ...words }), 404, 'not_found', [
        'aimingPointId',
      ]);
      expectError(
        await k.http.post('/api/indicators').send({ title: 'x', measuresVision: true, planId: UNKNOWN_ID, ...words }),
        404,
        'not_found',
        ['planId'],
      );
      expectError(
        await k.http.post('/api/indicators').send({ title: 'x', aimingPointId: s.aimingPoint.id, planId: UNKNOWN_ID, ...words }),
        422,
        'across_plans',
        ['planId'],
      );
    });

    it('lets only administrators make, change and delete an indicator of the vision or an aiming point; what it measures is fixed', async () => {
      for (const by of [s.member, s.manager, await k.as('viewer'), await k.as('director')]) {
        expectError(await by.post('/api/indicators').send({ title: 'x', aimingPointId: s.aimingPoint.id, ...words }), 403, 'forbidden');
        expectError(
          await by.post('/api/indicators').send({ title: 'x', measuresVision: true, planId: s.plan.id, ...words }),
          403,
          'forbidden',
        );
      }
      const i = await create(k.http, { aimingPointId: s.aimingPoint.id, ...words });
      expectError(await patch(s.member, i.id, { title: 'Nyt navn' }), 403, 'forbidden');
      expect((await patch(k.http, i.id, { title: 'Nyt navn' }).expect(200)).body.title).toBe('Nyt navn');
      expectError(await patch(k.http, i.id, { aimingPointId: null, measuresVision: true }), 400, 'validation_failed', [
        'aimingPointId',
        'measuresVision',
      ]);
      expectError(await s.member.withCurrentVersion().delete(`/api/indicators/${i.id}`), 403, 'forbidden');
      await k.http.withCurrentVersion().delete(`/api/indicators/${i.id}`).expect(204);
    });
  });

  describe('targets', () => {
    it('keeps a target path of values and relations to the reference, ordered by period, with a long-term target', async () => {
      const i = await create(s.manager, {
        actionId: s.action.id,
        ...numbers,
        reference: { name: 'Hele landet', source: 'Danmarks Statistik' },
        targets: [
          { period: '2027', value: 4.5 },
          { period: '2026q2', relation: 'atMost', offset: 0.5 },
          { period: '2026', relation: 'atLeast', offset: 0 },
        ],
        longTermTarget: { value: 3.5, date: '2029-12-31' },
      });
      expect(i).toMatchObject({
        targets: [
          { period: '2026', relation: 'atLeast', offset: 0 },
          { period: '2026K2', relation: 'atMost', offset: 0.5 },
          { period: '2027', value: 4.5 },
        ],
        longTermTarget: { value: 3.5, date: '2029-12-31' },
        targetValue: 3.5,
        targetDate: '2029-12-31',
        reference: { name: 'Hele landet', source: 'Danmarks Statistik' },
      });
      const changed = (await patch(s.manager, i.id, { targets: [{ period: '2028', value: 4 }], longTermTarget: null }).expect(200)).body;
      expect(changed).toMatchObject({ targets: [{ period: '2028', value: 4 }], longTermTarget: null, targetValue: null, targetDate: null });
      expectError(await patch(s.manager, i.id, { targets: null }), 400, 'validation_failed', ['targets']);
    });

    it('takes targetValue and targetDate as another way to give the long-term target, dated by the plan’s end when undated', async () => {
      const dated = await create(s.manager, { actionId: s.action.id, ...numbers, targetValue: 4, targetDate: '2028-06-30' });
      expect(dated).toMatchObject({ longTermTarget: { value: 4, date: '2028-06-30' }, targets: [] });
      const undated = await create(s.manager, { actionId: s.action.id, ...numbers, targetValue: 0 });
      expect(undated).toMatchObject({ longTermTarget: { value: 0, date: '2029-12-31' }, targetValue: 0, targetDate: '2029-12-31' });
      expect((await patch(s.manager, undated.id, { targetValue: 2 }).expect(200)).body.longTermTarget).toEqual({
        value: 2,
        date: '2029-12-31',
      });
      expect((await patch(s.manager, undated.id, { targetDate: '2027-12-31' }).expect(200)).body.longTermTarget).toEqual({
        value: 2,
        date: '2027-12-31',
      });
      expect((await patch(s.manager, undated.id, { targetValue: null }).expect(200)).body.longTermTarget).toBeNull();
      expectError(await patch(s.manager, undated.id, { targetDate: '2028-12-31' }), 400, 'validation_failed', ['targetValue']);
      // Not both ways at once, and no date without a value.
      const both = { actionId: s.action.id, ...numbers, targetValue: 4, longTermTarget: { value: 4, date: '2028-06-30' } };
      const res = await s.manager.post('/api/indicators').send({ title: 'x', ...both });
      expectError(res, 400, 'validation_failed', ['targetValue']);
      expect(res.body.details[0].code).toBe('alias_conflict');
      expectError(await patch(s.manager, dated.id, { targetDate: '2028-01-01', longTermTarget: null }), 400, 'validation_failed', [
        'targetDate',
      ]);
      expectError(
        await s.manager.post('/api/indicators').send({ title: 'x', actionId: s.action.id, ...numbers, targetDate: '2028-01-01' }),
        400,
        'validation_failed',
        ['targetValue'],
      );
    });

    it.each([
      [{ targets: [{ period: '2026X', value: 1 }] }, 'targets.0.period', 'invalid_period'],
      [{ targets: [{ period: '2026' }] }, 'targets.0.value', 'required'],
      [{ targets: [{ period: '2026', value: 1, relation: 'atMost', offset: 1 }] }, 'targets.0.value', 'value_or_relation'],
      [{ targets: [{ period: '2026', relation: 'atMost' }] }, 'targets.0.offset', 'required'],
      [{ targets: [{ period: '2026', relation: 'nearly', offset: 1 }] }, 'targets.0.relation', 'is_in'],
      [{ targets: [{ period: '2026', value: 'lots' }] }, 'targets.0.value', 'is_number'],
      [{ targets: [{ period: '2026', value: 1, colour: 'blå' }] }, 'targets.0.colour', 'unknown_field'],
      [{ targets: [{ period: 2026, value: 1 }] }, 'targets.0.period', 'is_string'],
      [
        {
          targets: [
            { period: '2026K1', value: 1 },
            { period: '2026Q1', value: 2 },
          ],
        },
        'targets.1.period',
        'duplicate_period',
      ],
      [{ targets: [{ period: '2026', relation: 'atMost', offset: 0.5 }] }, 'targets.0.relation', 'reference_required'],
      [{ targets: 'soon' }, 'targets', 'is_array'],
      [{ longTermTarget: { value: 1 } }, 'longTermTarget.date', 'is_calendar_date'],
      [{ longTermTarget: { value: 'x', date: '2029-12-31' } }, 'longTermTarget.value', 'is_number'],
    ])('refuses a bad target %j with 400, naming %s', async (body, field, code) => {
      const res = await s.manager.post('/api/indicators').send({ title: 'x', actionId: s.action.id, ...numbers, ...body });
      expectError(res, 400, 'validation_failed', [field]);
      expect(res.body.details).toContainEqual(expect.objectContaining({ field, code }));
    });

    it(`refuses more than ${MAX_TARGETS} entries, and a long-term target before the baseline (422)`, async () => {
      const many = Array.from({ length: MAX_TARGETS + 1 }, (_, n) => ({ period: String(1900 + n), value: n }));
      expectError(
        await s.manager.post('/api/indicators').send({ title: 'x', actionId: s.action.id, ...numbers, targets: many }),
        400,
        'validation_failed',
        ['targets'],
      );
      const early = { baselineDate: '2026-01-01', longTermTarget: { value: 1, date: '2025-12-31' } };
      expectError(
        await s.manager.post('/api/indicators').send({ title: 'x', actionId: s.action.id, ...numbers, ...early }),
        422,
        'date_order',
        ['longTermTarget.date'],
      );
    });

    it('refuses targets, a long-term target, its older names and a reference on a qualitative indicator, naming each', async () => {
      for (const [body, field] of [
        [{ targets: [{ period: '2026', value: 1 }] }, 'targets'],
        [{ longTermTarget: { value: 1, date: '2029-12-31' } }, 'longTermTarget'],
        [{ targetValue: 1 }, 'targetValue'],
        [{ reference: { name: 'Hele landet' } }, 'reference'],
      ] as const) {
        const res = await s.manager.post('/api/indicators').send({ title: 'x', actionId: s.action.id, ...words, ...body });
        expectError(res, 400, 'validation_failed', [field]);
        expect(res.body.details[0].code).toBe('quantitative_only');
      }
      // Turning an indicator qualitative drops them.
      const i = await create(s.manager, {
        actionId: s.action.id,
        ...numbers,
        reference: { name: 'Hele landet' },
        targets: [{ period: '2026', relation: 'atMost', offset: 0 }],
        longTermTarget: { value: 1, date: '2029-12-31' },
      });
      const q = (await patch(s.manager, i.id, { type: 'qualitative' }).expect(200)).body;
      expect(q).toMatchObject({ targets: [], longTermTarget: null, reference: null, unit: null });
    });
  });

  describe('the reference series', () => {
    let i: Indicator;
    beforeAll(async () => {
      i = await create(s.manager, {
        actionId: s.action.id,
        ...numbers,
        title: 'Ledighed med reference',
        reference: { name: 'Hele landet' },
      });
    });
    const record = (by: Client, body: object) => by.post(`/api/indicators/${i.id}/observations`).send(body);

    it('records reference values beside the actual ones, one current observation per period in each series', async () => {
      const actual = (await record(s.manager, { period: '2025', value: 3.4 }).expect(201)).body;
      const reference = (await record(s.manager, { period: '2025', value: 2.9, series: 'reference' }).expect(201)).body;
      expect([actual.series, reference.series]).toEqual(['actual', 'reference']);
      const again = await record(s.manager, { period: '2025', value: 3.0, series: 'reference' });
      expectError(again, 409, 'observation_exists', ['period']);
      expect(again.body.existingId).toBe(reference.id);
      // A correction keeps its series: it replaces the reference value only.
      const fixed = (await s.manager.post(`/api/observations/${reference.id}/supersede`).send({ value: 3.1 }).expect(201)).body;
      expect(fixed).toMatchObject({ series: 'reference', supersedesId: reference.id, value: 3.1 });
      expectError(
        await s.manager.post(`/api/observations/${actual.id}/supersede`).send({ value: 3.5, series: 'reference' }),
        422,
        'correction_mismatch',
        ['series'],
      );
      const list = (await k.http.get(`/api/indicators/${i.id}/observations`).expect(200)).body as { series: string; id: string }[];
      expect(list.map((o) => [o.id, o.series])).toEqual(
        expect.arrayContaining([
          [actual.id, 'actual'],
          [reference.id, 'reference'],
          [fixed.id, 'reference'],
        ]),
      );
      const references = (await k.http.get(`/api/indicators/${i.id}/observations?series=reference`).expect(200)).body;
      expect(references.map((o: { id: string }) => o.id).sort()).toEqual([reference.id, fixed.id].sort());
      expectError(await k.http.get(`/api/indicators/${i.id}/observations?series=other`), 400, 'validation_failed', ['series']);

      // The graph gives the latest of each series apart.
      const node = (await graph()).nodes.find((n) => n.id === i.id);
      expect(node).toMatchObject({
        latest: { id: actual.id, series: 'actual', value: 3.4 },
        latestReference: { id: fixed.id, series: 'reference', value: 3.1 },
      });
    });

    it('refuses a reference value for an indicator without a reference series, naming series', async () => {
      const plain = await create(s.manager, { actionId: s.action.id, ...numbers });
      const res = await s.manager.post(`/api/indicators/${plain.id}/observations`).send({ period: '2025', value: 1, series: 'reference' });
      expectError(res, 400, 'validation_failed', ['series']);
      expectError(
        await s.manager.post(`/api/indicators/${plain.id}/observations`).send({ period: '2025', value: 1, series: 'national' }),
        400,
        'validation_failed',
        ['series'],
      );
    });

    it('keeps the reference series while it has observations', async () => {
      expectError(await patch(s.manager, i.id, { reference: null }), 409, 'in_use', ['reference']);
      const renamed = (await patch(s.manager, i.id, { reference: { name: 'Sammenligningskommuner', source: 'KL' } }).expect(200)).body;
      expect(renamed.reference).toEqual({ name: 'Sammenligningskommuner', source: 'KL' });
    });
  });

  describe('grace and the responsible person', () => {
    it('gives 30 days of grace unless told otherwise, from 0 to 365', async () => {
      expect((await create(s.manager, { actionId: s.action.id, ...words })).graceDays).toBe(30);
      expect((await create(s.manager, { actionId: s.action.id, ...words, graceDays: 0 })).graceDays).toBe(0);
      const i = await create(s.manager, { actionId: s.action.id, ...words, graceDays: MAX_GRACE_DAYS });
      expect(i.graceDays).toBe(365);
      for (const graceDays of [-1, 366, 1.5, '30', null]) {
        expectError(await patch(s.manager, i.id, { graceDays }), 400, 'validation_failed', ['graceDays']);
      }
    });

    it('takes any active user as responsible person, and refuses an unknown or deactivated one naming responsibleUserId', async () => {
      const viewer = await k.as('viewer', { name: 'Rikke Ansvarlig' });
      const i = await create(s.manager, { actionId: s.action.id, ...words, responsibleUserId: viewer.userId });
      expect(i.responsibleUserId).toBe(viewer.userId);
      const gone = await k.as('viewer');
      await k.http.withCurrentVersion().patch(`/api/users/${gone.userId}`).send({ active: false }).expect(200);
      for (const responsibleUserId of [UNKNOWN_ID, gone.userId, 'not-a-uuid']) {
        expectError(await patch(s.manager, i.id, { responsibleUserId }), 400, 'validation_failed', ['responsibleUserId']);
      }
      expect((await patch(s.manager, i.id, { responsibleUserId: null }).expect(200)).body.responsibleUserId).toBeNull();
    });

    it('lets the responsible person record and correct that indicator’s observations wherever it hangs, and nothing more', async () => {
      const responsible = await k.as('viewer', { name: 'Rikke Ansvarlig' });
      const other = await create(s.manager, { actionId: s.action.id, ...numbers });
      for (const measured of [
        { actionId: s.action.id },
        { focusAreaId: s.focusArea.id },
        { aimingPointId: s.aimingPoint.id },
        { measuresVision: true, planId: s.plan.id },
      ]) {
        const owner = 'actionId' in measured ? s.manager : 'focusAreaId' in measured ? s.member : k.http;
        const i = await create(owner, {
          ...measured,
          ...numbers,
          responsibleUserId: responsible.userId,
          reference: { name: 'Hele landet' },
        });
        const o = (await responsible.post(`/api/indicators/${i.id}/observations`).send({ period: '2025', value: 5 }).expect(201)).body;
        await responsible.post(`/api/indicators/${i.id}/observations`).send({ period: '2025', value: 4, series: 'reference' }).expect(201);
        await responsible.post(`/api/observations/${o.id}/supersede`).send({ value: 6, sourceNote: 'Rettet tal' }).expect(201);
        expectError(await patch(responsible, i.id, { title: 'Mit navn' }), 403, 'forbidden');
        expectError(await responsible.withCurrentVersion().delete(`/api/indicators/${i.id}`), 403, 'forbidden');
      }
      expectError(await responsible.post(`/api/indicators/${other.id}/observations`).send({ period: '2025', value: 5 }), 403, 'forbidden');
      expectError(await responsible.withCurrentVersion().patch(`/api/actions/${s.action.id}`).send({ title: 'x' }), 403, 'forbidden');
      expectError(await responsible.post('/api/indicators').send({ title: 'x', actionId: s.action.id, ...words }), 403, 'forbidden');
      // The trail names who recorded it.
      const mine = (await k.http.get(`/api/audit?userId=${responsible.userId}&entity=observation`).expect(200)).body;
      expect(mine.total).toBe(12);
    });
  });

  describe('the council’s name', () => {
    it('is Kommunalbestyrelsen unless the plan says otherwise, and can be changed', async () => {
      expect(s.plan.councilName).toBe(DEFAULT_COUNCIL_NAME);
      const plan = (
        await k.http
          .post('/api/plans')
          .send({
            organisation: 'Odense Kommune',
            councilName: 'Byrådet',
            title: 'Odense',
            periodStart: '2026-01-01',
            periodEnd: '2029-12-31',
          })
          .expect(201)
      ).body;
      expect(plan.councilName).toBe('Byrådet');
      const changed = (await k.http.withCurrentVersion().patch(`/api/plans/${plan.id}`).send({ councilName: 'Regionsrådet' }).expect(200))
        .body;
      expect(changed.councilName).toBe('Regionsrådet');
      const vision = ((await k.http.get(`/api/plans/${plan.id}/graph`).expect(200)).body as PlanGraph).nodes[0];
      expect(vision).toMatchObject({ kind: 'vision', councilName: 'Regionsrådet' });
      for (const councilName of ['', '   ', 'x'.repeat(MAX_TITLE + 1), null, 7]) {
        expectError(await k.http.withCurrentVersion().patch(`/api/plans/${plan.id}`).send({ councilName }), 400, 'validation_failed', [
          'councilName',
        ]);
      }
      expectError(await s.member.withCurrentVersion().patch(`/api/plans/${plan.id}`).send({ councilName: 'Byrådet' }), 403, 'forbidden');
    });
  });
});
