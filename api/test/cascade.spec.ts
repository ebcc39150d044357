import { AuditEntry, childrenOf, CONCEPTS, RestorableKind } from '@kompas/domain';
import { DatabaseFile } from './db-state';
import { Client, expectError, Kompas, seedSmallPlan, startKompas } from './harness';

type Graph = { nodes: { id: string }[]; edges: { id: string }[] };
type Page = { items: AuditEntry[] };

/**
 * Deleting a node takes what its concept declares with it (the registry of
 * concepts), and restoring it brings exactly that back: for a plan, a focus
 * area, an action and an aiming point, each with links and indicators.
 */
describe('deleting and restoring a node with what hangs on it', () => {
  let k: Kompas;
  let file: DatabaseFile;
  beforeAll(async () => {
    k = await startKompas();
    file = new DatabaseFile(k.databasePath);
  });
  afterAll(async () => {
    file?.close();
    await k?.close();
  });

  /**
   * A plan with a node of every kind, two links between each pair of levels and an indicator on each focus area and action,
   * each made by its owner: the committee member for focus areas, their links and indicators, the unit's manager for actions, theirs.
   */
  async function seedPlan() {
    const s = await seedSmallPlan(k);
    const post = async (by: Client, path: string, body: object) => (await by.post(path).send(body).expect(201)).body as { id: string };
    const focusArea2 = await post(s.member, '/api/focus-areas', { committeeId: s.committee.id, title: 'Fællesskaber' });
    const action2 = await post(s.manager, '/api/actions', { planId: s.plan.id, unitId: s.unit.id, title: 'Lektiecafé' });
    const indicator = (by: Client, measured: Record<string, string | boolean>) =>
      post(by, '/api/indicators', { ...measured, title: 'Trivsel', type: 'qualitative', evidenceKind: 'dialogue', cadence: 'yearly' });
    return {
      ...s,
      focusArea2,
      action2,
      supports: [
        await post(s.member, '/api/links', { sourceId: s.focusArea.id, targetId: s.aimingPoint.id }),
        await post(s.member, '/api/links', { sourceId: focusArea2.id, targetId: s.aimingPoint.id }),
      ],
      contributes: [
        await post(s.manager, '/api/links', { sourceId: s.action.id, targetId: s.focusArea.id }),
        await post(s.manager, '/api/links', { sourceId: action2.id, targetId: focusArea2.id }),
      ],
      indicators: {
        focusArea: await indicator(s.member, { focusAreaId: s.focusArea.id }),
        action: await indicator(s.manager, { actionId: s.action.id }),
        aimingPoint: await indicator(k.http, { aimingPointId: s.aimingPoint.id }),
        vision: await indicator(k.http, { measuresVision: true, planId: s.plan.id }),
      },
    };
  }

  const graphOf = async (planId: string) => {
    const g = (await k.http.get(`/api/plans/${planId}/graph`).expect(200)).body as Graph;
    return { nodes: g.nodes.map((n) => n.id).sort(), edges: g.edges.map((e) => e.id).sort() };
  };

  /** The rows the latest deletion of `id` took off the map (its own included), as `table/id`. */
  async function taken(id: string): Promise<string[]> {
    const [last] = ((await k.http.get(`/api/audit?entityId=${id}&action=delete&limit=1`).expect(200)).body as Page).items;
    return last.changes
      .filter((ch) => ch.before?.['deletedAt'] === null && typeof ch.after?.['deletedAt'] === 'string')
      .map((ch) => `${ch.table}/${ch.id}`)
      .sort();
  }

  /**
   * Deletes a node through its route as `owner` (who may change it), checks what went and that it comes back whole when
   * the same owner restores it, and answers what went.
   */
  async function deleteAndRestore(owner: Client, kind: RestorableKind, id: string, planId: string, expected: string[]): Promise<void> {
    const before = await graphOf(planId);
    await owner.withCurrentVersion().delete(`/api/${CONCEPTS[kind].route}/${id}`).expect(204);
    const gone = expected.map((row) => row.split('/')[1]);
    expect(await taken(id)).toEqual([...expected].sort());
    // Every row that went is kept, marked deleted at one moment.
    const deletedAt = new Set(
      expected.map((row) => {
        const [table, rowId] = row.split('/');
        return file.query<{ deletedAt: string | null }>(`SELECT "deletedAt" FROM "${table}" WHERE "id" = ?`, rowId)[0]?.deletedAt;
      }),
    );
    expect(deletedAt.size).toBe(1);
    expect([...deletedAt][0]).toEqual(expect.any(String));
    if (kind !== 'plan') {
      const after = await graphOf(planId);
      expect([...after.nodes, ...after.edges].filter((x) => gone.includes(x))).toEqual([]);
    } else expectError(await k.http.get(`/api/plans/${planId}/graph`), 404, 'not_found');

    const res = await owner.post(`/api/restore/${id}`).expect(200);
    expect(res.body).toMatchObject({ id, kind: CONCEPTS[kind].trail });
    expect([...(res.body.restored as string[])].sort()).toEqual([...gone].sort());
    expect(await graphOf(planId)).toEqual(before);
    expectError(await owner.post(`/api/restore/${id}`), 409, 'in_use');
  }

  it('takes an action’s contributions and indicators with it, and brings them back', async () => {
    const p = await seedPlan();
    await deleteAndRestore(p.manager, 'action', p.action.id, p.plan.id, [
      `action/${p.action.id}`,
      `contribution_link/${p.contributes[0].id}`,
      `indicator/${p.indicators.action.id}`,
    ]);
  });

  it('takes a focus area’s links both ways and its indicators with it, and brings them back', async () => {
    const p = await seedPlan();
    await deleteAndRestore(p.member, 'focusArea', p.focusArea.id, p.plan.id, [
      `focus_area/${p.focusArea.id}`,
      `support_link/${p.supports[0].id}`,
      `contribution_link/${p.contributes[0].id}`,
      `indicator/${p.indicators.focusArea.id}`,
    ]);
  });

  it('takes the links to an aiming point and its indicators with it, and brings them back', async () => {
    const p = await seedPlan();
    await deleteAndRestore(k.http, 'aimingPoint', p.aimingPoint.id, p.plan.id, [
      `aiming_point/${p.aimingPoint.id}`,
      ...p.supports.map((l) => `support_link/${l.id}`),
      `indicator/${p.indicators.aimingPoint.id}`,
    ]);
  });

  it('keeps an aiming point whose indicators hold observations, and an indicator of it comes back only with it', async () => {
    const p = await seedPlan();
    await k.http
      .post(`/api/indicators/${p.indicators.aimingPoint.id}/observations`)
      .send({ period: '2026', narrative: 'Godt i gang' })
      .expect(201);
    expectError(await k.http.withCurrentVersion().delete(`/api/aiming-points/${p.aimingPoint.id}`), 409, 'in_use', ['id']);
    // An indicator of the vision is deleted and restored on its own, by an administrator.
    await k.http.withCurrentVersion().delete(`/api/indicators/${p.indicators.vision.id}`).expect(204);
    expectError(await p.member.post(`/api/restore/${p.indicators.vision.id}`), 403, 'forbidden');
    await k.http.post(`/api/restore/${p.indicators.vision.id}`).expect(200);
  });

  it('takes everything in a plan with it (its units stay: they serve every plan), and brings it all back', async () => {
    const p = await seedPlan();
    const rows = [
      `plan/${p.plan.id}`,
      `aiming_point/${p.aimingPoint.id}`,
      `committee/${p.committee.id}`,
      ...[p.focusArea, p.focusArea2].map((x) => `focus_area/${x.id}`),
      ...[p.action, p.action2].map((x) => `action/${x.id}`),
      ...Object.values(p.indicators).map((x) => `indicator/${x.id}`),
      ...p.supports.map((x) => `support_link/${x.id}`),
      ...p.contributes.map((x) => `contribution_link/${x.id}`),
    ];
    // Every kind the plan declares as its children is among them.
    expect(new Set(rows.map((r) => r.split('/')[0]))).toEqual(new Set(['plan', ...childrenOf('plan').map((c) => c.table)]));
    await deleteAndRestore(k.http, 'plan', p.plan.id, p.plan.id, rows);
    await k.http.get(`/api/units/${p.unit.id}`).expect(200);
  });
});
