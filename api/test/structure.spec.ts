import { expectError, Kompas, seedSmallPlan, startKompas, UNKNOWN_ID, versionOf } from './harness';

// The administrator's work: each change sends the version of the row it read or made.

/** Aiming points, committees and units: the frame the focus areas and actions hang on. */
describe('aiming points, committees and units', () => {
  let k: Kompas;
  let planId: string;
  beforeAll(async () => {
    k = await startKompas();
    planId = (await seedSmallPlan(k)).plan.id;
  });
  afterAll(() => k.close());

  describe('aiming points', () => {
    it('creates them in order, at a position, and closes the gap on delete', async () => {
      const titles = (await k.http.get(`/api/plans/${planId}/aiming-points`).expect(200)).body.map((a: { title: string }) => a.title);
      expect(titles).toEqual(['Forskellige sammen']);
      const b = (await k.http.post('/api/aiming-points').send({ planId, title: 'Smidigt samarbejde' }).expect(201)).body;
      const a = (
        await k.http
          .post('/api/aiming-points')
          .send({
            planId,
            title: 'Vækst og udvikling i balance',
            ambition: 'Vi vil have levende lokalsamfund',
            body: 'Tekst',
            sections: [{ title: 'Bundlinjer', body: 'Mange' }],
            position: 1,
          })
          .expect(201)
      ).body;
      expect(a).toMatchObject({
        position: 1,
        sections: [{ title: 'Bundlinjer', body: 'Mange' }],
        ambition: 'Vi vil have levende lokalsamfund',
      });
      // Putting a first moved b down, and b's version on: the list has the versions as they are now.
      const list = (await k.http.get(`/api/plans/${planId}/aiming-points`)).body;
      expect(list.map((x: { title: string; position: number }) => [x.position, x.title])).toEqual([
        [1, 'Vækst og udvikling i balance'],
        [2, 'Forskellige sammen'],
        [3, 'Smidigt samarbejde'],
      ]);
      await k.http
        .patch(`/api/aiming-points/${b.id}`)
        .set('If-Match', versionOf(list.find((x: { id: string }) => x.id === b.id)))
        .send({ position: 1, title: 'Smidigt samarbejde!' })
        .expect(200);
      // Moving b renumbered a, and moved its version on: a is read again before it is deleted.
      const fresh = (await k.http.get(`/api/aiming-points/${a.id}`).expect(200)).body;
      expectError(await k.http.delete(`/api/aiming-points/${a.id}`).set('If-Match', versionOf(a)), 412, 'version_conflict');
      await k.http.delete(`/api/aiming-points/${a.id}`).set('If-Match', versionOf(fresh)).expect(204);
      const after = (await k.http.get(`/api/plans/${planId}/aiming-points`)).body;
      expect(after.map((x: { title: string; position: number }) => [x.position, x.title])).toEqual([
        [1, 'Smidigt samarbejde!'],
        [2, 'Forskellige sammen'],
      ]);
    });

    it('refuses a missing plan, an unknown plan and bad fields', async () => {
      expectError(await k.http.post('/api/aiming-points').send({ title: 'x' }), 400, 'validation_failed', ['planId']);
      expectError(await k.http.post('/api/aiming-points').send({ planId: UNKNOWN_ID, title: 'x' }), 404, 'not_found', ['planId']);
      expectError(await k.http.post('/api/aiming-points').send({ planId, title: 'x', position: 0 }), 400, 'validation_failed', [
        'position',
      ]);
      expectError(await k.http.get(`/api/plans/${UNKNOWN_ID}/aiming-points`), 404, 'not_found', ['planId']);
      expectError(await k.http.get(`/api/aiming-points/${UNKNOWN_ID}`), 404, 'not_found');
    });
  });

  describe('committees', () => {
    it('creates, changes, orders and deletes a committee', async () => {
      const c = (
        await k.http
          .post('/api/committees')
          .send({
            planId,
            name: 'Udvalget for Vækst & Klima',
            shortName: 'Vækst & Klima',
            coreAreas: ['erhverv', 'klima'],
            example: true,
            position: 1,
          })
          .expect(201)
      ).body;
      expect(c).toMatchObject({ position: 1, coreAreas: ['erhverv', 'klima'], example: true, planId });
      const names = (await k.http.get(`/api/plans/${planId}/committees`)).body.map((x: { name: string }) => x.name);
      expect(names).toEqual(['Udvalget for Vækst & Klima', 'Udvalget for Læring']);
      const changed = (
        await k.http
          .patch(`/api/committees/${c.id}`)
          .set('If-Match', versionOf(c))
          .send({ coreAreas: ['klima'], position: 2 })
          .expect(200)
      ).body;
      expect(changed).toMatchObject({ coreAreas: ['klima'], position: 2 });
      await k.http.delete(`/api/committees/${c.id}`).set('If-Match', versionOf(changed)).expect(204);
      await k.http.get(`/api/committees/${c.id}`).expect(404);
    });

    it('keeps a committee that still owns focus areas', async () => {
      const [c] = (await k.http.get(`/api/plans/${planId}/committees`)).body;
      expectError(await k.http.delete(`/api/committees/${c.id}`).set('If-Match', versionOf(c)), 409, 'in_use', ['id']);
      await k.http.get(`/api/committees/${c.id}`).expect(200);
    });

    it('refuses bad fields', async () => {
      expectError(await k.http.post('/api/committees').send({ planId, name: '' }), 400, 'validation_failed', ['name']);
      expectError(await k.http.post('/api/committees').send({ planId, name: 'x', coreAreas: [1] }), 400, 'validation_failed', [
        'coreAreas',
      ]);
      expectError(await k.http.post('/api/committees').send({ planId: UNKNOWN_ID, name: 'x' }), 404, 'not_found', ['planId']);
    });
  });

  describe('units', () => {
    it('builds a tree of units and refuses a cycle', async () => {
      const top = (await k.http.post('/api/units').send({ name: 'Børn og Læring' }).expect(201)).body;
      const mid = (await k.http.post('/api/units').send({ name: 'Skoler', parentId: top.id }).expect(201)).body;
      const leaf = (await k.http.post('/api/units').send({ name: 'Skoledistrikt Øst', parentId: mid.id }).expect(201)).body;
      expect(leaf.parentId).toBe(mid.id);
      expectError(
        await k.http.patch(`/api/units/${top.id}`).set('If-Match', versionOf(top)).send({ parentId: leaf.id }),
        422,
        'unit_cycle',
        ['parentId'],
      );
      expectError(
        await k.http.patch(`/api/units/${top.id}`).set('If-Match', versionOf(top)).send({ parentId: top.id }),
        422,
        'unit_cycle',
        ['parentId'],
      );
      const moved = (
        await k.http
          .patch(`/api/units/${leaf.id}`)
          .set('If-Match', versionOf(leaf))
          .send({ parentId: null, name: 'Skoledistrikt Vest' })
          .expect(200)
      ).body;
      expect(moved).toMatchObject({ parentId: null, name: 'Skoledistrikt Vest' });
      const all = (await k.http.get('/api/units').expect(200)).body.map((u: { id: string }) => u.id);
      expect(all).toEqual(expect.arrayContaining([top.id, mid.id, leaf.id]));
    });

    it('keeps a unit that owns actions or has units under it', async () => {
      const top = (await k.http.post('/api/units').send({ name: 'Social og Sundhed' }).expect(201)).body;
      const child = (await k.http.post('/api/units').send({ name: 'Ældre', parentId: top.id }).expect(201)).body;
      expectError(await k.http.delete(`/api/units/${top.id}`).set('If-Match', versionOf(top)), 409, 'in_use');
      const manager = await k.as('manager', { units: [child.id] });
      await manager.post('/api/actions').send({ planId, unitId: child.id, title: 'Aktiv hverdag' }).expect(201);
      expectError(await k.http.delete(`/api/units/${child.id}`).set('If-Match', versionOf(child)), 409, 'in_use');
      const lone = (await k.http.post('/api/units').send({ name: 'Midlertidig' }).expect(201)).body;
      await k.http.delete(`/api/units/${lone.id}`).set('If-Match', versionOf(lone)).expect(204);
    });

    it('refuses an unknown parent', async () => {
      expectError(await k.http.post('/api/units').send({ name: 'x', parentId: UNKNOWN_ID }), 404, 'not_found', ['parentId']);
      expectError(await k.http.post('/api/units').send({ name: 'x', parentId: 'nope' }), 400, 'validation_failed', ['parentId']);
    });
  });
});
