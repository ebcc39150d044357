import { createMemoryHistory } from '@tanstack/react-router';
import { createQueryClient } from '../app/App';
import { createAppRouter } from './router';

/** Which route an address opens, with its typed parameters, without drawing anything. */
function open(href: string) {
  const router = createAppRouter(createQueryClient(), createMemoryHistory({ initialEntries: [href] }));
  const matches = router.matchRoutes(router.parseLocation(router.history.location));
  const leaf = matches[matches.length - 1];
  return { route: leaf.routeId, params: leaf.params, search: leaf.search };
}

describe('the addresses Kompas answers', () => {
  it('opens the map for a plan, a selected node or link, and any address it does not know', () => {
    expect(open('/')).toMatchObject({ route: '/signed-in/map/', params: {} });
    expect(open('/plans/p1')).toMatchObject({ route: '/signed-in/map/plans/$planId', params: { planId: 'p1' } });
    expect(open('/plans/p1/')).toMatchObject({ route: '/signed-in/map/plans/$planId', params: { planId: 'p1' } });
    expect(open('/plans/p1/nodes/n1?committee=c1&status=adopted&indicators=0')).toMatchObject({
      route: '/signed-in/map/plans/$planId/nodes/$nodeId',
      params: { planId: 'p1', nodeId: 'n1' },
      search: { committee: 'c1', status: 'adopted', indicators: '0' },
    });
    expect(open('/plans/p1/links/l1?aimingPoint=a1')).toMatchObject({
      route: '/signed-in/map/plans/$planId/links/$linkId',
      params: { planId: 'p1', linkId: 'l1' },
      search: { aimingPoint: 'a1' },
    });
    expect(open('/something/else').route).toBe('/signed-in/map/$');
  });

  it('opens the sign-in page with where to go back to', () => {
    expect(open('/sign-in?next=%2Fplans%2Fp1%3Fcommittee%3Dc1')).toMatchObject({
      route: '/sign-in',
      search: { next: '/plans/p1?committee=c1' },
    });
  });

  it('opens the trail with its filters, dropping what is not a valid choice', () => {
    expect(open('/audit?action=denied&user=leder&page=2&entity=spaceship')).toMatchObject({
      route: '/signed-in/audit',
      search: { action: 'denied', user: 'leder', page: 2 },
    });
    expect(open('/audit?entity=spaceship').search).toEqual({});
  });

  it('opens the users page, a new user or one user', () => {
    expect(open('/users').route).toBe('/signed-in/users');
    expect(open('/users/new').route).toBe('/signed-in/users/new');
    expect(open('/users/u-mette')).toMatchObject({ route: '/signed-in/users/$userId', params: { userId: 'u-mette' } });
  });

  it("opens a plan's overview", () => {
    expect(open('/plans/p1/overview')).toMatchObject({ route: '/signed-in/plans/$planId/overview', params: { planId: 'p1' } });
  });

  it('opens every administration page with its ids', () => {
    expect(open('/admin').route).toBe('/signed-in/admin/');
    expect(open('/admin/import').route).toBe('/signed-in/admin/import');
    expect(open('/admin/plans/p1')).toMatchObject({ route: '/signed-in/admin/plans/$planId', params: { planId: 'p1' } });
    expect(open('/admin/plans/p1/aiming-points/a1')).toMatchObject({
      route: '/signed-in/admin/plans/$planId/aiming-points/$aimingPointId',
      params: { planId: 'p1', aimingPointId: 'a1' },
    });
    expect(open('/admin/plans/p1/committees/new')).toMatchObject({
      route: '/signed-in/admin/plans/$planId/committees/$committeeId',
      params: { planId: 'p1', committeeId: 'new' },
    });
    expect(open('/admin/units/u1')).toMatchObject({ route: '/signed-in/admin/units/$unitId', params: { unitId: 'u1' } });
  });
});
