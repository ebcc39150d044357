import { QueryClient } from '@tanstack/react-query';
import { planIdOfPath, prefetchMap } from './prefetch';

/** A server that answers the plans' list and any graph, and remembers what it was asked for. */
function server(plans: unknown[], status = 200) {
  const asked: string[] = [];
  const fetchMock = jest.fn(async (url: unknown) => {
    asked.push(String(url));
    const body = String(url) === '/api/plans' ? JSON.stringify(plans) : JSON.stringify({ nodes: [], edges: [] });
    return {
      ok: status < 400,
      status,
      statusText: '',
      headers: { get: () => null },
      text: async () => (status < 400 ? body : JSON.stringify({ statusCode: status, code: 'unauthenticated', message: 'no' })),
    } as unknown as Response;
  });
  return { asked, fetchMock };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('prefetchMap', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });
  const plan = (id: string, status: string) => ({ id, title: id, status, periodStart: '2020-01-01', periodEnd: '2099-12-31' });

  it('reads the plan an address names', () => {
    expect(planIdOfPath('/plans/p1')).toBe('p1');
    expect(planIdOfPath('/plans/p1/nodes/n2')).toBe('p1');
    expect(planIdOfPath('/audit')).toBeNull();
    expect(planIdOfPath('/')).toBeNull();
  });

  it('asks for the named plan’s graph at once, beside the plans', async () => {
    const { asked, fetchMock } = server([plan('p1', 'adopted')]);
    globalThis.fetch = fetchMock;
    prefetchMap(new QueryClient(), '/plans/p9/nodes/n1');
    await settle();
    expect(asked).toEqual(expect.arrayContaining(['/api/plans/p9/graph', '/api/plans']));
  });

  it('asks for no graph of now on the map of the past: that map asks for its own', async () => {
    const { asked, fetchMock } = server([plan('p1', 'adopted')]);
    globalThis.fetch = fetchMock;
    prefetchMap(new QueryClient(), '/plans/p9', { asOf: '2026-03-01' });
    prefetchMap(new QueryClient(), '/plans/p9', { revision: 'r1' });
    await settle();
    expect(asked.filter((url) => url.includes('/graph'))).toEqual([]);
  });

  it('at `/`, asks for the current plan’s graph once the plans are known', async () => {
    const { asked, fetchMock } = server([plan('draft', 'draft'), plan('current', 'adopted')]);
    globalThis.fetch = fetchMock;
    const client = new QueryClient();
    prefetchMap(client, '/');
    await settle();
    await settle();
    expect(asked).toContain('/api/plans/current/graph');
    expect(client.getQueryData(['graph', 'current'])).toEqual({ nodes: [], edges: [] });
  });

  it('asks for no graph on other pages, and a refusal (not signed in) is left to the page', async () => {
    const { asked, fetchMock } = server([], 401);
    globalThis.fetch = fetchMock;
    prefetchMap(new QueryClient({ defaultOptions: { queries: { retry: false } } }), '/');
    await settle();
    await settle();
    expect(asked).toEqual(['/api/plans']);
    const other = server([plan('p1', 'adopted')]);
    globalThis.fetch = other.fetchMock;
    prefetchMap(new QueryClient(), '/audit');
    await settle();
    expect(other.asked).toEqual(['/api/plans']);
  });
});
