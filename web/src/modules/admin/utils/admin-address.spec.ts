import { isAdminPath, parseAdminAddress } from './admin-address';
import { adminHref } from './admin-links';

describe('administration addresses', () => {
  it('reads every page the links write', () => {
    expect(parseAdminAddress(adminHref.index())).toEqual({ page: 'index' });
    expect(parseAdminAddress(adminHref.import())).toEqual({ page: 'import' });
    expect(parseAdminAddress(adminHref.plan('p1'))).toEqual({ page: 'plan', planId: 'p1' });
    expect(parseAdminAddress(adminHref.aimingPoint('p1', 'a1'))).toEqual({ page: 'aimingPoint', planId: 'p1', aimingPointId: 'a1' });
    expect(parseAdminAddress(adminHref.committee('p1'))).toEqual({ page: 'committee', planId: 'p1', committeeId: 'new' });
    expect(parseAdminAddress(adminHref.unit('u1'))).toEqual({ page: 'unit', unitId: 'u1' });
  });

  it('leaves other addresses to the rest of the app', () => {
    for (const path of ['/', '/plans/p1', '/users', '/administration', '/admin/plans', '/admin/units/u1/x'])
      expect(isAdminPath(path)).toBe(false);
  });
});
