import { apiRequest, ApiRequestError, ApiUnreachableError } from './client';

const respond = (status: number, body: string) =>
  jest.fn(async () => ({ ok: status < 400, status, statusText: '', text: async () => body }) as unknown as Response);

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

  it('says the server is unreachable when the network fails or a proxy answers for it', async () => {
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(apiRequest('GET', '/api/plans')).rejects.toBeInstanceOf(ApiUnreachableError);
    globalThis.fetch = respond(502, 'Bad Gateway');
    await expect(apiRequest('GET', '/api/plans')).rejects.toBeInstanceOf(ApiUnreachableError);
  });

  it('answers 204 with nothing', async () => {
    globalThis.fetch = respond(204, '');
    await expect(apiRequest('DELETE', '/api/links/l1')).resolves.toBeUndefined();
  });
});
