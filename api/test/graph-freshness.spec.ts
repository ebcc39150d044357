import { addDays, cadencePeriodOf, copenhagenDate, IndicatorNode, PlanGraph } from '@kompas/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kompas, startKompas } from './harness';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The every-field plan with monthly indicators and no observations: one per
 * situation, each named for it. Their creation is moved back afterwards (an
 * import stamps rows with the time of the import), so that they owe values.
 */
function planDocument(status: 'adopted' | 'draft') {
  const doc = JSON.parse(readFileSync(join(__dirname, 'fixtures/every-field.plan.json'), 'utf8'));
  const base = doc.indicators[0];
  const indicator = (id: string, title: string, measures: Record<string, unknown>, graceDays: number) => ({
    ...base,
    aimingPointId: null,
    focusAreaId: null,
    actionId: null,
    measuresVision: false,
    ...measures,
    id,
    title,
    cadence: 'monthly',
    graceDays,
  });
  doc.plan.status = status;
  doc.plan.periodStart = '2020-01-01';
  doc.indicators = [
    // Still within a long grace: due.
    indicator('due', 'Venter', { actionId: 'a1' }, 200),
    // No grace at all, and the month has ended: overdue.
    indicator('over', 'Forsinket', { focusAreaId: 'f1' }, 0),
    indicator('vision', 'Visionens måling', { measuresVision: true }, 0),
    // The action is stopped: never due.
    indicator('stopped', 'Stoppet', { actionId: 'a2' }, 0),
  ];
  doc.observations = [];
  return doc;
}

describe('freshness on the graph (GET /api/plans/{planId}/graph)', () => {
  let k: Kompas;
  let planId: string;
  let draftId: string;
  beforeAll(async () => {
    k = await startKompas();
    planId = (await k.http.post('/api/plans/import').send(planDocument('adopted')).expect(201)).body.id;
    draftId = (await k.http.post('/api/plans/import').send(planDocument('draft')).expect(201)).body.id;
    await k.dataSource.query(`UPDATE "indicator" SET "createdAt" = '2020-01-01 00:00:00.000'`);
  });
  afterAll(() => k.close());

  const indicators = async (id: string, client = k.http) => {
    const graph = (await client.get(`/api/plans/${id}/graph`).expect(200)).body as PlanGraph;
    const byTitle = new Map<string, IndicatorNode>();
    for (const n of graph.nodes) if (n.kind === 'indicator') byTitle.set(n.title, n);
    return byTitle;
  };
  /** The last month that has ended on the app's day in Copenhagen. */
  const lastMonth = (today = copenhagenDate(k.clock.date())) =>
    cadencePeriodOf('monthly', addDays(cadencePeriodOf('monthly', today).start, -1));
  const monthCode = (p: { start: string }) => `${p.start.slice(0, 4)}M${p.start.slice(5, 7)}`;

  it('marks an indicator with no value for the last month as due while its grace runs, with the month and the date it is due by', async () => {
    const month = lastMonth();
    const due = (await indicators(planId)).get('Venter') as IndicatorNode;
    expect(due.freshness).toEqual({
      state: 'due',
      period: { code: monthCode(month), start: month.start, end: month.end },
      dueDate: addDays(month.end, 200),
      next: { period: { code: monthCode(month), start: month.start, end: month.end }, dueDate: addDays(month.end, 200) },
      why: null,
    });
  });

  it('marks it overdue once the grace has passed, whatever it measures (a focus area, the vision)', async () => {
    const graph = await indicators(planId);
    const month = lastMonth();
    expect(graph.get('Forsinket')?.freshness).toMatchObject({ state: 'overdue', period: { code: monthCode(month) }, dueDate: month.end });
    expect(graph.get('Visionens måling')?.freshness).toMatchObject({ state: 'overdue', dueDate: month.end });
  });

  it('is fresh once a value for that month is recorded, and owes the next month', async () => {
    const month = lastMonth();
    const vision = (await indicators(planId)).get('Visionens måling') as IndicatorNode;
    await k.http
      .post(`/api/indicators/${vision.id}/observations`)
      .send({ period: monthCode(month), value: 3.5 })
      .expect(201);
    const after = (await indicators(planId)).get('Visionens måling') as IndicatorNode;
    const following = cadencePeriodOf('monthly', addDays(month.end, 1));
    expect(after.freshness).toEqual({
      state: 'fresh',
      period: { code: monthCode(month), start: month.start, end: month.end },
      dueDate: month.end,
      next: { period: { code: monthCode(following), start: following.start, end: following.end }, dueDate: following.end },
      why: null,
    });
    expect(after.latest?.value).toBe(3.5);
  });

  it('never marks an indicator of a stopped action, or of a plan that is not adopted, as due', async () => {
    expect((await indicators(planId)).get('Stoppet')?.freshness).toEqual({
      state: 'neverDue',
      period: null,
      dueDate: null,
      next: null,
      why: 'actionStopped',
    });
    const draft = await indicators(draftId);
    expect(draft.size).toBe(4);
    for (const node of draft.values()) expect(node.freshness).toMatchObject({ state: 'neverDue', why: expect.any(String) });
    expect(draft.get('Visionens måling')?.freshness.why).toBe('planNotAdopted');
  });

  it('reads today from the app clock: a month later the fresh indicator is overdue again', async () => {
    const recorded = lastMonth();
    k.clock.advance(40 * DAY_MS);
    const viewer = await k.as('viewer');
    const later = lastMonth();
    expect(later.start > recorded.start).toBe(true);
    expect((await indicators(planId, viewer)).get('Visionens måling')?.freshness).toMatchObject({
      state: 'overdue',
      period: { code: monthCode(later) },
    });
  });
});
