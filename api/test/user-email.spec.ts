import type { AuditEntry } from '@kompas/domain';
import { expectError, Kompas, startKompas, TEST_PASSWORD } from './harness';

describe('a user’s e-mail address', () => {
  let k: Kompas;
  let made = 0;
  beforeAll(async () => {
    k = await startKompas();
  });
  afterAll(() => k.close());

  const create = (extra: Record<string, unknown>) =>
    k.http
      .post('/api/users')
      .send({ username: `post-${++made}`, name: `Post ${made}`, password: TEST_PASSWORD, roles: ['viewer'], ...extra });
  const stored = async (id: string) =>
    ((await k.dataSource.query(`SELECT "email" FROM "user" WHERE "id" = ?`, [id])) as { email: string | null }[])[0].email;

  it('is optional: a user made without one has none', async () => {
    const res = await create({}).expect(201);
    expect(res.body.email).toBeNull();
    expect((await k.http.get(`/api/users/${res.body.id}`).expect(200)).body.email).toBeNull();
  });

  it('is stored trimmed and in lower case, and returned by the users API', async () => {
    const res = await create({ email: '  Mette.Holm@Hedensted.DK ' }).expect(201);
    expect(res.body.email).toBe('mette.holm@hedensted.dk');
    expect(await stored(res.body.id)).toBe('mette.holm@hedensted.dk');
    const listed = (await k.http.get('/api/users').expect(200)).body as { id: string; email: string | null }[];
    expect(listed.find((u) => u.id === res.body.id)?.email).toBe('mette.holm@hedensted.dk');
  });

  it('is changed by PATCH, and an empty text or null clears it', async () => {
    const { id } = (await create({ email: 'lars@skole.dk' }).expect(201)).body;
    const patch = (body: Record<string, unknown>) => k.http.withCurrentVersion().patch(`/api/users/${id}`).send(body);
    expect((await patch({ email: 'Lars.Leder@Skole.dk' }).expect(200)).body.email).toBe('lars.leder@skole.dk');
    // A change of something else leaves it alone.
    expect((await patch({ name: 'Lars Leder' }).expect(200)).body.email).toBe('lars.leder@skole.dk');
    expect((await patch({ email: '' }).expect(200)).body.email).toBeNull();
    expect(await stored(id)).toBeNull();
    await patch({ email: 'lars@skole.dk' }).expect(200);
    expect((await patch({ email: null }).expect(200)).body.email).toBeNull();
    expect((await patch({ email: '   ' }).expect(200)).body.email).toBeNull();
  });

  it.each([
    ['mette'],
    ['mette@'],
    ['mette@hedensted'],
    ['Mette <mette@hedensted.dk>'],
    ['mette@hedensted.dk\r\nBcc: alle@hedensted.dk'],
    [42],
  ])('refuses %j with 400 naming email, and stores nothing', async (email) => {
    const before = (await k.dataSource.query(`SELECT count(*) AS "n" FROM "user"`))[0].n;
    const res = await create({ email });
    expectError(res, 400, 'validation_failed', ['email']);
    expect((await k.dataSource.query(`SELECT count(*) AS "n" FROM "user"`))[0].n).toBe(before);
  });

  it('refuses a bad address on PATCH too, leaving the one stored', async () => {
    const { id } = (await create({ email: 'anne@kommune.dk' }).expect(201)).body;
    const res = await k.http.withCurrentVersion().patch(`/api/users/${id}`).send({ email: 'anne@' });
    expectError(res, 400, 'validation_failed', ['email']);
    expect(res.body.details.find((d: { field: string }) => d.field === 'email').code).toBe('invalid_email');
    expect(await stored(id)).toBe('anne@kommune.dk');
  });

  it('may be shared by two users (a shared mailbox): addresses are not unique', async () => {
    await create({ email: 'sekretariat@kommune.dk' }).expect(201);
    await create({ email: 'Sekretariat@Kommune.dk' }).expect(201);
    expect((await k.dataSource.query(`SELECT count(*) AS "n" FROM "user" WHERE "email" = 'sekretariat@kommune.dk'`))[0].n).toBe(2);
  });

  it('is changed only by administrators, and every change is in the trail', async () => {
    const { id } = (await create({}).expect(201)).body;
    const viewer = await k.as('viewer');
    expect((await viewer.patch(`/api/users/${id}`).set('If-Match', '"1"').send({ email: 'x@kommune.dk' })).status).toBe(403);
    await k.http.withCurrentVersion().patch(`/api/users/${id}`).send({ email: 'ny@kommune.dk' }).expect(200);
    const entries = (await k.http.get(`/api/audit?entityId=${id}`).expect(200)).body.items as AuditEntry[];
    expect(JSON.stringify(entries)).toContain('ny@kommune.dk');
    expect((await k.http.get('/api/audit/verify').expect(200)).body).toMatchObject({ intact: true, drift: [] });
  });
});
