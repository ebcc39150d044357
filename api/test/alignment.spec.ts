import { copenhagenDate } from '@kompas/domain';
import { binary, pdfText, workbook } from './files';
import { Client, expectError, Kompas, seedMeasurement, seedSmallPlan, startKompas, UNKNOWN_ID } from './harness';

type Finding = {
  code: string;
  nodeId: string;
  related: string[];
  committeeIds: string[];
  aimingPointIds: string[];
  params: Record<string, string | number | null>;
};
type Score = { id: string; score: number; lost: { findingIndex: number; points: number }[] };
type Alignment = {
  planId: string;
  matrix: {
    committeeId: string;
    aimingPointId: string;
    focusAreaIds: string[];
    actionIds: string[];
    freshShare: number | null;
    health: Record<string, number>;
    evidenceKinds: string[];
  }[];
  findings: Finding[];
  scores: { committees: Score[]; aimingPoints: Score[] };
};

/** The audit over HTTP: a plan built through the API, its gaps found, then closed one by one. */
describe('GET /api/plans/{planId}/alignment', () => {
  let k: Kompas;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  let director: Client;

  const audit = async (query = '', who: Client = director): Promise<Alignment> =>
    (await who.get(`/api/plans/${s.plan.id}/alignment${query}`).expect(200)).body as Alignment;
  const found = (a: Alignment) => a.findings.map((f) => `${f.code}:${f.nodeId}`);

  beforeAll(async () => {
    k = await startKompas();
    s = await seedSmallPlan(k);
    director = await k.as('director', { name: 'Hanne Direktør' });
  });
  afterAll(() => k.close());

  it('finds the orphan action, the focus area without action or aiming point, the unserved aiming point and the missing data', async () => {
    const a = await audit();
    expect(a.planId).toBe(s.plan.id);
    expect(found(a).sort()).toEqual(
      [
        `actionWithoutFocusArea:${s.action.id}`,
        `focusAreaWithoutAction:${s.focusArea.id}`,
        `focusAreaWithoutAimingPoint:${s.focusArea.id}`,
        `aimingPointUnserved:${s.aimingPoint.id}`,
        `actionWithoutIndicator:${s.action.id}`,
        `focusAreaWithoutIndicator:${s.focusArea.id}`,
      ].sort(),
    );
    const orphan = a.findings.find((f) => f.code === 'actionWithoutFocusArea')!;
    expect(orphan.params).toMatchObject({ kind: 'action', title: 'Læsevenner i indskolingen', unitName: s.unit.name });
    // The committee paid for its focus area's gaps, every point traced to a finding of it.
    const committee = a.scores.committees.find((c) => c.id === s.committee.id)!;
    expect(committee.score).toBe(100 - 10 - 10 - 5);
    expect(committee.lost.map((l) => a.findings[l.findingIndex].code).sort()).toEqual(
      ['focusAreaWithoutAction', 'focusAreaWithoutAimingPoint', 'focusAreaWithoutIndicator'].sort(),
    );
    expect(a.scores.aimingPoints).toEqual([{ id: s.aimingPoint.id, score: 70, lost: [{ findingIndex: expect.any(Number), points: 30 }] }]);
    expect(a.matrix).toEqual([
      {
        committeeId: s.committee.id,
        aimingPointId: s.aimingPoint.id,
        focusAreaIds: [],
        actionIds: [],
        freshShare: null,
        health: { onTrack: 0, atRisk: 0, offTrack: 0, noData: 0 },
        evidenceKinds: [],
      },
    ]);
  });

  it('links and data drawn through the API close those findings; a weak link from one committee is found instead', async () => {
    await s.member.post('/api/links').send({ sourceId: s.focusArea.id, targetId: s.aimingPoint.id, strength: 1 }).expect(201);
    await s.manager.post('/api/links').send({ sourceId: s.action.id, targetId: s.focusArea.id }).expect(201);
    await seedMeasurement(k, s.action.id, s.manager);
    const a = await audit();
    expect(found(a).sort()).toEqual([`aimingPointOneCommittee:${s.aimingPoint.id}`, `aimingPointWeakLinksOnly:${s.aimingPoint.id}`].sort());
    const cell = a.matrix[0];
    expect(cell).toMatchObject({ focusAreaIds: [s.focusArea.id], actionIds: [s.action.id], evidenceKinds: ['survey'] });
    expect(a.findings.find((f) => f.code === 'aimingPointOneCommittee')!.params).toMatchObject({ committeeName: 'Udvalget for Læring' });
  });

  it('finds a shared focus area with no action for its co-owner, and an undecided proposal', async () => {
    const other = (await k.http.post('/api/committees').send({ planId: s.plan.id, name: 'Økonomiudvalget' }).expect(201)).body;
    const shared = (
      await s.member
        .post('/api/focus-areas')
        .send({ committeeId: s.committee.id, title: 'Tidlig indsats på tværs', coOwnerCommitteeIds: [other.id] })
        .expect(201)
    ).body;
    await s.member.post('/api/links').send({ sourceId: shared.id, targetId: s.aimingPoint.id, strength: 3 }).expect(201);
    const proposal = (
      await director
        .post('/api/assessments')
        .send({
          nodeId: s.action.id,
          date: copenhagenDate(new Date()),
          status: 'atRisk',
          reflection: 'For få læsevenner',
          proposedAdjustment: 'Udvid til 3. klasse',
        })
        .expect(201)
    ).body;
    const a = await audit();
    expect(found(a)).toEqual(
      expect.arrayContaining([
        `focusAreaWithoutAction:${shared.id}`,
        `sharedFocusAreaOwnerWithoutAction:${shared.id}`,
        `proposalUndecided:${s.action.id}`,
      ]),
    );
    // Two committees now serve the aiming point, one of them by a strong link.
    expect(found(a)).not.toContain(`aimingPointOneCommittee:${s.aimingPoint.id}`);
    expect(found(a)).not.toContain(`aimingPointWeakLinksOnly:${s.aimingPoint.id}`);
    const co = a.findings.find((f) => f.code === 'sharedFocusAreaOwnerWithoutAction')!;
    expect(co).toMatchObject({ committeeIds: [other.id], related: [s.aimingPoint.id], params: { committeeName: 'Økonomiudvalget' } });
    expect(a.findings.find((f) => f.code === 'proposalUndecided')!).toMatchObject({
      related: [s.focusArea.id, s.aimingPoint.id],
      params: { assessmentId: proposal.id },
    });
    // The matrix: a row per committee, the shared focus area in both.
    expect(a.matrix.map((c) => c.committeeId)).toEqual([s.committee.id, other.id]);
    expect(a.matrix[1].focusAreaIds).toEqual([shared.id]);

    // Narrowed to the co-owner: its row, its findings, its score.
    const narrowed = await audit(`?committeeId=${other.id}`);
    expect(narrowed.matrix.map((c) => c.committeeId)).toEqual([other.id]);
    expect(found(narrowed)).toEqual([`focusAreaWithoutIndicator:${shared.id}`, `sharedFocusAreaOwnerWithoutAction:${shared.id}`]);
    expect(narrowed.scores.committees).toEqual([{ id: other.id, score: 85, lost: expect.any(Array) }]);
  });

  it('anyone signed in may read it; nobody else', async () => {
    const viewer = await k.as('viewer');
    await audit('', viewer);
    await audit('', s.manager);
    await k.anon.get(`/api/plans/${s.plan.id}/alignment`).expect(401);
  });

  it("refuses a committee that is not the plan's, or no id, naming committeeId; an unknown plan is 404", async () => {
    const elsewhere = await seedSmallPlan(k);
    expectError(await director.get(`/api/plans/${s.plan.id}/alignment?committeeId=${elsewhere.committee.id}`), 400, 'validation_failed', [
      'committeeId',
    ]);
    expectError(await director.get(`/api/plans/${s.plan.id}/alignment?committeeId=${UNKNOWN_ID}`), 400, 'validation_failed', [
      'committeeId',
    ]);
    expectError(await director.get(`/api/plans/${s.plan.id}/alignment?committeeId=nope`), 400, 'validation_failed', ['committeeId']);
    expectError(
      await director.get(`/api/plans/${s.plan.id}/alignment.pdf?committeeId=${elsewhere.committee.id}`),
      400,
      'validation_failed',
      ['committeeId'],
    );
    expectError(await director.get(`/api/plans/${UNKNOWN_ID}/alignment`), 404, 'not_found', ['planId']);
    expectError(await director.get(`/api/plans/${s.plan.id}/alignment.xlsx?lang=fr`), 400, 'validation_failed', ['lang']);
  });

  it('exports the audit as a PDF a person can read: scores, matrix and findings, in Danish or English', async () => {
    const res = await director.get(`/api/plans/${s.plan.id}/alignment.pdf`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="kompas-testrup-sammen-overblik-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const text = pdfText(res.body as Buffer);
    expect(text).toContain('Overblik: sammenhæng i planen');
    expect(text).toContain('Dækning: udvalg × sigtepunkter');
    expect(text).toContain('Fælles fokusområder, hvor en ejer ingen handling har (1)');
    expect(text).toContain('Tidlig indsats på tværs – Økonomiudvalget');
    expect(text).toContain('Foreslåede justeringer uden beslutning (1)');
    expect(text).toMatch(/Økonomiudvalget: 85/);
    const en = pdfText(
      (await director.get(`/api/plans/${s.plan.id}/alignment.pdf?lang=en`).buffer(true).parse(binary).expect(200)).body as Buffer,
    );
    expect(en).toContain('Shared focus areas where an owner has no action (1)');
    expect(en).toContain('Coverage: committees × aiming points');
  });

  it('exports the audit as a workbook: a row per finding, per matrix cell and per score', async () => {
    const a = await audit();
    const res = await director.get(`/api/plans/${s.plan.id}/alignment.xlsx`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-disposition']).toMatch(/overblik-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const book = await workbook(res.body as Buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Fund', 'Dækning', 'Point']);
    expect(book.getWorksheet('Fund')!.rowCount).toBe(1 + a.findings.length);
    expect(book.getWorksheet('Dækning')!.rowCount).toBe(1 + a.matrix.length);
    const titles: string[] = [];
    book.getWorksheet('Fund')!.eachRow((row, n) => {
      if (n > 1) titles.push(`${String(row.getCell(1).value)} | ${String(row.getCell(3).value)}`);
    });
    expect(titles).toContain('Foreslåede justeringer uden beslutning | Læsevenner i indskolingen');
  });
  it('overdue data is found once its grace has passed (last: the clock moves two years on)', async () => {
    const plan = (await director.get(`/api/plans/${s.plan.id}`).expect(200)).body;
    // Only an adopted plan owes data.
    await k.http
      .patch(`/api/plans/${s.plan.id}`)
      .set('If-Match', `"${plan.version}"`)
      .send({ status: 'adopted' })
      .expect((res) => expect([200, 201]).toContain(res.status));
    const before = await audit();
    expect(found(before).some((f) => f.startsWith('indicatorOverdue:'))).toBe(false);
    k.clock.advance(2 * 366 * 24 * 3600 * 1000);
    // Sessions do not last two years: sign in again.
    const later = await audit('', await k.as('director'));
    const overdue = later.findings.filter((f) => f.code === 'indicatorOverdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0].related).toEqual([s.action.id, s.focusArea.id, s.aimingPoint.id]);
    expect(overdue[0].params.dueDate).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/));
    expect(overdue[0].params.dueDate! < copenhagenDate(k.clock.date())).toBe(true);
    // Two years on, the director's assessment is old and its proposal still undecided.
    expect(found(later)).toEqual(expect.arrayContaining([`assessmentOld:${s.action.id}`, `proposalUndecided:${s.action.id}`]));
  });
});
