import { checkPlanDocument, MAX_TARGETS, MAX_TITLE, PlanDocument, PlanDocumentV1, upgradePlanDocument } from '@kompas/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectError, Kompas, startKompas, UNKNOWN_ID, withoutIds, DOCUMENT_COLLECTIONS as COLLECTIONS, TABLES } from './harness';

const fixture = (): PlanDocument => JSON.parse(readFileSync(join(__dirname, 'fixtures/every-field.plan.json'), 'utf8'));
/** The same plan as version 1 wrote it (without what version 2 added). */
const fixtureV1 = (): PlanDocumentV1 => JSON.parse(readFileSync(join(__dirname, 'fixtures/every-field.v1.plan.json'), 'utf8'));

async function tableCounts(k: Kompas): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    out[t] = (await k.dataSource.query(`SELECT count(*) AS n FROM "${t}"`))[0].n;
  }
  return out;
}

describe('plan export and import', () => {
  let k: Kompas;
  beforeAll(async () => {
    k = await startKompas({ demo: true });
  });
  afterAll(() => k.close());

  it('the fixture sets every field of every entity at least once', () => {
    const doc = fixture();
    expect(checkPlanDocument(doc)).toEqual([]);
    for (const c of COLLECTIONS) {
      const rows = doc[c] as unknown as Record<string, unknown>[];
      for (const key of Object.keys(rows[0])) {
        expect({
          c,
          key,
          set: rows.some((r) => r[key] !== null && r[key] !== '' && !(Array.isArray(r[key]) && !(r[key] as unknown[]).length)),
        }).toEqual({ c, key, set: true });
      }
    }
  });

  it('imports a document into a new plan and exports the same document apart from ids', async () => {
    const res = await k.http.post('/api/plans/import').send(fixture()).expect(201);
    expect(res.body).toMatchObject({ title: 'Prøvested – sammen om alt', status: 'adopted', example: true });
    expect(res.body.imported).toEqual({
      aimingPoints: 2,
      committees: 3,
      units: 3,
      focusAreas: 3,
      actions: 3,
      indicators: 5,
      observations: 7,
      links: 6,
    });
    const exported = (await k.http.get(`/api/plans/${res.body.id}/export`).expect(200)).body as PlanDocument;
    expect(exported.actions[0].id).not.toBe('a1');
    expect(withoutIds(exported)).toEqual(withoutIds(fixture()));
  });

  it('export → import → export gives the same document apart from ids (Hedensted too)', async () => {
    const plans = (await k.http.get('/api/plans')).body as { id: string; title: string }[];
    for (const plan of plans) {
      const first = (await k.http.get(`/api/plans/${plan.id}/export`).expect(200)).body as PlanDocument;
      const copy = (await k.http.post('/api/plans/import').send(first).expect(201)).body;
      expect(copy.id).not.toBe(plan.id);
      const second = (await k.http.get(`/api/plans/${copy.id}/export`).expect(200)).body as PlanDocument;
      expect(withoutIds(second)).toEqual(withoutIds(first));
      const firstIds = new Set(COLLECTIONS.flatMap((c) => first[c].map((r) => r.id)).filter((id) => !first.units.some((u) => u.id === id)));
      expect(COLLECTIONS.flatMap((c) => second[c].map((r) => r.id)).filter((id) => firstIds.has(id))).toEqual([]);
    }
  });

  it('imports a version 1 document as the version 2 it becomes, and exports version 2', async () => {
    const v1 = fixtureV1();
    const res = await k.http.post('/api/plans/import').send(v1).expect(201);
    const exported = (await k.http.get(`/api/plans/${res.body.id}/export`).expect(200)).body as PlanDocument;
    expect(exported.version).toBe(2);
    expect(withoutIds(exported)).toEqual(withoutIds(upgradePlanDocument(v1)));
    expect(exported.plan.councilName).toBe('Kommunalbestyrelsen');
    // A single target became the long-term target and a one-entry path; observations are the indicator's own.
    expect(exported.indicators[0]).toMatchObject({
      measuresVision: false,
      aimingPointId: null,
      targets: [{ period: '2027', value: 80 }],
      longTermTarget: { value: 80, date: '2027-06-30' },
      reference: null,
      graceDays: 30,
    });
    expect(new Set(exported.observations.map((o) => o.series))).toEqual(new Set(['actual']));
  });

  it('refuses a version 1 document naming its problems by its own fields, and version 2 fields in it', async () => {
    const before = await tableCounts(k);
    const v1 = fixtureV1() as unknown as { indicators: Record<string, unknown>[]; plan: Record<string, unknown> };
    v1.indicators[1].targetValue = 3;
    v1.indicators[0].targetDate = '2020-01-01';
    v1.plan.councilName = 'Byrådet';
    const res = await k.http.post('/api/plans/import').send(v1);
    expectError(res, 400, 'invalid_document', ['indicators.1.targetValue', 'indicators.0.targetDate', 'plan.councilName']);
    expect(res.body.details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual([
      ['plan.councilName', 'unknown_field'],
      ['indicators.0.targetDate', 'date_order'],
      ['indicators.1.targetValue', 'quantitative_only'],
    ]);
    expect(await tableCounts(k)).toEqual(before);
  });

  it('keeps the limits of the indicator and observation routes in a version 2 document', async () => {
    const before = await tableCounts(k);
    const doc = fixture();
    const i4 = doc.indicators.findIndex((i) => i.id === 'i4');
    const i1 = doc.indicators.findIndex((i) => i.id === 'i1');
    const i3 = doc.indicators.findIndex((i) => i.id === 'i3');
    // Shapes: a path too long, too much grace, a period that is none, a council's name too long.
    doc.indicators[i4].targets = Array.from({ length: MAX_TARGETS + 1 }, (_, n) => ({ period: String(1900 + n), value: n }));
    doc.indicators[i4].graceDays = 366;
    doc.indicators[i3].targets = [{ period: '2026M13', value: 1 }];
    // The routes' rules, on rows of the right shape: two measured nodes, a relative target without a reference.
    doc.indicators[i1].targets = [{ period: '2026', relation: 'atMost', offset: 1 }];
    doc.indicators[i1].measuresVision = true;
    doc.plan.councilName = 'x'.repeat(MAX_TITLE + 1);
    doc.observations.push({ ...doc.observations[0], id: 'o-ref', series: 'reference' });
    const res = await k.http.post('/api/plans/import').send(doc);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual([
      ['plan.councilName', 'max_length'],
      [`indicators.${i3}.targets.0.period`, 'invalid_period'],
      [`indicators.${i4}.targets`, 'array_max_size'],
      [`indicators.${i4}.graceDays`, 'max'],
      [`indicators.${i1}.measuresVision`, 'only_one'],
      [`indicators.${i1}.actionId`, 'only_one'],
      [`indicators.${i1}.targets.0.relation`, 'reference_required'],
      [`observations.${doc.observations.length - 1}.series`, 'no_reference_series'],
    ]);
    expect(await tableCounts(k)).toEqual(before);
  });

  it('reuses a unit with the same name under the same parent instead of making a twin', async () => {
    const res = await k.http.post('/api/plans/import').send(fixture()).expect(201);
    expect(res.body.imported.units).toBe(0);
    expect(res.body.unitsReused).toBe(3);
  });

  it('refuses an invalid document with every problem named, and writes nothing', async () => {
    const before = await tableCounts(k);
    const doc = fixture() as unknown as {
      actions: Record<string, unknown>[];
      links: Record<string, unknown>[];
      plan: Record<string, unknown>;
    };
    delete doc.actions[0].title;
    doc.actions[1].unitId = 'nowhere';
    doc.links[0].strength = 7;
    doc.plan.extra = true;
    const res = await k.http.post('/api/plans/import').send(doc);
    expectError(res, 400, 'invalid_document', ['actions.0.title', 'plan.extra']);
    expect(await tableCounts(k)).toEqual(before);

    const broken = fixture() as unknown as { actions: Record<string, unknown>[] };
    broken.actions[1].unitId = 'nowhere';
    expectError(await k.http.post('/api/plans/import').send(broken), 400, 'invalid_document', ['actions.1.unitId']);
    expect(await tableCounts(k)).toEqual(before);
  });

  it('refuses documents of another format or version with 422', async () => {
    expectError(await k.http.post('/api/plans/import').send({ ...fixture(), version: 3 }), 422, 'unsupported_document', ['version']);
    expectError(await k.http.post('/api/plans/import').send({ ...fixture(), format: 'other' }), 422, 'unsupported_document', ['format']);
    expectError(await k.http.post('/api/plans/import').send([1, 2]), 400, 'invalid_document');
    expectError(await k.http.post('/api/plans/import').set('content-type', 'application/json').send('{"format":'), 400, 'invalid_json', [
      'body',
    ]);
  });

  it('accepts plan documents far larger than the 1 MB limit of other routes', async () => {
    const doc = fixture();
    const template = doc.actions[0];
    for (let i = 0; i < 4000; i++)
      doc.actions.push({ ...template, id: `bulk-${i}`, title: `Handling nummer ${i}`, description: 'x'.repeat(300) });
    const body = JSON.stringify(doc);
    expect(body.length).toBeGreaterThan(1024 * 1024);
    const res = await k.http.post('/api/plans/import').set('content-type', 'application/json').send(body).expect(201);
    expect(res.body.imported.actions).toBe(4003);
  });

  it('answers bodies over 1 MB on other routes with 413, and writes nothing', async () => {
    const before = await tableCounts(k);
    const res = await k.http
      .post('/api/plans')
      .send({ organisation: 'x', title: 'x', periodStart: '2026-01-01', periodEnd: '2026-12-31', visionStatement: 'x'.repeat(1_100_000) });
    expectError(res, 413, 'payload_too_large', ['body']);
    expect(await tableCounts(k)).toEqual(before);
  });

  it('rolls back the whole import when the database fails half-way', async () => {
    const before = await tableCounts(k);
    await k.dataSource.query(
      `CREATE TRIGGER fail_observations BEFORE INSERT ON "observation" BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END`,
    );
    try {
      const res = await k.http.post('/api/plans/import').send(fixture());
      expectError(res, 500, 'internal_error');
      expect(res.body.message).not.toContain('disk full');
      expect(await tableCounts(k)).toEqual(before);
    } finally {
      await k.dataSource.query('DROP TRIGGER fail_observations');
    }
  });

  it('refuses text that is not well-formed Unicode, naming the field, and writes nothing', async () => {
    const before = await tableCounts(k);
    const body = JSON.stringify(fixture()).replace('"Prøvested – sammen om alt"', '"Prøvested \\udc00"');
    const res = await k.http.post('/api/plans/import').set('content-type', 'application/json').send(body);
    expectError(res, 400, 'invalid_unicode', ['plan.title']);
    const notUtf8 = Buffer.concat([Buffer.from('{"format":"kompas.plan","x":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const raw = k.http.post('/api/plans/import').set('content-type', 'application/json');
    expectError(await raw.serialize((bytes: unknown) => bytes as string).send(notUtf8 as never), 400, 'invalid_json', ['body']);
    expect(await tableCounts(k)).toEqual(before);
  });

  it("keeps a reason sent in the document's body for the trail, and refuses one that is not text", async () => {
    const res = await k.http
      .post('/api/plans/import')
      .send({ ...fixture(), reason: 'Byrådets beslutning 12/2026' })
      .expect(201);
    const trail = (await k.http.get(`/api/audit?entityId=${res.body.id}`).expect(200)).body as {
      items: { action: string; reason: string }[];
    };
    expect(trail.items.find((e) => e.action === 'import')?.reason).toBe('Byrådets beslutning 12/2026');
    expectError(await k.http.post('/api/plans/import').send({ ...fixture(), reason: 7 }), 400, 'validation_failed', ['reason']);
  });

  it("keeps in the import's record every created row exactly as the database stores it", async () => {
    const doc = fixture();
    // Values whose stored form could differ from what was sent: whole numbers in REAL columns, large and tiny
    // numbers, a NUL character, characters outside the BMP, an empty text.
    doc.observations[0].value = 5;
    doc.observations[1].value = 1e21;
    doc.observations[3].value = 1.5e-7;
    doc.observations[0].narrative = 'nul \u0000 here, and 🧭 there';
    doc.indicators[0].baselineValue = 0;
    doc.indicators[0].longTermTarget = { value: 2 ** 53 + 2, date: '2029-12-31' };
    doc.indicators[0].targets = [
      { period: '2026', value: 0.1 + 0.2 },
      { period: '2027', value: -0 },
    ];
    doc.focusAreas[0].description = '';
    // Units of new names, so that they are created rather than reused.
    for (const u of doc.units) u.name = `${u.name} (stored as sent)`;
    const res = await k.http.post('/api/plans/import').send(doc).expect(201);
    const trail = (await k.http.get(`/api/audit?entityId=${res.body.id}&action=import`).expect(200)).body as {
      items: { seq: number; record: { chunks: number; rows: number } }[];
    };
    const [{ seq, record }] = trail.items;
    const changes: { table: string; id: string; before: unknown; after: Record<string, unknown> }[] = [];
    for (let chunk = 0; chunk < record.chunks; chunk++) {
      changes.push(...(await k.http.get(`/api/audit/${seq}/import?chunk=${chunk}`).expect(200)).body.changes);
    }
    expect(changes.length).toBe(record.rows);
    expect(new Set(changes.map((ch) => ch.table))).toEqual(
      new Set([
        'plan',
        'aiming_point',
        'committee',
        'unit',
        'focus_area',
        'action',
        'indicator',
        'observation',
        'support_link',
        'contribution_link',
      ]),
    );
    for (const ch of changes) {
      const [stored] = (await k.dataSource.query(`SELECT * FROM "${ch.table}" WHERE "id" = ?`, [ch.id])) as Record<string, unknown>[];
      if (ch.table === 'focus_area') {
        const coOwners = (await k.dataSource.query(
          `SELECT "committeeId" FROM "focus_area_co_owner" WHERE "focusAreaId" = ? ORDER BY "committeeId"`,
          [ch.id],
        )) as { committeeId: string }[];
        stored['coOwnerCommitteeIds'] = coOwners.map((c) => c.committeeId);
      }
      // The same text: the same columns, in the same order, with the same values.
      expect({ table: ch.table, before: ch.before, after: JSON.stringify(ch.after) }).toEqual({
        table: ch.table,
        before: null,
        after: JSON.stringify(stored),
      });
    }
    const verified = (await k.http.get('/api/audit/verify').expect(200)).body as { intact: boolean; drift: unknown[] };
    expect(verified.drift).toEqual([]);
    expect(verified.intact).toBe(true);
  });

  it('refuses a 301-character focus-area title as the focus-area route does, naming the field', async () => {
    const before = await tableCounts(k);
    const long = 'x'.repeat(MAX_TITLE + 1);
    const doc = fixture();
    doc.focusAreas[2].title = long;
    const res = await k.http.post('/api/plans/import').send(doc);
    expectError(res, 400, 'invalid_document', ['focusAreas.2.title']);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'focusAreas.2.title', code: 'max_length' })]);
    expect(await tableCounts(k)).toEqual(before);

    const planId = (await k.http.get('/api/plans').expect(200)).body[0].id as string;
    const committees = (await k.http.get(`/api/plans/${planId}/committees`).expect(200)).body as { id: string }[];
    const member = await k.as('committeeMember', { committees: [committees[0].id] });
    const route = await member.post('/api/focus-areas').send({ committeeId: committees[0].id, title: long });
    expectError(route, 400, 'validation_failed', ['title']);
    expect(route.body.details).toContainEqual(expect.objectContaining({ field: 'title', code: 'max_length' }));
  });

  it('names problems of several kinds in one answer: shape, reference and the routes’ rules', async () => {
    const doc = fixture();
    doc.actions[0].startDate = '2026-02-30';
    doc.actions[1].unitId = 'nowhere';
    doc.plan.periodEnd = '2000-01-01';
    doc.observations.push({ ...doc.observations[0], id: 'o-twin' });
    const res = await k.http.post('/api/plans/import').send(doc);
    expectError(res, 400, 'invalid_document');
    expect(res.body.details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual([
      ['actions.0.startDate', 'is_calendar_date'],
      ['plan.periodEnd', 'date_order'],
      ['actions.1.unitId', 'unknown_reference'],
      [`observations.${doc.observations.length - 1}.periodStart`, 'observation_exists'],
    ]);
  });

  describe('dry run (?dryRun=true)', () => {
    const trailEntries = async () => (await k.dataSource.query('SELECT count(*) AS n FROM "audit_entry"'))[0].n as number;

    it('answers what the import would create and the plans that say the same, and writes nothing', async () => {
      const copy = (await k.http.post('/api/plans/import').send(fixture()).expect(201)).body as {
        id: string;
        title: string;
        imported: Record<string, number>;
      };
      const before = await tableCounts(k);
      const entries = await trailEntries();
      const res = await k.http.post('/api/plans/import?dryRun=true').send(fixture()).expect(200);
      expect(res.body.counts).toEqual({ ...copy.imported, units: 0 });
      expect(res.body.problems).toEqual([]);
      expect(res.body.sameAs).toContainEqual({ id: copy.id, title: copy.title });
      const hedensted = (await k.http.get('/api/plans').expect(200)).body.find((p: { title: string }) => p.title.startsWith('Hedensted'));
      expect(res.body.sameAs.map((p: { id: string }) => p.id)).not.toContain(hedensted.id);
      expect(await tableCounts(k)).toEqual(before);
      expect(await trailEntries()).toBe(entries);

      // Export of another plan: that one is its twin, with new units counted as none (they exist).
      const exported = (await k.http.get(`/api/plans/${hedensted.id}/export`).expect(200)).body as PlanDocument;
      const again = await k.http.post('/api/plans/import?dryRun=true').send(exported).expect(200);
      expect(again.body.sameAs.map((p: { id: string }) => p.id)).toContain(hedensted.id);
      expect(again.body.counts.actions).toBe(exported.actions.length);
      expect(again.body.counts.units).toBe(0);
      exported.actions[0].title = `${exported.actions[0].title} (ændret)`;
      expect((await k.http.post('/api/plans/import?dryRun=true').send(exported).expect(200)).body.sameAs).toEqual([]);
      expect(await tableCounts(k)).toEqual(before);
    });

    it('answers a document with problems with the same details an import refuses it with, and writes nothing', async () => {
      const before = await tableCounts(k);
      const entries = await trailEntries();
      const doc = fixture();
      doc.focusAreas[2].title = 'x'.repeat(MAX_TITLE + 1);
      doc.actions[1].unitId = 'nowhere';
      const refused = await k.http.post('/api/plans/import').send(doc);
      const res = await k.http.post('/api/plans/import?dryRun=true').send(doc).expect(200);
      expect(res.body.problems).toEqual(refused.body.details);
      expect(res.body.problems.length).toBe(2);
      expect(res.body.counts).toMatchObject({ focusAreas: 3, actions: 3 });
      expect(res.body.sameAs).toEqual([]);
      expect(await tableCounts(k)).toEqual(before);
      expect(await trailEntries()).toBe(entries);
    });

    it('refuses what is no plan document as the import does, a dryRun that is not true or false, and non-administrators', async () => {
      expectError(await k.http.post('/api/plans/import?dryRun=true').send({ ...fixture(), version: 3 }), 422, 'unsupported_document', [
        'version',
      ]);
      expectError(await k.http.post('/api/plans/import?dryRun=yes').send(fixture()), 400, 'validation_failed', ['dryRun']);
      const viewer = await k.signIn({ roles: ['viewer'] });
      expectError(await viewer.post('/api/plans/import?dryRun=true').send(fixture()), 403, 'forbidden');
    });
  });

  it('answers an unknown plan with 404', async () => {
    expectError(await k.http.get(`/api/plans/${UNKNOWN_ID}/export`), 404, 'not_found', ['planId']);
  });
});
