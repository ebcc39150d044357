import { addDays, copenhagenDate } from '@kompas/domain';
import { Client, expectError, Kompas, seedSmallPlan, startKompas, UNKNOWN_ID } from './harness';

type DueIndicator = {
  indicatorId: string;
  title: string;
  state: 'due' | 'overdue';
  period: { code: string; start: string; end: string };
  dueDate: string;
  owner: { kind: string; id: string; name: string };
  responsible: { id: string; name: string } | null;
  measures: { kind: string; id: string; title: string };
};
type UnreadComment = {
  commentId: string;
  nodeId: string;
  nodeKind: string;
  nodeTitle: string;
  author: { id: string; name: string };
  createdAt: string;
  excerpt: string;
};
type DueList = { planId: string; today: string; indicators: DueIndicator[]; comments: UnreadComment[] };

const DAY = 24 * 60 * 60 * 1000;

/**
 * The "Til opfølgning" list through the HTTP API: which indicators are due
 * and overdue, whom they are listed for (`?mine=true`), and comments that
 * stay on the list of the people who answer for their node until they read them.
 */
describe('what is due', () => {
  let k: Kompas;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  let viewer: Client;
  let responsible: Client;
  let otherManager: Client;
  const ids: Record<string, string> = {};

  const monthly = { type: 'quantitative', evidenceKind: 'statistics', cadence: 'monthly', unit: '%', direction: 'up' };
  const create = async (by: Client, title: string, body: object) =>
    (
      await by
        .post('/api/indicators')
        .send({ title, ...monthly, ...body })
        .expect(201)
    ).body as { id: string };
  const due = async (by: Client, query = '') => (await by.get(`/api/plans/${s.plan.id}/due${query}`).expect(200)).body as DueList;
  const titles = (list: DueList) => list.indicators.map((i) => i.title).sort();

  beforeAll(async () => {
    // Sessions outlive the weeks the clock is moved on by.
    k = await startKompas({ config: { sessionHours: 24 * 90, sessionIdleMinutes: 60 * 24 * 90 } });
    s = await seedSmallPlan(k);
    await k.http.withCurrentVersion().patch(`/api/plans/${s.plan.id}`).send({ status: 'adopted' }).expect(200);
    viewer = await k.as('viewer', { name: 'Vera Viewer' });
    responsible = await k.as('viewer', { name: 'Rikke Responsible' });
    otherManager = await k.as('manager', { units: [(await k.http.post('/api/units').send({ name: 'Anden enhed' }).expect(201)).body.id] });

    ids.vision = (await create(k.http, 'Borgertilfredshed', { measuresVision: true, planId: s.plan.id, graceDays: 0 })).id;
    ids.aim = (await create(k.http, 'Andel i uddannelse', { aimingPointId: s.aimingPoint.id, graceDays: 365 })).id;
    ids.focus = (await create(s.member, 'Trivselsmåling', { focusAreaId: s.focusArea.id, graceDays: 0 })).id;
    ids.action = (await create(s.manager, 'Læsescore', { actionId: s.action.id, graceDays: 365 })).id;
    ids.held = (await create(s.manager, 'Udlån', { actionId: s.action.id, graceDays: 0, responsibleUserId: responsible.userId })).id;
  });
  afterAll(() => k.close());

  it('lists nothing before an indicator’s first period has ended', async () => {
    const list = await due(viewer);
    expect(list).toEqual({ planId: s.plan.id, today: copenhagenDate(k.clock.date()), indicators: [], comments: [] });
  });

  describe('after the first months have ended', () => {
    beforeAll(() => {
      // Creation falls in a month that does not count; by 70 days on, the next one has ended.
      k.clock.advance(70 * DAY);
    });

    it('lists every due and overdue indicator for everyone, overdue first, with owner, responsible person, what it measures and due date', async () => {
      const list = await due(viewer);
      const today = copenhagenDate(k.clock.date());
      expect(list.today).toBe(today);
      expect(titles(list)).toEqual(['Andel i uddannelse', 'Borgertilfredshed', 'Læsescore', 'Trivselsmåling', 'Udlån']);
      expect(list.indicators.map((i) => i.state)).toEqual(['overdue', 'overdue', 'overdue', 'due', 'due']);
      for (const i of list.indicators) {
        // The latest ended month, due its grace after its end.
        expect(i.period.end < today).toBe(true);
        expect(addDays(i.period.end, 1) > addDays(today, -32)).toBe(true);
        expect(i.period.code).toMatch(/^\d{4}M\d{2}$/);
        expect(i.dueDate).toBe(addDays(i.period.end, ['Andel i uddannelse', 'Læsescore'].includes(i.title) ? 365 : 0));
      }
      const byTitle = Object.fromEntries(list.indicators.map((i) => [i.title, i]));
      expect(byTitle['Udlån']).toMatchObject({
        indicatorId: ids.held,
        state: 'overdue',
        owner: { kind: 'unit', id: s.unit.id, name: s.unit.name },
        responsible: { id: responsible.userId, name: 'Rikke Responsible' },
        measures: { kind: 'action', id: s.action.id, title: s.action.title },
      });
      expect(byTitle['Trivselsmåling']).toMatchObject({
        owner: { kind: 'committee', id: s.committee.id, name: s.committee.name },
        responsible: null,
        measures: { kind: 'focusArea', id: s.focusArea.id, title: s.focusArea.title },
      });
      expect(byTitle['Borgertilfredshed']).toMatchObject({
        owner: { kind: 'council', id: s.plan.id, name: 'Kommunalbestyrelsen' },
        measures: { kind: 'vision', id: s.plan.id, title: s.plan.title },
      });
      expect(byTitle['Andel i uddannelse']).toMatchObject({
        state: 'due',
        owner: { kind: 'council', id: s.plan.id },
        measures: { kind: 'aimingPoint', id: s.aimingPoint.id, title: s.aimingPoint.title },
      });
    });

    it('narrows to what each person answers for with ?mine=true', async () => {
      expect(titles(await due(k.http, '?mine=true'))).toEqual(['Andel i uddannelse', 'Borgertilfredshed']);
      expect(titles(await due(s.member, '?mine=true'))).toEqual(['Trivselsmåling']);
      expect(titles(await due(s.manager, '?mine=true'))).toEqual(['Læsescore', 'Udlån']);
      expect(titles(await due(responsible, '?mine=true'))).toEqual(['Udlån']);
      expect(titles(await due(viewer, '?mine=true'))).toEqual([]);
      expect(titles(await due(otherManager, '?mine=true'))).toEqual([]);
      // mine=false is everyone's list.
      expect(titles(await due(viewer, '?mine=false'))).toHaveLength(5);
    });

    it('drops an indicator once its latest ended period has a value', async () => {
      const before = (await due(s.manager, '?mine=true')).indicators.find((i) => i.indicatorId === ids.held) as DueIndicator;
      // The responsible person records it.
      await responsible.post(`/api/indicators/${ids.held}/observations`).send({ period: before.period.code, value: 42 }).expect(201);
      expect(titles(await due(s.manager, '?mine=true'))).toEqual(['Læsescore']);
      expect(titles(await due(responsible, '?mine=true'))).toEqual([]);
    });

    it('never lists indicators of a stopped action', async () => {
      await s.manager.withCurrentVersion().patch(`/api/actions/${s.action.id}`).send({ status: 'stopped' }).expect(200);
      expect(titles(await due(s.manager, '?mine=true'))).toEqual([]);
      expect(titles(await due(viewer))).toEqual(['Andel i uddannelse', 'Borgertilfredshed', 'Trivselsmåling']);
    });
  });

  describe('comments', () => {
    const comment = async (by: Client, nodeId: string, body: string) =>
      (await by.post(`/api/nodes/${nodeId}/comments`).send({ body }).expect(201)).body as { id: string };
    const read = (by: Client, nodeId: string, lastCommentId: string) =>
      by.post(`/api/nodes/${nodeId}/comments/read`).send({ lastCommentId });
    const unread = async (by: Client) => (await due(by, '?mine=true')).comments.map((c) => c.excerpt);

    it('reach the people who answer for the node, not their author, until they read them', async () => {
      const first = await comment(viewer, s.action.id, 'Hvordan  går det\nmed læsevennerne?');
      expect(await unread(s.manager)).toEqual(['Hvordan går det med læsevennerne?']);
      const [listed] = (await due(s.manager, '?mine=true')).comments;
      expect(listed).toMatchObject({
        commentId: first.id,
        nodeId: s.action.id,
        nodeKind: 'action',
        nodeTitle: s.action.title,
        author: { id: viewer.userId, name: 'Vera Viewer' },
      });
      expect(Date.parse(listed.createdAt)).not.toBeNaN();
      // Not its author, nor anyone who does not answer for the action.
      expect(await unread(viewer)).toEqual([]);
      expect(await unread(s.member)).toEqual([]);
      expect(await unread(otherManager)).toEqual([]);
      // Everyone's list has it while someone who answers for it has not read it.
      expect((await due(viewer)).comments.map((c) => c.commentId)).toEqual([first.id]);

      const res = await read(s.manager, s.action.id, first.id).expect(200);
      expect(res.body).toMatchObject({ nodeId: s.action.id, lastCommentId: first.id });
      expect(await unread(s.manager)).toEqual([]);
      expect((await due(viewer)).comments).toEqual([]);

      // A later comment is unread again; reading an older one does not move back.
      const second = await comment(s.member, s.action.id, 'Og hvad siger forældrene?');
      expect(await unread(s.manager)).toEqual(['Og hvad siger forældrene?']);
      expect((await read(s.manager, s.action.id, first.id).expect(200)).body.lastCommentId).toBe(first.id);
      expect(await unread(s.manager)).toEqual(['Og hvad siger forældrene?']);
      await read(s.manager, s.action.id, second.id).expect(200);
      expect((await read(s.manager, s.action.id, first.id).expect(200)).body.lastCommentId).toBe(second.id);
      expect(await unread(s.manager)).toEqual([]);
    });

    it('on an indicator reach its responsible person and its owners; on the vision, the administrators; on a focus area, its committee', async () => {
      const onIndicator = await comment(viewer, ids.held, 'Tallet for sidste måned mangler');
      expect(await unread(responsible)).toEqual(['Tallet for sidste måned mangler']);
      expect(await unread(s.manager)).toEqual(['Tallet for sidste måned mangler']);
      await read(responsible, ids.held, onIndicator.id).expect(200);
      // Each person reads for themselves.
      expect(await unread(responsible)).toEqual([]);
      expect(await unread(s.manager)).toEqual(['Tallet for sidste måned mangler']);
      await read(s.manager, ids.held, onIndicator.id).expect(200);

      await comment(viewer, s.plan.id, 'En god vision');
      await comment(viewer, s.focusArea.id, 'Hvad med fritiden?');
      expect((await due(k.http, '?mine=true')).comments).toMatchObject([
        { nodeKind: 'vision', nodeTitle: s.plan.title, excerpt: 'En god vision' },
      ]);
      expect((await due(s.member, '?mine=true')).comments).toMatchObject([{ nodeKind: 'focusArea', excerpt: 'Hvad med fritiden?' }]);
      // Newest first on everyone's list.
      expect((await due(viewer)).comments.map((c) => c.excerpt)).toEqual(['Hvad med fritiden?', 'En god vision']);
    });

    it('are shortened to an excerpt on one line', async () => {
      const long = `${'Lang kommentar om data '.repeat(20)}slut`;
      await comment(viewer, s.aimingPoint.id, long);
      const [c] = (await due(k.http, '?mine=true')).comments;
      expect(c.nodeKind).toBe('aimingPoint');
      expect(c.excerpt.length).toBeLessThanOrEqual(160);
      expect(c.excerpt.endsWith('…')).toBe(true);
      expect(long.startsWith(c.excerpt.slice(0, -1))).toBe(true);
    });
  });

  describe('refusals', () => {
    it('refuses a mine that is not true or false with 400 naming mine', async () => {
      expectError(await viewer.get(`/api/plans/${s.plan.id}/due?mine=yes`), 400, 'validation_failed', ['mine']);
    });

    it('answers 401 without a session', async () => {
      expectError(await k.anon.get(`/api/plans/${s.plan.id}/due`), 401, 'unauthenticated');
      expectError(await k.anon.post(`/api/nodes/${s.action.id}/comments/read`).send({ lastCommentId: UNKNOWN_ID }), 401, 'unauthenticated');
    });

    it('answers 404 for an unknown plan or node', async () => {
      expectError(await viewer.get(`/api/plans/${UNKNOWN_ID}/due`), 404, 'not_found', ['planId']);
      expectError(await viewer.get(`/api/plans/not-an-id/due`), 404, 'not_found');
      expectError(await viewer.post(`/api/nodes/${UNKNOWN_ID}/comments/read`).send({ lastCommentId: UNKNOWN_ID }), 404, 'not_found');
    });

    it('refuses a read without a comment of that node with 400 naming lastCommentId', async () => {
      const other = (await viewer.post(`/api/nodes/${s.focusArea.id}/comments`).send({ body: 'andetsteds' }).expect(201)).body;
      expectError(await viewer.post(`/api/nodes/${s.action.id}/comments/read`).send({}), 400, 'validation_failed', ['lastCommentId']);
      expectError(await viewer.post(`/api/nodes/${s.action.id}/comments/read`).send({ lastCommentId: 'x' }), 400, 'validation_failed', [
        'lastCommentId',
      ]);
      const res = await viewer.post(`/api/nodes/${s.action.id}/comments/read`).send({ lastCommentId: other.id });
      expectError(res, 400, 'validation_failed', ['lastCommentId']);
    });
  });

  it('reads the lists in a fixed number of statements, however many indicators a plan has', async () => {
    const count = async () => {
      k.statements.reset();
      await due(viewer);
      return k.statements.count;
    };
    const before = await count();
    for (let i = 0; i < 5; i++) await create(s.manager, `Ekstra ${i}`, { actionId: s.action.id, graceDays: 0 });
    expect(await count()).toBe(before);
  });

  it('does not touch the trail when comments are read', async () => {
    const trail = async () => (await k.http.get('/api/audit?limit=1').expect(200)).body;
    const c = (await viewer.post(`/api/nodes/${s.action.id}/comments`).send({ body: 'sidste' }).expect(201)).body;
    const before = await trail();
    await s.manager.post(`/api/nodes/${s.action.id}/comments/read`).send({ lastCommentId: c.id }).expect(200);
    expect(await trail()).toEqual(before);
  });

  it('lists no indicator of a plan that is no longer adopted', async () => {
    expect((await due(viewer)).indicators.length).toBeGreaterThan(0);
    await k.http.withCurrentVersion().patch(`/api/plans/${s.plan.id}`).send({ status: 'archived' }).expect(200);
    expect((await due(viewer)).indicators).toEqual([]);
  });
});
