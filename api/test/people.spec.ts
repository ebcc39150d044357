import { expectError, Kompas, startKompas } from './harness';

describe('GET /api/people', () => {
  let k: Kompas;
  beforeAll(async () => {
    k = await startKompas();
  });
  afterAll(() => k.close());

  it('lists the active users by name, ids and names only, to anyone signed in; deactivated ones are left out', async () => {
    const viewer = await k.as('viewer', { name: 'Åse Østergaard' });
    const member = await k.as('committeeMember', { name: 'Bo Andersen' });
    const gone = await k.as('viewer', { name: 'Anders Fraflyttet' });
    await k.http.withCurrentVersion().patch(`/api/users/${gone.userId}`).send({ active: false }).expect(200);

    const people = (await viewer.get('/api/people').expect(200)).body as { id: string; name: string }[];
    for (const p of people) expect(Object.keys(p).sort()).toEqual(['id', 'name']);
    const names = people.map((p) => p.name);
    // Danish order: Æ, Ø and Å come last.
    expect(names.indexOf('Bo Andersen')).toBeLessThan(names.indexOf('Åse Østergaard'));
    expect(names[names.length - 1]).toBe('Åse Østergaard');
    expect(names).not.toContain('Anders Fraflyttet');
    expect(people.find((p) => p.id === member.userId)?.name).toBe('Bo Andersen');
    expect(people.find((p) => p.id === gone.userId)).toBeUndefined();
  });

  it('answers 401 without a session', async () => {
    expectError(await k.anon.get('/api/people'), 401, 'unauthenticated');
  });
});
