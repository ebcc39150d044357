import { NO_FILTER } from '@kompas/domain';
import { mapAddressOf, mapLocationOf, validateMapSearch } from './map-address';
import { parseSearch, stringifySearch } from './search';

const read = (params: Record<string, string>, query: string) => mapAddressOf(params, validateMapSearch(parseSearch(query)));

describe('map addresses', () => {
  it('reads a plan, a selected node and filters from a shared address', () => {
    expect(read({ planId: 'p1', nodeId: 'n1' }, '?committee=c1&unit=u1&status=adopted&indicators=0')).toEqual({
      planId: 'p1',
      selection: { type: 'node', id: 'n1' },
      filter: { committeeId: 'c1', unitId: 'u1', aimingPointId: null, status: 'adopted' },
      showIndicators: false,
    });
  });

  it('reads a selected link', () => {
    expect(read({ planId: 'p1', linkId: 'l1' }, '').selection).toEqual({ type: 'link', id: 'l1' });
  });

  it('treats no plan as "no plan chosen yet", and drops empty or unknown query values', () => {
    expect(read({}, '')).toEqual({ planId: null, selection: null, filter: NO_FILTER, showIndicators: true });
    expect(validateMapSearch(parseSearch('?committee=&indicators=1&other=x'))).toEqual({});
  });

  it('writes what it reads, with the parameter names links have always had', () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ planId: 'p1' }, '', '/plans/$planId'],
      [{ planId: 'p1', nodeId: 'n1' }, '?committee=c1', '/plans/$planId/nodes/$nodeId'],
      [{ planId: 'p1' }, '?unit=u1', '/plans/$planId'],
      [{ planId: 'p1', linkId: 'l1' }, '?aimingPoint=a1&status=launched&indicators=0', '/plans/$planId/links/$linkId'],
    ];
    for (const [params, query, to] of cases) {
      const location = mapLocationOf(read(params, query));
      expect(location.to).toBe(to);
      expect(location.params).toEqual(params);
      expect(stringifySearch(location.search)).toBe(query);
    }
    expect(mapLocationOf(read({}, '?committee=c1'))).toEqual({ to: '/', params: {}, search: {} });
  });
});
