import { NO_FILTER } from '@kompas/domain';
import { formatMapAddress, parseMapAddress } from './map-address';

describe('map addresses', () => {
  it('reads a plan, a selected node and filters from a shared address', () => {
    const a = parseMapAddress('/plans/p1/nodes/n1', '?committee=c1&unit=u1&status=adopted&indicators=0');
    expect(a).toEqual({
      planId: 'p1',
      selection: { type: 'node', id: 'n1' },
      filter: { committeeId: 'c1', unitId: 'u1', aimingPointId: null, status: 'adopted' },
      showIndicators: false,
    });
  });

  it('reads a selected link', () => {
    expect(parseMapAddress('/plans/p1/links/l1', '').selection).toEqual({ type: 'link', id: 'l1' });
  });

  it('treats / and unknown paths as "no plan chosen yet"', () => {
    expect(parseMapAddress('/', '')).toEqual({ planId: null, selection: null, filter: NO_FILTER, showIndicators: true });
    expect(parseMapAddress('/something/else', '').planId).toBeNull();
  });

  it('writes what it reads', () => {
    for (const href of [
      '/plans/p1',
      '/plans/p1/nodes/n1?committee=c1',
      '/plans/p1?unit=u1',
      '/plans/p1/links/l1?aimingPoint=a1&status=launched&indicators=0',
    ]) {
      const url = new URL(href, 'http://x');
      expect(formatMapAddress(parseMapAddress(url.pathname, url.search))).toBe(href);
    }
  });
});
