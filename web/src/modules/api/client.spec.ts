import { apiRequest, ApiRequestError, ApiUnreachableError, isVersionConflict, onUnauthenticated } from './client';

const respond = (status: number, body: string, headers: Record<string, string> = {}) =>
  jest.fn(
    async (..._: unknown[]) =>
      ({
        ok: status < 400,
        status,
        statusText: '',
        headers: { get: (n: string) => headers[n] ?? null },
        text: async () => body,
      }) as unknown as Response,
  );

describe('apiRequest', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('returns the parsed body and sends JSON', async () => {
    const fetchMock = respond(201, '{"id":"l1"}');
    globalThis.fetch = fetchMock;
    await expect(apiRequest('POST', '/api/links', { sourceId: 'a' })).resolves.toEqual({ id: 'l1' });
    expect(fetchMock).toHaveBeenCalledWith('/api/links', expect.objectContaining({ method: 'POST', body: '{"sourceId":"a"}' }));
  });

  it('turns the API’s error shape into an error that names its fields', async () => {
    globalThis.fetch = respond(
      400,
      JSON.stringify({
        statusCode: 400,
        code: 'validation_failed',
        message: 'bad',
        details: [{ field: 'title', code: 'min_length', message: 'title too short' }],
      }),
    );
    const error = await apiRequest('PATCH', '/api/actions/x', { title: '' }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((error as ApiRequestError).fieldMessage('title')).toBe('title too short');
  });

  it('says the server is unreachable only when no answer comes at all', async () => {
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(apiRequest('GET', '/api/plans')).rejects.toBeInstanceOf(ApiUnreachableError);
  });

  it('takes a server error without Kompas’s error shape for the server’s failure, not for a lost connection', async () => {
    globalThis.fetch = respond(502, 'Bad Gateway');
    const gateway = await apiRequest('GET', '/api/plans').catch((e) => e);
    expect(gateway).not.toBeInstanceOf(ApiUnreachableError);
    expect(gateway).toMatchObject({ status: 502, code: 'service_unavailable' });
    globalThis.fetch = respond(500, '<html>Internal Server Error</html>');
    const crash = await apiRequest('GET', '/api/plans').catch((e) => e);
    expect(crash).not.toBeInstanceOf(ApiUnreachableError);
    expect(crash).toMatchObject({ status: 500, code: 'internal_error' });
  });

  it('answers 204 with nothing', async () => {
    globalThis.fetch = respond(204, '');
    await expect(apiRequest('DELETE', '/api/links/l1')).resolves.toBeUndefined();
  });

  it('sends the session cookie, and the version a change starts from as If-Match', async () => {
    const fetchMock = respond(200, '{"id":"fa1","version":4}');
    globalThis.fetch = fetchMock;
    await apiRequest('PATCH', '/api/focus-areas/fa1', { title: 'B' }, { ifMatch: 3 });
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/focus-areas/fa1',
      expect.objectContaining({ credentials: 'same-origin', headers: expect.objectContaining({ 'If-Match': '"3"' }) }),
    );
    await apiRequest('GET', '/api/focus-areas/fa1');
    expect((fetchMock.mock.calls[1][1] as RequestInit).headers).not.toHaveProperty('If-Match');
  });

  it('carries the current state and the last change of a version conflict', async () => {
    const lastChange = { at: '2026-11-27T10:41:00Z', userName: 'Hanne', action: 'update', reason: null };
    globalThis.fetch = respond(
      412,
      JSON.stringify({
        statusCode: 412,
        code: 'version_conflict',
        message: 'stale',
        details: [],
        current: { id: 'fa1', version: 5 },
        lastChange,
      }),
    );
    const error = await apiRequest('DELETE', '/api/focus-areas/fa1', undefined, { ifMatch: 4 }).catch((e) => e);
    expect(isVersionConflict(error)).toBe(true);
    expect(error).toMatchObject({ current: { id: 'fa1', version: 5 }, lastChange });
  });

  it('reads how long to wait after too many attempts', async () => {
    globalThis.fetch = respond(429, JSON.stringify({ statusCode: 429, code: 'too_many_attempts', message: 'wait', details: [] }), {
      'Retry-After': '42',
    });
    await expect(apiRequest('POST', '/api/auth/login', {})).rejects.toMatchObject({ retryAfter: 42 });
  });

  it('tells the app when the session has ended, but not when a password is wrong', async () => {
    const ended = jest.fn();
    onUnauthenticated(ended);
    try {
      globalThis.fetch = respond(401, JSON.stringify({ statusCode: 401, code: 'invalid_credentials', message: 'no', details: [] }));
      await apiRequest('POST', '/api/auth/login', {}).catch(() => undefined);
      expect(ended).not.toHaveBeenCalled();
      globalThis.fetch = respond(401, JSON.stringify({ statusCode: 401, code: 'unauthenticated', message: 'sign in', details: [] }));
      await expect(apiRequest('GET', '/api/plans')).rejects.toMatchObject({ status: 401 });
      expect(ended).toHaveBeenCalledTimes(1);
    } finally {
      onUnauthenticated(null);
    }
  });
});
